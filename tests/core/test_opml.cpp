#include "TestSupport.h"
#include "sources/feeds/Opml.h"

#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{
const OpmlFeed *findFeed(const OpmlDocument &doc, const QString &url)
{
    for (const OpmlFeed &f : doc.feeds) {
        if (f.xmlUrl == QUrl(url))
            return &f;
    }
    return nullptr;
}
} // namespace

TEST_CASE("OPML 2.0 with nested folders", "[opml]")
{
    const OpmlDocument doc = parseOpml(test::fixture(QStringLiteral("opml/nested.opml")));
    REQUIRE(doc.ok);
    CHECK(doc.error.isEmpty());
    CHECK(doc.title == QStringLiteral("My & your feeds"));
    REQUIRE(doc.feeds.size() == 4);

    const OpmlFeed *loose = findFeed(doc, QStringLiteral("https://loose.example/feed.xml"));
    REQUIRE(loose);
    CHECK(loose->folder.isEmpty());
    CHECK(loose->title == QStringLiteral("Loose feed"));
    CHECK(loose->htmlUrl == QUrl(QStringLiteral("https://loose.example/")));

    const OpmlFeed *jarche = findFeed(doc, QStringLiteral("https://jarche.example/feed/"));
    REQUIRE(jarche);
    CHECK(jarche->folder == QStringLiteral("Learning"));
    CHECK(jarche->title == QStringLiteral("Harold Jarche")); // title wins over text

    const OpmlFeed *deep = findFeed(doc, QStringLiteral("https://deep.example/atom.xml"));
    REQUIRE(deep);
    CHECK(deep->folder == QStringLiteral("Learning/Deep"));
    CHECK(deep->title == QStringLiteral("Deep One"));

    const OpmlFeed *amp = findFeed(doc, QStringLiteral("https://amp.example/rss?a=1&b=2"));
    REQUIRE(amp);
    CHECK(amp->folder == QStringLiteral("Tech"));
    CHECK(amp->title == QStringLiteral("Ampersand & co"));

    CHECK_FALSE(findFeed(doc, QStringLiteral("https://notafeed.example/"))); // type="link"
}

TEST_CASE("OPML 1.0 without types, BOM, bare ampersands and trailing junk", "[opml]")
{
    const OpmlDocument doc = parseOpml(test::fixture(QStringLiteral("opml/opml1-junk.opml")));
    REQUIRE(doc.ok);
    CHECK(doc.title.isEmpty()); // no <head>
    REQUIRE(doc.feeds.size() == 2);
    CHECK(doc.feeds[0].xmlUrl == QUrl(QStringLiteral("http://old.example/rss.xml")));
    CHECK(doc.feeds[0].title == QStringLiteral("Old style"));
    CHECK(doc.feeds[0].folder.isEmpty());
    CHECK(doc.feeds[1].xmlUrl == QUrl(QStringLiteral("http://old.example/x?a=1&b=2")));
    CHECK(doc.feeds[1].folder == QStringLiteral("Folder"));
}

TEST_CASE("OPML that is ill-formed or not OPML is refused with a reason", "[opml]")
{
    SECTION("unclosed outline")
    {
        const OpmlDocument doc = parseOpml(test::fixture(QStringLiteral("opml/broken.opml")));
        CHECK_FALSE(doc.ok);
        CHECK(doc.feeds.isEmpty());
        CHECK(doc.error.contains(QStringLiteral("line")));
    }
    SECTION("another XML document")
    {
        const OpmlDocument doc = parseOpml(test::fixture(QStringLiteral("opml/not-opml.xml")));
        CHECK_FALSE(doc.ok);
        CHECK(doc.error.contains(QStringLiteral("rss")));
    }
    SECTION("empty and binary input")
    {
        CHECK_FALSE(parseOpml(QByteArray()).ok);
        CHECK_FALSE(parseOpml(QByteArray("\x00\x01\x02garbage", 10)).ok);
        CHECK_FALSE(parseOpml(QByteArray("just some text")).ok);
    }
    SECTION("a document without a body has no feeds but is fine")
    {
        const OpmlDocument doc = parseOpml("<opml version=\"2.0\"><head><title>T</title></head></opml>");
        CHECK(doc.ok);
        CHECK(doc.title == QStringLiteral("T"));
        CHECK(doc.feeds.isEmpty());
    }
}

TEST_CASE("Written OPML reads back with its folders and titles", "[opml]")
{
    QList<OpmlFeed> feeds;
    feeds.append({ QUrl(QStringLiteral("https://a.example/feed?x=1&y=<2>")),
        QUrl(QStringLiteral("https://a.example/")), QStringLiteral("A \"quoted\" & <tagged> title"),
        QString() });
    feeds.append({ QUrl(QStringLiteral("https://b.example/rss")), QUrl(), QStringLiteral("Bé with ünïcode"),
        QStringLiteral("Learning") });
    feeds.append({ QUrl(QStringLiteral("https://c.example/atom")), QUrl(), QStringLiteral("C"),
        QStringLiteral("Learning/Deep/Deeper") });
    feeds.append({ QUrl(QStringLiteral("https://d.example/atom")), QUrl(), QStringLiteral("Control\x01 char"),
        QStringLiteral("Tech") });
    feeds.append({ QUrl(QStringLiteral("https://e.example/atom")), QUrl(), QStringLiteral("E"),
        QStringLiteral("Learning") });

    const QByteArray bytes = writeOpml(QStringLiteral("Export & more"), feeds);

    // Well-formed XML and OPML 2.0.
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    CHECK_FALSE(xml.hasError());
    CHECK(bytes.contains("<opml version=\"2.0\">"));

    const OpmlDocument doc = parseOpml(bytes);
    REQUIRE(doc.ok);
    CHECK(doc.title == QStringLiteral("Export & more"));
    REQUIRE(doc.feeds.size() == feeds.size());
    for (const OpmlFeed &original : feeds) {
        const OpmlFeed *back = findFeed(doc, original.xmlUrl.toString());
        REQUIRE(back);
        CHECK(back->folder == original.folder);
        CHECK(back->htmlUrl == original.htmlUrl);
        if (original.title.contains(QChar(1)))
            CHECK(back->title == QStringLiteral("Control char"));
        else
            CHECK(back->title == original.title);
    }
    // One outline per folder, not one per feed.
    CHECK(bytes.count("text=\"Learning\"") == 1);
}
