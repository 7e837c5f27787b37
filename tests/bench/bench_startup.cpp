// Start-up benchmark: time from launching `gilde` to the first painted
// dashboard, and resident memory once settled, on a large profile
// (200,000 items from 400 feeds, 12 columns in one tab; with --mastodon N,
// N Mastodon timelines of 10,000 statuses each among the 200,000, and a
// column for each beside the 12). The profile is built once and kept in the
// cache folder given on the command line.
//
//   bench_startup GILDE_BINARY [CACHE_DIR] [--runs N] [--settle MS] [--items N] [--mastodon N]
//
// Run it under a display server, e.g. `xvfb-run -a bench_startup ...`;
// without one, the child uses Qt's offscreen platform.

#include "core/Engine.h"
#include "core/sources/mastodon/MastodonTimeline.h"
#include "core/store/ColumnStore.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

using namespace gilde;

namespace
{

constexpr int SourceCount = 400;
constexpr int FolderCount = 8;

const char *const Words[] = { "learning", "community", "practice", "network", "knowledge", "team", "work",
    "share", "sense", "seek", "design", "course", "people", "trust", "change", "skills", "digital", "open",
    "social", "organisation", "feedback", "coaching", "experiment", "workplace", "reflection", "curiosity",
    "habit", "conversation", "remote", "hybrid", "manager", "leadership", "story", "tool", "platform",
    "forum", "blog", "mastery" };

QString sentence(QRandomGenerator &rng, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << QString::fromLatin1(Words[rng.bounded(int(std::size(Words)))]);
    QString s = out.join(QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s;
}

constexpr int StatusesPerTimeline = 10000;

/// A public timeline of `count` statuses, as the cache holds them (boosts,
/// replies and content warnings among them); never fetched (port 9).
qint64 addTimeline(Engine &engine, int n, int count, QRandomGenerator &rng, qint64 now)
{
    MastodonTimeline timeline;
    // Two hashtags, the local and the federated timeline, and so on.
    const MastodonTimeline::Kind kinds[] = { MastodonTimeline::Kind::Hashtag, MastodonTimeline::Kind::Local,
        MastodonTimeline::Kind::Hashtag, MastodonTimeline::Kind::Federated };
    timeline.kind = kinds[n % 4];
    timeline.arg = timeline.kind == MastodonTimeline::Kind::Hashtag ? QStringLiteral("tag%1").arg(n) : QString();
    timeline.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(9 + n / 4 * 1000)); // past four: other servers
    Source src;
    src.kind = QStringLiteral("mastodon");
    src.url = timeline.sourceUrl();
    src.title = timeline.title();
    const qint64 id = engine.sources().add(src);
    if (!id)
        return 0;
    auto saved = engine.sources().byId(id);
    saved->nextRefreshMs = now + 365LL * 24 * 3600 * 1000;
    saved->lastRefreshMs = saved->lastSuccessMs = now;
    engine.sources().saveRefreshState(*saved);
    QList<Item> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int who = rng.bounded(300);
        Item it;
        it.kind = QStringLiteral("status");
        it.remoteId = QString::number(900000000LL + qint64(n) * count + i);
        it.author = QStringLiteral("Person %1 (@user%1@social%2.example)").arg(who).arg(who % 9);
        QJsonObject meta { { QStringLiteral("status"), it.remoteId }, { QStringLiteral("account"), QString::number(who) },
            { QStringLiteral("acct"), QStringLiteral("user%1@social%2.example").arg(who).arg(who % 9) },
            { QStringLiteral("visibility"), QStringLiteral("public") } };
        if (i % 5 == 0) {
            it.author += QStringLiteral(", boosted by Person %1").arg(rng.bounded(300));
            meta.insert(QStringLiteral("boost"), true);
        }
        if (i % 7 == 0)
            meta.insert(QStringLiteral("reply"), true);
        if (i % 23 == 0)
            it.title = QStringLiteral("Content warning: %1").arg(sentence(rng, 3));
        it.meta = QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact));
        it.text = sentence(rng, 10 + rng.bounded(30)) + QStringLiteral(" #leren");
        it.html = QStringLiteral("<p>%1 <a href=\"http://127.0.0.1:9/tags/leren\">#leren</a></p>").arg(it.text);
        it.url = QStringLiteral("http://127.0.0.1:9/@user%1/%2").arg(who).arg(it.remoteId);
        it.publishedMs = now - qint64(i) * 45000 - rng.bounded(30000);
        items << it;
    }
    return engine.items().upsert(id, items).ok ? id : 0;
}

bool buildProfile(const QString &dir, int totalItems, int timelines)
{
    std::printf("building profile in %s (%d items, %d feeds, %d Mastodon timelines)...\n", qPrintable(dir),
        totalItems, SourceCount, timelines);
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    Engine::Opened opened = Engine::open(dir);
    if (!opened.engine) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dir), qPrintable(opened.message));
        return false;
    }
    Engine &engine = *opened.engine;
    QRandomGenerator rng(42);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 2LL * 365 * 24 * 3600 * 1000;
    const int perSource = (totalItems - timelines * StatusesPerTimeline) / SourceCount;
    QList<qint64> sourceIds;
    for (int s = 0; s < SourceCount; ++s) {
        Source src;
        // Port 9 (discard) on loopback: never fetched, as nothing is due.
        src.url = QUrl(QStringLiteral("http://127.0.0.1:9/feed-%1.xml").arg(s));
        src.siteUrl = QUrl(QStringLiteral("http://127.0.0.1:9/site-%1/").arg(s));
        src.title = QStringLiteral("%1 %2").arg(sentence(rng, 2)).arg(s);
        src.folder = QStringLiteral("Folder %1").arg(s % FolderCount + 1);
        const qint64 id = engine.sources().add(src);
        if (!id)
            return false;
        auto saved = engine.sources().byId(id);
        saved->nextRefreshMs = now + 365LL * 24 * 3600 * 1000;
        saved->lastRefreshMs = saved->lastSuccessMs = now;
        engine.sources().saveRefreshState(*saved);
        sourceIds << id;

        QList<Item> items;
        items.reserve(perSource);
        for (int i = 0; i < perSource; ++i) {
            Item it;
            it.remoteId = QStringLiteral("s%1-i%2").arg(s).arg(i);
            it.title = sentence(rng, 4 + rng.bounded(8));
            it.author = sentence(rng, 2);
            it.url = QStringLiteral("http://127.0.0.1:9/site-%1/%2.html").arg(s).arg(i);
            QString text;
            for (int p = 0; p < 4; ++p)
                text += sentence(rng, 12 + rng.bounded(10)) + QStringLiteral(". ");
            it.text = text;
            it.html = QStringLiteral("<p>%1</p>").arg(text);
            it.publishedMs = now - qint64(rng.generateDouble() * span);
            items << it;
        }
        const ItemStore::IngestStats stats = engine.items().upsert(id, items);
        if (!stats.ok) {
            std::fprintf(stderr, "ingest failed: %s\n", qPrintable(stats.error));
            return false;
        }
    }
    // Most of an old profile has been read.
    for (qint64 id : std::as_const(sourceIds)) {
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Source;
        spec.sourceId = id;
        if (rng.bounded(10) < 7)
            engine.items().markAllRead(spec);
    }
    QList<qint64> timelineIds;
    for (int n = 0; n < timelines; ++n) {
        const qint64 id = addTimeline(engine, n, StatusesPerTimeline, rng, now);
        if (!id)
            return false;
        timelineIds << id;
    }
    while (engine.items().indexPending() > 0) { }

    const qint64 tab = engine.columns().addTab(QStringLiteral("Bench"));
    auto add = [&](const QString &title, StreamSpec spec) {
        Column c;
        c.tabId = tab;
        c.title = title;
        c.spec = spec;
        c.width = 340;
        engine.columns().addColumn(c);
    };
    StreamSpec all;
    add(QStringLiteral("All"), all);
    StreamSpec unread;
    unread.kind = StreamSpec::Kind::Unread;
    add(QStringLiteral("Unread"), unread);
    for (int f = 1; f <= 6; ++f) {
        StreamSpec folder;
        folder.kind = StreamSpec::Kind::Folder;
        folder.folder = QStringLiteral("Folder %1").arg(f);
        folder.unreadOnly = f % 2 == 0;
        add(folder.folder, folder);
    }
    for (int s = 0; s < 2; ++s) {
        StreamSpec one;
        one.kind = StreamSpec::Kind::Source;
        one.sourceId = sourceIds.at(s * 7);
        add(QStringLiteral("Feed %1").arg(s), one);
    }
    StreamSpec starred;
    starred.kind = StreamSpec::Kind::Starred;
    add(QStringLiteral("Starred"), starred);
    StreamSpec search;
    search.kind = StreamSpec::Kind::Search;
    search.query = QStringLiteral("mastery");
    add(QStringLiteral("Search"), search);
    for (const qint64 id : std::as_const(timelineIds)) {
        StreamSpec timeline;
        timeline.kind = StreamSpec::Kind::Source;
        timeline.sourceId = id;
        add(engine.sources().byId(id)->title, timeline);
    }

    std::printf("built in %.1f s: %lld items\n", t.elapsed() / 1000.0,
        static_cast<long long>(engine.items().count()));
    return true;
}

struct Run {
    qint64 selfMs = -1; ///< what the app measured from its process start
    qint64 externalMs = -1; ///< launch to the line arriving here
    qint64 rssKib = -1;
    qint64 cpuMs = -1; ///< CPU time the app had used by then: steadier on a busy machine
};

Run runOnce(const QString &binary, const QString &profile, int settleMs)
{
    Run run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GILDE_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("GILDE_REPORT_SETTLE_MS"), QString::number(settleMs));
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY"))
        && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    p.start(binary, { QStringLiteral("--profile"), profile });
    if (!p.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(binary));
        return run;
    }
    QByteArray pending;
    while (clock.elapsed() < 60000) {
        if (!p.canReadLine() && !p.waitForReadyRead(1000)) {
            if (p.state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            if (line.startsWith("first-paint-ms ")) {
                run.externalMs = clock.elapsed();
                run.selfMs = line.mid(15).toLongLong();
            } else if (line.startsWith("first-paint-cpu-ms ")) {
                run.cpuMs = line.mid(19).toLongLong();
            } else if (line.startsWith("rss-kib ")) {
                run.rssKib = line.mid(8).toLongLong();
            }
        }
        if (run.rssKib >= 0)
            break;
    }
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    return run;
}

qint64 median(QList<qint64> v)
{
    v.removeAll(-1);
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 7;
    int settleMs = 3000;
    int items = 200000;
    auto takeInt = [&args](const QString &name, int &value) {
        const int i = int(args.indexOf(name));
        if (i >= 0 && i + 1 < args.size()) {
            value = args.at(i + 1).toInt();
            args.remove(i, 2);
        }
    };
    takeInt(QStringLiteral("--runs"), runs);
    takeInt(QStringLiteral("--settle"), settleMs);
    takeInt(QStringLiteral("--items"), items);
    int timelines = 0;
    takeInt(QStringLiteral("--mastodon"), timelines);
    if (args.isEmpty()) {
        std::fprintf(
            stderr, "usage: bench_startup GILDE_BINARY [CACHE_DIR] [--runs N] [--settle MS] [--items N] [--mastodon N]\n");
        return 2;
    }
    const QString binary = args.at(0);
    const QString cache = args.size() > 1
        ? args.at(1)
        : QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/gilde-bench");
    const QString profile = QDir(cache).filePath(
        timelines > 0 ? QStringLiteral("profile-%1-mastodon-%2").arg(items).arg(timelines) : QStringLiteral("profile-%1").arg(items));
    const QString ready = QDir(profile).filePath(QStringLiteral("bench-ready"));
    if (!QFile::exists(ready)) {
        QDir(profile).removeRecursively();
        if (!buildProfile(profile, items, timelines))
            return 1;
        QFile marker(ready);
        if (!marker.open(QIODevice::WriteOnly))
            return 1;
    }

    // One unmeasured run warms the page cache, as a user's second start would be.
    runOnce(binary, profile, 0);
    QList<qint64> self;
    QList<qint64> external;
    QList<qint64> rss;
    QList<qint64> cpu;
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(binary, profile, settleMs);
        std::printf("run %d: first paint %lld ms (in-process), %lld ms (launch to report), %lld ms CPU, "
                    "rss %.1f MiB\n",
            i + 1, static_cast<long long>(r.selfMs), static_cast<long long>(r.externalMs),
            static_cast<long long>(r.cpuMs), r.rssKib / 1024.0);
        std::fflush(stdout);
        self << r.selfMs;
        external << r.externalMs;
        rss << r.rssKib;
        cpu << r.cpuMs;
    }
    std::printf("median of %d: first-paint-ms %lld, launch-to-report-ms %lld, first-paint-cpu-ms %lld, "
                "rss-mib %.1f (after %d ms)\n",
        runs, static_cast<long long>(median(self)), static_cast<long long>(median(external)),
        static_cast<long long>(median(cpu)), median(rss) / 1024.0, settleMs);
    return 0;
}
