#include "OfflineThreads.h"

#include "DiscourseThreads.h"
#include "TopicMeta.h"
#include "model/Column.h"
#include "store/ColumnStore.h"
#include "store/ItemStore.h"
#include "store/ThreadStore.h"

namespace gilde
{

OfflineThreads::OfflineThreads(
    ColumnStore &columns, ItemStore &items, ThreadStore &threads, DiscourseThreads &loader, QObject *parent)
    : QObject(parent)
    , m_columns(columns)
    , m_items(items)
    , m_threads(threads)
    , m_loader(loader)
{
}

void OfflineThreads::roundFinished()
{
    if (m_refreshed.isEmpty())
        return;
    QSet<qint64> kept;
    for (const Tab &tab : m_columns.tabs()) {
        for (const Column &c : m_columns.columns(tab.id)) {
            if (c.spec.kind == StreamSpec::Kind::Source && c.spec.keepOffline && m_refreshed.contains(c.spec.sourceId))
                kept.insert(c.spec.sourceId);
        }
    }
    m_refreshed.clear();
    for (const qint64 sourceId : std::as_const(kept)) {
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Source;
        spec.sourceId = sourceId;
        for (const Item &item : m_items.page(spec, {}, MaxTopics)) {
            if (item.kind != u"topic")
                continue;
            // The row's meta says how many posts the topic has now; a thread
            // with fewer cached is behind (deleted posts make it a little eager).
            const TopicMeta topic = TopicMeta::fromJson(item.meta);
            if (topic.topicId > 0 && m_threads.count(item.id) < topic.posts)
                m_loader.load(item.id);
        }
    }
}

} // namespace gilde
