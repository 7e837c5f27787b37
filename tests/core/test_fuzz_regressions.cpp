// Inputs that once crashed, hung or slipped through a decoder, found by the
// fuzz targets in tests/fuzz or by inputs built to their worst case. Each stays
// here so the fix cannot quietly go.
#include "links/NetscapeBookmarks.h"
#include "sources/feeds/Opml.h"
#include "sources/mastodon/MastodonJson.h"
#include "text/HtmlSanitizer.h"
#include "test_feed_support.h"

#include <algorithm>

using namespace gilde;

TEST_CASE("OPML nested thousands of folders deep reads in linear time, and writes", "[fuzz][opml]")
{
    // Every level's path repeated its parent's: 20,000 levels took seconds,
    // 100,000 over a minute.
    const int levels = 20000;
    const QByteArray file = "<opml version=\"2.0\"><body>"
        + QByteArray("<outline text=\"f\">").repeated(levels)
        + "<outline type=\"rss\" xmlUrl=\"https://a.example/feed\"/>"
        + QByteArray("</outline>").repeated(levels) + "</body></opml>";
    const OpmlDocument doc = parseOpml(file);
    REQUIRE(doc.ok);
    REQUIRE(doc.feeds.size() == 1);
    CHECK(doc.feeds[0].folder == QStringList(32, QStringLiteral("f")).join(u'/'));

    // Written out again, a folder path deeper than that is cut at the same depth.
    OpmlFeed deep = doc.feeds[0];
    deep.folder = QStringList(levels, QStringLiteral("g")).join(u'/');
    const OpmlDocument again = parseOpml(writeOpml(QStringLiteral("t"), { deep }));
    REQUIRE(again.feeds.size() == 1);
    CHECK(again.feeds[0].folder == QStringList(32, QStringLiteral("g")).join(u'/'));
}

TEST_CASE("OPML with thousands of sibling folders writes each once, in order", "[fuzz][opml]")
{
    // Each folder was looked up among all its siblings one by one.
    QList<OpmlFeed> feeds;
    for (int i = 0; i < 20000; ++i) {
        OpmlFeed feed;
        feed.xmlUrl = QUrl(QStringLiteral("https://a.example/%1").arg(i));
        feed.folder = QStringLiteral("folder %1").arg(i % 10000);
        feeds.append(feed);
    }
    const OpmlDocument doc = parseOpml(writeOpml(QStringLiteral("t"), feeds));
    REQUIRE(doc.feeds.size() == feeds.size());
    CHECK(doc.feeds[0].folder == u"folder 0");
    CHECK(doc.feeds[1].folder == u"folder 0");
    CHECK(doc.feeds[1].xmlUrl == QUrl(QStringLiteral("https://a.example/10000")));
    CHECK(doc.feeds.last().folder == u"folder 9999");
}

TEST_CASE("Bookmarks in folders thousands deep get the tags of the outer 32", "[fuzz][bookmarks]")
{
    // Each link took a tag per enclosing folder: 10,000 links 10,000 folders
    // deep took 40 s.
    const int levels = 5000;
    QByteArray file = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n";
    for (int i = 0; i < levels; ++i)
        file += "<DT><H3>f" + QByteArray::number(i) + "</H3>\n<DL><p>\n";
    file += "<DT><A HREF=\"https://a.example/\">a</A>\n<DT><A HREF=\"https://b.example/\">b</A>\n";
    file
        += QByteArray("</DL><p>\n").repeated(levels) + "<DT><A HREF=\"https://c.example/\">c</A>\n</DL><p>\n";
    const BookmarkFile read = readNetscapeBookmarks(file);
    REQUIRE(read.links.size() == 3);
    QStringList expected;
    for (int i = 0; i < 32; ++i)
        expected << QStringLiteral("f%1").arg(i);
    expected.sort();
    CHECK(read.links[0].tags == expected);
    CHECK(read.links[1].tags == expected);
    CHECK(read.links[2].tags.isEmpty());
}

TEST_CASE("A browser's root folder is known below thousands of unnamed lists", "[fuzz][bookmarks]")
{
    // Whether a folder was at the top level was asked of every open list.
    const QByteArray file = QByteArray("<DL><p>").repeated(20000)
        + "<DT><H3>Bookmarks bar</H3><DL><p><DT><A HREF=\"https://a.example/\">a</A></DL><p>"
          "<DT><H3>Reading</H3><DL><p><DT><H3>Bookmarks bar</H3><DL><p>"
          "<DT><A HREF=\"https://b.example/\">b</A></DL><p></DL><p>";
    const BookmarkFile read = readNetscapeBookmarks(file);
    REQUIRE(read.links.size() == 2);
    CHECK(read.links[0].tags.isEmpty());
    CHECK(read.links[1].tags == QStringList { QStringLiteral("bookmarks-bar"), QStringLiteral("reading") });
}

TEST_CASE("An address repeated thousands of times is one link with every tag, sorted", "[fuzz][bookmarks]")
{
    // The tags were merged and sorted again at each repetition: 5,000 took 10 s.
    QByteArray file = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n";
    for (int i = 4999; i >= 0; --i)
        file += "<DT><A HREF=\"https://a.example/\" TAGS=\"t"
            + QByteArray::number(i % 2500).rightJustified(4, '0') + ",Same\">a</A>\n";
    const BookmarkFile read = readNetscapeBookmarks(file);
    REQUIRE(read.links.size() == 1);
    const QStringList &tags = read.links[0].tags;
    REQUIRE(tags.size() == 2501);
    CHECK(tags.first() == u"same");
    CHECK(tags[1] == u"t0000");
    CHECK(tags.last() == u"t2499");
}

TEST_CASE("Mastodon ids of both kinds together are still in an order", "[fuzz][mastodon]")
{
    // All-digit ids compared by length, others as text: "99" < "100" < "1a",
    // yet "1a" < "99", which no sort may be given.
    const QStringList ids { QStringLiteral("99"), QStringLiteral("100"), QStringLiteral("1a"),
                            QStringLiteral("01HQ8Z0000AAAA"), QStringLiteral("103270115826048975"), QString() };
    for (const QString &a : ids) {
        CHECK(mastodon::compareIds(a, a) == 0);
        for (const QString &b : ids) {
            CHECK((mastodon::compareIds(a, b) < 0) == (mastodon::compareIds(b, a) > 0));
            for (const QString &c : ids) {
                if (mastodon::compareIds(a, b) < 0 && mastodon::compareIds(b, c) < 0)
                    CHECK(mastodon::compareIds(a, c) < 0);
            }
        }
    }
    CHECK(mastodon::compareIds(QStringLiteral("99"), QStringLiteral("100")) < 0);
    CHECK(mastodon::compareIds(QStringLiteral("100"), QStringLiteral("1a")) < 0);
    CHECK(mastodon::compareIds(QStringLiteral("99"), QStringLiteral("1a")) < 0);

    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return mastodon::compareIds(a, b) < 0; });
    CHECK(sorted
          == QStringList { QStringLiteral("99"), QStringLiteral("100"), QStringLiteral("103270115826048975"),
                           QString(), QStringLiteral("01HQ8Z0000AAAA"), QStringLiteral("1a") });
}

TEST_CASE("Mastodon ids sent as numbers too big for 64 bits are no ids", "[fuzz][mastodon]")
{
    // The number was cast to qint64 whatever its size: undefined behaviour.
    const QByteArray huge = QByteArray(86, '2');
    const QList<MastodonNotification> n = mastodon::notifications(
        "[{\"id\":" + huge + ",\"type\":\"follow\"},{\"id\":34975535,\"type\":\"follow\"}]");
    REQUIRE(n.size() == 1);
    CHECK(n[0].id == u"34975535");

    const auto s = mastodon::singleStatus(
        R"({"id":"1","account":{"id":1e300},"in_reply_to_id":-1e19,"in_reply_to_account_id":-9223372036854775808})");
    REQUIRE(s);
    CHECK(s->account.id.isEmpty());
    CHECK(s->inReplyToId.isEmpty());
    CHECK(s->inReplyToAccountId == u"-9223372036854775808");
    CHECK_FALSE(mastodon::singleStatus(R"({"id":9.3e18})"));
}

TEST_CASE("Markup nested past the sanitizer's depth reads the same when sanitized again", "[fuzz][sanitizer]")
{
    // An element too deep was written closed at once; read again, its end tag
    // closed an outer element of the same name instead (found nested <dl>s).
    const QUrl base(QStringLiteral("https://base.example/"));
    const QString around = QStringLiteral("<div>").repeated(197);
    const QStringList deepest {
        QStringLiteral("<dl><dt>a</dt>b</dl>"),
        QStringLiteral("<dl><p/>a<b>b</b></dl>"),
        QStringLiteral("<dl><iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"Talk\"></iframe></dl>"),
        QStringLiteral("<dl><img src=\"https://base.example/a.png\">a</dl>"),
    };
    for (const QString &inner : deepest) {
        INFO(inner.toStdString());
        const QString html = QStringLiteral("<dl><dt>") + around + inner + QStringLiteral("c</dt></dl>");
        const QString once = sanitizeHtml(html, base);
        CHECK(sanitizeHtml(once, base) == once);
        CHECK(htmlToPlainText(once).contains(u'a'));
    }
}
