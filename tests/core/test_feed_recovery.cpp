#include "sources/feeds/FeedParser.h"
#include "test_feed_support.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{

QByteArray rss(const QByteArray &items, const QByteArray &channelExtra = {})
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss "
           "version=\"2.0\"><channel><title>Recovered</title>"
        + channelExtra + items + "</channel></rss>";
}

bool hasWarning(const ParsedFeed &feed, const char *part)
{
    for (const QString &w : feed.warnings) {
        if (w.contains(QLatin1StringView(part), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A bare ampersand is escaped, with a warning", "[feeds]")
{
    const ParsedFeed feed = parseFeed(rss("<item><title>Fish & chips</title>"
                                          "<link>https://x.example/?a=1&b=2</link></item>"));
    REQUIRE(feed.ok);
    REQUIRE(feed.entries.size() == 1);
    CHECK(feed.entries[0].title == u"Fish & chips");
    CHECK(feed.entries[0].link == u"https://x.example/?a=1&b=2");
    CHECK(hasWarning(feed, "'&'"));
}

TEST_CASE("HTML named entities that XML does not declare are decoded", "[feeds]")
{
    const ParsedFeed feed = parseFeed(
        rss("<item><title>R&eacute;sum&eacute;&nbsp;&mdash; &hellip; &euro;5 &Uuml;ber &notanentity;"
            "</title><description>&lt;p&gt;caf&eacute;&lt;/p&gt; &amp;copy;</description></item>"));
    REQUIRE(feed.ok);
    REQUIRE(feed.entries.size() == 1);
    CHECK(feed.entries[0].title == u"Résumé — … €5 Über &notanentity;");
    CHECK(feed.entries[0].summary == u"<p>café</p> ©");
    CHECK(hasWarning(feed, "HTML entities"));
    CHECK(hasWarning(feed, "&notanentity;"));
}

TEST_CASE("Junk, whitespace and a BOM before the root element", "[feeds]")
{
    const QByteArray body = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>";
    const ParsedFeed spaces = parseFeed("\n\n   \t" + QByteArray("<?xml version=\"1.0\"?>") + body);
    CHECK(spaces.ok);
    CHECK(spaces.warnings.isEmpty());
    CHECK(spaces.title == u"T");

    const ParsedFeed bomAndSpace = parseFeed("\xef\xbb\xbf  \n" + body);
    CHECK(bomAndSpace.ok);
    CHECK(bomAndSpace.title == u"T");

    const ParsedFeed php
        = parseFeed("<br />\n<b>Warning</b>: something in <b>/var/www/feed.php</b> on line 3<br />\n"
                    "<?xml version=\"1.0\"?>"
            + body);
    REQUIRE(php.ok);
    CHECK(php.title == u"T");
    CHECK(hasWarning(php, "before the start"));

    const ParsedFeed text = parseFeed("garbage text " + body);
    REQUIRE(text.ok);
    CHECK(text.title == u"T");
    CHECK(hasWarning(text, "before the start"));
}

TEST_CASE("A truncated document keeps the entries it has", "[feeds]")
{
    const QByteArray full = rss("<item><title>One</title><link>https://x.example/1</link></item>"
                                "<item><title>Two</title><link>https://x.example/2</link></item>"
                                "<item><title>Three</title><link>https://x.example/3</link><description>cut");
    const ParsedFeed feed = parseFeed(full.left(full.size() - 20)); // ends inside the last item
    REQUIRE(feed.ok);
    REQUIRE(feed.entries.size() == 3);
    CHECK(feed.entries[1].title == u"Two");
    CHECK(feed.entries[2].title == u"Three");
    CHECK(hasWarning(feed, "truncated"));

    // Cut inside a tag.
    const QByteArray items = "<item><title>One</title></item><item><title>Two</title></item>";
    const QByteArray cut = rss(items).left(rss(items).indexOf("</channel>"));
    const ParsedFeed partial = parseFeed(cut + "<ite");
    REQUIRE(partial.ok);
    CHECK(partial.entries.size() == 2);
    CHECK(hasWarning(partial, "truncated"));

    // Cut in the middle of an end tag: the structure repair closes what is open.
    const ParsedFeed messy = parseFeed(cut.left(cut.indexOf("</title></item><item>") + 3) + "<ite");
    REQUIRE(messy.ok);
    REQUIRE(messy.entries.size() == 1);
    CHECK(messy.entries[0].title == u"One");
    CHECK(hasWarning(messy, "tags repaired"));
}

TEST_CASE("Mismatched and stray tags are repaired", "[feeds]")
{
    const ParsedFeed typo = parseFeed(rss("<item><title>A</titel><link>https://x.example/a</link></item>"
                                          "<item><title>B</title></item>",
        "<language>en-us</langauge>"));
    REQUIRE(typo.ok);
    CHECK(typo.language == u"en-us");
    REQUIRE(typo.entries.size() == 2);
    CHECK(typo.entries[0].title == u"A");
    CHECK(typo.entries[0].link == u"https://x.example/a");
    CHECK(hasWarning(typo, "tags repaired"));

    // Unescaped HTML in a description, with an unclosed <br> and a bare '<'.
    const ParsedFeed html = parseFeed(rss("<item><title>H</title><description><p>line<br>next 1 < 2</p>"
                                          "</description></item><item><title>after</title></item>"));
    REQUIRE(html.ok);
    REQUIRE(html.entries.size() == 2);
    CHECK(html.entries[0].summary == u"<p>line<br/>next 1 &lt; 2</p>");
    CHECK(html.entries[1].title == u"after");
}

TEST_CASE("A namespace prefix used without its declaration", "[feeds]")
{
    const ParsedFeed feed
        = parseFeed("<rss version=\"2.0\"><channel><title>T</title><item><title>I</title>"
                    "<dc:creator>Ann</dc:creator><media:thumbnail url=\"https://x.example/t.jpg\"/>"
                    "</item></channel></rss>");
    REQUIRE(feed.ok);
    REQUIRE(feed.entries.size() == 1);
    CHECK(feed.entries[0].author == u"Ann");
    CHECK(feed.entries[0].thumbnail == u"https://x.example/t.jpg");
    CHECK(hasWarning(feed, "dc, media"));
}

TEST_CASE("Characters XML forbids are dropped", "[feeds]")
{
    const ParsedFeed feed
        = parseFeed(rss("<item><title>bell\x07 and form\x0c feed &#1; &#150;</title></item>"));
    REQUIRE(feed.ok);
    REQUIRE(feed.entries.size() == 1);
    CHECK(feed.entries[0].title == u"bell and form feed –"); // &#150; means an en dash on the web
    CHECK(hasWarning(feed, "not allow"));
}

TEST_CASE("An entity bomb is not expanded", "[feeds]")
{
    const QByteArray bomb = R"(<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
 <!ENTITY % param "<!ENTITY sneaky 'x'>">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol; &xxe;</title><description>&lol9;&lol9;&lol9;</description></item></channel></rss>)";
    const ParsedFeed feed = parseFeed(bomb);
    REQUIRE(feed.ok);
    CHECK(feed.title == u"&lol9;");
    REQUIRE(feed.entries.size() == 1);
    CHECK(feed.entries[0].title == u"lol &xxe;"); // a plain-text entity is fine; a file is never read
    CHECK(feed.entries[0].summary.size() < 100);
    CHECK(hasWarning(feed, "not expanded"));

    // Many references to one big plain entity: bounded too.
    QByteArray wide = "<!DOCTYPE rss [<!ENTITY big \"" + QByteArray(4000, 'x')
        + "\">]><rss version=\"2.0\"><channel>"
          "<title>t</title><item><description>";
    for (int i = 0; i < 2000; ++i)
        wide += "&big;";
    wide += "</description></item></channel></rss>";
    const ParsedFeed bounded = parseFeed(wide);
    REQUIRE(bounded.ok);
    REQUIRE(bounded.entries.size() == 1);
    CHECK(bounded.entries[0].summary.size() <= (1 << 20) + 2000 * 8);
}

TEST_CASE("Any prefix of a feed parses without crashing", "[feeds]")
{
    const QByteArray doc = rss(
        "<item><title>A &amp; B</title><link>https://x.example/a</link><description><![CDATA[<p>x</p>]]>"
        "</description><pubDate>Wed, 01 May 2024 09:30:00 GMT</pubDate></item>"
        "<item><title>Two</title><category>c</category><enclosure url=\"https://x.example/e\" length=\"5\"/>"
        "</item>");
    int withEntries = 0;
    for (qsizetype n = 0; n <= doc.size(); ++n) {
        const ParsedFeed feed = parseFeed(doc.left(n));
        if (feed.ok && !feed.entries.isEmpty())
            ++withEntries;
        if (!feed.ok)
            CHECK_FALSE(feed.error.isEmpty());
    }
    CHECK(withEntries > int(doc.size() / 2));
}

TEST_CASE("Random corruption never crashes or hangs", "[feeds]")
{
    const QByteArray doc
        = R"(<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/">
<title type="html">T &amp;lt;b&amp;gt;</title><link href="/"/><entry><title>E</title><id>1</id>
<link rel="enclosure" href="e.mp3" length="9"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>x<a href="y">y</a></p></div></content><updated>2024-01-01T00:00:00Z</updated></entry></feed>)";
    const char noise[] = "<>&;\"'/=![]#x\x00\xff\xc3 ";
    QRandomGenerator rng(20240501); // fixed seed: the same cases every run
    for (int round = 0; round < 400; ++round) {
        QByteArray mutated = doc;
        const int edits = 1 + int(rng.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const int at = int(rng.bounded(int(mutated.size())));
            const char c = noise[rng.bounded(int(sizeof noise - 1))];
            switch (rng.bounded(3)) {
            case 0:
                mutated[at] = c;
                break;
            case 1:
                mutated.insert(at, c);
                break;
            default:
                mutated.remove(at, 1 + int(rng.bounded(8)));
                break;
            }
        }
        const ParsedFeed feed = parseFeed(mutated);
        CHECK((feed.ok || !feed.error.isEmpty()));
    }
}

TEST_CASE("Pathological nesting stays bounded", "[feeds]")
{
    QByteArray deep = "<rss version=\"2.0\" "
                      "xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><item><title>d</title>";
    for (int i = 0; i < 20000; ++i)
        deep += "<media:group>";
    deep += "</item></channel></rss>"; // unclosed groups: repaired and read
    const ParsedFeed feed = parseFeed(deep);
    CHECK(feed.ok);

    // Deep nesting full of end tags that match nothing: repaired in linear time.
    QByteArray stray = "<rss version=\"2.0\"><channel><title>s</title><item><title>i</title></item>";
    for (int i = 0; i < 20000; ++i)
        stray += "<x>";
    for (int i = 0; i < 20000; ++i)
        stray += "</y>";
    const ParsedFeed strayFeed = parseFeed(stray + "</channel></rss>");
    CHECK(strayFeed.ok);
    CHECK(strayFeed.entries.size() == 1);

    QByteArray html = "<rss version=\"2.0\"><channel><item><description>";
    for (int i = 0; i < 20000; ++i)
        html += "&lt;b&gt;&lt;i&gt;";
    html += "x</description></item></channel></rss>";
    const ParsedFeed nested = parseFeed(html);
    REQUIRE(nested.entries.size() == 1);
    CHECK(nested.entries[0].summary.endsWith(u"</b>"));
}
