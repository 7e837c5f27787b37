// Refresh benchmark: generates a feed corpus, and measures one SyncEngine
// refresh round over a profile. Driven by refresh_bench.sh, which serves the
// corpus with nginx and compares with `gilde refresh` and Newsboat.
//
//   bench_refresh generate DIR COUNT BASEURL[,BASEURL...]
//       writes DIR/feeds/f0000.xml ... (RSS 2.0 and Atom 1.0 alternating, 50
//       items of 1-2 KB HTML each), DIR/urls-N.txt and DIR/feeds-N.opml for
//       N = 500 and COUNT; feeds are spread over the base URLs round-robin.
//   bench_refresh stages DIR COUNT
//       parses and converts COUNT feeds of the corpus on one thread, timing each stage.
//   bench_refresh run PROFILE URLS [--index]
//       adds the URLs to the profile (not timed), runs refreshAll, prints
//       one line of figures; --index also times the full-text catch-up.

#include "Engine.h"
#include "model/Source.h"
#include "net/HttpClient.h"
#include "sources/feeds/FeedParser.h"
#include "sources/feeds/FeedToItems.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace gilde;

namespace
{

constexpr int ItemsPerFeed = 50;

const char *const Words[] = {
    "learning",
    "network",
    "practice",
    "community",
    "knowledge",
    "reflection",
    "coaching",
    "workplace",
    "feedback",
    "curiosity",
    "mentor",
    "pattern",
    "design",
    "context",
    "skill",
    "habit",
    "question",
    "story",
    "experiment",
    "dialogue",
    "trust",
    "insight",
    "method",
    "craft",
};

QString words(QRandomGenerator &rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i) {
        if (i)
            s += QLatin1Char(' ');
        s += QLatin1String(Words[rng.bounded(int(std::size(Words)))]);
    }
    return s;
}

// 1-2 KB of ordinary blog HTML: paragraphs, a link, emphasis, sometimes an image or a list.
QString articleHtml(QRandomGenerator &rng, int feed, int item)
{
    QString h;
    const int target = 1024 + rng.bounded(1024);
    int para = 0;
    while (h.size() < target) {
        h += QStringLiteral(
            "<p>%1 <a href=\"https://blog%2.example/post/%3#p%4\">%5</a> <em>%6</em>. %7.</p>\n")
                 .arg(words(rng, 14))
                 .arg(feed)
                 .arg(item)
                 .arg(para)
                 .arg(words(rng, 3), words(rng, 2), words(rng, 18));
        if (para == 1 && rng.bounded(3) == 0)
            h += QStringLiteral("<p><img src=\"https://blog%1.example/img/%2.jpg\" alt=\"%3\"></p>\n")
                     .arg(feed)
                     .arg(item)
                     .arg(words(rng, 2));
        if (para == 2 && rng.bounded(4) == 0)
            h += QStringLiteral("<ul><li>%1</li><li>%2</li></ul>\n").arg(words(rng, 5), words(rng, 6));
        ++para;
    }
    return h;
}

QString xmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray rssFeed(int feed, QRandomGenerator &rng, const QDateTime &base)
{
    QString x
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n"
                         "<title>Blog %1</title>\n<link>https://blog%1.example/</link>\n"
                         "<description>%2</description>\n<language>en</language>\n")
              .arg(feed)
              .arg(words(rng, 6));
    for (int i = 0; i < ItemsPerFeed; ++i) {
        const QDateTime when = base.addSecs(-qint64(i) * 3600 * 7 - feed * 60);
        x += QStringLiteral("<item>\n<title>%1</title>\n<link>https://blog%2.example/post/%3</link>\n"
                            "<guid>https://blog%2.example/post/%3</guid>\n<pubDate>%4</pubDate>\n"
                            "<author>author%2@blog%2.example (Author %2)</author>\n"
                            "<description><![CDATA[%5]]></description>\n</item>\n")
                 .arg(xmlEscape(words(rng, 6)))
                 .arg(feed)
                 .arg(i)
                 .arg(when.toString(Qt::RFC2822Date))
                 .arg(articleHtml(rng, feed, i));
    }
    x += QStringLiteral("</channel>\n</rss>\n");
    return x.toUtf8();
}

QByteArray atomFeed(int feed, QRandomGenerator &rng, const QDateTime &base)
{
    QString x = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                               "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>Journal %1</title>\n"
                               "<link href=\"https://journal%1.example/\"/>\n<id>urn:journal:%1</id>\n"
                               "<updated>%2</updated>\n<author><name>Writer %1</name></author>\n")
                    .arg(feed)
                    .arg(base.toString(Qt::ISODate));
    for (int i = 0; i < ItemsPerFeed; ++i) {
        const QDateTime when = base.addSecs(-qint64(i) * 3600 * 5 - feed * 60);
        x += QStringLiteral("<entry>\n<title>%1</title>\n<link href=\"https://journal%2.example/%3\"/>\n"
                            "<id>urn:journal:%2:%3</id>\n<published>%4</published>\n<updated>%4</updated>\n"
                            "<summary>%5</summary>\n<content type=\"html\">%6</content>\n</entry>\n")
                 .arg(xmlEscape(words(rng, 5)))
                 .arg(feed)
                 .arg(i)
                 .arg(when.toString(Qt::ISODate))
                 .arg(xmlEscape(words(rng, 20)))
                 .arg(xmlEscape(articleHtml(rng, feed, i)));
    }
    x += QStringLiteral("</feed>\n");
    return x.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

int generate(const QString &dir, int count, const QStringList &bases)
{
    QDir().mkpath(dir + QStringLiteral("/feeds"));
    QRandomGenerator rng(20240501);
    const QDateTime base(QDate(2024, 5, 1), QTime(9, 30), QTimeZone::utc());
    QStringList urls;
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("f%1.xml").arg(i, 4, 10, QLatin1Char('0'));
        const QByteArray body = i % 2 ? atomFeed(i, rng, base) : rssFeed(i, rng, base);
        bytes += body.size();
        if (!writeFile(dir + QStringLiteral("/feeds/") + name, body))
            return 1;
        urls << bases.at(i % bases.size()) + QStringLiteral("/feeds/") + name;
    }
    for (int n : { std::min(500, count), count }) {
        const QStringList part = urls.mid(0, n);
        writeFile(
            dir + QStringLiteral("/urls-%1.txt").arg(n), (part.join(QLatin1Char('\n')) + u'\n').toUtf8());
        QString opml
            = QStringLiteral("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>bench</title>"
                             "</head><body>\n");
        for (const QString &u : part)
            opml += QStringLiteral("<outline type=\"rss\" text=\"f\" xmlUrl=\"%1\"/>\n").arg(u);
        opml += QStringLiteral("</body></opml>\n");
        writeFile(dir + QStringLiteral("/feeds-%1.opml").arg(n), opml.toUtf8());
    }
    std::printf("generated %d feeds, %.1f MB\n", count, double(bytes) / (1024 * 1024));
    return 0;
}

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU seconds per thread name, to see which stage a round spends its time in.
QString threadCpu()
{
    QMap<QString, double> byName;
    const long ticks = sysconf(_SC_CLK_TCK);
    const QStringList tids
        = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        QFile f(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        const QString name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        // After the name: state is field 0, utime field 11, stime field 12.
        byName[name] += double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(ticks);
    }
    QStringList parts;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value(), 0, 'f', 2);
    return parts.join(QLatin1Char(' '));
}

// The CPU a round spends per stage, single-threaded: parse, then conversion to items.
int stages(const QString &dir, int count)
{
    qint64 parseNs = 0, convertNs = 0, bytes = 0, items = 0;
    QElapsedTimer t;
    for (int i = 0; i < count; ++i) {
        QFile f(dir + QStringLiteral("/feeds/f%1.xml").arg(i, 4, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray body = f.readAll();
        bytes += body.size();
        t.start();
        const ParsedFeed feed = parseFeed(body, QUrl(QStringLiteral("http://127.0.0.1/feeds/f.xml")));
        parseNs += t.nsecsElapsed();
        t.start();
        items += itemsFromFeed(feed, 1, QDateTime::currentMSecsSinceEpoch()).size();
        convertNs += t.nsecsElapsed();
    }
    std::printf("feeds=%d bytes_mb=%.1f items=%lld parse_ms=%lld convert_ms=%lld\n", count,
        double(bytes) / (1024 * 1024), items, parseNs / 1000000, convertNs / 1000000);
    return 0;
}

int run(const QString &profile, const QString &urlsPath, bool timeIndex)
{
    QElapsedTimer openClock;
    openClock.start();
    Engine::Opened opened = Engine::open(profile);
    const qint64 openMs = openClock.elapsed();
    if (!opened.engine) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    Engine &engine = *opened.engine;
    QFile f(urlsPath);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        Source s;
        s.url = QUrl::fromEncoded(line.trimmed());
        engine.sources().add(s);
    }

    SyncEngine &sync = engine.sync();
    sync.setIndexDelay(0);
    QElapsedTimer clock;
    RefreshSummary summary;
    qint64 refreshMs = 0;
    qint64 indexMs = -1;
    int indexed = 0;
    QObject::connect(&sync, &SyncEngine::refreshFinished, [&](const RefreshSummary &s) {
        summary = s;
        refreshMs = clock.elapsed();
        if (!timeIndex)
            QCoreApplication::quit();
    });
    QObject::connect(&sync, &SyncEngine::indexingFinished, [&](int n) {
        indexed = n;
        indexMs = clock.elapsed() - refreshMs;
        QCoreApplication::quit();
    });
    qint64 firstFetchMs = -1;
    qint64 lastResultMs = 0;
    QObject::connect(&sync, &SyncEngine::sourceRefreshStarted, [&] {
        if (firstFetchMs < 0)
            firstFetchMs = clock.elapsed();
    });
    QObject::connect(&sync, &SyncEngine::sourceRefreshed, [&] { lastResultMs = clock.elapsed(); });
    clock.start();
    sync.refreshAll();
    QCoreApplication::exec();
    std::printf(
        "feeds=%d changed=%d notModified=%d failed=%d added=%d refresh_ms=%lld index_ms=%lld "
        "indexed=%d items=%lld peak_rss_mib=%.1f open_ms=%lld first_fetch_ms=%lld last_result_ms=%lld\n",
        summary.sources, summary.changed, summary.notModified, summary.failed, summary.added, refreshMs,
        indexMs, indexed, engine.items().count(), double(peakRssKiB()) / 1024.0, openMs, firstFetchMs,
        lastResultMs);
    std::fprintf(stderr, "cpu_s: %s\n", qPrintable(threadCpu()));
    return summary.failed == 0 ? 0 : 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 5 && args[1] == QLatin1String("generate"))
        return generate(args[2], args[3].toInt(), args[4].split(QLatin1Char(',')));
    if (args.size() >= 4 && args[1] == QLatin1String("stages"))
        return stages(args[2], args[3].toInt());
    if (args.size() >= 4 && args[1] == QLatin1String("run"))
        return run(args[2], args[3], args.contains(QLatin1String("--index")));
    std::fprintf(stderr,
        "usage: bench_refresh generate DIR COUNT BASEURL[,BASEURL...]\n"
        "       bench_refresh stages DIR COUNT\n"
        "       bench_refresh run PROFILE URLS [--index]\n");
    return 2;
}
