// A title that is markup reads the same however the feed wrote it: escaped
// (type="html", RSS entities), CDATA, base64 (Atom 0.3) or XHTML.
#include "TestSupport.h"
#include "sources/feeds/FeedParser.h"
#include "test_feed_support.h"

#include <catch2/catch.hpp>

using namespace gilde;
using gilde::test::parseFeedFixture;

namespace
{

/// The HTML `<b>Fish</b> &amp; <i>chips</i> &lt;3` as a reader shows it.
const QString kPlain = QStringLiteral("Fish & chips <3");

QStringList titles(const ParsedFeed &feed)
{
    QStringList out;
    for (const FeedEntry &e : feed.entries)
        out.append(e.title);
    return out;
}

} // namespace

TEST_CASE("Atom 1.0 titles in html, CDATA and xhtml form are the same plain text", "[feeds][titles]")
{
    const ParsedFeed feed = parseFeedFixture("titles_atom10.xml", "https://titles.example/atom");
    REQUIRE(feed.ok);
    CHECK(feed.title == kPlain);
    CHECK(feed.description == kPlain);
    CHECK(titles(feed) == QStringList { kPlain, kPlain, kPlain, QStringLiteral("<b>Fish</b> & chips") });
}

TEST_CASE("Atom 0.3 titles in base64, escaped and inline form are the same plain text", "[feeds][titles]")
{
    const ParsedFeed feed = parseFeedFixture("titles_atom03.xml", "https://titles.example/atom03");
    REQUIRE(feed.ok);
    REQUIRE(feed.format == u"atom0.3");
    CHECK(feed.title == kPlain);
    CHECK(feed.description == kPlain);
    // A base64 title that says it is plain text keeps its angle brackets.
    CHECK(titles(feed)
        == QStringList {
            kPlain, kPlain, kPlain, kPlain, QStringLiteral("<b>Fish</b> &amp; <i>chips</i> &lt;3") });
}

TEST_CASE("RSS titles escaped by entities, references or CDATA are the same plain text", "[feeds][titles]")
{
    const ParsedFeed feed = parseFeedFixture("titles_rss.xml", "https://titles.example/rss");
    REQUIRE(feed.ok);
    CHECK(feed.title == kPlain);
    CHECK(titles(feed) == QStringList { kPlain, kPlain, kPlain, kPlain });
}
