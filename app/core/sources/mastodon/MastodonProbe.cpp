#include "MastodonProbe.h"

#include "MastodonHttp.h"
#include "MastodonJson.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace gilde::mastodon
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MastodonProbe)
};

HttpRequest apiGet(const QUrl &server, const QString &path, const QUrlQuery &query = {})
{
    HttpRequest request;
    request.url = server;
    request.url.setPath(path);
    if (!query.isEmpty())
        request.url.setQuery(query);
    request.accept = QByteArrayLiteral("application/json");
    request.maxBytes = 2 * 1024 * 1024;
    request.timeoutMs = 20000;
    return request;
}

DiscoveredFeed feedOf(const MastodonTimeline &timeline, const QString &title)
{
    DiscoveredFeed feed;
    feed.url = timeline.sourceUrl();
    feed.title = title;
    feed.type = timelineType();
    feed.sourceKind = QStringLiteral("mastodon");
    return feed;
}

void lookupAccount(HttpClient &http, const MastodonAddress &address, const QString &token,
    std::function<void(const ProbeResult &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("acct"), address.value);
    HttpRequest request = apiGet(address.server, QStringLiteral("/api/v1/accounts/lookup"), query);
    request.headers = apiRequest(request.url, token).headers;
    http.get(request,
        [address, done = std::move(done)](const HttpResult &result) {
            ProbeResult probe;
            if (result.outcome != HttpResult::Outcome::Ok) {
                probe.error = result.status == 404
                    ? Text::tr("%1 has no account @%2.").arg(address.server.host(), address.value)
                    : Text::tr("Could not look up @%1 on %2: %3")
                          .arg(address.value, address.server.host(), result.errorText);
                done(probe);
                return;
            }
            QString error;
            const auto account = singleAccount(result.body, &error);
            if (!account || account->id.isEmpty()) {
                probe.error = Text::tr("The server's answer is not an account: %1").arg(error);
                done(probe);
                return;
            }
            MastodonTimeline timeline;
            timeline.kind = MastodonTimeline::Kind::Account;
            timeline.server = address.server;
            timeline.arg = account->id;
            // Ids are path segments; a server sending anything else is not followed.
            if (!MastodonTimeline::fromSourceUrl(timeline.sourceUrl())) {
                probe.error = Text::tr("The server gave an account id Gilde cannot use.");
                done(probe);
                return;
            }
            QString acct = account->acct.isEmpty() ? address.value : account->acct;
            if (!acct.contains(u'@'))
                acct += u'@' + address.server.host();
            const QString name = account->displayName.trimmed();
            probe.timeline = feedOf(timeline, name.isEmpty() ? u'@' + acct : QStringLiteral("%1 (@%2)").arg(name, acct));
            done(probe);
        });
}

} // namespace

QString timelineType()
{
    return QStringLiteral("application/x-mastodon-timeline");
}

void probe(HttpClient &http, const MastodonAddress &address, std::function<void(const ProbeResult &)> done)
{
    HttpClient *client = &http;
    http.get(apiGet(address.server, QStringLiteral("/api/v1/instance")),
        [client, address, done = std::move(done)](const HttpResult &result) mutable {
            ProbeResult probe;
            const auto instance = result.outcome == HttpResult::Outcome::Ok ? mastodon::instance(result.body)
                                                                           : std::nullopt;
            if (!instance) {
                probe.notMastodon = true;
                done(probe);
                return;
            }
            MastodonTimeline timeline;
            timeline.server = address.server;
            switch (address.kind) {
            case MastodonAddress::Kind::Account:
                lookupAccount(*client, address, QString(), std::move(done));
                return;
            case MastodonAddress::Kind::Hashtag:
                timeline.kind = MastodonTimeline::Kind::Hashtag;
                timeline.arg = address.value;
                break;
            case MastodonAddress::Kind::Local:
                timeline.kind = MastodonTimeline::Kind::Local;
                break;
            case MastodonAddress::Kind::Federated:
                timeline.kind = MastodonTimeline::Kind::Federated;
                break;
            }
            probe.timeline = feedOf(timeline, timeline.title());
            done(probe);
        });
}

void lookupPerson(HttpClient &http, const QUrl &server, const QString &acct, const QString &token,
    std::function<void(const ProbeResult &)> done)
{
    MastodonAddress address;
    address.kind = MastodonAddress::Kind::Account;
    address.server = server;
    address.value = acct;
    lookupAccount(http, address, token, std::move(done));
}

} // namespace gilde::mastodon
