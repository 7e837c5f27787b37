#include "MastodonFetcher.h"

#include "MastodonHttp.h"
#include "MastodonJson.h"
#include "MastodonTimeline.h"
#include "StatusToItems.h"
#include "model/Source.h"
#include "net/LinkHeader.h"
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

/// Where a page sits: the server's cursors from its Link header where it
/// sends one (bookmarks and favourites page by ids of their own), else the
/// ids of the first and last entry.
template <typename Entity>
PageReport pageOf(const QList<Entity> &entities, const QByteArray &link)
{
    PageReport page;
    page.present = true;
    page.count = int(entities.size());
    if (entities.isEmpty()) {
        page.moreOlder = false;
        return page;
    }
    page.newest = entities.first().id;
    page.oldest = entities.last().id;
    page.oldestMs = entities.last().createdAtMs;
    const QHash<QString, QUrl> links = parseLinkHeader(link);
    if (!link.isEmpty()) {
        const QString next = QUrlQuery(links.value(QStringLiteral("next"))).queryItemValue(QStringLiteral("max_id"));
        QUrlQuery prev(links.value(QStringLiteral("prev")));
        const QString newer = prev.hasQueryItem(QStringLiteral("min_id"))
            ? prev.queryItemValue(QStringLiteral("min_id"))
            : prev.queryItemValue(QStringLiteral("since_id"));
        page.moreOlder = !next.isEmpty();
        if (!next.isEmpty())
            page.oldest = next;
        if (!newer.isEmpty())
            page.newest = newer;
    }
    return page;
}

void get(const MastodonTimeline &timeline, qint64 sourceId, const PageRequest &page, const QString &token,
    HttpClient &http, SourceFetcher::Done done)
{
    HttpRequest request = mastodon::apiRequest(timeline.apiUrl(), token);
    QUrlQuery query(request.url);
    query.addQueryItem(QStringLiteral("limit"), QString::number(MastodonFetcher::PageSize));
    if (page.direction == PageRequest::Direction::Older || page.direction == PageRequest::Direction::FillDown)
        query.addQueryItem(QStringLiteral("max_id"), page.cursor);
    else if (page.direction == PageRequest::Direction::Fill)
        query.addQueryItem(QStringLiteral("min_id"), page.cursor);
    request.url.setQuery(query);
    const bool withAccount = !token.isEmpty();
    http.get(request, [timeline, sourceId, withAccount, done = std::move(done)](const HttpResult &result) {
        SourceFetcher::Fetched fetched;
        fetched.result = result;
        // The source's address carries its reading account; a moved API keeps it.
        fetched.result.permanentUrl = QUrl();
        // Timelines have no validators worth keeping; every poll asks for the newest page.
        fetched.result.etag.clear();
        fetched.result.lastModified.clear();
        if (mastodon::refusedAccess(result) && !withAccount) {
            const MastodonError error = mastodon::error(result.errorBody);
            fetched.result.errorText = Text::tr("This server shows this timeline only to signed-in users (%1).")
                                           .arg(error.error.isEmpty() ? QString::number(result.status) : error.error);
        } else if (const QString refusal = mastodon::refusalText(result, withAccount); !refusal.isEmpty()) {
            fetched.result.errorText = refusal;
        }
        if (result.outcome == HttpResult::Outcome::Ok) {
            fetched.result.body = {};
            fetched.interpret = [timeline, sourceId, body = result.body, link = result.link](
                                    FetchReport &report, qint64) {
                QString error;
                const int direction = report.page.direction;
                const QString cursor = report.page.cursor;
                if (timeline.isNotifications()) {
                    const QList<MastodonNotification> list = mastodon::notifications(body, &error);
                    report.page = pageOf(list, link);
                    report.items = mastodon::itemsFromNotifications(list, sourceId);
                } else {
                    const QList<MastodonStatus> list = timeline.kind == MastodonTimeline::Kind::Search
                        ? mastodon::foundStatuses(body, &error)
                        : mastodon::statuses(body, &error);
                    report.page = pageOf(list, link);
                    report.items = mastodon::itemsFromStatuses(list, sourceId);
                }
                report.page.direction = direction;
                report.page.cursor = cursor;
                if (!error.isEmpty()) {
                    report.page = {};
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
    fetchPage(source, {}, http, std::move(done));
}

void MastodonFetcher::fetchPage(const Source &source, const PageRequest &page, HttpClient &http, Done done) const
{
    const auto timeline = MastodonTimeline::fromSourceUrl(source.url);
    if (!timeline) {
        fail(done, Text::tr("Not the address of a Mastodon timeline: %1").arg(source.url.toDisplayString()));
        return;
    }
    const qint64 sourceId = source.id;
    if (timeline->accountId == 0) {
        get(*timeline, sourceId, page, QString(), http, std::move(done));
        return;
    }
    // HttpClient outlives the engine's fetches (SyncEngine drops callbacks once gone).
    HttpClient *client = &http;
    m_tokenFor(timeline->accountId,
        [timeline = *timeline, sourceId, page, client, done = std::move(done)](
            bool ok, const QString &token, const QString &error) mutable {
            if (!ok || token.isEmpty()) {
                fail(done,
                    Text::tr("The sign-in of this account is not in the keychain: %1. Sign in again.")
                        .arg(error.isEmpty() ? Text::tr("no token") : error));
                return;
            }
            get(timeline, sourceId, page, token, *client, std::move(done));
        });
}

} // namespace gilde
