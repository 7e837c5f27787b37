// Runs gofeed's test corpus (mmcdole/gofeed, read in place from GILDE_CORPORA)
// through parseFeed and compares the result with gofeed's expected output on
// the fields where our model and gofeed's agree.
//
// Which pairs: testdata/translator/{rss,atom,json} and testdata/extensions/*
// (expected: gofeed's universal model, gofeed.Feed) and testdata/parser/json
// (expected: gofeed's json.Feed model), plus the 12 detection cases of
// universal_expectations.json. testdata/parser/{rss,atom} are in
// test_feed_gofeed_parsers.cpp.
//
// Field mapping, gofeed -> ours (an absent key in gofeed's JSON is its zero value):
//   feedType + feedVersion  -> format ("rss"+"2.0" -> rss2.0, "0.9x" -> rss0.9x,
//                              "1.0" -> rss1.0, atom "1.0"/"0.3", json "1.0"/"1.1")
//   title, link, language   -> title, link, language
//   description             -> description, only when gofeed's is plain text
//   updatedParsed / publishedParsed (feed) -> updated (see dates below)
//   image.url               -> iconUrl
//   items[].title           -> title
//   items[].link            -> link
//   items[].guid            -> id
//   items[].author.name (or .email when no name) -> author
//   items[].description     -> summary, items[].content -> content: compared as
//                              plain text (htmlToPlainText of both), because gofeed
//                              keeps HTML raw and we sanitize it
//   items[].categories      -> categories (as sets: order carries no meaning)
//   items[].enclosures      -> enclosures (as sets of url, type, length)
//   items[].image.url       -> thumbnail
//   items[].publishedParsed / updatedParsed -> published / updated
//
// Deliberate differences, excluded by rule (never counted as a pass on their own):
//   - Text: gofeed keeps titles raw; ours are plain text, so gofeed's value goes
//     through the same plain-text conversion before comparing.
//   - Dates: gofeed copies one of published/updated into the other when only
//     one is given; we report what the feed said. Where ours is null and gofeed's
//     equals its other date, our other date is compared instead. A date gofeed
//     could not parse (raw string, no *Parsed value) is not compared.
//   - Links: gofeed takes an item's last <link>, we take the first; ours must be
//     one of gofeed's `links` when it lists several.
//   - Feed author, copyright, generator, feed categories, feedLink: not in our model.
//   - Feed image taken from an <img> in the channel description: that is not an
//     icon, we do not take it. An Atom feed with both <icon> and <logo>: our
//     iconUrl is the icon (the small square image), gofeed prefers the logo.
//   - Feed links: gofeed takes the last of several channel <link>s, we the first;
//     ours must be one of gofeed's `links`.
//   - Feed dates: our model has one (updated): compared with gofeed's updated,
//     else its published.
//   - JSON Feed: gofeed invents a feed date from the newest item; we do not.
//   - An item without a guid: we take its dc:identifier as the id, gofeed does not.
//   - An item's `links`, extensions, dcExt, itunesExt, custom: not in our model.
#include "TestSupport.h"
#include "sources/feeds/FeedParser.h"
#include "test_feed_gofeed.h"
#include "text/HtmlSanitizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <catch2/catch.hpp>
#include <iostream>

using namespace gilde;
using namespace gilde::gofeedtest;

namespace
{

Comparison compareUniversal(const QByteArray &input, const ParsedFeed &ours, const QJsonObject &exp)
{
    Comparison c;
    c.check(QStringLiteral("ok"), ours.ok ? QStringLiteral("true") : ours.error, QStringLiteral("true"));
    c.check(QStringLiteral("format"), ours.format, formatOf(exp));
    c.check(QStringLiteral("title"), ours.title, plain(exp.value(QLatin1StringView("title")).toString()));
    const QStringList feedLinks = toStringList(exp.value(QLatin1StringView("links")).toArray());
    if (!(feedLinks.size() > 1 && feedLinks.contains(ours.link)))
        c.check(QStringLiteral("link"), ours.link, exp.value(QLatin1StringView("link")).toString());
    c.check(QStringLiteral("language"), ours.language, exp.value(QLatin1StringView("language")).toString());
    const QString description = exp.value(QLatin1StringView("description")).toString();
    if (!description.contains(u'<') && !description.contains(u'&'))
        c.check(QStringLiteral("description"), ours.description, description.trimmed());
    const bool json = exp.value(QLatin1StringView("feedType")).toString() == u"json";
    if (!json) {
        // One feed date in our model: the last update, else the publication date.
        const bool hasUpdated = exp.contains(QLatin1StringView("updated"));
        const QString key = hasUpdated ? QStringLiteral("updated") : QStringLiteral("published");
        const QDateTime expected = goTime(exp.value(key + QStringLiteral("Parsed")));
        if (!(exp.contains(key) && !expected.isValid()))
            c.checkDate(QStringLiteral("feed.updated"), ours.updated, expected);
    }
    const QString image
        = exp.value(QLatin1StringView("image")).toObject().value(QLatin1StringView("url")).toString();
    const bool atomIconAndLogo = input.contains("<icon>") && input.contains("<logo>");
    if ((image.isEmpty() || !description.contains(image)) && !atomIconAndLogo)
        c.check(QStringLiteral("icon"), ours.iconUrl, image);

    const QJsonArray items = exp.value(QLatin1StringView("items")).toArray();
    c.check(QStringLiteral("entries"), QString::number(ours.entries.size()), QString::number(items.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(items.size(), ours.entries.size()); ++i) {
        const QJsonObject item = items[i].toObject();
        const FeedEntry &e = ours.entries[i];
        const QString at = QStringLiteral("item[%1].").arg(i);
        c.check(
            at + QStringLiteral("title"), e.title, plain(item.value(QLatin1StringView("title")).toString()));
        const QStringList links = toStringList(item.value(QLatin1StringView("links")).toArray());
        if (!(links.size() > 1 && links.contains(e.link)))
            c.check(at + QStringLiteral("link"), e.link, item.value(QLatin1StringView("link")).toString());
        const QString dcIdentifier = item.value(QLatin1StringView("dcExt"))
                                         .toObject()
                                         .value(QLatin1StringView("identifier"))
                                         .toArray()
                                         .at(0)
                                         .toString();
        const QString guid = item.value(QLatin1StringView("guid")).toString();
        if (!(guid.isEmpty() && !dcIdentifier.isEmpty() && e.id == dcIdentifier))
            c.check(at + QStringLiteral("id"), e.id, guid);
        c.check(at + QStringLiteral("author"), e.author, authorNames(item));
        c.check(at + QStringLiteral("summary"), plain(e.summary),
            plain(item.value(QLatin1StringView("description")).toString()));
        c.check(at + QStringLiteral("content"), plain(e.content),
            plain(item.value(QLatin1StringView("content")).toString()));
        c.check(at + QStringLiteral("categories"), sorted(e.categories).join(u'|'),
            sorted(toStringList(item.value(QLatin1StringView("categories")).toArray())).join(u'|'));
        c.check(at + QStringLiteral("enclosures"), enclosureKeys(e.enclosures).join(u'|'),
            expectedEnclosureKeys(item.value(QLatin1StringView("enclosures")).toArray()).join(u'|'));
        c.check(at + QStringLiteral("thumbnail"), e.thumbnail,
            item.value(QLatin1StringView("image")).toObject().value(QLatin1StringView("url")).toString());
        compareDates(c, at.chopped(1), item, e.published, e.updated);
    }
    return c;
}

/// Compares against gofeed's JSON Feed model (json.Feed): raw JSON Feed keys.
Comparison compareJsonFeed(const QByteArray &, const ParsedFeed &ours, const QJsonObject &exp)
{
    Comparison c;
    c.check(QStringLiteral("ok"), ours.ok ? QStringLiteral("true") : ours.error, QStringLiteral("true"));
    const QString version = exp.value(QLatin1StringView("version")).toString();
    c.check(QStringLiteral("format"), ours.format,
        version.endsWith(u"1.1") ? QStringLiteral("json1.1") : QStringLiteral("json1.0"));
    c.check(QStringLiteral("title"), ours.title, exp.value(QLatin1StringView("title")).toString());
    c.check(QStringLiteral("link"), ours.link, exp.value(QLatin1StringView("home_page_url")).toString());
    c.check(QStringLiteral("description"), ours.description,
        exp.value(QLatin1StringView("description")).toString());
    c.check(QStringLiteral("language"), ours.language, exp.value(QLatin1StringView("language")).toString());
    c.check(QStringLiteral("icon"), ours.iconUrl, exp.value(QLatin1StringView("icon")).toString());
    const QJsonArray items = exp.value(QLatin1StringView("items")).toArray();
    c.check(QStringLiteral("entries"), QString::number(ours.entries.size()), QString::number(items.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(items.size(), ours.entries.size()); ++i) {
        const QJsonObject item = items[i].toObject();
        const FeedEntry &e = ours.entries[i];
        const QString at = QStringLiteral("item[%1].").arg(i);
        c.check(at + QStringLiteral("id"), e.id, item.value(QLatin1StringView("id")).toString());
        c.check(at + QStringLiteral("link"), e.link, item.value(QLatin1StringView("url")).toString());
        c.check(at + QStringLiteral("title"), e.title, item.value(QLatin1StringView("title")).toString());
        QString content = item.value(QLatin1StringView("content_html")).toString();
        if (content.isEmpty())
            content = item.value(QLatin1StringView("content_text")).toString().toHtmlEscaped();
        c.check(at + QStringLiteral("content"), plain(e.content), plain(content));
        c.check(at + QStringLiteral("summary"), plain(e.summary),
            plain(item.value(QLatin1StringView("summary")).toString()));
        c.check(
            at + QStringLiteral("thumbnail"), e.thumbnail, item.value(QLatin1StringView("image")).toString());
        c.checkDate(at + QStringLiteral("published"), e.published,
            goTime(item.value(QLatin1StringView("date_published"))));
        c.checkDate(at + QStringLiteral("updated"), e.updated,
            goTime(item.value(QLatin1StringView("date_modified"))));
        QStringList authors;
        for (const QJsonValue &a : item.value(QLatin1StringView("authors")).toArray())
            authors.append(personName(a));
        if (authors.isEmpty())
            authors.append(personName(item.value(QLatin1StringView("author"))));
        c.check(at + QStringLiteral("author"), e.author, authors.join(QLatin1StringView(", ")));
        c.check(at + QStringLiteral("categories"), e.categories.join(u'|'),
            toStringList(item.value(QLatin1StringView("tags")).toArray()).join(u'|'));
        QStringList attachments;
        for (const QJsonValue &v : item.value(QLatin1StringView("attachments")).toArray()) {
            const QJsonObject a = v.toObject();
            attachments.append(QStringLiteral("%1 %2 %3")
                                   .arg(a.value(QLatin1StringView("url")).toString(),
                                       a.value(QLatin1StringView("mime_type")).toString())
                                   .arg(qint64(a.value(QLatin1StringView("size_in_bytes")).toDouble(-1))));
        }
        c.check(at + QStringLiteral("enclosures"), enclosureKeys(e.enclosures).join(u'|'),
            sorted(attachments).join(u'|'));
    }
    return c;
}

} // namespace

TEST_CASE("gofeed corpus: translator and JSON parser pairs agree with gofeed", "[gofeed]")
{
    REQUIRE(QFileInfo::exists(kCorpus + QStringLiteral("/SUMMARY.md")));
    const QList<FolderScore> scores = {
        runFolder(QStringLiteral("translator/rss"), QStringLiteral(".xml"), QStringLiteral(".json"),
            compareUniversal),
        runFolder(QStringLiteral("translator/atom"), QStringLiteral(".xml"), QStringLiteral(".json"),
            compareUniversal),
        runFolder(QStringLiteral("translator/json"), QStringLiteral(".json"),
            QStringLiteral("_expected.json"), compareUniversal),
        runFolder(QStringLiteral("parser/json"), QStringLiteral(".json"), QStringLiteral("_expected.json"),
            compareJsonFeed),
        runFolder(QStringLiteral("extensions/dublincore"), QStringLiteral(".xml"), QStringLiteral(".json"),
            compareUniversal),
        runFolder(QStringLiteral("extensions/itunes"), QStringLiteral(".xml"), QStringLiteral(".json"),
            compareUniversal),
        runFolder(QStringLiteral("extensions/media"), QStringLiteral(".xml"), QStringLiteral(".json"),
            compareUniversal),
    };
    int pairs = 0;
    int passed = 0;
    for (const FolderScore &s : scores) {
        std::cout << "gofeed " << qPrintable(s.name) << ": " << s.passed << '/' << s.pairs << " pairs agree ("
                  << (s.pairs ? 100 * s.passed / s.pairs : 0) << "%)\n";
        pairs += s.pairs;
        passed += s.passed;
        CHECK(s.pairs > 0);
    }
    std::cout << "gofeed total: " << passed << '/' << pairs << " (" << (pairs ? 100 * passed / pairs : 0)
              << "%)\n";
    CHECK(pairs == 55 + 39 + 3 + 3 + 3 + 1 + 2);
    CHECK(passed * 100 >= pairs * 98);
}

TEST_CASE("gofeed corpus: universal detection cases", "[gofeed]")
{
    const QJsonObject expectations = readJson(kCorpus + QStringLiteral("/universal_expectations.json"));
    const QJsonArray cases = expectations.value(QLatin1StringView("cases")).toArray();
    REQUIRE(cases.size() == 12);
    for (const QJsonValue &v : cases) {
        const QJsonObject expected = v.toObject();
        const QString file = expected.value(QLatin1StringView("file")).toString();
        INFO(file.toStdString());
        const ParsedFeed feed
            = parseFeed(readBytes(kCorpus + QStringLiteral("/testdata/parser/universal/") + file));
        const bool hasError = expected.value(QLatin1StringView("hasError")).toBool();
        CHECK(feed.ok == !hasError);
        if (hasError) {
            CHECK_FALSE(feed.error.isEmpty());
            continue;
        }
        const QString type = expected.value(QLatin1StringView("feedType")).toString();
        CHECK(feed.format.startsWith(type));
        CHECK(feed.title == expected.value(QLatin1StringView("feedTitle")).toString());
    }
}
