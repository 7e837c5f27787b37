#include "sources/feeds/FeedDiscovery.h"

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{
const QUrl page(QStringLiteral("https://blog.example/posts/2024/hello.html"));
}

TEST_CASE("Discovery resolves relative links against the page", "[discovery]")
{
    const QByteArray html = R"html(<!DOCTYPE html><html><head>
        <title>Hello</title>
        <link rel="stylesheet" href="/style.css" type="text/css">
        <link rel="alternate" type="application/rss+xml" title="Posts &amp; more" href="../../feed.xml">
        </head><body><p>hi</p></body></html>)html";
    const auto feeds = discoverFeeds(html, page);
    REQUIRE(feeds.size() == 1);
    CHECK(feeds[0].url == QUrl(QStringLiteral("https://blog.example/feed.xml")));
    CHECK(feeds[0].title == QStringLiteral("Posts & more"));
    CHECK(feeds[0].type == QStringLiteral("application/rss+xml"));
}

TEST_CASE("Discovery honours <base href>", "[discovery]")
{
    const QByteArray html = R"html(<html><head>
        <link rel=alternate type=application/atom+xml href=atom.xml>
        <BASE HREF="https://cdn.example/site/">
        <base href="https://ignored.example/">
        </head></html>)html";
    const auto feeds = discoverFeeds(html, page);
    REQUIRE(feeds.size() == 1);
    CHECK(feeds[0].url == QUrl(QStringLiteral("https://cdn.example/site/atom.xml")));
    CHECK(feeds[0].type == QStringLiteral("application/atom+xml"));
}

TEST_CASE("Discovery finds several feeds and drops duplicates", "[discovery]")
{
    const QByteArray html = R"html(<html><head>
        <link rel="alternate" type="application/rss+xml" href="/rss">
        <link rel="alternate" type="application/atom+xml" href="/atom">
        <link rel="alternate" type="application/feed+json" href="/feed.json">
        <link rel="alternate" type="application/json" href="/wp-json/">
        <link rel="alternate" type="application/rdf+xml" href="/index.rdf">
        <link rel="alternate" type="application/rss+xml" href="https://blog.example/rss">
        <link rel="alternate" hreflang="de" href="/de/" >
        <link rel="alternate" type="text/html" href="/mobile">
        </head></html>)html";
    const auto feeds = discoverFeeds(html, page);
    REQUIRE(feeds.size() == 5);
    CHECK(feeds[0].url == QUrl(QStringLiteral("https://blog.example/rss")));
    CHECK(feeds[1].url == QUrl(QStringLiteral("https://blog.example/atom")));
    CHECK(feeds[2].url == QUrl(QStringLiteral("https://blog.example/feed.json")));
    CHECK(feeds[2].type == QStringLiteral("application/feed+json"));
    CHECK(feeds[3].url == QUrl(QStringLiteral("https://blog.example/wp-json/")));
    CHECK(feeds[4].url == QUrl(QStringLiteral("https://blog.example/index.rdf")));
}

TEST_CASE("Discovery of a page without feeds is empty", "[discovery]")
{
    CHECK(discoverFeeds(QByteArray(), page).isEmpty());
    CHECK(discoverFeeds("<html><head><title>x</title></head><body>no feeds</body></html>", page).isEmpty());
    CHECK(discoverFeeds("not html at all < > <<< link", page).isEmpty());
    // A link in a comment or a script is not on the page.
    const QByteArray hidden = R"html(<!-- <link rel="alternate" type="application/rss+xml" href="/c"> -->
        <script>var s = '<link rel="alternate" type="application/rss+xml" href="/s">';</script>
        <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
        <link rel="alternate" type="application/rss+xml" href="">)html";
    CHECK(discoverFeeds(hidden, page).isEmpty());
}

TEST_CASE("Discovery tolerates odd quoting, case and attribute order", "[discovery]")
{
    const QByteArray html = R"html(<HTML><BODY>
        <LINK HREF='/single.xml' TYPE='Application/RSS+XML' REL='Alternate'>
        <link title="A 'quoted' one" rel="home   alternate" type="application/atom+xml; charset=utf-8" href = "/spaced.xml" />
        <link href=/unquoted.json type=application/feed+json rel=alternate/>
        <link rel="alternate" type="application/rss+xml" href="/amp?a=1&amp;b=2"
              title="split
              over lines">
        <link rel="alternate" type="application/rss+xml" href="/cut-off)html";
    const auto feeds = discoverFeeds(html, page);
    REQUIRE(feeds.size() >= 4);
    CHECK(feeds[0].url == QUrl(QStringLiteral("https://blog.example/single.xml")));
    CHECK(feeds[0].type == QStringLiteral("application/rss+xml"));
    CHECK(feeds[1].url == QUrl(QStringLiteral("https://blog.example/spaced.xml")));
    CHECK(feeds[1].title == QStringLiteral("A 'quoted' one"));
    CHECK(feeds[1].type == QStringLiteral("application/atom+xml"));
    CHECK(feeds[2].url == QUrl(QStringLiteral("https://blog.example/unquoted.json")));
    CHECK(feeds[3].url == QUrl(QStringLiteral("https://blog.example/amp?a=1&b=2")));
    CHECK(feeds[3].title == QStringLiteral("split over lines"));
}

TEST_CASE("Discovery reads the page's charset", "[discovery]")
{
    const QByteArray html
        = "<html><head><meta charset=\"iso-8859-1\">"
          "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Caf\xE9\" href=\"/f\">";
    const auto feeds = discoverFeeds(html, page);
    REQUIRE(feeds.size() == 1);
    CHECK(feeds[0].title == QStringLiteral("Café"));
}
