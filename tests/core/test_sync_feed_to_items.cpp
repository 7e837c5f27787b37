#include "sources/feeds/FeedToItems.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{

constexpr qint64 Now = 1'714'555'800'000; // 2024-05-01T09:30:00Z

FeedEntry entry(const QString &id, const QString &link, const QString &title, const QString &html)
{
    FeedEntry e;
    e.id = id;
    e.link = link;
    e.title = title;
    e.content = html;
    return e;
}

ParsedFeed feedOf(const QList<FeedEntry> &entries)
{
    ParsedFeed f;
    f.ok = true;
    f.entries = entries;
    return f;
}

} // namespace

TEST_CASE("remoteId is the entry id, else the link, else a content hash", "[sync]")
{
    const ParsedFeed feed = feedOf({
        entry(QStringLiteral("urn:1"), QStringLiteral("https://example.org/1"), QStringLiteral("One"), {}),
        entry({}, QStringLiteral("https://example.org/2"), QStringLiteral("Two"), {}),
        entry({}, {}, QStringLiteral("Three"), QStringLiteral("<p>three</p>")),
    });
    const QList<Item> items = itemsFromFeed(feed, 7, Now);
    REQUIRE(items.size() == 3);
    CHECK(items[0].remoteId == QLatin1String("urn:1"));
    CHECK(items[1].remoteId == QLatin1String("https://example.org/2"));
    CHECK(items[2].remoteId.startsWith(QLatin1String("sha1:")));
    CHECK(items[2].remoteId == contentRemoteId(QStringLiteral("Three"), QStringLiteral("<p>three</p>")));
    for (const Item &item : items)
        CHECK(item.sourceId == 7);
}

TEST_CASE("The content hash is stable across reordering and differs by content", "[sync]")
{
    const FeedEntry a = entry({}, {}, QStringLiteral("A"), QStringLiteral("<p>alpha</p>"));
    const FeedEntry b = entry({}, {}, QStringLiteral("B"), QStringLiteral("<p>beta</p>"));
    const QList<Item> first = itemsFromFeed(feedOf({ a, b }), 1, Now);
    const QList<Item> second = itemsFromFeed(feedOf({ b, a }), 1, Now);
    REQUIRE(first.size() == 2);
    REQUIRE(second.size() == 2);
    CHECK(first[0].remoteId == second[1].remoteId);
    CHECK(first[1].remoteId == second[0].remoteId);
    CHECK(first[0].remoteId != first[1].remoteId);
}

TEST_CASE("Entries repeating an id are kept once", "[sync]")
{
    const ParsedFeed feed = feedOf({
        entry(QStringLiteral("x"), {}, QStringLiteral("First"), {}),
        entry(QStringLiteral("x"), {}, QStringLiteral("Second"), {}),
    });
    const QList<Item> items = itemsFromFeed(feed, 1, Now);
    REQUIRE(items.size() == 1);
    CHECK(items[0].title == QLatin1String("First"));
}

TEST_CASE("html, text, title fallback, dates, media", "[sync]")
{
    FeedEntry e = entry(QStringLiteral("id"), QStringLiteral("https://example.org/a"), {}, {});
    e.summary = QStringLiteral("<p>A summary that is <b>long</b> enough to need cutting somewhere sensible, "
                               "because titles should stay on one line in a column.</p>");
    e.author = QStringLiteral("Ann");
    e.published = QDateTime(QDate(2024, 4, 30), QTime(8, 0), QTimeZone::utc());
    e.updated = QDateTime(QDate(2024, 4, 30), QTime(9, 0), QTimeZone::utc());
    e.enclosures = { { QStringLiteral("https://example.org/a.mp3"), QStringLiteral("audio/mpeg"), 1234 },
        { QStringLiteral("https://example.org/a.jpg"), QStringLiteral("image/jpeg"), -1 } };

    const QList<Item> items = itemsFromFeed(feedOf({ e }), 1, Now);
    REQUIRE(items.size() == 1);
    const Item &item = items[0];
    CHECK(item.html == e.summary); // no content: the summary
    CHECK(item.text.startsWith(QLatin1String("A summary that is long enough")));
    CHECK_FALSE(item.text.contains(QLatin1Char('<')));
    CHECK(item.title.startsWith(QLatin1String("A summary that is long")));
    CHECK(item.title.endsWith(QChar(0x2026)));
    CHECK(item.title.size() < 100);
    CHECK(item.author == QLatin1String("Ann"));
    CHECK(item.url == QLatin1String("https://example.org/a"));
    CHECK(item.publishedMs == e.published.toMSecsSinceEpoch());
    CHECK(item.updatedMs == e.updated.toMSecsSinceEpoch());
    CHECK(item.thumbnail == QLatin1String("https://example.org/a.jpg"));
    const QJsonArray media = QJsonDocument::fromJson(item.mediaJson.toUtf8()).array();
    REQUIRE(media.size() == 2);
    CHECK(media[0].toObject().value(QLatin1String("type")).toString() == QLatin1String("audio/mpeg"));
    CHECK(media[0].toObject().value(QLatin1String("length")).toInteger() == 1234);
    CHECK_FALSE(media[1].toObject().contains(QLatin1String("length")));
}

TEST_CASE("Content wins over summary; missing and future dates", "[sync]")
{
    FeedEntry undated = entry(QStringLiteral("u"), {}, QStringLiteral("T"), QStringLiteral("<p>full</p>"));
    undated.summary = QStringLiteral("<p>short</p>");
    FeedEntry future = entry(QStringLiteral("f"), {}, QStringLiteral("F"), {});
    future.published = QDateTime::fromMSecsSinceEpoch(Now + 86'400'000, QTimeZone::utc());

    const QList<Item> items = itemsFromFeed(feedOf({ undated, future }), 1, Now);
    REQUIRE(items.size() == 2);
    CHECK(items[0].html == QLatin1String("<p>full</p>"));
    CHECK(items[0].text == QLatin1String("full"));
    CHECK(items[0].publishedMs == 0);
    CHECK(items[0].mediaJson.isEmpty());
    CHECK(items[1].publishedMs == Now);
}
