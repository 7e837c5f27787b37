// HTTP Link headers as Mastodon (paging of timelines) and others send them.
#include "net/LinkHeader.h"

#include <catch2/catch.hpp>

using namespace gilde;

TEST_CASE("Link header: Mastodon's next and prev pages", "[net][link]")
{
    const QByteArray header = "<https://mastodon.example/api/v1/timelines/home?max_id=109>; rel=\"next\", "
                              "<https://mastodon.example/api/v1/timelines/home?min_id=120>; rel=\"prev\"";
    const auto links = parseLinkHeader(header);
    REQUIRE(links.size() == 2);
    CHECK(links.value(QStringLiteral("next")).query() == QStringLiteral("max_id=109"));
    CHECK(links.value(QStringLiteral("prev")).query() == QStringLiteral("min_id=120"));
}

TEST_CASE("Link header: the forms RFC 8288 allows", "[net][link]")
{
    // Unquoted rel, a relation list, other parameters first, quoted commas and
    // semicolons, odd spacing and case, a relative target.
    const QByteArray header = "</page/2>;REL=next ,<https://a.example/last>; title=\"a, b; c\"; rel=\"last  Prev\","
                              "  <https://a.example/first>;rel=first;type=\"text/html\"";
    const auto links = parseLinkHeader(header, QUrl(QStringLiteral("https://a.example/page/1")));
    CHECK(links.value(QStringLiteral("next")) == QUrl(QStringLiteral("https://a.example/page/2")));
    CHECK(links.value(QStringLiteral("last")) == QUrl(QStringLiteral("https://a.example/last")));
    CHECK(links.value(QStringLiteral("prev")) == QUrl(QStringLiteral("https://a.example/last")));
    CHECK(links.value(QStringLiteral("first")) == QUrl(QStringLiteral("https://a.example/first")));
}

TEST_CASE("Link header: broken and hostile values", "[net][link]")
{
    CHECK(parseLinkHeader("").isEmpty());
    CHECK(parseLinkHeader("garbage; rel=next").isEmpty());
    CHECK(parseLinkHeader("<https://a.example/x").isEmpty()); // no rel
    CHECK(parseLinkHeader("<javascript:alert(1)>; rel=next").isEmpty());
    // A broken link does not take the good one after it along.
    const auto links = parseLinkHeader("<https://a.example/1>; rel=\"next\"; =; junk=, <https://a.example/2>; rel=prev");
    CHECK(links.value(QStringLiteral("next")) == QUrl(QStringLiteral("https://a.example/1")));
    CHECK(links.value(QStringLiteral("prev")) == QUrl(QStringLiteral("https://a.example/2")));
    // An unterminated quote runs to the end: what it swallowed is no relation.
    CHECK(parseLinkHeader("<https://a.example/1>; rel=\"next, <https://a.example/2>; rel=prev")
              .value(QStringLiteral("next"))
              .isEmpty());
    const auto second = parseLinkHeader("junk \"quoted, still junk\", <https://a.example/2>; rel=prev");
    CHECK(second.value(QStringLiteral("prev")) == QUrl(QStringLiteral("https://a.example/2")));
    // The first link of a relation wins.
    CHECK(parseLinkHeader("<https://a.example/1>; rel=next, <https://a.example/2>; rel=next")
              .value(QStringLiteral("next"))
          == QUrl(QStringLiteral("https://a.example/1")));
}
