#pragma once

#include <QFutureSynchronizer>
#include <QObject>
#include <QSet>

#include <memory>

namespace gilde
{

class DiscoursePacing;
class ItemStore;
class SourceStore;
class ThreadStore;

/// Fetches whole threads of forum topics into the cache, so that a topic
/// opened once reads offline: /t/{id}.json for the first posts and the ids of
/// all, then the rest in chunks (/t/{id}/posts.json), one request at a time so
/// that a long thread does not use up the forum's patience. Sanitizing and
/// the write happen off the calling thread.
class DiscourseThreads : public QObject
{
    Q_OBJECT
public:
    /// Asks through `pacing`, the lists' too: a forum that asked to wait is not asked for threads either.
    DiscourseThreads(ItemStore &items, SourceStore &sources, ThreadStore &threads, DiscoursePacing &pacing,
        QObject *parent = nullptr);
    /// Waits for a write under way.
    ~DiscourseThreads() override;

    /// Fetches the thread of a topic's item; threadLoaded or threadFailed
    /// follows, always later. A thread on its way is not asked for twice.
    void load(qint64 itemId);
    bool isLoading(qint64 itemId) const { return m_loading.contains(itemId); }

    /// Posts asked for per request after the first page, as Discourse's own client does.
    static constexpr int ChunkSize = 20;

Q_SIGNALS:
    void threadLoaded(qint64 itemId, int posts);
    /// `error` is translated; what was cached stays.
    void threadFailed(qint64 itemId, const QString &error);

private:
    struct Job;
    void nextChunk(const std::shared_ptr<Job> &job);
    /// Asks the forum of `job` for the topic (`first`) or a chunk of its posts, and goes on.
    void ask(const std::shared_ptr<Job> &job, const QUrl &url, bool first);
    void store(const std::shared_ptr<Job> &job);
    void fail(qint64 itemId, const QString &error);

    ItemStore &m_items;
    SourceStore &m_sources;
    ThreadStore &m_threads;
    DiscoursePacing &m_pacing;
    QSet<qint64> m_loading;
    /// Writes under way: the store they write to must outlive them.
    QFutureSynchronizer<void> m_writes;
};

} // namespace gilde
