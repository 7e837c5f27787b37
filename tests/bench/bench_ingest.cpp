// Ingest throughput: store only, parse + store on one thread and on all
// cores (parse in parallel, one writer), each also with several feeds per
// commit as refresh rounds write, and the full-text catch-up.
// Usage: bench_ingest [items=100000] [items-per-feed=100] [folder for the database]

#include "BenchData.h"
#include "sources/feeds/FeedParser.h"
#include "sources/feeds/FeedToItems.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "sync/SyncWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>

#include <cstdio>
#include <optional>

using namespace gilde;
using namespace gilde::bench;

namespace
{

struct Profile {
    std::unique_ptr<Database> db;
    std::unique_ptr<SourceStore> sources;
    std::unique_ptr<ItemStore> items;
    QList<qint64> sourceIds;
};

Profile openProfile(const QString &path, int feeds)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto opened = Database::open(path);
    if (opened.status != Database::Status::Ok) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(opened.message));
        std::exit(1);
    }
    Profile p;
    p.db = std::move(opened.db);
    p.sources = std::make_unique<SourceStore>(*p.db);
    p.items = std::make_unique<ItemStore>(*p.db);
    for (int f = 0; f < feeds; ++f) {
        Source s;
        s.url = QUrl(QStringLiteral("https://blog%1.example.org/feed.xml").arg(f));
        s.title = QStringLiteral("Feed %1").arg(f);
        p.sourceIds << p.sources->add(s);
    }
    return p;
}

// Wall-clock and CPU time of one phase.
struct Phase {
    QElapsedTimer wall;
    double cpu0 = processCpuSeconds();
    Phase() { wall.start(); }
    qint64 ns() const { return wall.nsecsElapsed(); }
    double cpu() const { return processCpuSeconds() - cpu0; }
};

double perSecond(qint64 count, qint64 ns)
{
    return ns > 0 ? double(count) * 1e9 / double(ns) : 0;
}

double fileMiB(const QString &path)
{
    return (QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0;
}

QList<Item> parseToItems(const QByteArray &doc, int feed, qint64 sourceId, qint64 now)
{
    const ParsedFeed parsed
        = parseFeed(doc, QUrl(QStringLiteral("https://blog%1.example.org/feed.xml").arg(feed)),
            QByteArrayLiteral("application/rss+xml; charset=utf-8"));
    return itemsFromFeed(parsed, sourceId, now);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("gilde.*.debug=false\ngilde.store.info=false"));
    const QStringList args = app.arguments();
    const int total = args.value(1, QStringLiteral("100000")).toInt();
    const int perFeed = args.value(2, QStringLiteral("100")).toInt();
    const int feeds = std::max(1, total / perFeed);
    QTemporaryDir tmp(args.size() > 3 ? args.at(3) + QStringLiteral("/bench-XXXXXX") : QString());
    const QString path = tmp.filePath(QStringLiteral("ingest.sqlite"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    std::printf("bench_ingest: %d items in %d feeds of %d, %d threads, database in %s\n", feeds * perFeed,
        feeds, perFeed, QThread::idealThreadCount(), qPrintable(tmp.path()));

    QElapsedTimer timer;
    timer.start();
    ContentGenerator gen(42);
    QList<QList<Item>> batches;
    qint64 htmlBytes = 0;
    for (int f = 0; f < feeds; ++f) {
        batches << gen.feedItems(f, perFeed, now - 60000);
        for (const Item &it : batches.last())
            htmlBytes += it.html.toUtf8().size();
    }
    std::printf("  generated in %.0f ms, average HTML %.0f bytes, RSS %.0f MiB\n", timer.nsecsElapsed() / 1e6,
        double(htmlBytes) / (feeds * perFeed), residentMiB());

    // (a) store only
    {
        Profile p = openProfile(path, feeds);
        Phase phase;
        int added = 0;
        for (int f = 0; f < feeds; ++f)
            added += p.items->upsert(p.sourceIds.at(f), batches.at(f)).added;
        const qint64 ns = phase.ns();
        std::printf(
            "(a) store only:            %8.0f items/s  %8.0f items/CPU-s  (%d added, %.2f s, file %.0f MiB, "
            "RSS %.0f MiB)\n",
            perSecond(added, ns), added / phase.cpu(), added, ns / 1e9, fileMiB(path), residentMiB());

        Phase again;
        int unchanged = 0;
        for (int f = 0; f < feeds; ++f)
            unchanged += p.items->upsert(p.sourceIds.at(f), batches.at(f)).unchanged;
        std::printf("    same items again:      %8.0f items/s  %8.0f items/CPU-s  (%d unchanged)\n",
            perSecond(unchanged, again.ns()), unchanged / again.cpu(), unchanged);

        Phase indexing;
        const int indexed = p.items->indexPending();
        std::printf("(d) FTS catch-up:          %8.0f items/s  %8.0f items/CPU-s  (%d indexed, %.2f s, file "
                    "%.0f MiB)\n",
            perSecond(indexed, indexing.ns()), indexed / indexing.cpu(), indexed, indexing.ns() / 1e9,
            fileMiB(path));
    }

    // (a') store only, ten feeds per transaction, as a refresh round commits
    // several feeds together: each touched index page is written once per commit.
    {
        Profile p = openProfile(path, feeds);
        Phase phase;
        int added = 0;
        for (int f = 0; f < feeds; f += 10) {
            Transaction t(p.db->connection());
            for (int g = f; g < std::min(feeds, f + 10); ++g)
                added += p.items->upsert(p.sourceIds.at(g), batches.at(g)).added;
            t.commit();
        }
        const qint64 ns = phase.ns();
        std::printf("(a') store, 10 feeds/commit: %6.0f items/s  %8.0f items/CPU-s  (%d added, %.2f s)\n",
            perSecond(added, ns), added / phase.cpu(), added, ns / 1e9);
    }

    // Feed documents for the parse phases.
    QList<QByteArray> docs;
    qint64 docBytes = 0;
    for (int f = 0; f < feeds; ++f) {
        docs << ContentGenerator::rss(f, batches.at(f));
        docBytes += docs.last().size();
    }
    batches.clear();
    std::printf("  %d RSS documents, %.0f MiB of XML\n", feeds, docBytes / 1048576.0);

    // parse only, for scale
    {
        Phase phase;
        qint64 n = 0;
        for (int f = 0; f < feeds; ++f)
            n += parseToItems(docs.at(f), f, f + 1, now).size();
        const qint64 ns = phase.ns();
        std::printf("    parse only, 1 thread:  %8.0f items/s  (%.0f MiB/s)\n", perSecond(n, ns),
            docBytes / 1048576.0 * 1e9 / ns);
    }

    // parse only, on every core
    {
        Phase phase;
        QList<int> feedNumbers;
        for (int f = 0; f < feeds; ++f)
            feedNumbers << f;
        const qint64 n = QtConcurrent::blockingMappedReduced(
            feedNumbers, [&docs, now](int f) { return parseToItems(docs.at(f), f, f + 1, now).size(); },
            [](qint64 &sum, qsizetype part) { sum += part; });
        const qint64 ns = phase.ns();
        std::printf("    parse only, %d threads: %8.0f items/s  %8.0f items/CPU-s\n",
            QThreadPool::globalInstance()->maxThreadCount(), perSecond(n, ns), n / phase.cpu());
    }

    // (b) parse + store, one thread
    {
        Profile p = openProfile(path, feeds);
        Phase phase;
        int added = 0;
        for (int f = 0; f < feeds; ++f)
            added += p.items->upsert(p.sourceIds.at(f), parseToItems(docs.at(f), f, p.sourceIds.at(f), now))
                         .added;
        const qint64 ns = phase.ns();
        std::printf(
            "(b) parse+store, 1 thread: %8.0f items/s  %8.0f items/CPU-s  (%d added, %.2f s, RSS %.0f MiB)\n",
            perSecond(added, ns), added / phase.cpu(), added, ns / 1e9, residentMiB());
    }

    // (b') parse + store on one thread, ten feeds per commit
    {
        Profile p = openProfile(path, feeds);
        Phase phase;
        int added = 0;
        for (int f = 0; f < feeds; f += 10) {
            Transaction t(p.db->connection());
            for (int g = f; g < std::min(feeds, f + 10); ++g)
                added
                    += p.items->upsert(p.sourceIds.at(g), parseToItems(docs.at(g), g, p.sourceIds.at(g), now))
                           .added;
            t.commit();
        }
        const qint64 ns = phase.ns();
        std::printf(
            "(b') parse+store, 1 thread, 10 feeds/commit: %8.0f items/s  %8.0f items/CPU-s  (%.2f s)\n",
            perSecond(added, ns), added / phase.cpu(), ns / 1e9);
    }

    // (c) parse on every core, one writer: a window of parse jobs runs ahead
    // of the writer, which stores each feed as soon as it is parsed.
    {
        Profile p = openProfile(path, feeds);
        const int window = 4 * QThreadPool::globalInstance()->maxThreadCount();
        Phase phase;
        QList<QFuture<QList<Item>>> inFlight;
        int next = 0;
        auto launch = [&] {
            const int f = next++;
            const qint64 sid = p.sourceIds.at(f);
            inFlight << QtConcurrent::run(
                [&docs, f, sid, now] { return parseToItems(docs.at(f), f, sid, now); });
        };
        while (next < feeds && inFlight.size() < window)
            launch();
        int added = 0;
        for (int f = 0; f < feeds; ++f) {
            const QList<Item> batch = inFlight.takeFirst().result();
            if (next < feeds)
                launch();
            added += p.items->upsert(p.sourceIds.at(f), batch).added;
        }
        const qint64 ns = phase.ns();
        std::printf(
            "(c) parse+store, %d cores: %8.0f items/s  %8.0f items/CPU-s  (%d added, %.2f s, RSS %.0f MiB)\n",
            QThreadPool::globalInstance()->maxThreadCount(), perSecond(added, ns), added / phase.cpu(), added,
            ns / 1e9, residentMiB());
    }

    // (c') as (c), but the writer groups its writes the way SyncWriter does:
    // feeds share one transaction, committed when the writer would otherwise
    // wait once the batch is SyncWriter::MinBatchMs old. (No other connection
    // waits for the lock here, which would make it commit sooner.)
    {
        Profile p = openProfile(path, feeds);
        const int window = 4 * QThreadPool::globalInstance()->maxThreadCount();
        Phase phase;
        QList<QFuture<QList<Item>>> inFlight;
        int next = 0;
        auto launch = [&] {
            const int f = next++;
            const qint64 sid = p.sourceIds.at(f);
            inFlight << QtConcurrent::run(
                [&docs, f, sid, now] { return parseToItems(docs.at(f), f, sid, now); });
        };
        while (next < feeds && inFlight.size() < window)
            launch();
        int added = 0;
        int commits = 0;
        QElapsedTimer batchAge;
        std::optional<Transaction> tx;
        auto commit = [&] {
            if (tx) {
                tx->commit();
                tx.reset();
                ++commits;
            }
        };
        for (int f = 0; f < feeds; ++f) {
            if (tx && !inFlight.first().isFinished() && batchAge.elapsed() >= SyncWriter::MinBatchMs)
                commit();
            const QList<Item> batch = inFlight.takeFirst().result();
            if (next < feeds)
                launch();
            if (!tx) {
                tx.emplace(p.db->connection());
                batchAge.start();
            }
            added += p.items->upsert(p.sourceIds.at(f), batch).added;
        }
        commit();
        const qint64 ns = phase.ns();
        std::printf(
            "(c') parse+store, %d cores, batched: %8.0f items/s  %8.0f items/CPU-s  (%d added, %d commits, "
            "%.2f s, RSS %.0f MiB)\n",
            QThreadPool::globalInstance()->maxThreadCount(), perSecond(added, ns), added / phase.cpu(), added,
            commits, ns / 1e9, residentMiB());
    }
    return 0;
}
