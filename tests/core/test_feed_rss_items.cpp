// RSS items in the shapes feedparser reads and older parsers did not: content
// as an XHTML <body>, and RSS 1.0 items known only by their rdf:about.
#include "TestSupport.h"
#include "sources/feeds/FeedParser.h"
#include "sources/feeds/FeedToItems.h"
#include "test_feed_support.h"

#include <catch2/catch.hpp>

using namespace gilde;
using gilde::test::parseFeedFixture;

namespace
{

constexpr char kFeedUrl[] = "https://bodies.example/feed.rss";

} // namespace

TEST_CASE("An RSS item's XHTML body is its content", "[feeds]")
{
    const ParsedFeed feed = parseFeedFixture("rss_xhtml_body.xml", kFeedUrl);
    REQUIRE(feed.ok);
    REQUIRE(feed.entries.size() == 2);

    const FeedEntry &prefixed = feed.entries[0];
    CHECK(prefixed.summary == u"Short version");
    CHECK(prefixed.content.trimmed()
        == u"<p>The <em>whole</em> story, <a href=\"https://bodies.example/more\">more</a>.</p>");

    const FeedEntry &plain = feed.entries[1];
    CHECK(plain.content == u"<p>Second <strong>story</strong></p>");

    // The reader shows the body, not the short description.
    const QList<Item> items = itemsFromFeed(feed, 1, 0);
    REQUIRE(items.size() == 2);
    CHECK(items[0].html == prefixed.content);
}

TEST_CASE("RSS 1.0 items known only by rdf:about take it as id and address", "[feeds]")
{
    const ParsedFeed feed = parseFeedFixture("rss1_about_only.xml", kFeedUrl);
    REQUIRE(feed.ok);
    REQUIRE(feed.format == u"rss1.0");
    REQUIRE(feed.entries.size() == 3);
    CHECK(feed.entries[0].resource == u"https://rdf.example/notes/1");

    const QList<Item> items = itemsFromFeed(feed, 1, 0);
    REQUIRE(items.size() == 3);
    CHECK(items[0].remoteId == u"https://rdf.example/notes/1");
    CHECK(items[0].url == u"https://rdf.example/notes/1");
    // An item's own <link> stays its address and its key, as it was before.
    CHECK(items[1].remoteId == u"https://rdf.example/notes/2.html");
    CHECK(items[1].url == u"https://rdf.example/notes/2.html");
    // A URN identifies the item but leads nowhere.
    CHECK(items[2].remoteId == u"urn:uuid:4c1f3e2a-0000-4000-8000-000000000003");
    CHECK(items[2].url.isEmpty());
}
