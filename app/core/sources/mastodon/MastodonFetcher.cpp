#include "MastodonFetcher.h"

#include "MastodonJson.h"
#include "MastodonTimeline.h"
#include "StatusToItems.h"
#include "model/Source.h"
#include "sync/FetchReport.h"
#include "sync/RefreshPolicy.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace gilde
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MastodonFetcher)
};

void fail(const SourceFetcher::Done &done, const QString &error)
{
    SourceFetcher::Fetched fetched;
    fetched.result.outcome = HttpResult::Outcome::Http;
    fetched.result.errorText = error;
    done(std::move(fetched));
}

void get(const MastodonTimeline &timeline, qint64 sourceId, const QString &token, HttpClient &http,
    SourceFetcher::Done done)
{
    HttpRequest request;
    request.url = timeline.apiUrl();
    QUrlQuery query(request.url);
    query.addQueryItem(QStringLiteral("limit"), QString::number(MastodonFetcher::PageSize));
    request.url.setQuery(query);
    request.accept = QByteArrayLiteral("application/json");
    if (!token.isEmpty())
        request.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8() });
    const bool withAccount = !token.isEmpty();
    http.get(request, [timeline, sourceId, withAccount, done = std::move(done)](const HttpResult &result) {
        SourceFetcher::Fetched fetched;
        fetched.result = result;
        // The source's address carries its reading account; a moved API keeps it.
        fetched.result.permanentUrl = QUrl();
        // Timelines have no validators worth keeping; every poll asks for the newest page.
        fetched.result.etag.clear();
        fetched.result.lastModified.clear();
        if (result.outcome == HttpResult::Outcome::Http) {
            const MastodonError error = mastodon::error(result.errorBody);
            const bool refused = result.status == 401 || result.status == 403 || result.status == 422;
            if (refused && withAccount) {
                fetched.result.errorText = Text::tr("The server no longer accepts this account's sign-in: "
                                                    "sign in again.");
            } else if (refused) {
                fetched.result.errorText = Text::tr("This server shows this timeline only to signed-in "
                                                    "users (%1).")
                                               .arg(error.error.isEmpty() ? QString::number(result.status)
                                                                          : error.error);
            } else if (!error.error.isEmpty()) {
                fetched.result.errorText = Text::tr("The server said: %1").arg(error.error);
            }
        }
        if (result.outcome == HttpResult::Outcome::Ok) {
            fetched.result.body = {};
            fetched.interpret = [timeline, sourceId, body = result.body](FetchReport &report, qint64) {
                QString error;
                if (timeline.isNotifications())
                    report.items = mastodon::itemsFromNotifications(mastodon::notifications(body, &error), sourceId);
                else
                    report.items = mastodon::itemsFromStatuses(mastodon::statuses(body, &error), sourceId);
                if (!error.isEmpty()) {
                    report.kind = FetchReport::Kind::Failed;
                    report.error = Text::tr("Not a Mastodon timeline: %1").arg(error);
                    return;
                }
                report.ttlMinutes = RefreshPolicy::MinIntervalMinutes;
            };
        }
        done(std::move(fetched));
    });
}

} // namespace

MastodonFetcher::MastodonFetcher(TokenFor tokenFor)
    : m_tokenFor(std::move(tokenFor))
{
}

QString MastodonFetcher::kind() const
{
    return QStringLiteral("mastodon");
}

void MastodonFetcher::fetch(const Source &source, HttpClient &http, Done done) const
{
    const auto timeline = MastodonTimeline::fromSourceUrl(source.url);
    if (!timeline) {
        fail(done, Text::tr("Not the address of a Mastodon timeline: %1").arg(source.url.toDisplayString()));
        return;
    }
    const qint64 sourceId = source.id;
    if (timeline->accountId == 0) {
        get(*timeline, sourceId, QString(), http, std::move(done));
        return;
    }
    // HttpClient outlives the engine's fetches (SyncEngine drops callbacks once gone).
    HttpClient *client = &http;
    m_tokenFor(timeline->accountId,
        [timeline = *timeline, sourceId, client, done = std::move(done)](
            bool ok, const QString &token, const QString &error) mutable {
            if (!ok || token.isEmpty()) {
                fail(done,
                    Text::tr("The sign-in of this account is not in the keychain: %1. Sign in again.")
                        .arg(error.isEmpty() ? Text::tr("no token") : error));
                return;
            }
            get(timeline, sourceId, token, *client, std::move(done));
        });
}

} // namespace gilde
