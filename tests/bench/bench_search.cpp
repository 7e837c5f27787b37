// Search and list latency on a large profile: the first page (50 rows) of a
// Search column for a rare term, a common term and a 3-letter prefix, plus
// the plain column queries and the time to open the file.
// Usage: bench_search [items=200000] [database file to reuse or create]

#include "BenchData.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

using namespace gilde;
using namespace gilde::bench;

namespace
{

constexpr int Runs = 9;
constexpr int PageSize = 50;
const QString RareWord = QStringLiteral("xylophonic"); // in 1 item of 20,000
const QString CommonWord = QStringLiteral("everyday"); // in every item

std::unique_ptr<Database> openOrDie(const QString &path, double *ms = nullptr)
{
    QElapsedTimer t;
    t.start();
    auto opened = Database::open(path);
    if (ms)
        *ms = t.nsecsElapsed() / 1e6;
    if (opened.status != Database::Status::Ok) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.message));
        std::exit(1);
    }
    return std::move(opened.db);
}

void populate(Database &db, int total)
{
    SourceStore sources(db);
    ItemStore items(db);
    ContentGenerator gen(7);
    const int perFeed = 100;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer t;
    t.start();
    for (int f = 0; f * perFeed < total; ++f) {
        Source s;
        s.url = QUrl(QStringLiteral("https://blog%1.example.org/feed.xml").arg(f));
        s.title = QStringLiteral("Feed %1").arg(f);
        s.folder = QStringLiteral("Folder %1").arg(f % 20);
        const qint64 sid = sources.add(s);
        QList<Item> batch = gen.feedItems(f, std::min(perFeed, total - f * perFeed), now);
        for (int i = 0; i < batch.size(); ++i) {
            Item &it = batch[i];
            // Search indexes the text of the html.
            it.html += QStringLiteral("<p>%1</p>").arg(CommonWord.trimmed());
            if ((f * perFeed + i) % 20000 == 0)
                it.title += QLatin1Char(' ') + RareWord;
            it.read = false;
        }
        items.upsert(sid, batch);
    }
    const double ingestS = t.nsecsElapsed() / 1e9;
    t.restart();
    const int indexed = items.indexPending();
    std::printf("  built: %d items stored in %.1f s, %d indexed in %.1f s\n", total, ingestS, indexed,
        t.nsecsElapsed() / 1e9);
}

// Median and first-run milliseconds of `f`.
void measure(const char *label, const std::function<int()> &f)
{
    std::vector<double> ms;
    int rows = 0;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer t;
        t.start();
        rows = f();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    const double first = ms.front();
    std::sort(ms.begin(), ms.end());
    std::printf(
        "  %-34s median %8.2f ms  (first %8.2f ms, %d rows)\n", label, ms[ms.size() / 2], first, rows);
}

StreamSpec searchSpec(const QString &query)
{
    StreamSpec s;
    s.kind = StreamSpec::Kind::Search;
    s.query = query;
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("gilde.*.debug=false\ngilde.store.info=false"));
    const QStringList args = app.arguments();
    const int total = args.value(1, QStringLiteral("200000")).toInt();
    QTemporaryDir tmp;
    const QString path = args.size() > 2 ? args.at(2) : tmp.filePath(QStringLiteral("search.sqlite"));

    std::printf("bench_search: %d items, database %s\n", total, qPrintable(path));
    {
        const bool fresh = !QFileInfo::exists(path);
        auto db = openOrDie(path);
        if (fresh)
            populate(*db, total);
    }
    double openMs = 0;
    auto db = openOrDie(path, &openMs);
    ItemStore items(*db);
    std::printf("  file %.0f MiB, open (checks included) %.1f ms, %lld items, RSS %.0f MiB\n",
        QFileInfo(path).size() / 1048576.0, openMs, items.count(), residentMiB());

    // A three-letter prefix that many generated words share.
    const QString prefix = QStringLiteral("sta*");
    measure("search rare term, first page",
        [&] { return int(items.page(searchSpec(RareWord), {}, PageSize).size()); });
    measure("search common term, first page",
        [&] { return int(items.page(searchSpec(CommonWord), {}, PageSize).size()); });
    measure("search 3-letter prefix, first page",
        [&] { return int(items.page(searchSpec(prefix), {}, PageSize).size()); });
    measure("search 2 terms, first page", [&] {
        return int(items.page(searchSpec(CommonWord + QStringLiteral(" ka*")), {}, PageSize).size());
    });
    measure("search common term, unread count", [&] { return items.unreadCount(searchSpec(CommonWord)); });

    StreamSpec all;
    measure("All, first page", [&] { return int(items.page(all, {}, PageSize).size()); });
    // A cursor half-way down: the generated feeds span 100 hours.
    const QList<Item> top = items.page(all, {}, 1);
    const PageCursor middle{top.value(0).publishedMs - 50LL * 3600000, std::numeric_limits<qint64>::max()};
    measure("All, page half-way down (keyset)", [&] { return int(items.page(all, middle, PageSize).size()); });
    StreamSpec unread;
    unread.kind = StreamSpec::Kind::Unread;
    measure("Unread, first page", [&] { return int(items.page(unread, {}, PageSize).size()); });
    measure("Unread count, all", [&] { return items.unreadCount(unread); });
    StreamSpec folder;
    folder.kind = StreamSpec::Kind::Folder;
    folder.folder = QStringLiteral("Folder 3");
    measure("Folder, first page", [&] { return int(items.page(folder, {}, PageSize).size()); });
    measure("Folder, unread count", [&] { return items.unreadCount(folder); });
    StreamSpec source;
    source.kind = StreamSpec::Kind::Source;
    source.sourceId = 17;
    measure("Source, first page", [&] { return int(items.page(source, {}, PageSize).size()); });
    StreamSpec muted;
    muted.muteWords = { QStringLiteral("kalo"), QStringLiteral("mine") };
    measure("All with 2 mute words, first page", [&] { return int(items.page(muted, {}, PageSize).size()); });
    std::printf("  RSS %.0f MiB\n", residentMiB());
    return 0;
}
