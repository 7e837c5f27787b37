#include "TestHttpServer.h"
#include "TestSupport.h"
#include "net/HttpClient.h"
#include "net/RetryAfter.h"

#include <QHostAddress>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimeZone>

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

HttpRequest req(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toTimeZone(QTimeZone::utc()), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'")
        .toLatin1();
}

} // namespace

TEST_CASE("200 then 304 with ETag round-trip", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/feed", TestResponse::ok("<rss/>").header("ETag", "\"v1\""));
    HttpClient client;

    const HttpResult first = fetch(client, req(server.url(QStringLiteral("/feed"))));
    CHECK(first.outcome == HttpResult::Outcome::Ok);
    CHECK(first.status == 200);
    CHECK(first.body == "<rss/>");
    CHECK(first.etag == "\"v1\"");
    CHECK(first.contentType == "application/rss+xml");
    CHECK(first.isSuccess());

    HttpRequest again = req(server.url(QStringLiteral("/feed")));
    again.etag = first.etag;
    const HttpResult second = fetch(client, again);
    CHECK(second.outcome == HttpResult::Outcome::NotModified);
    CHECK(second.body.isEmpty());
    CHECK(second.etag == "\"v1\"");
    CHECK(second.isSuccess());

    const auto sent = server.requests("/feed");
    REQUIRE(sent.size() == 2);
    CHECK(sent[0].header("If-None-Match").isEmpty());
    CHECK(sent[1].header("If-None-Match") == "\"v1\"");
    CHECK(sent[0].header("User-Agent").startsWith("Gilde/"));
}

TEST_CASE("Last-Modified round-trip gives 304", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    const QByteArray stamp = "Wed, 01 May 2024 09:30:00 GMT";
    server.route("/feed", TestResponse::ok("<feed/>").header("Last-Modified", stamp));
    HttpClient client;

    const HttpResult first = fetch(client, req(server.url(QStringLiteral("/feed"))));
    REQUIRE(first.outcome == HttpResult::Outcome::Ok);
    CHECK(first.lastModified == stamp);

    HttpRequest again = req(server.url(QStringLiteral("/feed")));
    again.lastModified = first.lastModified;
    const HttpResult second = fetch(client, again);
    CHECK(second.outcome == HttpResult::Outcome::NotModified);
    CHECK(second.lastModified == stamp);
    CHECK(server.requests("/feed").value(1).header("If-Modified-Since") == stamp);
}

TEST_CASE("gzip and deflate bodies come out decompressed", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    QByteArray big;
    for (int i = 0; i < 2000; ++i)
        big += "<item><title>Item " + QByteArray::number(i) + "</title></item>\n";
    TestResponse gz = TestResponse::ok(big);
    gz.encoding = TestResponse::Encoding::Gzip;
    server.route("/gz", gz);
    TestResponse deflate = TestResponse::ok(big);
    deflate.encoding = TestResponse::Encoding::Deflate;
    server.route("/deflate", deflate);
    HttpClient client;

    const HttpResult a = fetch(client, req(server.url(QStringLiteral("/gz"))));
    CHECK(a.outcome == HttpResult::Outcome::Ok);
    CHECK(a.body == big);
    CHECK(server.requests("/gz").value(0).header("Accept-Encoding").contains("gzip"));

    const HttpResult b = fetch(client, req(server.url(QStringLiteral("/deflate"))));
    CHECK(b.outcome == HttpResult::Outcome::Ok);
    CHECK(b.body == big);
}

TEST_CASE("Permanent redirect chains report permanentUrl, temporary ones do not", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/feed", TestResponse::ok("<rss/>"));
    server.route("/a", TestResponse::redirect(301, "/b"));
    server.route("/b", TestResponse::redirect(308, server.url(QStringLiteral("/feed")).toEncoded()));
    server.route("/c", TestResponse::redirect(302, "/d"));
    server.route("/d", TestResponse::redirect(301, "/feed"));
    HttpClient client;

    const HttpResult permanent = fetch(client, req(server.url(QStringLiteral("/a"))));
    CHECK(permanent.outcome == HttpResult::Outcome::Ok);
    CHECK(permanent.body == "<rss/>");
    CHECK(permanent.finalUrl == server.url(QStringLiteral("/feed")));
    CHECK(permanent.permanentUrl == server.url(QStringLiteral("/feed")));

    const HttpResult temporary = fetch(client, req(server.url(QStringLiteral("/c"))));
    CHECK(temporary.outcome == HttpResult::Outcome::Ok);
    CHECK(temporary.finalUrl == server.url(QStringLiteral("/feed")));
    CHECK(temporary.permanentUrl.isEmpty());

    const HttpResult direct = fetch(client, req(server.url(QStringLiteral("/feed"))));
    CHECK(direct.permanentUrl.isEmpty());
}

TEST_CASE("Redirect loops and long chains stop with an error", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/l1", TestResponse::redirect(302, "/l2"));
    server.route("/l2", TestResponse::redirect(302, "/l1"));
    for (int i = 0; i < 12; ++i)
        server.route(
            "/r" + QByteArray::number(i), TestResponse::redirect(301, "/r" + QByteArray::number(i + 1)));
    HttpClient client;

    const HttpResult loop = fetch(client, req(server.url(QStringLiteral("/l1"))));
    CHECK(loop.outcome == HttpResult::Outcome::Http);
    CHECK_FALSE(loop.errorText.isEmpty());
    CHECK(server.requests().size() == 2);

    server.clearRecords();
    const HttpResult chain = fetch(client, req(server.url(QStringLiteral("/r0"))));
    CHECK(chain.outcome == HttpResult::Outcome::Http);
    CHECK(chain.errorText.contains(QLatin1String("too many")));
    CHECK(chain.permanentUrl.isEmpty());
    CHECK(server.requests().size() == 9); // the request and 8 hops
}

TEST_CASE("Server errors map to Http with the status in the text", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/boom", TestResponse::error(500));
    server.route("/gone", TestResponse::error(410));
    HttpClient client;

    const HttpResult boom = fetch(client, req(server.url(QStringLiteral("/boom"))));
    CHECK(boom.outcome == HttpResult::Outcome::Http);
    CHECK(boom.status == 500);
    CHECK(boom.errorText == QLatin1String("The server answered 500 Internal Server Error"));
    CHECK(boom.isTransient());

    const HttpResult missing = fetch(client, req(server.url(QStringLiteral("/missing"))));
    CHECK(missing.outcome == HttpResult::Outcome::Http);
    CHECK(missing.status == 404);
    CHECK(missing.errorText.contains(QLatin1String("404")));
    CHECK_FALSE(missing.isTransient());

    const HttpResult gone = fetch(client, req(server.url(QStringLiteral("/gone"))));
    CHECK(gone.status == 410);
    CHECK_FALSE(gone.isSuccess());
}

TEST_CASE("429 and 503 with Retry-After are RateLimited", "[http]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/seconds", TestResponse::error(429).header("Retry-After", "120"));
    server.route("/date",
        TestResponse::error(503).header(
            "Retry-After", httpDate(QDateTime::currentDateTimeUtc().addSecs(3600))));
    server.route("/plain503", TestResponse::error(503));
    server.route("/bare429", TestResponse::error(429));
    HttpClient client;

    const HttpResult seconds = fetch(client, req(server.url(QStringLiteral("/seconds"))));
    CHECK(seconds.outcome == HttpResult::Outcome::RateLimited);
    CHECK(seconds.retryAfterSecs == 120);
    CHECK(seconds.isTransient());

    const HttpResult date = fetch(client, req(server.url(QStringLiteral("/date"))));
    CHECK(date.outcome == HttpResult::Outcome::RateLimited);
    CHECK(date.retryAfterSecs > 3500);
    CHECK(date.retryAfterSecs <= 3600);

    const HttpResult plain = fetch(client, req(server.url(QStringLiteral("/plain503"))));
    CHECK(plain.outcome == HttpResult::Outcome::Http);
    CHECK(plain.retryAfterSecs == -1);

    const HttpResult bare = fetch(client, req(server.url(QStringLiteral("/bare429"))));
    CHECK(bare.outcome == HttpResult::Outcome::RateLimited);
    CHECK(bare.retryAfterSecs == -1);
}

TEST_CASE("Retry-After values parse as seconds or HTTP dates", "[http]")
{
    const QDateTime now(QDate(2024, 5, 1), QTime(9, 30), QTimeZone::utc());
    CHECK(parseRetryAfter("120", now) == 120);
    CHECK(parseRetryAfter(" 0 ", now) == 0);
    CHECK(parseRetryAfter("Wed, 01 May 2024 09:31:00 GMT", now) == 60);
    CHECK(parseRetryAfter("Wednesday, 01-May-24 10:30:00 GMT", now) == 3600);
    CHECK(parseRetryAfter("Wed May  1 09:30:30 2024", now) == 30);
    CHECK(parseRetryAfter("Tue, 30 Apr 2024 09:30:00 GMT", now) == 0); // past
    CHECK(parseRetryAfter("soon", now) == -1);
    CHECK(parseRetryAfter("", now) == -1);
    CHECK(parseRetryAfter("-5", now) == -1);
}

TEST_CASE("Connection refused is a Network error with a clear text", "[http]")
{
    quint16 port = 0;
    {
        TestHttpServer probe; // take a free port, then let it go
        REQUIRE(probe.listen());
        port = probe.port();
    }
    HttpClient client;
    const HttpResult r = fetch(client, req(QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(port))));
    CHECK(r.outcome == HttpResult::Outcome::Network);
    CHECK(r.errorText.contains(QLatin1String("refused")));
    CHECK(r.isTransient());
}

TEST_CASE("Addresses that are not http(s) fail without a request", "[http]")
{
    HttpClient client;
    bool calledInside = true;
    std::optional<HttpResult> out;
    client.get(req(QUrl(QStringLiteral("ftp://127.0.0.1/feed"))), [&](const HttpResult &r) { out = r; });
    calledInside = out.has_value();
    CHECK_FALSE(calledInside);
    REQUIRE(waitUntil([&] { return out.has_value(); }));
    CHECK(out->outcome == HttpResult::Outcome::Network);
    CHECK_FALSE(out->errorText.isEmpty());
}

TEST_CASE("A failed TLS handshake is a Tls error", "[http]")
{
    // A server that answers anything but TLS: the handshake cannot succeed.
    QTcpServer plain;
    REQUIRE(plain.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&plain, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *s = plain.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            });
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    HttpClient client;
    HttpRequest r = req(QUrl(QStringLiteral("https://127.0.0.1:%1/feed").arg(plain.serverPort())));
    r.timeoutMs = 5000;
    const HttpResult result = fetch(client, r);
    CHECK(result.outcome == HttpResult::Outcome::Tls);
    CHECK_FALSE(result.errorText.isEmpty());
    CHECK_FALSE(result.isTransient());
}

TEST_CASE("preferCache answers from the disk cache; feeds bypass it", "[http]")
{
    QTemporaryDir cacheDir;
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/img.png", TestResponse::ok("PNGDATA", "image/png").header("Cache-Control", "max-age=60"));
    server.route("/feed", TestResponse::ok("<rss/>").header("Cache-Control", "max-age=60"));
    HttpClient client;
    client.setCacheDirectory(cacheDir.path());

    HttpRequest image = req(server.url(QStringLiteral("/img.png")));
    image.preferCache = true;
    CHECK(fetch(client, image).body == "PNGDATA");
    server.route("/img.png", TestResponse::error(500)); // as good as offline
    const HttpResult cached = fetch(client, image);
    CHECK(cached.outcome == HttpResult::Outcome::Ok);
    CHECK(cached.body == "PNGDATA");
    CHECK(server.requestCount("/img.png") == 1);

    const HttpRequest feed = req(server.url(QStringLiteral("/feed")));
    CHECK(fetch(client, feed).outcome == HttpResult::Outcome::Ok);
    CHECK(fetch(client, feed).outcome == HttpResult::Outcome::Ok);
    CHECK(server.requestCount("/feed") == 2);
}
