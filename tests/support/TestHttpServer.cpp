#include "TestHttpServer.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <array>

namespace gilde::test
{

namespace
{

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    }
    return "Status";
}

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLittleEndian(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

// HTTP "deflate" is a zlib stream: qCompress minus its 4-byte length prefix.
QByteArray zlibCompress(const QByteArray &data)
{
    return qCompress(data, 9).mid(4);
}

} // namespace

QByteArray gzipCompress(const QByteArray &data)
{
    const QByteArray zlib = zlibCompress(data);
    // A zlib stream is a 2-byte header, raw deflate data and a 4-byte Adler-32.
    const QByteArray raw = zlib.mid(2, zlib.size() - 6);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += raw;
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, quint32(data.size()));
    return out;
}

TestResponse TestResponse::ok(const QByteArray &body, const QByteArray &contentType)
{
    TestResponse r;
    r.body = body;
    r.header("Content-Type", contentType);
    return r;
}

TestResponse TestResponse::redirect(int status, const QByteArray &location)
{
    TestResponse r;
    r.status = status;
    r.header("Location", location);
    return r;
}

TestResponse TestResponse::error(int status, const QByteArray &body)
{
    TestResponse r;
    r.status = status;
    r.body = body.isEmpty() ? reasonPhrase(status) : body;
    r.header("Content-Type", "text/plain");
    return r;
}

TestResponse &TestResponse::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

// Lives on the server thread: accepts connections, parses requests, answers.
class TestHttpServer::Worker : public QObject
{
public:
    explicit Worker(TestHttpServer *owner)
        : m_owner(owner)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection())
                accept(s);
        });
        return m_server->serverPort();
    }

    void shutdown()
    {
        const auto sockets = m_conns.keys();
        for (QTcpSocket *s : sockets) {
            s->disconnect(this);
            s->abort();
            delete s;
        }
        m_conns.clear();
        delete m_server;
        m_server = nullptr;
    }

private:
    struct Conn {
        QByteArray buffer;
        bool requestOpen = false;
        QTimer *trickle = nullptr;
    };

    void accept(QTcpSocket *s)
    {
        m_conns.insert(s, Conn {});
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] { onClosed(s); });
    }

    void onClosed(QTcpSocket *s)
    {
        auto it = m_conns.find(s);
        if (it == m_conns.end())
            return;
        if (it->requestOpen)
            m_owner->requestClosed();
        m_conns.erase(it);
        s->deleteLater();
    }

    void onRead(QTcpSocket *s)
    {
        auto it = m_conns.find(s);
        if (it == m_conns.end())
            return;
        it->buffer += s->readAll();
        if (it->requestOpen)
            return; // one request per connection
        const qsizetype end = it->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        TestRequest req;
        const QList<QByteArray> lines = it->buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        req.method = requestLine.value(0);
        req.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.insert(
                    lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = req.header("content-length").toLongLong();
        if (it->buffer.size() < end + 4 + length)
            return;
        req.body = it->buffer.mid(end + 4, length);
        it->requestOpen = true;
        m_owner->requestOpened();

        const auto [found, response] = m_owner->lookup(req);
        const TestResponse r = found ? response : TestResponse::error(404);
        if (r.delayMs > 0) {
            QPointer<QTcpSocket> guard(s);
            QTimer::singleShot(r.delayMs, this, [this, guard, req, r] {
                if (guard)
                    answer(guard, req, r);
            });
        } else {
            answer(s, req, r);
        }
    }

    static bool notModified(const TestRequest &req, const TestResponse &r)
    {
        if (!r.conditional || r.status != 200)
            return false;
        const QByteArray inm = req.header("if-none-match");
        const QByteArray ims = req.header("if-modified-since");
        for (const auto &[name, value] : r.headers) {
            if (!inm.isEmpty() && name.compare("etag", Qt::CaseInsensitive) == 0 && value == inm)
                return true;
            if (inm.isEmpty() && !ims.isEmpty() && name.compare("last-modified", Qt::CaseInsensitive) == 0
                && value == ims)
                return true;
        }
        return false;
    }

    void answer(QTcpSocket *s, const TestRequest &req, const TestResponse &r)
    {
        using B = TestResponse::Behaviour;
        if (r.behaviour == B::Hang)
            return;
        if (r.behaviour == B::CloseWithoutResponse) {
            s->disconnectFromHost();
            return;
        }
        const bool is304 = notModified(req, r);
        const int status = is304 ? 304 : r.status;
        QByteArray body = is304 ? QByteArray() : r.body;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        for (const auto &[name, value] : r.headers)
            head += name + ": " + value + "\r\n";
        if (!is304 && r.encoding == TestResponse::Encoding::Gzip) {
            body = gzipCompress(body);
            head += "Content-Encoding: gzip\r\n";
        } else if (!is304 && r.encoding == TestResponse::Encoding::Deflate) {
            body = zlibCompress(body);
            head += "Content-Encoding: deflate\r\n";
        }
        head += "Connection: close\r\n";
        if (r.behaviour == B::TrickleForever) {
            s->write(head + "\r\n");
            auto *timer = new QTimer(s);
            connect(timer, &QTimer::timeout, s, [s] { s->write("x"); });
            timer->start(r.trickleIntervalMs);
            return;
        }
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        s->write(head);
        if (req.method != "HEAD")
            s->write(body);
        s->disconnectFromHost();
    }

    TestHttpServer *m_owner;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Conn> m_conns;
};

TestHttpServer::TestHttpServer() = default;

TestHttpServer::~TestHttpServer()
{
    if (!m_thread)
        return;
    Worker *w = m_worker;
    QMetaObject::invokeMethod(
        w,
        [w] {
            w->shutdown();
            delete w;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool TestHttpServer::listen()
{
    if (m_thread)
        return m_port != 0;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("TestHttpServer"));
    m_worker = new Worker(this);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    quint16 port = 0;
    Worker *w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, &port] { port = w->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
    return m_port != 0;
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void TestHttpServer::route(const QByteArray &path, const TestResponse &response)
{
    route(path, [response](const TestRequest &) { return response; });
}

void TestHttpServer::route(const QByteArray &path, Handler handler)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, std::move(handler));
}

void TestHttpServer::setFallback(Handler handler)
{
    QMutexLocker lock(&m_mutex);
    m_fallback = std::move(handler);
}

void TestHttpServer::removeRoute(const QByteArray &path)
{
    QMutexLocker lock(&m_mutex);
    m_routes.remove(path);
}

QList<TestRequest> TestHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QList<TestRequest> TestHttpServer::requests(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    QList<TestRequest> out;
    for (const TestRequest &r : m_requests) {
        if (r.path == path)
            out.append(r);
    }
    return out;
}

int TestHttpServer::requestCount(const QByteArray &path) const
{
    return int(requests(path).size());
}

int TestHttpServer::maxConcurrent() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxOpen;
}

int TestHttpServer::openRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

void TestHttpServer::clearRecords()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
    m_maxOpen = m_open;
}

std::pair<bool, TestResponse> TestHttpServer::lookup(const TestRequest &request)
{
    Handler handler;
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        auto it = m_routes.constFind(request.path);
        if (it == m_routes.constEnd()) {
            const qsizetype q = request.path.indexOf('?');
            if (q >= 0)
                it = m_routes.constFind(request.path.left(q));
        }
        if (it == m_routes.constEnd() && !m_fallback)
            return { false, {} };
        handler = it == m_routes.constEnd() ? m_fallback : *it;
    }
    return { true, handler(request) };
}

void TestHttpServer::requestOpened()
{
    QMutexLocker lock(&m_mutex);
    ++m_open;
    m_maxOpen = std::max(m_maxOpen, m_open);
}

void TestHttpServer::requestClosed()
{
    QMutexLocker lock(&m_mutex);
    --m_open;
}

} // namespace gilde::test
