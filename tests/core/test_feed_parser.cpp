#include "TestSupport.h"
#include "sources/feeds/FeedJson.h"
#include "sources/feeds/FeedParser.h"
#include "test_feed_support.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

ParsedFeed parseFixture(const char *name, const char *base = "https://feeds.example.org/feed")
{
    return gilde::test::parseFeedFixture(name, base);
}

} // namespace

TEST_CASE("RSS 2.0 with Dublin Core, content:encoded, Media RSS and enclosures", "[feeds]")
{
    const ParsedFeed feed = parseFixture("rss2_full.xml");
    REQUIRE(feed.ok);
    CHECK(feed.warnings.isEmpty());
    CHECK(feed.format == u"rss2.0");
    CHECK(feed.title == u"Gilde & Friends");
    CHECK(feed.link == u"https://blog.example.org/");
    CHECK(feed.description == u"Notes on learning in public");
    CHECK(feed.language == u"en-gb");
    CHECK(feed.updated == utc(2024, 5, 1, 9, 30));
    CHECK(feed.ttlMinutes == 45); // <ttl> wins over sy:updatePeriod
    CHECK(feed.iconUrl == u"https://feeds.example.org/images/logo.png");
    REQUIRE(feed.entries.size() == 2);

    const FeedEntry &first = feed.entries[0];
    CHECK(first.id == u"urn:uuid:1");
    CHECK(first.title == u"First post");
    CHECK(first.link == u"https://blog.example.org/2024/05/first");
    CHECK(first.author == u"Ada Lovelace");
    CHECK(first.published == utc(2024, 5, 1, 9, 30));
    CHECK_FALSE(first.updated.isValid());
    CHECK(first.categories == QStringList { u"learning"_qs, u"notes"_qs, u"public"_qs });
    CHECK(first.summary == u"A short <b>summary</b>.");
    CHECK(first.content.contains(u"<a href=\"https://feeds.example.org/about\">a relative link</a>"));
    CHECK(first.content.contains(u"<img src=\"https://feeds.example.org/pic.jpg\" alt=\"a picture\"/>"));
    CHECK_FALSE(first.content.contains(u"onerror"));
    CHECK_FALSE(first.content.contains(u"alert"));
    REQUIRE(first.enclosures.size() == 1);
    CHECK(first.enclosures[0]
        == Enclosure { u"https://cdn.example.org/ep1.mp3"_qs, u"audio/mpeg"_qs, 12345678 });
    CHECK(first.thumbnail == u"https://cdn.example.org/ep1-thumb.jpg");

    const FeedEntry &second = feed.entries[1];
    CHECK(second.id == u"https://blog.example.org/2024/05/second");
    CHECK(second.link == u"https://blog.example.org/2024/05/second"); // a permalink guid
    CHECK(second.author == u"Ada Lovelace"); // "mail (Name)"
    CHECK(second.published == utc(2024, 5, 2, 8, 0));
    CHECK(second.summary == u"Plain summary");
    REQUIRE(second.enclosures.size() == 1); // the image is the thumbnail, not an enclosure
    CHECK(second.enclosures[0] == Enclosure { u"https://cdn.example.org/v.mp4"_qs, u"video/mp4"_qs, 999 });
    CHECK(second.thumbnail == u"https://cdn.example.org/v.jpg");
}

TEST_CASE("RSS 1.0 (RDF) with Dublin Core and syndication", "[feeds]")
{
    const ParsedFeed feed = parseFixture("rss1_rdf.xml");
    REQUIRE(feed.ok);
    CHECK(feed.format == u"rss1.0");
    CHECK(feed.title == u"RDF Site");
    CHECK(feed.link == u"http://rdf.example.org/");
    CHECK(feed.language == u"fr");
    CHECK(feed.updated == utc(2024, 4, 30, 10, 0));
    CHECK(feed.ttlMinutes == 30); // hourly, twice
    CHECK(feed.iconUrl == u"http://rdf.example.org/logo.gif");
    REQUIRE(feed.entries.size() == 1);
    const FeedEntry &e = feed.entries[0];
    CHECK(e.title == u"RDF item");
    CHECK(e.link == u"http://rdf.example.org/1");
    CHECK(e.author == u"Marie");
    CHECK(e.published == utc(2024, 4, 30, 11, 0));
    CHECK(e.categories == QStringList { u"physics"_qs });
    CHECK(e.summary == u"Item text");
}

TEST_CASE("RSS 0.90 and 0.91 (with HTML entities and a DOCTYPE)", "[feeds]")
{
    const ParsedFeed rss090 = parseFixture("rss090.xml");
    REQUIRE(rss090.ok);
    CHECK(rss090.format == u"rss0.9x");
    CHECK(rss090.title == u"Mozilla Dot Org");
    REQUIRE(rss090.entries.size() == 1);
    CHECK(rss090.entries[0].link == u"http://www.mozilla.org/status/");

    const ParsedFeed rss091 = parseFixture("rss091.xml");
    REQUIRE(rss091.ok);
    CHECK(rss091.format == u"rss0.9x");
    CHECK(rss091.title == u"Café News — daily"); // one line: the no-break space is a space
    CHECK(rss091.description == u"Fresh © news");
    REQUIRE(rss091.entries.size() == 1);
    CHECK(rss091.entries[0].title == u"Crème brûlée");
    CHECK(rss091.entries[0].summary == u"Très bon…");
    CHECK_FALSE(rss091.warnings.isEmpty()); // the HTML entities are reported
}

TEST_CASE("Atom 1.0: text constructs, xml:base, links, authors, Media RSS", "[feeds]")
{
    const ParsedFeed feed = parseFixture("atom10_full.xml");
    REQUIRE(feed.ok);
    CHECK(feed.warnings.isEmpty());
    CHECK(feed.format == u"atom1.0");
    CHECK(feed.title == u"Atom <Feed>");
    CHECK(feed.description == u"A subtitle");
    CHECK(feed.language == u"nl");
    CHECK(feed.link == u"https://atom.example.net/blog/"); // "./" against xml:base
    CHECK(feed.iconUrl == u"https://atom.example.net/favicon.ico");
    CHECK(feed.updated == utc(2024, 5, 3, 8, 0));
    REQUIRE(feed.entries.size() == 2);

    const FeedEntry &one = feed.entries[0];
    CHECK(one.title == u"Plain <title>");
    CHECK(one.id == u"tag:atom.example.net,2024:1");
    CHECK(one.link == u"https://atom.example.net/blog/posts/one.html");
    CHECK(one.published == utc(2024, 5, 2, 8, 0));
    CHECK(one.updated == utc(2024, 5, 3, 7, 59, 59, 250));
    CHECK(one.author == u"Grace Hopper, Alan Turing");
    CHECK(one.categories == QStringList { u"Computer science"_qs, u"history"_qs });
    CHECK(one.summary == u"<p>Summary with <a href=\"https://atom.example.net/blog/rel/link\">link</a></p>");
    // xhtml: the wrapper div goes, the content's own xml:base applies.
    CHECK(one.content.trimmed()
        == u"<p>XHTML <b>content</b> <a href=\"https://other.example.net/base/x.html\">x</a></p>");
    REQUIRE(one.enclosures.size() == 1);
    CHECK(one.enclosures[0]
        == Enclosure { u"https://atom.example.net/blog/media/one.ogg"_qs, u"audio/ogg"_qs, 4096 });

    const FeedEntry &two = feed.entries[1];
    CHECK(two.title == u"An xhtml title");
    CHECK(two.link == u"https://atom.example.net/deeper/two"); // entry xml:base="/deeper/"
    CHECK(two.author == u"Feed Author"); // inherited from the feed
    CHECK_FALSE(two.published.isValid());
    CHECK(two.content == u"Text content with &lt;tags&gt; &amp; ampersands");
    CHECK(two.summary == u"Line one<br/>Line two"); // media:description
    CHECK(two.thumbnail == u"https://atom.example.net/deeper/thumb.jpg");
}

TEST_CASE("Atom 0.3: tagline, issued/modified, escaped and base64 content", "[feeds]")
{
    const ParsedFeed feed = parseFixture("atom03.xml");
    REQUIRE(feed.ok);
    CHECK(feed.format == u"atom0.3");
    CHECK(feed.description == u"An old tagline");
    CHECK(feed.link == u"http://old.example.org/");
    CHECK(feed.updated == utc(2004, 1, 1, 19, 48, 21));
    REQUIRE(feed.entries.size() == 2);
    CHECK(feed.entries[0].published == utc(2004, 1, 1, 17, 0));
    CHECK(feed.entries[0].updated == utc(2004, 1, 1, 19, 48, 21));
    CHECK(feed.entries[0].author == u"Mark");
    CHECK(feed.entries[0].summary == u"Old summary");
    CHECK(feed.entries[0].content == u"<p>Escaped <i>HTML</i></p>");
    CHECK(feed.entries[1].content == u"<p>Base 64</p>");
}

TEST_CASE("JSON Feed 1.1 and 1.0", "[feeds]")
{
    const ParsedFeed v11 = parseFixture("json11.json", "https://json.example.com/feed.json");
    REQUIRE(v11.ok);
    CHECK(v11.format == u"json1.1");
    CHECK(v11.title == u"JSON Feed &amp; co"); // JSON Feed titles are plain text already
    CHECK(v11.link == u"https://json.example.com/");
    CHECK(v11.description == u"A JSON feed");
    CHECK(v11.language == u"en-US");
    CHECK(v11.iconUrl == u"https://json.example.com/icon.png");
    REQUIRE(v11.entries.size() == 2);
    const FeedEntry &a = v11.entries[0];
    CHECK(a.id == u"1");
    CHECK(a.link == u"https://json.example.com/1");
    CHECK(a.content == u"<p>Hello <a href=\"https://json.example.com/rel\">rel</a></p>");
    CHECK(a.summary == u"A &lt;summary&gt; in plain text");
    CHECK(a.thumbnail == u"https://json.example.com/1.png");
    CHECK(a.published == utc(2024, 5, 1, 7, 30));
    CHECK(a.updated == utc(2024, 5, 2, 0, 0));
    CHECK(a.author == u"Ann, Bob");
    CHECK(a.categories == QStringList { u"a"_qs, u"b"_qs });
    REQUIRE(a.enclosures.size() == 1);
    CHECK(a.enclosures[0] == Enclosure { u"https://json.example.com/1.mp3"_qs, u"audio/mpeg"_qs, 1000 });
    const FeedEntry &b = v11.entries[1];
    CHECK(b.id == u"2"); // a number in the wild
    CHECK(b.link == u"https://elsewhere.example.com/2");
    CHECK(b.content == u"Text only<br/>second line");
    CHECK(b.author == u"Feed Person");

    const ParsedFeed v10 = parseFixture("json10.json");
    REQUIRE(v10.ok);
    CHECK(v10.format == u"json1.0");
    CHECK(v10.iconUrl == u"https://json10.example.com/favicon.ico");
    REQUIRE(v10.entries.size() == 2);
    CHECK(v10.entries[0].author == u"Item Author"); // deprecated 1.0 "author"
    CHECK(v10.entries[1].author == u"Deprecated Author"); // the feed's
}

TEST_CASE("Documents that are not feeds give a clear error", "[feeds]")
{
    struct Case {
        const char *name;
        QByteArray bytes;
    };
    const Case cases[] = {
        { "empty", QByteArray() },
        { "whitespace", QByteArray(" \n\t ") },
        { "html page",
            QByteArray("<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>") },
        { "unknown root", QByteArray("<?xml version=\"1.0\"?><note><to>me</to></note>") },
        { "invalid json", QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\", ") },
        { "json, not a feed", QByteArray("{\"hello\": \"world\"}") },
        { "plain text", QByteArray("just some text") },
        { "binary", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) },
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const ParsedFeed feed = parseFeed(c.bytes);
        CHECK_FALSE(feed.ok);
        CHECK_FALSE(feed.error.isEmpty());
        CHECK(feed.entries.isEmpty());
    }
    CHECK(parseFeed("<html><body/></html>").error.contains(u"web page"));
    // Not well-formed, as most pages are: still recognised.
    CHECK(parseFeed("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>Blog</title>")
              .error.contains(u"web page"));
}

TEST_CASE("Relative URLs resolve against xml:base, then the feed's address", "[feeds]")
{
    const QByteArray rss = R"(<rss version="2.0"><channel>
        <link>/site/</link>
        <item xml:base="https://cdn.example.com/a/"><link>b/c.html</link>
            <enclosure url="../e.mp3" type="audio/mpeg" length="1"/></item>
        <item><link>post.html</link><description>&lt;a href="x"&gt;x&lt;/a&gt;</description></item>
        <item><link>javascript:alert(1)</link></item>
        </channel></rss>)";
    const ParsedFeed feed = parseFeed(rss, QUrl(u"https://example.org/feeds/main.xml"_qs));
    REQUIRE(feed.ok);
    CHECK(feed.link == u"https://example.org/site/");
    REQUIRE(feed.entries.size() == 3);
    CHECK(feed.entries[0].link == u"https://cdn.example.com/a/b/c.html");
    CHECK(feed.entries[0].enclosures.value(0).url == u"https://cdn.example.com/e.mp3");
    CHECK(feed.entries[1].link == u"https://example.org/feeds/post.html");
    CHECK(feed.entries[1].summary == u"<a href=\"https://example.org/feeds/x\">x</a>");
    CHECK(feed.entries[2].link.isEmpty()); // never a javascript: link

    // Without a feed address (a local file), the site's link is the base.
    const ParsedFeed local = parseFeed(
        R"(<rss version="2.0"><channel><link>https://site.example/</link><item><link>p/1</link></item></channel></rss>)",
        QUrl(u"file:///tmp/feed.xml"_qs));
    REQUIRE(local.entries.size() == 1);
    CHECK(local.entries[0].link == u"https://site.example/p/1");
}

TEST_CASE("ttl from sy:updatePeriod and sy:updateFrequency", "[feeds]")
{
    auto ttl = [](const char *channelXml) {
        const QByteArray doc
            = QByteArray("<rss version=\"2.0\" xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\">"
                         "<channel><title>t</title>")
            + channelXml + "</channel></rss>";
        return parseFeed(doc).ttlMinutes;
    };
    CHECK(ttl("") == 0);
    CHECK(ttl("<ttl>60</ttl>") == 60);
    CHECK(ttl("<ttl>junk</ttl>") == 0);
    CHECK(ttl("<sy:updatePeriod>hourly</sy:updatePeriod>") == 60);
    CHECK(ttl("<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency>") == 360);
    CHECK(ttl("<sy:updateFrequency>2</sy:updateFrequency>") == 720); // the period defaults to daily
    CHECK(ttl("<sy:updatePeriod>weekly</sy:updatePeriod>") == 7 * 24 * 60);
    CHECK(ttl("<ttl>15</ttl><sy:updatePeriod>daily</sy:updatePeriod>") == 15);
}

TEST_CASE("Titles and authors are plain text; CDATA and escaped HTML both work", "[feeds]")
{
    const QByteArray rss
        = R"(<rss version="2.0"><channel><title><![CDATA[A <b>bold</b> &amp; brave feed]]></title>
        <item><title>Tom &amp;amp; Jerry &lt;3</title><author>"Jane Doe" &lt;jane@example.org&gt;</author></item>
        <item><title>  spaced
            out   title </title><author>jane@example.org</author></item>
        </channel></rss>)";
    const ParsedFeed feed = parseFeed(rss);
    REQUIRE(feed.ok);
    CHECK(feed.title == u"A bold & brave feed");
    REQUIRE(feed.entries.size() == 2);
    CHECK(feed.entries[0].title == u"Tom & Jerry <3");
    CHECK(feed.entries[0].author == u"Jane Doe");
    CHECK(feed.entries[1].title == u"spaced out title");
    CHECK(feed.entries[1].author == u"jane@example.org");
}

TEST_CASE("feedToJson gives the feed-dump shape", "[feeds]")
{
    const QJsonObject json = feedToJson(parseFixture("rss2_full.xml"));
    const QStringList keys = { u"format"_qs, u"title"_qs, u"link"_qs, u"description"_qs, u"language"_qs,
        u"updated"_qs, u"warnings"_qs, u"entries"_qs };
    CHECK(QStringList(json.keys()).size() == keys.size());
    for (const QString &key : keys)
        CHECK(json.contains(key));
    CHECK(json.value(u"format"_qs).toString() == u"rss2.0");
    CHECK(json.value(u"updated"_qs).toString() == u"2024-05-01T09:30:00Z");
    CHECK(json.value(u"warnings"_qs).toArray().isEmpty());
    const QJsonArray entries = json.value(u"entries"_qs).toArray();
    REQUIRE(entries.size() == 2);
    const QJsonObject first = entries[0].toObject();
    for (const char *key : { "id", "title", "link", "author", "published", "updated", "summary", "content",
             "categories", "enclosures" })
        CHECK(first.contains(QLatin1StringView(key)));
    CHECK(first.size() == 10);
    CHECK(first.value(u"published"_qs).toString() == u"2024-05-01T09:30:00Z");
    CHECK(first.value(u"updated"_qs).isNull());
    CHECK(first.value(u"categories"_qs).toArray().size() == 3);
    const QJsonObject enclosure = first.value(u"enclosures"_qs).toArray().at(0).toObject();
    CHECK(enclosure.value(u"url"_qs).toString() == u"https://cdn.example.org/ep1.mp3");
    CHECK(enclosure.value(u"type"_qs).toString() == u"audio/mpeg");
    CHECK(enclosure.value(u"length"_qs).toDouble() == 12345678);
    const QJsonObject second = entries[1].toObject();
    CHECK(second.value(u"content"_qs).isNull());
    CHECK(second.value(u"published"_qs).toString() == u"2024-05-02T08:00:00Z");

    const QJsonObject notAFeed = feedToJson(parseFeed("<html/>"));
    CHECK(notAFeed.value(u"format"_qs).isNull());
    CHECK(notAFeed.value(u"title"_qs).isNull());
    CHECK(notAFeed.value(u"entries"_qs).toArray().isEmpty());
}
