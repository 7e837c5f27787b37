#include "sources/shaarli/ShaarliJson.h"

#include <catch2/catch.hpp>

using namespace gilde;

TEST_CASE("Shaarli JSON: links, one link, info and tags as the API v1 writes them", "[shaarli][shaarli-json]")
{
    const auto links
        = parseShaarliLinks(R"([{"id":1,"url":"https://a.example/x","title":"A","description":"d",
        "tags":["t1","","toread"],"private":true,"created":"2020-01-02T03:04:05+01:00","updated":""}])");
    REQUIRE(links);
    REQUIRE(links->size() == 1);
    const ShaarliLink &a = links->first();
    CHECK(a.id == 1);
    CHECK(a.url == QUrl(QStringLiteral("https://a.example/x")));
    CHECK(a.tags == QStringList { QStringLiteral("t1"), QStringLiteral("toread") });
    CHECK(a.isPrivate);
    CHECK(a.createdMs == QDateTime(QDate(2020, 1, 2), QTime(2, 4, 5), Qt::UTC).toMSecsSinceEpoch());
    CHECK(a.updatedMs == a.createdMs);

    const auto one = parseShaarliLink(R"({"id":42,"url":"https://b.example/","tags":[]})");
    REQUIRE(one);
    CHECK(one->id == 42);

    const auto info
        = parseShaarliInfo(R"({"global_counter":7,"settings":{"title":"Mine","timezone":"UTC"}})");
    REQUIRE(info);
    CHECK(info->linkCount == 7);
    CHECK(info->title == u"Mine");
    CHECK(info->timezone == u"UTC");

    const auto tags = parseShaarliTags(R"([{"name":"web","occurrences":3}])");
    REQUIRE(tags);
    CHECK(*tags == QList<TagCount> { { QStringLiteral("web"), 3 } });
}

TEST_CASE("Shaarli JSON: answers of another shape are told apart from empty ones", "[shaarli][shaarli-json]")
{
    CHECK(parseShaarliLinks("[]").value().isEmpty());
    CHECK_FALSE(parseShaarliLinks("<html>login</html>"));
    CHECK_FALSE(parseShaarliLinks(R"({"id":1})"));
    CHECK_FALSE(parseShaarliLink(R"({"url":"https://a.example/"})"));
    CHECK_FALSE(parseShaarliLink("[1"));
    CHECK_FALSE(parseShaarliInfo(R"({"settings":{}})"));
    CHECK_FALSE(parseShaarliTags(R"({"name":"x"})"));
}

TEST_CASE("Shaarli JSON: the message of an error body", "[shaarli][shaarli-json]")
{
    CHECK(shaarliServerMessage(R"( "Not authorized" )") == u"Not authorized");
    CHECK(shaarliServerMessage(R"({"message":"Invalid JWT issued time"})") == u"Invalid JWT issued time");
    CHECK(shaarliServerMessage("<html><body>500</body></html>").isEmpty());
    CHECK(shaarliServerMessage("").isEmpty());
    CHECK(shaarliServerMessage(R"("a"] , ["b")").isEmpty());
}
