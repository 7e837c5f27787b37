#include "Engine.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "net/HttpClient.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "sync/SourceFetcher.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <optional>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct Entry {
    QString guid; ///< empty: no <guid>
    QString link; ///< empty: no <link>
    QString title;
    QString body = QStringLiteral("<p>Body</p>");
};

QByteArray rss(const QString &title, const QList<Entry> &entries)
{
    QString x = QStringLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>%1</title>"
                               "<link>https://example.org/</link><description>d</description>")
                    .arg(title);
    for (const Entry &e : entries) {
        x += QStringLiteral("<item><title>%1</title>").arg(e.title);
        if (!e.guid.isEmpty())
            x += QStringLiteral("<guid isPermaLink=\"false\">%1</guid>").arg(e.guid);
        if (!e.link.isEmpty())
            x += QStringLiteral("<link>%1</link>").arg(e.link);
        x += QStringLiteral("<description><![CDATA[%1]]></description>"
                            "<pubDate>Wed, 01 May 2024 09:30:00 GMT</pubDate></item>")
                 .arg(e.body);
    }
    x += QStringLiteral("</channel></rss>");
    return x.toUtf8();
}

QList<Entry> numbered(int n, const QString &prefix = QStringLiteral("item"))
{
    QList<Entry> out;
    for (int i = 0; i < n; ++i)
        out << Entry { QStringLiteral("%1-%2").arg(prefix).arg(i), {}, QStringLiteral("Title %1").arg(i) };
    return out;
}

TestResponse feed(const QByteArray &body, const QByteArray &etag = {})
{
    TestResponse r = TestResponse::ok(body);
    if (!etag.isEmpty())
        r.header("ETag", etag);
    return r;
}

/// A fresh profile over a fresh server.
struct Profile {
    QTemporaryDir dir;
    TestHttpServer server;
    std::unique_ptr<Engine> engine;

    Profile()
    {
        REQUIRE(dir.isValid());
        REQUIRE(server.listen());
        Engine::Opened opened = Engine::open(dir.path() + QStringLiteral("/profile"));
        REQUIRE(opened.status == Engine::Status::Ok);
        engine = std::move(opened.engine);
    }

    qint64 add(const QByteArray &path)
    {
        Source s;
        s.url = server.url(QString::fromLatin1(path));
        const qint64 id = engine->sources().add(s);
        REQUIRE(id > 0);
        return id;
    }

    Source source(qint64 id)
    {
        const auto s = engine->sources().byId(id);
        REQUIRE(s.has_value());
        return *s;
    }

    RefreshSummary run(const std::function<void(SyncEngine &)> &start)
    {
        std::optional<RefreshSummary> summary;
        SyncEngine &sync = engine->sync();
        const auto c = QObject::connect(
            &sync, &SyncEngine::refreshFinished, [&](const RefreshSummary &s) { summary = s; });
        start(sync);
        const bool done = waitUntil([&] { return summary.has_value(); }, 20000);
        QObject::disconnect(c);
        REQUIRE(done);
        CHECK_FALSE(sync.isBusy());
        return *summary;
    }
    RefreshSummary refreshAll()
    {
        return run([](SyncEngine &s) { s.refreshAll(); });
    }
    qint64 itemCount() const { return engine->items().count(); }
    /// The one item of a source, with its html.
    Item onlyItem(qint64 sourceId) const
    {
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Source;
        spec.sourceId = sourceId;
        const QList<Item> page = engine->items().page(spec, {}, 10);
        REQUIRE(page.size() == 1);
        const std::optional<Item> item = engine->items().item(page[0].id);
        REQUIRE(item.has_value());
        return *item;
    }
};

} // namespace

TEST_CASE("Cold refresh stores items; the second gets 304 and adds nothing", "[sync]")
{
    Profile p;
    p.server.route("/a.xml", feed(rss(QStringLiteral("Feed A"), numbered(5)), "\"a1\""));
    p.server.route("/b.xml", feed(rss(QStringLiteral("Feed B"), numbered(3, QStringLiteral("b")))));
    const qint64 a = p.add("/a.xml");
    const qint64 b = p.add("/b.xml");

    const RefreshSummary first = p.refreshAll();
    CHECK(first.sources == 2);
    CHECK(first.changed == 2);
    CHECK(first.failed == 0);
    CHECK(first.added == 8);
    CHECK(p.itemCount() == 8);
    const Source sa = p.source(a);
    CHECK(sa.title == QLatin1String("Feed A")); // learned from the feed
    CHECK(sa.siteUrl == QUrl(QStringLiteral("https://example.org/")));
    CHECK(sa.etag == "\"a1\"");
    CHECK(sa.errorCount == 0);
    CHECK(sa.lastSuccessMs > 0);
    CHECK(sa.nextRefreshMs > QDateTime::currentMSecsSinceEpoch());
    CHECK(p.source(b).title == QLatin1String("Feed B"));

    const RefreshSummary second = p.refreshAll();
    CHECK(second.sources == 2);
    CHECK(second.notModified == 1); // a has an ETag
    CHECK(second.changed == 1); // b has none: same items again
    CHECK(second.added == 0);
    CHECK(second.updated == 0);
    CHECK(p.itemCount() == 8);
    CHECK(p.server.requests("/a.xml").value(1).header("If-None-Match") == "\"a1\"");
}

TEST_CASE("A broken feed and a server error are recorded and do not stop the others", "[sync]")
{
    Profile p;
    p.server.route("/good.xml", feed(rss(QStringLiteral("Good"), numbered(4))));
    p.server.route("/broken.xml", TestResponse::ok("<html><body>not a feed</body></html>", "text/html"));
    p.server.route("/error.xml", TestResponse::error(500));
    const qint64 good = p.add("/good.xml");
    const qint64 broken = p.add("/broken.xml");
    const qint64 error = p.add("/error.xml");

    QSignalSpy failed(&p.engine->sync(), &SyncEngine::sourceFailed);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const RefreshSummary s = p.refreshAll();
    CHECK(s.sources == 3);
    CHECK(s.changed == 1);
    CHECK(s.failed == 2);
    CHECK(s.added == 4);
    CHECK(failed.size() == 2);

    CHECK(p.source(good).errorCount == 0);
    const Source sb = p.source(broken);
    CHECK(sb.errorCount == 1);
    CHECK(sb.lastError.startsWith(QLatin1String("Not a feed: ")));
    const Source se = p.source(error);
    CHECK(se.errorCount == 1);
    CHECK(se.lastError == QLatin1String("The server answered 500 Internal Server Error"));
    const qint64 firstDelay = se.nextRefreshMs - se.lastRefreshMs;
    CHECK(se.lastRefreshMs >= before);
    CHECK(firstDelay == 30 * 60 * 1000);

    // Backoff: the next failure waits twice as long.
    p.refreshAll();
    const Source se2 = p.source(error);
    CHECK(se2.errorCount == 2);
    CHECK(se2.nextRefreshMs - se2.lastRefreshMs == 2 * firstDelay);

    // Recovery clears the error.
    p.server.route("/error.xml", feed(rss(QStringLiteral("Back"), numbered(1, QStringLiteral("e")))));
    p.refreshAll();
    const Source se3 = p.source(error);
    CHECK(se3.errorCount == 0);
    CHECK(se3.lastError.isEmpty());
}

TEST_CASE("Retry-After is honoured by the next refresh time", "[sync]")
{
    Profile p;
    p.server.route("/busy.xml", TestResponse::error(429).header("Retry-After", "7200"));
    const qint64 id = p.add("/busy.xml");
    p.refreshAll();
    const Source s = p.source(id);
    CHECK(s.errorCount == 1);
    CHECK(s.nextRefreshMs - s.lastRefreshMs == 7200 * 1000);
}

TEST_CASE("An edited feed updates items instead of duplicating them", "[sync]")
{
    Profile p;
    QList<Entry> entries = numbered(3);
    p.server.route("/f.xml", feed(rss(QStringLiteral("F"), entries)));
    p.add("/f.xml");
    CHECK(p.refreshAll().added == 3);

    entries[1].title = QStringLiteral("A better title");
    p.server.route("/f.xml", feed(rss(QStringLiteral("F"), entries)));
    const RefreshSummary s = p.refreshAll();
    CHECK(s.added == 0);
    CHECK(s.updated == 1);
    CHECK(p.itemCount() == 3);
}

TEST_CASE("A reordered feed without guids creates no duplicates", "[sync]")
{
    Profile p;
    QList<Entry> entries;
    for (int i = 0; i < 3; ++i) // links, no guids
        entries << Entry { {}, QStringLiteral("https://example.org/post/%1").arg(i),
            QStringLiteral("Post %1").arg(i) };
    for (int i = 0; i < 3; ++i) // neither guid nor link
        entries << Entry { {}, {}, QStringLiteral("Note %1").arg(i),
            QStringLiteral("<p>note %1</p>").arg(i) };
    p.server.route("/f.xml", feed(rss(QStringLiteral("F"), entries)));
    p.add("/f.xml");
    CHECK(p.refreshAll().added == 6);

    std::reverse(entries.begin(), entries.end());
    p.server.route("/f.xml", feed(rss(QStringLiteral("F"), entries)));
    const RefreshSummary s = p.refreshAll();
    CHECK(s.added == 0);
    CHECK(s.updated == 0);
    CHECK(p.itemCount() == 6);
}

TEST_CASE("A permanent redirect moves the source, a temporary one does not", "[sync]")
{
    Profile p;
    p.server.route("/new.xml", feed(rss(QStringLiteral("Moved"), numbered(1))));
    p.server.route("/old.xml", TestResponse::redirect(301, "/new.xml"));
    p.server.route("/tmp.xml", TestResponse::redirect(302, "/new2.xml"));
    p.server.route("/new2.xml", feed(rss(QStringLiteral("Elsewhere"), numbered(1))));
    const qint64 moved = p.add("/old.xml");
    const qint64 stays = p.add("/tmp.xml");

    const RefreshSummary s = p.refreshAll();
    CHECK(s.changed == 2);
    CHECK(p.source(moved).url == p.server.url(QStringLiteral("/new.xml")));
    CHECK(p.source(stays).url == p.server.url(QStringLiteral("/tmp.xml")));
}

TEST_CASE("Relative links resolve against Content-Location, else the address after redirects", "[sync][base]")
{
    Profile p;
    auto relative = [](const QString &guid) {
        return QList<Entry> { Entry { guid, QStringLiteral("post.html"), QStringLiteral("Relative"),
            QStringLiteral("<p><a href=\"more.html\">more</a><img src=\"img/p.png\"></p>") } };
    };
    TestResponse located = feed(rss(QStringLiteral("Located"), relative(QStringLiteral("a"))));
    located.header("Content-Location", "/canonical/feed.xml");
    p.server.route("/served/feed.xml", located);
    p.server.route("/start.xml", TestResponse::redirect(302, "/served/feed.xml"));
    p.server.route("/plain/feed.xml", feed(rss(QStringLiteral("Plain"), relative(QStringLiteral("b")))));
    p.server.route("/hop.xml", TestResponse::redirect(302, "/plain/feed.xml"));
    const qint64 withHeader = p.add("/start.xml");
    const qint64 without = p.add("/hop.xml");
    CHECK(p.refreshAll().added == 2);

    const Item a = p.onlyItem(withHeader);
    CHECK(a.url == p.server.url(QStringLiteral("/canonical/post.html")).toString());
    CHECK(a.html.contains(p.server.url(QStringLiteral("/canonical/more.html")).toString()));
    CHECK(a.html.contains(p.server.url(QStringLiteral("/canonical/img/p.png")).toString()));
    const Item b = p.onlyItem(without);
    CHECK(b.url == p.server.url(QStringLiteral("/plain/post.html")).toString());
    CHECK(b.html.contains(p.server.url(QStringLiteral("/plain/img/p.png")).toString()));
}

TEST_CASE("A source already in flight is not fetched twice", "[sync]")
{
    Profile p;
    TestResponse slow = feed(rss(QStringLiteral("Slow"), numbered(2)));
    slow.delayMs = 200;
    p.server.route("/slow.xml", slow);
    const qint64 id = p.add("/slow.xml");

    int finished = 0;
    QObject::connect(&p.engine->sync(), &SyncEngine::refreshFinished, [&] { ++finished; });
    const RefreshSummary s = p.run([id](SyncEngine &sync) {
        sync.refreshAll();
        sync.refresh({ id });
        sync.refreshAll();
    });
    CHECK(s.sources == 1);
    CHECK(finished == 1);
    CHECK(p.server.requestCount("/slow.xml") == 1);
}

TEST_CASE("refreshDue takes what is due and finishes even with nothing to do", "[sync]")
{
    Profile p;
    p.server.route("/f.xml", feed(rss(QStringLiteral("F"), numbered(2))));
    p.add("/f.xml");
    const RefreshSummary first = p.run([](SyncEngine &s) { s.refreshDue(); });
    CHECK(first.sources == 1); // new sources are due at once
    const RefreshSummary second = p.run([](SyncEngine &s) { s.refreshDue(); });
    CHECK(second.sources == 0);
    CHECK(p.server.requestCount("/f.xml") == 1);
}

TEST_CASE("Many network failures and no success mean offline; a success means online", "[sync]")
{
    Profile p;
    quint16 deadPort = 0;
    {
        TestHttpServer probe;
        REQUIRE(probe.listen());
        deadPort = probe.port();
    }
    for (int i = 0; i < 4; ++i) {
        Source s;
        s.url = QUrl(QStringLiteral("http://127.0.0.1:%1/f%2.xml").arg(deadPort).arg(i));
        REQUIRE(p.engine->sources().add(s) > 0);
    }
    SyncEngine &sync = p.engine->sync();
    sync.setOfflineProbeInterval(60 * 60 * 1000);
    QSignalSpy online(&sync, &SyncEngine::onlineChanged);
    REQUIRE(sync.isOnline());

    const RefreshSummary s = p.refreshAll();
    CHECK(s.failed == 4);
    CHECK_FALSE(sync.isOnline());
    REQUIRE(online.size() == 1);
    CHECK(online.at(0).at(0).toBool() == false);

    // Offline: refreshDue does not go out again within the probe interval.
    p.server.clearRecords();
    const RefreshSummary skipped = p.run([](SyncEngine &e) { e.refreshDue(); });
    CHECK(skipped.sources == 0);

    p.server.route("/ok.xml", feed(rss(QStringLiteral("OK"), numbered(1))));
    const qint64 ok = p.add("/ok.xml");
    p.run([ok](SyncEngine &e) { e.refresh({ ok }); });
    CHECK(sync.isOnline());
    REQUIRE(online.size() == 2);
    CHECK(online.at(1).at(0).toBool() == true);
}

TEST_CASE("The search index catches up after a round", "[sync]")
{
    Profile p;
    p.server.route("/f.xml", feed(rss(QStringLiteral("F"), numbered(5))));
    p.add("/f.xml");
    SyncEngine &sync = p.engine->sync();
    sync.setIndexDelay(0);
    QSignalSpy indexed(&sync, &SyncEngine::indexingFinished);
    p.refreshAll();
    REQUIRE(waitUntil([&] { return indexed.size() == 1; }));
    CHECK(indexed.at(0).at(0).toInt() == 5);
    CHECK(p.engine->items().pendingIndexCount() == 0);
}

TEST_CASE("Destroying the engine mid-refresh is safe", "[sync]")
{
    Profile p;
    for (int i = 0; i < 20; ++i) {
        const QByteArray path = "/f" + QByteArray::number(i) + ".xml";
        TestResponse r = feed(rss(QStringLiteral("F%1").arg(i), numbered(20, QString::number(i))));
        r.delayMs = i % 2 ? 0 : 100;
        p.server.route(path, r);
        p.add(path);
    }
    p.engine->sync().refreshAll();
    REQUIRE(waitUntil([&] { return p.server.requests().size() >= 5; }));
    p.engine.reset();
    waitUntil([] { return false; }, 200);
    SUCCEED("no crash, no callbacks into the destroyed engine");
}

namespace
{

// A protocol of two pages per refresh, one "id|title" line per post: a fetcher
// that makes several requests, as timelines and forums need.
class TwoPageFetcher : public SourceFetcher
{
public:
    QString kind() const override { return QStringLiteral("pages"); }
    void fetch(const Source &source, HttpClient &http, Done done) const override
    {
        HttpRequest first;
        first.url = source.url;
        const qint64 id = source.id;
        HttpClient *client = &http;
        http.get(first, [client, id, done, second = source.url.resolved(QUrl(QStringLiteral("p2")))](
                            const HttpResult &one) {
            if (one.outcome != HttpResult::Outcome::Ok) {
                done({ one, {} });
                return;
            }
            HttpRequest next;
            next.url = second;
            client->get(next, [id, done, page1 = one.body](const HttpResult &two) {
                Fetched f { two, {} };
                if (two.outcome == HttpResult::Outcome::Ok) {
                    f.interpret = [id, bodies = page1 + '\n' + two.body](FetchReport &report, qint64 nowMs) {
                        report.title = QStringLiteral("Two pages");
                        for (const QByteArray &line : bodies.split('\n')) {
                            const QList<QByteArray> parts = line.split('|');
                            if (parts.size() != 2)
                                continue;
                            Item item;
                            item.sourceId = id;
                            item.kind = QStringLiteral("post");
                            item.remoteId = QString::fromUtf8(parts[0]);
                            item.title = QString::fromUtf8(parts[1]);
                            item.publishedMs = nowMs;
                            report.items << item;
                        }
                    };
                }
                done(std::move(f));
            });
        });
    }
};

} // namespace

TEST_CASE("Every kind of source goes through its fetcher; a kind nobody serves fails with a message",
          "[sync][fetcher]")
{
    Profile p;
    p.engine->sync().addFetcher(std::make_shared<TwoPageFetcher>());
    p.server.route("/pages/p1", TestResponse::ok("1|One\n2|Two", "text/plain"));
    p.server.route("/pages/p2", TestResponse::ok("3|Three", "text/plain"));
    p.server.route("/a.xml", feed(rss(QStringLiteral("Feed A"), numbered(2))));
    const qint64 feedId = p.add("/a.xml");
    Source pages;
    pages.kind = QStringLiteral("pages");
    pages.url = p.server.url(QStringLiteral("/pages/p1"));
    const qint64 pagesId = p.engine->sources().add(pages);
    Source stranger;
    stranger.kind = QStringLiteral("carrier-pigeon");
    stranger.url = p.server.url(QStringLiteral("/pigeon"));
    const qint64 strangerId = p.engine->sources().add(stranger);
    REQUIRE(pagesId > 0);
    REQUIRE(strangerId > 0);

    const RefreshSummary first = p.refreshAll();
    CHECK(first.sources == 3);
    CHECK(first.changed == 2);
    CHECK(first.failed == 1);
    CHECK(first.added == 5);
    CHECK(p.source(pagesId).title == QStringLiteral("Two pages"));
    CHECK(p.source(pagesId).lastError.isEmpty());
    CHECK(p.source(feedId).lastError.isEmpty());
    CHECK(p.source(strangerId).lastError.contains(QStringLiteral("carrier-pigeon")));
    CHECK(p.source(strangerId).errorCount == 1);
    CHECK(p.server.requestCount(QByteArrayLiteral("/pigeon")) == 0);

    // The second page fails: the source says so, and keeps what it had.
    p.server.route("/pages/p2", TestResponse::error(500));
    const RefreshSummary second = p.refreshAll();
    CHECK(second.failed == 2);
    CHECK(p.source(pagesId).errorCount == 1);
    CHECK_FALSE(p.source(pagesId).lastError.isEmpty());
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = pagesId;
    CHECK(p.engine->items().page(spec, {}, 10).size() == 3);
}
