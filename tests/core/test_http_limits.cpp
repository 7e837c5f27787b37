#include "TestHttpServer.h"
#include "TestSupport.h"
#include "net/HttpClient.h"

#include <catch2/catch.hpp>
#include <optional>

using namespace gilde;
using namespace gilde::test;

namespace
{

HttpResult fetch(HttpClient &client, const HttpRequest &request, int waitMs = 10000)
{
    std::optional<HttpResult> out;
    client.get(request, [&](const HttpResult &r) { out = r; });
    REQUIRE(waitUntil([&] { return out.has_value(); }, waitMs));
    return *out;
}

} // namespace

TEST_CASE("A server that never answers times out", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    TestResponse hang;
    hang.behaviour = TestResponse::Behaviour::Hang;
    server.route("/hang", hang);
    HttpClient client;

    HttpRequest r;
    r.url = server.url(QStringLiteral("/hang"));
    r.timeoutMs = 300;
    const HttpResult result = fetch(client, r);
    CHECK(result.outcome == HttpResult::Outcome::Timeout);
    CHECK_FALSE(result.errorText.isEmpty());
    CHECK(result.isTransient());
}

TEST_CASE("A body that trickles forever is cut off by the size cap", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    TestResponse trickle = TestResponse::ok({});
    trickle.behaviour = TestResponse::Behaviour::TrickleForever;
    trickle.trickleIntervalMs = 2;
    server.route("/trickle", trickle);
    HttpClient client;

    HttpRequest r;
    r.url = server.url(QStringLiteral("/trickle"));
    r.maxBytes = 100;
    const HttpResult result = fetch(client, r);
    CHECK(result.outcome == HttpResult::Outcome::TooLarge);
    CHECK(result.body.isEmpty());
}

TEST_CASE("A body that trickles forever is cut off by the total time cap", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    TestResponse trickle = TestResponse::ok({});
    trickle.behaviour = TestResponse::Behaviour::TrickleForever;
    trickle.trickleIntervalMs = 20;
    server.route("/trickle", trickle);
    HttpClient client;

    HttpRequest r;
    r.url = server.url(QStringLiteral("/trickle"));
    r.timeoutMs = 2000; // never reached: a byte comes every 20 ms
    r.totalTimeoutMs = 400;
    const HttpResult result = fetch(client, r);
    CHECK(result.outcome == HttpResult::Outcome::Timeout);
    CHECK(result.errorText.contains(QLatin1String("too long")));
}

TEST_CASE("A Content-Length over the cap is refused", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/big", TestResponse::ok(QByteArray(64 * 1024, 'a')));
    server.route("/small", TestResponse::ok(QByteArray(512, 'a')));
    HttpClient client;

    HttpRequest r;
    r.url = server.url(QStringLiteral("/big"));
    r.maxBytes = 1024;
    const HttpResult big = fetch(client, r);
    CHECK(big.outcome == HttpResult::Outcome::TooLarge);
    CHECK_FALSE(big.isTransient());

    r.url = server.url(QStringLiteral("/small"));
    const HttpResult small = fetch(client, r);
    CHECK(small.outcome == HttpResult::Outcome::Ok);
    CHECK(small.body.size() == 512);
}

TEST_CASE("Connections per host and in total stay within their bounds", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    TestResponse slow = TestResponse::ok("<rss/>");
    slow.delayMs = 150;
    server.route("/slow", slow);

    SECTION("per host")
    {
        HttpClient client;
        client.setMaxConnectionsPerHost(2);
        int done = 0;
        for (int i = 0; i < 8; ++i) {
            HttpRequest r;
            r.url = server.url(QStringLiteral("/slow?n=%1").arg(i));
            client.get(r, [&](const HttpResult &res) { done += res.outcome == HttpResult::Outcome::Ok; });
        }
        CHECK(client.activeCount() == 2);
        CHECK(client.queuedCount() == 6);
        REQUIRE(waitUntil([&] { return done == 8; }, 20000));
        CHECK(server.maxConcurrent() == 2);
        CHECK(client.activeCount() == 0);
    }
    SECTION("in total")
    {
        HttpClient client;
        client.setMaxConnections(3);
        int done = 0;
        for (int i = 0; i < 9; ++i) {
            HttpRequest r;
            r.url = server.url(QStringLiteral("/slow?n=%1").arg(i));
            client.get(r, [&](const HttpResult &res) { done += res.outcome == HttpResult::Outcome::Ok; });
        }
        REQUIRE(waitUntil([&] { return done == 9; }, 20000));
        CHECK(server.maxConcurrent() == 3);
    }
    SECTION("queue order is first in, first out")
    {
        HttpClient client;
        client.setMaxConnections(1);
        QList<int> order;
        for (int i = 0; i < 4; ++i) {
            HttpRequest r;
            r.url = server.url(QStringLiteral("/slow?n=%1").arg(i));
            client.get(r, [&order, i](const HttpResult &) { order << i; });
        }
        REQUIRE(waitUntil([&] { return order.size() == 4; }, 20000));
        CHECK(order == QList<int> { 0, 1, 2, 3 });
    }
}

TEST_CASE("Destroying the client with requests in flight calls nothing and does not crash", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    TestResponse hang;
    hang.behaviour = TestResponse::Behaviour::Hang;
    server.route("/hang", hang);

    int callbacks = 0;
    auto *client = new HttpClient;
    client->setMaxConnections(3);
    for (int i = 0; i < 6; ++i) {
        HttpRequest r;
        r.url = server.url(QStringLiteral("/hang?n=%1").arg(i));
        client->get(r, [&callbacks](const HttpResult &) { ++callbacks; });
    }
    REQUIRE(waitUntil([&] { return server.openRequests() == 3; }));
    delete client;
    // Let any stray queued event run: none may reach a callback.
    waitUntil([] { return false; }, 200);
    CHECK(callbacks == 0);
    CHECK(waitUntil([&] { return server.openRequests() == 0; }));
}

TEST_CASE("A callback may start the next request", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/feed", TestResponse::ok("<rss/>"));
    HttpClient client;
    client.setMaxConnections(1);
    int done = 0;
    std::function<void(const HttpResult &)> next = [&](const HttpResult &r) {
        if (r.outcome == HttpResult::Outcome::Ok && ++done < 3) {
            HttpRequest again;
            again.url = server.url(QStringLiteral("/feed"));
            client.get(again, next);
        }
    };
    HttpRequest first;
    first.url = server.url(QStringLiteral("/feed"));
    client.get(first, next);
    REQUIRE(waitUntil([&] { return done == 3; }));
    CHECK(server.requestCount("/feed") == 3);
}
