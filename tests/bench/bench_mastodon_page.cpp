// A page of Mastodon statuses (the most a server sends at once, 40) from the
// JSON body to rows in the cache: decoding, turning into items (sanitized
// HTML), and the store's upsert in one transaction, as a refresh does. Then
// a column of 10,000 of those statuses, scrolled from top to bottom as a
// reader does, a quarter page at a time: the time of each frame.
// Usage: bench_mastodon_page [pages=500] (offscreen: QT_QPA_PLATFORM=offscreen;
// on a quiet machine: other processes' time slices show as slow frames)

#include "sources/mastodon/MastodonJson.h"
#include "sources/mastodon/StatusToItems.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"

#include "ui/common/SourceCache.h"
#include "ui/dashboard/ItemDelegate.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace gilde;

namespace
{

QJsonObject account(int n)
{
    return { { QStringLiteral("id"), QString::number(1000 + n) }, { QStringLiteral("username"), QStringLiteral("user%1").arg(n) },
        { QStringLiteral("acct"), QStringLiteral("user%1@social%2.example").arg(n).arg(n % 7) },
        { QStringLiteral("display_name"), QStringLiteral("Person Number %1 :blobcat:").arg(n) },
        { QStringLiteral("url"), QStringLiteral("https://social%1.example/@user%2").arg(n % 7).arg(n) },
        { QStringLiteral("avatar"), QStringLiteral("https://files.example/avatars/%1.png").arg(n) },
        { QStringLiteral("note"), QStringLiteral("<p>I write about things.</p>") },
        { QStringLiteral("emojis"), QJsonArray { QJsonObject { { QStringLiteral("shortcode"), QStringLiteral("blobcat") },
                                        { QStringLiteral("url"), QStringLiteral("https://files.example/e/blobcat.png") } } } } };
}

QByteArray page(qint64 firstId, qint64 nowMs)
{
    QJsonArray statuses;
    for (int i = 0; i < 40; ++i) {
        const qint64 id = firstId + 39 - i;
        QJsonObject s { { QStringLiteral("id"), QString::number(id) },
            { QStringLiteral("created_at"), QDateTime::fromMSecsSinceEpoch(nowMs - i * 30000, Qt::UTC).toString(Qt::ISODateWithMs) },
            { QStringLiteral("url"), QStringLiteral("https://social.example/@user%1/%2").arg(i).arg(id) },
            { QStringLiteral("uri"), QStringLiteral("https://social.example/users/user%1/statuses/%2").arg(i).arg(id) },
            { QStringLiteral("visibility"), QStringLiteral("public") }, { QStringLiteral("language"), QStringLiteral("nl") },
            { QStringLiteral("content"),
                QStringLiteral("<p>Vandaag geleerd: <a href=\"https://example.org/post/%1\" rel=\"nofollow noopener\" "
                               "target=\"_blank\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">"
                               "example.org/post/%1</span></a> — met dank aan <span class=\"h-card\"><a "
                               "href=\"https://social.example/@anna\" class=\"u-url mention\">@<span>anna</span></a></span> "
                               "<a href=\"https://social.example/tags/leren\" class=\"mention hashtag\" rel=\"tag\">#<span>leren</span></a></p>"
                               "<p>Een tweede alinea met wat meer tekst, zoals mensen schrijven als ze iets uitleggen.</p>")
                    .arg(id) },
            { QStringLiteral("account"), account(i) }, { QStringLiteral("replies_count"), 3 },
            { QStringLiteral("reblogs_count"), 5 }, { QStringLiteral("favourites_count"), 12 },
            { QStringLiteral("mentions"), QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("77") },
                                              { QStringLiteral("username"), QStringLiteral("anna") },
                                              { QStringLiteral("acct"), QStringLiteral("anna") },
                                              { QStringLiteral("url"), QStringLiteral("https://social.example/@anna") } } } },
            { QStringLiteral("tags"), QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("leren") },
                                          { QStringLiteral("url"), QStringLiteral("https://social.example/tags/leren") } } } } };
        if (i % 4 == 0)
            s.insert(QStringLiteral("media_attachments"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QString::number(id) }, { QStringLiteral("type"), QStringLiteral("image") },
                    { QStringLiteral("url"), QStringLiteral("https://files.example/m/%1.jpg").arg(id) },
                    { QStringLiteral("preview_url"), QStringLiteral("https://files.example/m/%1s.jpg").arg(id) },
                    { QStringLiteral("description"), QStringLiteral("Een foto van een whiteboard") } } });
        if (i % 5 == 0) {
            QJsonObject boost = s;
            boost.insert(QStringLiteral("id"), QString::number(id + 1000000));
            boost.insert(QStringLiteral("reblog"), s);
            boost.insert(QStringLiteral("content"), QString());
            boost.insert(QStringLiteral("account"), account(99));
            s = boost;
        }
        statuses.append(s);
    }
    return QJsonDocument(statuses).toJson(QJsonDocument::Compact);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size()))];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int pages = argc > 1 ? std::max(1, atoi(argv[1])) : 500;
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (opened.status != Database::Status::Ok) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.message));
        return 1;
    }
    SourceStore sources(*opened.db);
    ItemStore items(*opened.db);
    Source home;
    home.kind = QStringLiteral("mastodon");
    home.url = QUrl(QStringLiteral("https://social.example/api/v1/timelines/home#account=1"));
    home.title = QStringLiteral("Home");
    const qint64 sourceId = sources.add(home);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QByteArray> bodies;
    for (int p = 0; p < pages; ++p)
        bodies << page(100000000 + qint64(p) * 40, now - qint64(p) * 40 * 30000);

    QList<double> decodeMs, itemsMs, storeMs, totalMs;
    qint64 added = 0;
    for (const QByteArray &body : bodies) {
        QElapsedTimer t;
        t.start();
        const QList<MastodonStatus> statuses = mastodon::statuses(body);
        const qint64 decoded = t.nsecsElapsed();
        const QList<Item> list = mastodon::itemsFromStatuses(statuses, sourceId);
        const qint64 converted = t.nsecsElapsed();
        added += items.upsert(sourceId, list).added;
        const qint64 stored = t.nsecsElapsed();
        decodeMs << decoded / 1e6;
        itemsMs << (converted - decoded) / 1e6;
        storeMs << (stored - converted) / 1e6;
        totalMs << stored / 1e6;
    }
    std::printf("pages of 40 statuses: %d (%lld items stored)\n", pages, static_cast<long long>(added));
    std::printf("decode JSON      median %6.2f ms  p95 %6.2f ms\n", median(decodeMs), percentile(decodeMs, 0.95));
    std::printf("to items (HTML)  median %6.2f ms  p95 %6.2f ms\n", median(itemsMs), percentile(itemsMs, 0.95));
    std::printf("store (upsert)   median %6.2f ms  p95 %6.2f ms\n", median(storeMs), percentile(storeMs, 0.95));
    std::printf("page total       median %6.2f ms  p95 %6.2f ms  (%.0f statuses/s)\n", median(totalMs),
        percentile(totalMs, 0.95), 40.0 * 1000.0 / std::max(0.001, median(totalMs)));

    // The column: the view pages older rows in from the cache as its end comes near.
    SourceCache cache(sources);
    ItemListModel model(items, cache, nullptr);
    ItemListView view;
    view.setItemDelegate(new ItemDelegate(&view));
    view.setModel(&model);
    view.resize(360, 1000);
    view.show();
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = sourceId;
    model.setSpec(spec);
    QApplication::processEvents();
    const int rows = int(std::min<qint64>(10000, added));
    QScrollBar *bar = view.verticalScrollBar();
    QList<double> frames;
    int lastSeen = 0;
    for (int i = 0; i < 100000 && lastSeen < rows - 1; ++i) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(bar->value() + std::max(1, bar->pageStep() / 4));
        // What the event loop does in a frame: older rows paged in, the paint.
        QApplication::processEvents();
        view.viewport()->repaint();
        frames << frame.nsecsElapsed() / 1e6;
        lastSeen = std::max(lastSeen, view.indexAt(QPoint(10, view.viewport()->height() - 2)).row());
        if (bar->value() >= bar->maximum() && !model.canFetchMore({}))
            break; // the end of the cache
    }
    const qsizetype slow = std::count_if(frames.cbegin(), frames.cend(), [](double ms) { return ms > 8.0; });
    std::printf("column of %d statuses scrolled top to bottom in %lld frames: median %.2f ms, worst %.2f ms, "
                "over 8 ms: %lld\n",
        lastSeen + 1, qint64(frames.size()), median(frames),
        frames.isEmpty() ? 0.0 : *std::max_element(frames.cbegin(), frames.cend()), qint64(slow));
    return 0;
}
