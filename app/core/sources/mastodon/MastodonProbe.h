#pragma once

#include "MastodonTimeline.h"
#include "sources/feeds/FeedDiscovery.h"

#include <functional>

namespace gilde
{

class HttpClient;

/// Whether an address that looks like a Mastodon stream (MastodonAddress) is
/// one: the server must answer /api/v1/instance, and a person must be found
/// with /api/v1/accounts/lookup. The answer is the timeline to follow, as a
/// DiscoveredFeed of source kind "mastodon"; `notMastodon` when the server
/// does not speak the API (the caller then looks for a feed instead).
namespace mastodon
{

struct ProbeResult {
    bool notMastodon = false;
    std::optional<DiscoveredFeed> timeline;
    QString error; ///< translated: the server is Mastodon, but this stream cannot be followed
};

/// The MIME-like type a DiscoveredFeed of a Mastodon timeline carries.
QString timelineType();

void probe(HttpClient &http, const MastodonAddress &address, std::function<void(const ProbeResult &)> done);

/// The posts of `acct` as `server` knows them ("bob" for its own user,
/// "bob@other.example" for one elsewhere), looked up with `token` (empty: as
/// anyone; some servers answer only a signed-in account).
void lookupPerson(HttpClient &http, const QUrl &server, const QString &acct, const QString &token,
    std::function<void(const ProbeResult &)> done);

} // namespace mastodon
} // namespace gilde
