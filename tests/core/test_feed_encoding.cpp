#include "TestSupport.h"
#include "sources/feeds/FeedParser.h"
#include "test_feed_support.h"

#include <catch2/catch.hpp>

using namespace gilde;
using gilde::test::feedFixture;

TEST_CASE("windows-1252 from the XML declaration", "[feeds]")
{
    const QByteArray bytes = feedFixture("win1252.xml");
    REQUIRE(bytes.contains('\x93')); // a real windows-1252 left quote on disk
    const ParsedFeed feed = parseFeed(bytes);
    REQUIRE(feed.ok);
    CHECK(feed.warnings.isEmpty());
    CHECK(feed.title == u"Café “quotes” €5 — done");
    REQUIRE(feed.entries.size() == 1);
    CHECK(feed.entries[0].title == u"naïve");
}

TEST_CASE("The HTTP charset wins over the XML declaration", "[feeds]")
{
    // No declaration: only the header knows.
    const ParsedFeed plain
        = parseFeed(feedFixture("win1252_nodecl.xml"), {}, "text/xml; charset=windows-1252");
    CHECK(plain.title == u"Café “quotes”");
    // Declared UTF-8, really Latin-1: the header is right.
    const ParsedFeed mislabelled
        = parseFeed(feedFixture("latin1_mislabelled.xml"), {}, "application/rss+xml; charset=\"ISO-8859-1\"");
    REQUIRE(mislabelled.ok);
    CHECK(mislabelled.title == u"Grüße");
    // ISO-8859-1 means windows-1252, as on the web: 0x93/0x94 are quotes, not controls.
    const ParsedFeed latin1 = parseFeed(feedFixture("win1252_nodecl.xml"), {}, "text/xml;charset=iso-8859-1");
    CHECK(latin1.title == u"Café “quotes”");
}

TEST_CASE("Invalid UTF-8 without any charset falls back to windows-1252", "[feeds]")
{
    // The same Latin-1 bytes with no header: not valid UTF-8 at all.
    const ParsedFeed feed = parseFeed(feedFixture("latin1_mislabelled.xml"));
    REQUIRE(feed.ok);
    CHECK(feed.title == u"Grüße");
    CHECK(feed.warnings.size() == 1);

    // Mostly UTF-8 with one broken byte: keep UTF-8, replace the byte.
    const QByteArray mixed
        = "<rss version=\"2.0\"><channel><title>caf\xc3\xa9 \xff ok</title></channel></rss>";
    const ParsedFeed lossy = parseFeed(mixed);
    REQUIRE(lossy.ok);
    CHECK(lossy.title == QStringLiteral("café \ufffd ok"));
    CHECK(lossy.warnings.size() == 1);
}

TEST_CASE("UTF-16 with and without a byte-order mark", "[feeds]")
{
    const ParsedFeed le = parseFeed(feedFixture("utf16le_bom.xml"));
    REQUIRE(le.ok);
    CHECK(le.title == u"日本語 été");
    const ParsedFeed be = parseFeed(feedFixture("utf16be_nobom.xml"));
    REQUIRE(be.ok);
    CHECK(be.title == u"日本語 été");
    // A header claiming UTF-16 for plainly 8-bit bytes is ignored.
    const ParsedFeed lie = parseFeed(
        "<rss version=\"2.0\"><channel><title>ok</title></channel></rss>", {}, "text/xml; charset=utf-16");
    CHECK(lie.title == u"ok");
}

TEST_CASE("Other charsets through Qt's decoders; UTF-8 byte-order mark", "[feeds]")
{
    const ParsedFeed feed = parseFeed(feedFixture("iso8859_15.xml"));
    REQUIRE(feed.ok);
    CHECK(feed.title == u"Prix €10");

    const ParsedFeed bom = parseFeed("\xef\xbb\xbf<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                                     "<title>\xe2\x9c\x93 BOM</title></channel></rss>");
    REQUIRE(bom.ok);
    CHECK(bom.title == u"✓ BOM");

    const ParsedFeed unknown = parseFeed("<rss version=\"2.0\"><channel><title>x</title></channel></rss>", {},
        "text/xml; charset=x-no-such-charset");
    REQUIRE(unknown.ok);
    CHECK(unknown.title == u"x");
    CHECK(unknown.warnings.size() == 1);
}

TEST_CASE("JSON Feed with a byte-order mark", "[feeds]")
{
    const ParsedFeed feed
        = parseFeed("\xef\xbb\xbf{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\","
                    "\"items\":[]}");
    REQUIRE(feed.ok);
    CHECK(feed.title == u"t");
}

TEST_CASE("ISO-8859-1 declared in the XML means windows-1252 for 0x80-0x9F", "[feeds][encoding]")
{
    const QByteArray bytes = feedFixture("latin1_declared_cp1252.xml");
    REQUIRE(bytes.contains("encoding=\"ISO-8859-1\""));
    REQUIRE(bytes.contains('\x93'));
    const ParsedFeed feed = parseFeed(bytes, QUrl(QStringLiteral("https://latin1.example/feed")));
    REQUIRE(feed.ok);
    CHECK(feed.warnings.isEmpty());
    CHECK(feed.title == u"“Smart” quotes – and … € 5");
    REQUIRE(feed.entries.size() == 1);
    CHECK(feed.entries[0].title == u"Café ‘au lait’");
    CHECK(feed.entries[0].summary == u"<p>„Zitat“ — ™</p>");
}

TEST_CASE("Every label of Latin-1 and ASCII in the HTTP charset reads as windows-1252", "[feeds][encoding]")
{
    // The same bytes as the fixture, with the declaration gone: only the header speaks.
    QByteArray bytes = feedFixture("latin1_declared_cp1252.xml");
    bytes.remove(0, bytes.indexOf('\n') + 1);
    REQUIRE(bytes.startsWith("<rss"));
    for (const char *label : { "ISO-8859-1", "iso-8859-1", "\"iso-8859-1\"", "latin1", "l1", "iso88591",
             "ISO_8859-1:1987", "csISOLatin1", "IBM819", "cp819", "ISO8859_1", "latin_1", "us-ascii", "ascii",
             "ANSI_X3.4-1968" }) {
        INFO(label);
        const ParsedFeed feed = parseFeed(bytes, {}, QByteArray("application/rss+xml; charset=") + label);
        REQUIRE(feed.ok);
        CHECK(feed.title == u"“Smart” quotes – and … € 5");
        CHECK(feed.warnings.isEmpty());
    }
}
