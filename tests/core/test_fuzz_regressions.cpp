// Inputs that once crashed, hung or slipped through a decoder, found by the
// fuzz targets in tests/fuzz or by inputs built to their worst case. Each stays
// here so the fix cannot quietly go.
#include "sources/feeds/Opml.h"
#include "test_feed_support.h"

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
