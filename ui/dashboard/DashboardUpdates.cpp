#include "Dashboard.h"
#include "core/Engine.h"
#include "core/store/ItemStore.h"
#include "ui/common/SourceCache.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/ItemListModel.h"

// What the engine tells the columns: an item's read and starred state, a
// refresh under way or done, read marks from elsewhere, a timeline's paging,
// being online (the columns themselves are in Dashboard.cpp).

namespace gilde
{

void Dashboard::refreshItem(qint64 itemId)
{
    const auto item = m_engine.items().item(itemId);
    if (item)
        broadcastState(nullptr, itemId, item->sourceId, item->read, item->starred);
}

void Dashboard::broadcastState(ColumnWidget *from, qint64 itemId, qint64 sourceId, bool read, bool starred)
{
    for (ColumnWidget *col : std::as_const(m_columns)) {
        if (!col->isLoaded())
            continue;
        if (col != from)
            col->model()->applyItemState(itemId, read, starred);
        const StreamSpec &s = col->column().spec;
        const bool covers = s.kind == StreamSpec::Kind::Starred || m_sources.covers(s, sourceId);
        if (col->model()->rowOf(itemId) >= 0 || (covers && s.kind != StreamSpec::Kind::Search))
            col->scheduleUnreadCount();
    }
    if (from)
        Q_EMIT itemStateChanged(itemId);
}

void Dashboard::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    for (ColumnWidget *col : std::as_const(m_columns))
        col->setRefreshing(refreshing);
}

void Dashboard::sourceRefreshed(qint64 sourceId, int added, int updated)
{
    for (ColumnWidget *col : std::as_const(m_columns)) {
        if (!m_sources.covers(col->column().spec, sourceId))
            continue;
        col->updateErrorLine();
        if (col->isLoaded() && (added > 0 || updated > 0)) {
            col->scheduleNewer();
            col->scheduleUnreadCount(800);
        }
        if (col->isLoaded() && updated > 0)
            col->model()->refreshSource(sourceId);
        if (added == 0)
            col->model()->setOlderPending(false); // failed or empty: the end may ask again
    }
}

void Dashboard::readElsewhere(qint64 sourceId)
{
    for (ColumnWidget *col : std::as_const(m_columns)) {
        if (!col->isLoaded() || !m_sources.covers(col->column().spec, sourceId))
            continue;
        col->model()->refreshSource(sourceId);
        col->scheduleUnreadCount(800);
    }
}

void Dashboard::timelineChanged(qint64 sourceId, const TimelineState &state)
{
    for (ColumnWidget *col : std::as_const(m_columns)) {
        const StreamSpec &spec = col->column().spec;
        if (spec.kind == StreamSpec::Kind::Source && spec.sourceId == sourceId)
            col->model()->setTimeline(state);
    }
}

void Dashboard::setOnline(bool online)
{
    m_online = online;
    for (ColumnWidget *col : std::as_const(m_columns))
        col->model()->setOnline(online);
}

void Dashboard::sourcesFailedOrChanged()
{
    for (ColumnWidget *col : std::as_const(m_columns))
        col->updateErrorLine();
}

} // namespace gilde
