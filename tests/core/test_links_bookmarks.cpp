// Netscape bookmark files: the shapes Firefox, Chrome, Pinboard, linkding and
// Shaarli write, hand-edited ones, and the round trip through export.

#include "TestSupport.h"
#include "links/NetscapeBookmarks.h"
#include "model/Link.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace gilde;
using gilde::test::fixture;

namespace
{

BookmarkFile readFixture(const char *name)
{
    const QByteArray data = fixture(QStringLiteral("bookmarks/") + QLatin1String(name));
    REQUIRE_FALSE(data.isEmpty());
    return readNetscapeBookmarks(data);
}

const Link &find(const BookmarkFile &file, const char *url)
{
    for (const Link &l : file.links) {
        if (l.url.toString(QUrl::FullyEncoded) == QLatin1String(url))
            return l;
    }
    FAIL("no link " << url);
    static Link none;
    return none;
}

QStringList urls(const BookmarkFile &file)
{
    QStringList out;
    for (const Link &l : file.links)
        out << l.url.toString(QUrl::FullyEncoded);
    return out;
}

QStringList tags(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *t : list)
        out << QString::fromUtf8(t);
    return out;
}

constexpr qint64 s(qint64 seconds)
{
    return seconds * 1000;
}

} // namespace

TEST_CASE("Bookmarks: a Firefox export, with folders as tags and its root folders left out", "[links]")
{
    const BookmarkFile file = readFixture("firefox.html");
    CHECK(file.recognized);
    CHECK(file.skipped == 1); // the place: query
    CHECK(urls(file)
        == QStringList { QStringLiteral("https://support.mozilla.org/products/firefox"),
            QStringLiteral("https://www.mozilla.org/about"),
            QStringLiteral("https://developer.mozilla.org/en-US/docs/Web/HTML"),
            QStringLiteral("https://news.ycombinator.com/"),
            QStringLiteral("https://css-tricks.com/snippets/css/a-guide-to-flexbox"),
            QStringLiteral("https://web.dev/learn"), QStringLiteral("https://www.example.com/caf%C3%A9") });

    const Link &help = find(file, "https://support.mozilla.org/products/firefox");
    CHECK(help.title == QLatin1String("Get Help"));
    CHECK(help.tags == tags({ "mozilla-firefox" }));
    CHECK(help.savedMs == s(1672531200));

    const Link &mdn = find(file, "https://developer.mozilla.org/en-US/docs/Web/HTML");
    CHECK(mdn.title == QLatin1String("HTML: HyperText Markup Language | MDN"));
    CHECK(mdn.note == QLatin1String("The reference for <elements> & attributes"));
    CHECK(mdn.tags == tags({ "reference", "web" }));
    CHECK(mdn.savedMs == s(1680000000));
    CHECK(mdn.updatedMs == s(1680000500));
    CHECK_FALSE(mdn.isPrivate);
    CHECK_FALSE(mdn.readLater);

    CHECK(find(file, "https://news.ycombinator.com/").tags.isEmpty());
    CHECK(find(file, "https://css-tricks.com/snippets/css/a-guide-to-flexbox").tags
        == tags({ "css", "flexbox", "web-development" }));
    CHECK(find(file, "https://web.dev/learn").tags == tags({ "web-development" }));
    CHECK(find(file, "https://web.dev/learn").title == QString::fromUtf8("Learn web development – web.dev"));

    const Link &cafe = find(file, "https://www.example.com/caf%C3%A9");
    CHECK(cafe.title == QString::fromUtf8("Café \"Ümlaut\" — test"));
    CHECK(cafe.tags.isEmpty());
}

TEST_CASE("Bookmarks: a Chrome export joins an address found in two folders", "[links]")
{
    const BookmarkFile file = readFixture("chrome.html");
    CHECK(file.skipped == 0);
    REQUIRE(file.links.size() == 2);
    const Link &qt = find(file, "https://www.qt.io/");
    CHECK(qt.title == QLatin1String("Qt | Tools for Each Stage of Software Development Lifecycle"));
    CHECK(qt.tags == tags({ "reading" }));
    CHECK(qt.savedMs == s(1699000000)); // the earlier of the two
    CHECK(find(file, "https://cmake.org/cmake/help/latest").tags.isEmpty()); // "Other bookmarks" is a root
}

TEST_CASE("Bookmarks: a Pinboard export with notes, private and to-read flags", "[links]")
{
    const BookmarkFile file = readFixture("pinboard.html");
    CHECK(file.recognized);
    REQUIRE(file.links.size() == 3);
    const Link &fts = file.links.at(0);
    CHECK(fts.url.toString() == QLatin1String("https://www.sqlite.org/fts5.html"));
    CHECK(fts.title == QLatin1String("SQLite FTS5 Extension"));
    CHECK(fts.note == QLatin1String("Full-text search; see the section on \"external content\" tables."));
    CHECK(fts.tags == tags({ "databases", "search", "sqlite" }));
    CHECK(fts.readLater);
    CHECK_FALSE(fts.isPrivate);
    CHECK(fts.savedMs == s(1704067200));
    CHECK(fts.updatedMs == s(1704067200));

    const Link &priv = file.links.at(1);
    CHECK(priv.title == QLatin1String("Private notes on & about things"));
    CHECK(priv.note
        == QLatin1String("Line one of a longer note.\nLine two, with a <tag>.\n\nA second paragraph."));
    CHECK(priv.isPrivate);
    CHECK_FALSE(priv.readLater);
    CHECK(priv.tags == tags({ "notes", "private-stuff" }));

    CHECK(file.links.at(2).tags.isEmpty());
    CHECK(file.links.at(2).note.isEmpty());
}

TEST_CASE("Bookmarks: a linkding export, its notes joined to the description", "[links]")
{
    const BookmarkFile file = readFixture("linkding.html");
    REQUIRE(file.links.size() == 3);
    const Link &django = find(file, "https://docs.djangoproject.com/en/5.0");
    CHECK(django.note
        == QLatin1String("The web framework for perfectionists.\n\nRead the *deployment checklist* first."));
    CHECK(django.isPrivate);
    CHECK(django.tags == tags({ "django", "python" }));
    CHECK(django.savedMs == s(1706745600));
    CHECK(django.updatedMs == s(1706832000));
    CHECK(find(file, "https://github.com/sissbruecker/linkding").readLater);
    CHECK(find(file, "https://example.org/only-notes").note == QLatin1String("Just a note."));
}

TEST_CASE("Bookmarks: a Shaarli export; its notes without an address are skipped", "[links]")
{
    const BookmarkFile file = readFixture("shaarli.html");
    CHECK(file.skipped == 1);
    REQUIRE(file.links.size() == 2);
    const Link &doc = file.links.at(0);
    CHECK(doc.url.toString() == QLatin1String("https://shaarli.readthedocs.io/en/master"));
    CHECK(doc.note == QLatin1String("Shaarli is a minimalist bookmark manager.\nIt runs on PHP."));
    CHECK(doc.tags == tags({ "documentation", "shaarli" }));
    CHECK(doc.savedMs == s(1707127200));
    const Link &article = file.links.at(1);
    CHECK(article.url.toString() == QLatin1String("https://example.com/article?id=42"));
    CHECK(article.isPrivate);
    CHECK(article.note.isEmpty());
}

TEST_CASE("Bookmarks: hand-edited files, unquoted attributes, missing end tags, other units", "[links]")
{
    const BookmarkFile file = readFixture("messy.html");
    CHECK(file.recognized);
    CHECK(file.skipped == 1);
    REQUIRE(file.links.size() == 6);
    const Link &unquoted = find(file, "https://example.org/unquoted");
    CHECK(unquoted.title == QLatin1String("Unquoted attributes"));
    CHECK(unquoted.note == QLatin1String("A note after a missing end tag"));
    CHECK(unquoted.tags == tags({ "one", "two" }));
    CHECK(unquoted.readLater);
    CHECK(unquoted.savedMs == s(1600000000)); // written in milliseconds
    const Link &single = find(file, "https://example.org/single");
    CHECK(single.savedMs == s(1600000000)); // written in microseconds
    CHECK(single.tags == tags({ "a", "b", "c" }));
    CHECK(find(file, "https://example.org/br").note == QLatin1String("first\nsecond\nthird"));
    CHECK(find(file, "https://example.org/nested-dl").tags.isEmpty());
    CHECK(find(file, "https://example.org/in-folder").tags == tags({ "folder-&-co", "x" }));
    CHECK(find(file, "https://example.org/after-folder").tags.isEmpty());
}

TEST_CASE("Bookmarks: something else is not taken for a bookmark file", "[links]")
{
    const BookmarkFile file = readNetscapeBookmarks("<html><body><p>Hello</p></body></html>");
    CHECK_FALSE(file.recognized);
    CHECK(file.links.isEmpty());
    CHECK_FALSE(readNetscapeBookmarks(QByteArray()).recognized);
}

TEST_CASE("Bookmarks: export and import again loses nothing", "[links]")
{
    QList<Link> library;
    auto add = [&](const char *url, const char *title, const char *note, QStringList t, bool priv, bool later,
                   qint64 saved, qint64 updated) {
        Link l;
        l.url = QUrl(QString::fromUtf8(url));
        l.title = QString::fromUtf8(title);
        l.note = QString::fromUtf8(note);
        l.tags = std::move(t);
        l.isPrivate = priv;
        l.readLater = later;
        l.savedMs = s(saved);
        l.updatedMs = s(updated);
        library << l;
    };
    add("https://example.org/", "Plain", "", {}, false, false, 1500000000, 1500000000);
    add("https://example.org/quotes", "She said \"hi\" & <left>", "a \"quoted\" <b>note</b> & more",
        tags({ "c++", "quotes" }), true, false, 1500000001, 1600000000);
    add("https://example.org/unicode/%C3%A9t%C3%A9", "Ünïcödé — 日本語 🚀",
        "Notes in ελληνικά\nand a second line", tags({ "été", "日本語" }), false, true, 1500000002,
        1500000003);
    add("https://example.org/multi?a=1&b=2", "Query & ampersand",
        "First paragraph.\n\nSecond paragraph,\n  indented line.\n<DT> not an entry", tags({ "a", "b", "c" }),
        true, true, 1500000004, 1700000000);
    add("https://example.org/brackets", "[Markdown] (brackets)", "&amp; stays written as &amp;",
        tags({ "x-y", "z" }), false, false, 1500000005, 1500000005);
    add("http://example.org:8080/path%20with%20space", "", "Untitled one", tags({ "empty-title" }), false,
        false, 1500000006, 1500000006);

    const QByteArray exported = writeNetscapeBookmarks(library);
    CHECK(exported.startsWith("<!DOCTYPE NETSCAPE-Bookmark-file-1>"));
    const BookmarkFile back = readNetscapeBookmarks(exported);
    CHECK(back.recognized);
    CHECK(back.skipped == 0);
    REQUIRE(back.links.size() == library.size());
    for (qsizetype i = 0; i < library.size(); ++i) {
        const Link &a = library.at(i);
        const Link &b = back.links.at(i);
        INFO("link " << i << ": " << a.url.toString().toStdString());
        CHECK(b.url == a.url);
        CHECK(b.title == a.title);
        CHECK(b.note == a.note);
        CHECK(b.tags == a.tags);
        CHECK(b.isPrivate == a.isPrivate);
        CHECK(b.readLater == a.readLater);
        CHECK(b.savedMs == a.savedMs);
        CHECK(b.updatedMs == a.updatedMs);
    }
    // And the written form is stable.
    CHECK(writeNetscapeBookmarks(back.links) == exported);
}
