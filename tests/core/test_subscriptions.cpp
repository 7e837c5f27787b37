#include "TestHttpServer.h"
#include "TestSupport.h"
#include "net/HttpClient.h"
#include "sources/feeds/Opml.h"
#include "sources/feeds/Subscriptions.h"
#include "store/Database.h"
#include "store/SourceStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <optional>

using namespace gilde;

namespace
{

const QByteArray rssFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Test Blog</title><link>http://127.0.0.1/</link><description>d</description>
  <item><title>First</title><link>http://127.0.0.1/1</link><guid>1</guid></item>
</channel></rss>)";

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<SourceStore> sources;
    HttpClient http;
    std::unique_ptr<Subscriptions> subscriptions;

    Fixture()
    {
        REQUIRE(dir.isValid());
        Database::Opened opened = Database::open(dir.filePath(QStringLiteral("gilde.sqlite")));
        REQUIRE(opened.db);
        db = std::move(opened.db);
        sources = std::make_unique<SourceStore>(*db);
        subscriptions = std::make_unique<Subscriptions>(*sources, http);
    }

    Subscriptions::Probe probe(const QUrl &url)
    {
        std::optional<Subscriptions::Probe> result;
        subscriptions->probe(url, [&result](const Subscriptions::Probe &p) { result = p; });
        REQUIRE(test::waitUntil([&result] { return result.has_value(); }, 10000));
        return *result;
    }
};

} // namespace

TEST_CASE("Probing a feed address gives that feed", "[subscriptions]")
{
    test::TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/feed.xml", test::TestResponse::ok(rssFeed));
    Fixture f;

    const auto p = f.probe(server.url(QStringLiteral("/feed.xml")));
    CHECK(p.error.isEmpty());
    CHECK(p.isFeed);
    REQUIRE(p.feeds.size() == 1);
    CHECK(p.feeds[0].url == server.url(QStringLiteral("/feed.xml")));
    CHECK(p.feeds[0].title == QStringLiteral("Test Blog"));
    CHECK(p.feeds[0].type == QStringLiteral("application/rss+xml"));
}

TEST_CASE("Probing a web page lists the feeds it advertises", "[subscriptions]")
{
    test::TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/",
        test::TestResponse::ok(R"(<!doctype html><html><head><title>Home</title>
        <link rel="alternate" type="application/rss+xml" title="Posts" href="/feed.xml">
        <link rel="alternate" type="application/atom+xml" title="Comments" href="comments.atom">
        </head><body>Hello</body></html>)",
            "text/html; charset=utf-8"));
    Fixture f;

    const auto p = f.probe(server.url(QStringLiteral("/")));
    CHECK(p.error.isEmpty());
    CHECK_FALSE(p.isFeed);
    REQUIRE(p.feeds.size() == 2);
    CHECK(p.feeds[0].url == server.url(QStringLiteral("/feed.xml")));
    CHECK(p.feeds[0].title == QStringLiteral("Posts"));
    CHECK(p.feeds[1].url == server.url(QStringLiteral("/comments.atom")));
    CHECK(p.feeds[1].title == QStringLiteral("Comments"));
}

TEST_CASE("Probing reports HTTP errors and pages without feeds", "[subscriptions]")
{
    test::TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/plain", test::TestResponse::ok("<html><body>No feeds here</body></html>", "text/html"));
    Fixture f;

    SECTION("404")
    {
        const auto p = f.probe(server.url(QStringLiteral("/missing")));
        CHECK_FALSE(p.isFeed);
        CHECK(p.feeds.isEmpty());
        CHECK_FALSE(p.error.isEmpty());
        CHECK(p.error.contains(QStringLiteral("404")));
    }
    SECTION("a page without feeds")
    {
        const auto p = f.probe(server.url(QStringLiteral("/plain")));
        CHECK_FALSE(p.isFeed);
        CHECK(p.feeds.isEmpty());
        CHECK(p.error == QStringLiteral("No feed found at this address"));
    }
    SECTION("not a web address")
    {
        const auto p = f.probe(QUrl(QStringLiteral("mailto:someone@example.org")));
        CHECK(p.feeds.isEmpty());
        CHECK_FALSE(p.error.isEmpty());
    }
}

TEST_CASE("What users type becomes an https address", "[subscriptions]")
{
    CHECK(Subscriptions::urlFromUserInput(QStringLiteral("example.org"))
        == QUrl(QStringLiteral("https://example.org/")));
    CHECK(Subscriptions::urlFromUserInput(QStringLiteral("  example.org/feed.xml "))
        == QUrl(QStringLiteral("https://example.org/feed.xml")));
    CHECK(Subscriptions::urlFromUserInput(QStringLiteral("http://example.org/rss"))
        == QUrl(QStringLiteral("http://example.org/rss")));
    CHECK(Subscriptions::urlFromUserInput(QStringLiteral("feed://example.org/rss"))
        == QUrl(QStringLiteral("https://example.org/rss")));
    CHECK(Subscriptions::urlFromUserInput(QStringLiteral("feed:http://example.org/rss"))
        == QUrl(QStringLiteral("http://example.org/rss")));
    CHECK(Subscriptions::urlFromUserInput(QString()).isEmpty());
    CHECK(Subscriptions::urlFromUserInput(QStringLiteral("ftp://example.org/")).isEmpty());
}

TEST_CASE("Subscribing, renaming, moving and unsubscribing", "[subscriptions]")
{
    Fixture f;
    QSignalSpy changed(f.subscriptions.get(), &Subscriptions::sourcesChanged);

    const QUrl url(QStringLiteral("https://blog.example/feed.xml"));
    const qint64 id = f.subscriptions->subscribe(url, QStringLiteral("Blog"), QStringLiteral("Reading"));
    REQUIRE(id > 0);
    CHECK(changed.count() == 1);
    auto source = f.sources->byId(id);
    REQUIRE(source);
    CHECK(source->url == url);
    CHECK(source->title == QStringLiteral("Blog"));
    CHECK(source->folder == QStringLiteral("Reading"));

    // The same URL again is the same subscription.
    CHECK(f.subscriptions->subscribe(url, QStringLiteral("Other")) == id);
    CHECK(f.sources->all().size() == 1);

    CHECK(f.subscriptions->rename(id, QStringLiteral("Renamed")));
    CHECK(f.sources->byId(id)->title == QStringLiteral("Renamed"));
    CHECK(f.subscriptions->moveToFolder(id, QStringLiteral("/A//B/")));
    CHECK(f.sources->byId(id)->folder == QStringLiteral("A/B"));
    CHECK(changed.count() == 3);

    CHECK(f.subscriptions->unsubscribe(id));
    CHECK_FALSE(f.sources->byId(id));
    CHECK(changed.count() == 4);
    CHECK_FALSE(f.subscriptions->unsubscribe(id));
}

TEST_CASE("OPML import counts new and known feeds; export keeps folders", "[subscriptions]")
{
    Fixture f;
    QSignalSpy changed(f.subscriptions.get(), &Subscriptions::sourcesChanged);
    const QByteArray opml = test::fixture(QStringLiteral("opml/nested.opml"));

    const auto first = f.subscriptions->importOpml(opml);
    CHECK(first.error.isEmpty());
    CHECK(first.added == 4);
    CHECK(first.existing == 0);
    CHECK(changed.count() == 1);
    const auto deep = f.sources->byUrl(QUrl(QStringLiteral("https://deep.example/atom.xml")));
    REQUIRE(deep);
    CHECK(deep->folder == QStringLiteral("Learning/Deep"));
    CHECK(deep->title == QStringLiteral("Deep One"));

    const auto second = f.subscriptions->importOpml(opml);
    CHECK(second.added == 0);
    CHECK(second.existing == 4);
    CHECK(changed.count() == 1);

    const auto bad = f.subscriptions->importOpml("<opml><body><outline></opml>");
    CHECK_FALSE(bad.error.isEmpty());
    CHECK(bad.added == 0);

    const OpmlDocument exported = parseOpml(f.subscriptions->exportOpml());
    REQUIRE(exported.ok);
    REQUIRE(exported.feeds.size() == 4);
    const OpmlDocument original = parseOpml(opml);
    for (const OpmlFeed &o : original.feeds) {
        bool found = false;
        for (const OpmlFeed &e : exported.feeds) {
            if (e.xmlUrl == o.xmlUrl) {
                found = true;
                CHECK(e.folder == o.folder);
                CHECK(e.title == o.title);
            }
        }
        CHECK(found);
    }
}
