#include "FeedFetcher.h"

#include "FeedParser.h"
#include "FeedToItems.h"
#include "model/Source.h"
#include "sync/FetchReport.h"

#include <QCoreApplication>

namespace gilde
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(FeedFetcher)
};

const QByteArray FeedAccept = QByteArrayLiteral(
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8");

} // namespace

QString FeedFetcher::kind() const
{
    return QStringLiteral("feed");
}

void FeedFetcher::fetch(const Source &source, HttpClient &http, Done done) const
{
    HttpRequest request;
    request.url = source.url;
    request.etag = source.etag;
    request.lastModified = source.lastModified;
    request.accept = FeedAccept;
    const qint64 sourceId = source.id;
    http.get(request, [sourceId, done = std::move(done)](const HttpResult &result) {
        Fetched fetched;
        fetched.result = result;
        if (result.outcome == HttpResult::Outcome::Ok) {
            // The body travels in the closure only: the result given back keeps none.
            fetched.result.body = {};
            fetched.interpret = [sourceId, body = result.body, baseUrl = result.documentUrl(),
                                 contentType = result.contentType](FetchReport &report, qint64 nowMs) {
                const ParsedFeed feed = parseFeed(body, baseUrl, contentType);
                if (!feed.ok) {
                    report.kind = FetchReport::Kind::Failed;
                    report.error = Text::tr("Not a feed: %1").arg(feed.error);
                    return;
                }
                report.title = feed.title;
                report.siteUrl = QUrl(feed.link);
                report.iconUrl = QUrl(feed.iconUrl);
                report.ttlMinutes = feed.ttlMinutes;
                report.items = itemsFromFeed(feed, sourceId, nowMs);
            };
        }
        done(std::move(fetched));
    });
}

} // namespace gilde
