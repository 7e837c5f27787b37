#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QThread;

namespace gilde::test
{

/// One request as the server saw it.
struct TestRequest {
    QByteArray method;
    QByteArray path; ///< with the query, as sent
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

/// What the server answers on a route.
struct TestResponse {
    enum class Behaviour {
        Normal,
        Hang, ///< read the request, never answer (until the client gives up)
        CloseWithoutResponse, ///< read the request, close the connection
        TrickleForever, ///< send the headers, then one byte every trickleIntervalMs, never ending
    };
    enum class Encoding { Identity, Gzip, Deflate };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Encoding encoding = Encoding::Identity; ///< compresses body and sets Content-Encoding
    int delayMs = 0; ///< wait this long before answering
    Behaviour behaviour = Behaviour::Normal;
    int trickleIntervalMs = 20;
    /// Answer 304 when the request's If-None-Match equals this response's ETag
    /// header, or its If-Modified-Since equals the Last-Modified header.
    bool conditional = true;

    static TestResponse ok(const QByteArray &body, const QByteArray &contentType = "application/rss+xml");
    static TestResponse redirect(int status, const QByteArray &location);
    static TestResponse error(int status, const QByteArray &body = {});
    TestResponse &header(const QByteArray &name, const QByteArray &value);
};

/// A small scripted HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for
/// tests of anything that talks HTTP. It serves from its own thread, so a test
/// may block (QProcess::waitForFinished) while it answers. Every answer closes
/// the connection. Routes are exact paths (query included when given, else the
/// path without the query matches); unknown paths get 404. Requests are
/// recorded so tests can check what was sent (validators, User-Agent, ...).
class TestHttpServer
{
public:
    using Handler = std::function<TestResponse(const TestRequest &)>;

    TestHttpServer();
    ~TestHttpServer();
    TestHttpServer(const TestHttpServer &) = delete;
    TestHttpServer &operator=(const TestHttpServer &) = delete;

    /// Binds 127.0.0.1 on a free port; true on success.
    bool listen();
    quint16 port() const { return m_port; }
    QUrl url(const QString &path = QStringLiteral("/")) const;

    void route(const QByteArray &path, const TestResponse &response);
    /// The handler runs on the server's thread; it must not touch the test's objects unguarded.
    void route(const QByteArray &path, Handler handler);
    void removeRoute(const QByteArray &path);
    /// Answers what no route matches (paths with ids in them); unset: 404.
    void setFallback(Handler handler);

    QList<TestRequest> requests() const;
    QList<TestRequest> requests(const QByteArray &path) const;
    int requestCount(const QByteArray &path) const;
    /// The most requests that were open (received, not yet answered or closed) at once.
    int maxConcurrent() const;
    int openRequests() const;
    void clearRecords();

    // Called by the server's worker (on its thread).
    std::pair<bool, TestResponse> lookup(const TestRequest &request);
    void requestOpened();
    void requestClosed();

private:
    class Worker;
    mutable QMutex m_mutex;
    QHash<QByteArray, Handler> m_routes;
    Handler m_fallback;
    QList<TestRequest> m_requests;
    int m_open = 0;
    int m_maxOpen = 0;
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    Worker *m_worker = nullptr;
};

/// Gzip (RFC 1952) of `data`, for tests that serve or compare compressed bodies.
QByteArray gzipCompress(const QByteArray &data);

} // namespace gilde::test
