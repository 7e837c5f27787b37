#pragma once

#include <QObject>
#include <QSet>

namespace gilde
{

class ColumnStore;
class DiscourseThreads;
class ItemStore;
class ThreadStore;

/// Keeps whole threads for reading offline where the user asked for it: after
/// a forum list shown in a column marked "keep offline" (StreamSpec::keepOffline)
/// was refreshed (at the end of the round), the thread of each of its topics that is not cached, or has
/// fewer posts cached than the topic has now, is fetched (DiscourseThreads,
/// within the forum's pace). Opening a topic reads it from the cache then.
class OfflineThreads : public QObject
{
    Q_OBJECT
public:
    OfflineThreads(ColumnStore &columns, ItemStore &items, ThreadStore &threads, DiscourseThreads &loader,
        QObject *parent = nullptr);

    /// A source was refreshed: noted, looked at when the round ends.
    void sourceRefreshed(qint64 sourceId) { m_refreshed.insert(sourceId); }
    /// The refresh round ended: the threads of the refreshed sources that a
    /// column keeps offline are fetched. One look at the columns per round,
    /// not one per source.
    void roundFinished();

    /// Topics looked at per refresh: a list's first pages.
    static constexpr int MaxTopics = 60;

private:
    ColumnStore &m_columns;
    ItemStore &m_items;
    ThreadStore &m_threads;
    DiscourseThreads &m_loader;
    QSet<qint64> m_refreshed;
};

} // namespace gilde
