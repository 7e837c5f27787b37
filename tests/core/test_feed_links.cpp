// Relative addresses in feeds: xml:base at every level, then the document's
// own address (which the refresh passes in: Content-Location, else the address
// after redirects; see test_sync_engine.cpp for that end to end).
#include "TestSupport.h"
#include "sources/feeds/FeedParser.h"
#include "test_feed_support.h"

#include <catch2/catch.hpp>

using namespace gilde;
using gilde::test::parseFeedFixture;

TEST_CASE("Atom xml:base at feed, entry, content and inside XHTML content", "[feeds][base]")
{
    const ParsedFeed feed = parseFeedFixture("xml_base_atom.xml", "https://feeds.example.org/path/feed.xml");
    REQUIRE(feed.ok);
    CHECK(feed.link == u"https://blog.example.net/home/");
    REQUIRE(feed.entries.size() == 3);

    const FeedEntry &nested = feed.entries[0];
    CHECK(nested.link == u"https://blog.example.net/2024/post-1.html");
    REQUIRE(nested.enclosures.size() == 1);
    CHECK(nested.enclosures[0].url == u"https://blog.example.net/2024/media/talk.mp3");
    // The content's own base, then bases on elements inside it, each against its parent's.
    CHECK(nested.content.contains(u"<img src=\"https://blog.example.net/2024/images/a.png\""));
    CHECK(nested.content.contains(u"<a href=\"https://blog.example.net/2024/other/b.html\">b</a>"));
    CHECK(nested.content.contains(u"<img src=\"https://blog.example.net/2024/other/c.png\""));
    CHECK(nested.content.contains(u"<a href=\"https://blog.example.net/top.html\">top</a>"));
    CHECK(nested.content.contains(u"<img src=\"https://cdn.example.com/x/d.png\""));
    CHECK_FALSE(nested.content.contains(u"base="));
    CHECK(nested.thumbnail == u"https://blog.example.net/2024/images/a.png");

    const FeedEntry &feedBase = feed.entries[1];
    CHECK(feedBase.link == u"https://blog.example.net/post-2.html");
    CHECK(feedBase.summary == u"<a href=\"https://blog.example.net/s/x.html\">x</a>");

    CHECK(feed.entries[2].content.trimmed() == u"<a href=\"https://blog.example.net/deep/y.html\">y</a>");
}

TEST_CASE("RSS without absolute bases resolves against the document's address", "[feeds][base]")
{
    const ParsedFeed feed = parseFeedFixture("xml_base_rss.xml", "https://moved.example.com/feeds/rss.xml");
    REQUIRE(feed.ok);
    CHECK(feed.link == u"https://moved.example.com/feeds/news/");
    REQUIRE(feed.entries.size() == 2);

    const FeedEntry &first = feed.entries[0];
    CHECK(first.link == u"https://moved.example.com/feeds/news/first.html");
    REQUIRE(first.enclosures.size() == 1);
    CHECK(first.enclosures[0].url == u"https://moved.example.com/feeds/news/audio/first.mp3");
    CHECK(first.summary
        == u"<p><a href=\"https://moved.example.com/feeds/news/more.html\">more</a> "
           u"<img src=\"https://moved.example.com/feeds/news/img/one.png\" alt=\"one\"/></p>");

    const FeedEntry &second = feed.entries[1];
    CHECK(second.link == u"https://elsewhere.example/archive/second.html");
    CHECK(second.content == u"<img src=\"https://elsewhere.example/pics/two.png\" alt=\"two\"/>");

    // Another document address moves every relative link with it.
    const ParsedFeed other = parseFeedFixture("xml_base_rss.xml", "https://other.example/x/y.xml");
    REQUIRE(other.entries.size() == 2);
    CHECK(other.entries[0].link == u"https://other.example/x/news/first.html");
    CHECK(other.entries[1].link == u"https://elsewhere.example/archive/second.html");
}
