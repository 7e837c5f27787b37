// Inline SVG and MathML, and embedded players, as they arrive in feeds: in
// Atom XHTML content (namespaced elements) and in escaped HTML content.
#include "TestSupport.h"
#include "sources/feeds/FeedParser.h"
#include "test_feed_support.h"

#include <catch2/catch.hpp>

using namespace gilde;
using gilde::test::parseFeedFixture;

TEST_CASE("SVG and MathML in Atom XHTML content are kept, sanitized", "[feeds][svg]")
{
    const ParsedFeed feed = parseFeedFixture("embedded_atom.xml", "https://embeds.example/feed.atom");
    REQUIRE(feed.ok);
    REQUIRE(feed.entries.size() == 2);
    const QString &html = feed.entries[0].content;
    CHECK(html.contains(u"<svg viewBox=\"0 0 4 4\">"));
    CHECK(html.contains(u"<circle id=\"dot\" cx=\"2\" cy=\"2\" r=\"1\" fill=\"#09c\"></circle>"));
    CHECK(html.contains(u"<use href=\"#dot\" x=\"1\"></use>"));
    CHECK(html.contains(u"<a href=\"https://embeds.example/blog/dots.html\"><text y=\"4\">more</text></a>"));
    CHECK(html.contains(u"<math><msup><mi>e</mi><mi>x</mi></msup></math>"));
    CHECK_FALSE(html.contains(u"alert"));
    CHECK_FALSE(html.contains(u"foreignObject"));
    CHECK_FALSE(html.contains(u">html<"));
}

TEST_CASE("SVG and players in HTML content: the picture stays, a video is a link", "[feeds][video]")
{
    const ParsedFeed feed = parseFeedFixture("embedded_atom.xml", "https://embeds.example/feed.atom");
    REQUIRE(feed.entries.size() == 2);
    const QString &html = feed.entries[1].content;
    CHECK(html.contains(
        u"<p><svg viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\" fill=\"url(#g)\"/></svg></p>"));
    CHECK(html.contains(u"<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">Video: The talk</a>"));
    CHECK(html.contains(u"Fill in <a href=\"https://embeds.example/blog/form.html\">the form</a>"));
    CHECK_FALSE(html.contains(u"iframe"));
}
