#pragma once

#include "MastodonFetcher.h"
#include "sources/ThreadLoader.h"

#include <memory>

namespace gilde
{

class HttpClient;
class ItemStore;
class SourceStore;
class ThreadStore;
struct HttpResult;
struct Item;

/// Fetches the conversation of a Mastodon post into the cache (ThreadStore),
/// as its web client shows an opened post: what it answers, the post, and
/// the replies to it, in the server's order (/api/v1/statuses/{id}/context,
/// with the post itself fresh from /api/v1/statuses/{id}), so that a post
/// opened once reads offline with its thread. Asked on the server of the
/// timeline the post came in, as that timeline's account (public timelines:
/// as anyone). Sanitizing and the write happen off the calling thread
/// (ThreadLoader).
class MastodonThreads : public ThreadLoader
{
    Q_OBJECT
public:
    MastodonThreads(ItemStore &items, SourceStore &sources, ThreadStore &threads, HttpClient &http,
        MastodonFetcher::TokenFor tokenFor, QObject *parent = nullptr);

    /// The id of the post whose conversation `item` opens (a status, a
    /// boost's post, a notification's post); empty for anything else.
    static QString statusIdOf(const Item &item);

    /// Fetches the conversation of a post's item; threadLoaded or
    /// threadFailed follows, always later. One on its way is not asked twice.
    void load(qint64 itemId);

private:
    struct Job;
    void ask(const std::shared_ptr<Job> &job, bool context);
    void answered(const std::shared_ptr<Job> &job, bool context, const HttpResult &result);
    void store(const std::shared_ptr<Job> &job);

    ItemStore &m_items;
    SourceStore &m_sources;
    HttpClient &m_http;
    MastodonFetcher::TokenFor m_tokenFor;
};

} // namespace gilde
