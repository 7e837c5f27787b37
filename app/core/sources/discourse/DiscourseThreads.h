#pragma once

#include "sources/ThreadLoader.h"

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
/// the write happen off the calling thread (ThreadLoader).
class DiscourseThreads : public ThreadLoader
{
    Q_OBJECT
public:
    /// Asks through `pacing`, the lists' too: a forum that asked to wait is not asked for threads either.
    DiscourseThreads(ItemStore &items, SourceStore &sources, ThreadStore &threads, DiscoursePacing &pacing,
        QObject *parent = nullptr);

    /// Fetches the thread of a topic's item; threadLoaded or threadFailed
    /// follows, always later. A thread on its way is not asked for twice.
    void load(qint64 itemId);

    /// Posts asked for per request after the first page, as Discourse's own client does.
    static constexpr int ChunkSize = 20;

private:
    struct Job;
    void nextChunk(const std::shared_ptr<Job> &job);
    /// Asks the forum of `job` for the topic (`first`) or a chunk of its posts, and goes on.
    void ask(const std::shared_ptr<Job> &job, const QUrl &url, bool first);
    void store(const std::shared_ptr<Job> &job);

    ItemStore &m_items;
    SourceStore &m_sources;
    DiscoursePacing &m_pacing;
};

} // namespace gilde
