#pragma once

#include "sync/SourceFetcher.h"

#include <QString>

#include <functional>

namespace gilde
{

/// Mastodon timelines (MastodonTimeline in the source's address): the newest
/// page of statuses or notifications, with the reading account's token when
/// the timeline is the account's own. Every server that speaks the client
/// API is polled this way; the interval is the shortest a source may have.
/// A token the server refuses (401, and 403 or 422 on some servers) fails
/// the source with "sign in again", never the account's queued writes.
class MastodonFetcher : public SourceFetcher
{
public:
    /// Gives the token of an account, from the keychain (asynchronously).
    using TokenFor = std::function<void(qint64 accountId, std::function<void(bool ok, QString token, QString error)>)>;
    explicit MastodonFetcher(TokenFor tokenFor);

    QString kind() const override;
    void fetch(const Source &source, HttpClient &http, Done done) const override;
    bool isPaged() const override { return true; }
    /// Older pages go by max_id, pages into a gap by min_id (or max_id, on a
    /// server that answers min_id with its newest page).
    void fetchPage(const Source &source, const PageRequest &page, HttpClient &http, Done done) const override;

    /// Statuses asked for per request: the most Mastodon gives.
    static constexpr int PageSize = 40;

private:
    TokenFor m_tokenFor;
};

} // namespace gilde
