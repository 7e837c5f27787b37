// ItemListModel's gap rows: where a timeline's cache is missing posts, a row
// of its own, placed between the posts around it, filled in place once the
// posts came.
#include "ItemListModel.h"

#include "core/store/ItemStore.h"

namespace gilde
{

void ItemListModel::setTimeline(const TimelineState &state)
{
    const bool resume = m_atEnd && m_loaded;
    // Posts fetched into a gap land between rows already shown.
    for (int row = int(m_rows.size()) - 1; row >= 0 && m_loaded; --row) {
        if (isGap(row))
            spliceAt(row);
    }
    m_timeline = state;
    m_olderPending = false;
    m_fillingGaps.clear();
    if (resume) {
        m_atEnd = false; // the store has more below the last row now
        fetchMore({});
    }
    placeGaps();
}

void ItemListModel::setGapFilling(int row)
{
    if (!isGap(row))
        return;
    m_fillingGaps.insert(m_rows.at(row).id);
    m_rows[row] = gapRow(TimelineGap { -m_rows.at(row).id, {}, {}, m_rows.at(row).publishedMs, false });
    rowChanged(row, { TitleRole, ExcerptRole });
}

bool ItemListModel::isGap(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).kind == u"gap";
}

void ItemListModel::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isGap(row)) {
            m_rows[row] = gapRow(TimelineGap { -m_rows.at(row).id, {}, {}, m_rows.at(row).publishedMs, false });
            rowChanged(row, { TitleRole, ExcerptRole });
        }
    }
}

void ItemListModel::spliceAt(int gapRow)
{
    const Item *above = nullptr;
    for (int row = gapRow - 1; row >= 0 && !above; --row)
        above = isGap(row) ? nullptr : &m_rows.at(row);
    if (!above)
        return;
    std::optional<PageCursor> below;
    for (int row = gapRow + 1; row < m_rows.size() && !below; ++row) {
        if (!isGap(row))
            below = PageCursor { m_rows.at(row).publishedMs, m_rows.at(row).id };
    }
    // Pages go newest first, (time, id) descending; the rows of the gap end
    // where the row below it begins.
    const auto reached = [&below](const Item &item) {
        return below
            && (item.publishedMs < below->publishedMs
                || (item.publishedMs == below->publishedMs && item.id <= below->id));
    };
    QList<Item> fresh;
    PageCursor cursor { above->publishedMs, above->id };
    for (int round = 0; round < MaxNewerRounds; ++round) {
        const QList<Item> page = m_items.page(m_spec, cursor, NewerBatch);
        bool done = page.size() < NewerBatch;
        for (const Item &item : page) {
            if (reached(item)) {
                done = true;
                break;
            }
            if (!m_rowOfId.contains(item.id))
                fresh << item;
        }
        if (done)
            break;
        cursor = PageCursor { page.last().publishedMs, page.last().id };
    }
    if (fresh.isEmpty())
        return;
    const int first = gapRow + 1;
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (int i = 0; i < fresh.size(); ++i)
        m_rows.insert(first + i, fresh.at(i));
    rebuildIndex();
    lookUpSaved(first, first + int(fresh.size()));
    endInsertRows();
    Q_EMIT contentChanged();
}

Item ItemListModel::gapRow(const TimelineGap &gap) const
{
    Item row;
    row.id = -gap.id;
    row.kind = QStringLiteral("gap");
    row.sourceId = m_spec.sourceId;
    row.publishedMs = gap.atMs;
    row.read = true;
    if (m_fillingGaps.contains(row.id)) {
        row.title = tr("Loading the missing posts…");
    } else if (!m_online) {
        row.title = tr("Posts missed while offline");
        row.text = tr("They are fetched when you are online.");
    } else {
        row.title = tr("Posts are missing here");
        row.text = tr("Click to load them.");
    }
    return row;
}

void ItemListModel::placeGaps()
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!isGap(row))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (m_timeline && !m_timeline->gaps.isEmpty()) {
        for (const TimelineGap &gap : std::as_const(m_timeline->gaps)) {
            // Below every row at or above the gap's top; until the rows
            // around it are loaded, it has no place yet.
            int at = 0;
            while (at < m_rows.size() && m_rows.at(at).publishedMs >= gap.atMs)
                ++at;
            // (Directly below the post above it, once that is loaded.)
            if (at == 0 || (at == m_rows.size() && !m_atEnd && m_rows.at(at - 1).publishedMs != gap.atMs))
                continue;
            beginInsertRows({}, at, at);
            m_rows.insert(at, gapRow(gap));
            endInsertRows();
        }
    }
    rebuildIndex();
}

} // namespace gilde
