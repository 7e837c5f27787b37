// The readable text of a page, and Markdown reading lists.

#include "TestSupport.h"
#include "links/PageText.h"
#include "links/ReadingList.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace gilde;

TEST_CASE("PageText: the article's text in paragraphs, without the page around it", "[links]")
{
    const QString html
        = decodePage(gilde::test::fixture(QStringLiteral("bookmarks/article.html")), "text/html");
    const PageText page = extractPageText(html);
    CHECK(page.title == QLatin1String("Why SQLite works & keeps working"));
    CHECK(page.text.toStdString()
        == QString::fromUtf8(
            "Why SQLite works\n\n"
            "By Ann Example, 3 March 2024\n\n"
            "SQLite is a library, not a server. It reads and writes ordinary files on disk.\n\n"
            "Its file format has been stable since 2004 — databases written then still open "
            "today.\n\n"
            "Pages of a B-tree.\n\n"
            "Testing\n\n"
            "100% branch coverage\n"
            "Fuzzing")
               .toStdString());
    CHECK(extractPageTitle(html) == page.title);
}

TEST_CASE("PageText: <main>, then <body>; the title from <title> without og:title", "[links]")
{
    const PageText withMain = extractPageText(QStringLiteral(
        "<html><head><title> A   &amp; B </title></head><body><nav>Menu</nav><main><h1>Head</h1><p>Body "
        "text</p></main><footer>Foot</footer></body></html>"));
    CHECK(withMain.title == QLatin1String("A & B"));
    CHECK(withMain.text == QLatin1String("Head\n\nBody text"));

    const PageText bodyOnly = extractPageText(QStringLiteral(
        "<title>T</title><body><header>Site</header><div>One<br>Two</div><aside>Ads</aside><p>Three "
        "<script>x()</script>four</p><form><p>Sign up</p></form></body>"));
    CHECK(bodyOnly.text == QLatin1String("One\nTwo\n\nThree four"));

    // Of several articles (an index page), the longest.
    const PageText index
        = extractPageText(QStringLiteral("<body><article><p>Short one</p></article><article><p>The much "
                                         "longer article text</p></article></body>"));
    CHECK(index.text == QLatin1String("The much longer article text"));

    // Nested dropped elements and an unclosed article.
    const PageText nested
        = extractPageText(QStringLiteral("<article><p>Kept</p><aside><aside>x</aside>y</aside><p>Also kept"));
    CHECK(nested.text == QLatin1String("Kept\n\nAlso kept"));

    CHECK(extractPageText(QString()).text.isEmpty());
    CHECK(extractPageTitle(QStringLiteral("<p>no title</p>")).isEmpty());
}

TEST_CASE("PageText: long pages are cut at a word", "[links]")
{
    QString html = QStringLiteral("<body><p>");
    for (int i = 0; i < 60000; ++i)
        html += QStringLiteral("word ");
    const PageText page = extractPageText(html);
    CHECK(page.text.size() <= PageTextMaxChars);
    CHECK(page.text.size() > PageTextMaxChars - 10);
    CHECK(page.text.endsWith(QLatin1String("word")));
}

TEST_CASE("PageText: decodes by the HTTP charset, then the page's own", "[links]")
{
    CHECK(decodePage("caf\xe9", "text/html; charset=ISO-8859-1") == QString::fromUtf8("café"));
    CHECK(decodePage("<meta charset=\"windows-1252\"><p>\x93q\x94", {}).endsWith(QString::fromUtf8("“q”")));
    CHECK(decodePage("caf\xc3\xa9", {}) == QString::fromUtf8("café"));
}

TEST_CASE("ReadingList: Markdown, newest first, escaped, with dates", "[links]")
{
    auto link = [](const char *url, const char *title, const char *note, qint64 savedMs) {
        Link l;
        l.url = QUrl(QString::fromUtf8(url));
        l.title = QString::fromUtf8(title);
        l.note = QString::fromUtf8(note);
        l.savedMs = savedMs;
        return l;
    };
    const qint64 day1 = QDateTime(QDate(2024, 3, 1), QTime(12, 0)).toMSecsSinceEpoch();
    const qint64 day2 = QDateTime(QDate(2024, 3, 2), QTime(12, 0)).toMSecsSinceEpoch();
    const QString md = markdownReadingList(QStringLiteral("rust"),
        { link("https://example.org/old", "Old [one]", "", day1),
            link("https://en.wikipedia.org/wiki/Rust_(programming_language)", "Rust *lang*",
                "Read this\nfirst_of_all", day2),
            link("https://example.org/untitled", "", "", 0) });
    CHECK(md.toStdString()
        == QString::fromUtf8(
            "# rust\n\n"
            "- [Rust \\*lang\\*](https://en.wikipedia.org/wiki/Rust_%28programming_language%29) — "
            "Read this first\\_of\\_all (2024-03-02)\n"
            "- [Old \\[one\\]](https://example.org/old) (2024-03-01)\n"
            "- [https://example.org/untitled](https://example.org/untitled)\n")
               .toStdString());
}
