#include "FaultProxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace gilde::test
{

namespace
{

/// True once `buffer` holds a whole request (headers, and a body as long as Content-Length).
bool requestComplete(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    qsizetype length = 0;
    for (const QByteArray &line : buffer.left(end).split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    return buffer.size() >= end + 4 + length;
}

} // namespace

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_targetPort(targetPort)
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    if (!m_server->listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FaultProxy::setMode(Mode mode, int count)
{
    m_passing = 0;
    m_mode = mode;
    m_modeCount = count;
    if (mode == Mode::Refuse && count < 0)
        m_server->close();
    else if (!m_server->isListening())
        m_server->listen(QHostAddress::LocalHost, m_port);
}

void FaultProxy::setModeAfter(int passing, Mode mode)
{
    setMode(mode);
    m_passing = passing;
}

FaultProxy::Mode FaultProxy::takeMode()
{
    if (m_passing > 0) {
        --m_passing;
        return Mode::Pass;
    }
    const Mode mode = m_mode;
    if (m_modeCount > 0 && --m_modeCount == 0)
        setMode(Mode::Pass);
    return mode;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        const Mode mode = takeMode();
        if (mode != Mode::Pass)
            ++m_faults;
        switch (mode) {
        case Mode::Pass:
            forward(client, 0);
            break;
        case Mode::Refuse: // counted refusals: the closest a listening socket gets
        case Mode::Close:
            client->abort();
            client->deleteLater();
            break;
        case Mode::Answer500:
            answer(client,
                "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n"
                "Connection: close\r\n\r\nbroken");
            break;
        case Mode::Answer429:
            answer(client,
                "HTTP/1.1 429 Too Many Requests\r\nRetry-After: " + QByteArray::number(m_retryAfterSecs)
                    + "\r\nContent-Type: application/json\r\nContent-Length: 17\r\nConnection: close\r\n\r\n"
                      "\"Slow down a bit\"");
            break;
        case Mode::Delay:
            forward(client, m_delayMs);
            break;
        }
    }
}

void FaultProxy::answer(QTcpSocket *client, const QByteArray &response)
{
    // Read the request first, as a server would, so the client sees an answer, not a reset.
    auto buffer = std::make_shared<QByteArray>();
    auto answered = std::make_shared<bool>(false);
    auto onRead = [client, buffer, answered, response] {
        if (!client->isOpen())
            return;
        *buffer += client->readAll();
        if (*answered || !requestComplete(*buffer))
            return;
        *answered = true;
        client->write(response);
        client->disconnectFromHost();
    };
    connect(client, &QTcpSocket::readyRead, client, onRead);
    if (client->bytesAvailable() > 0)
        onRead();
}

void FaultProxy::forward(QTcpSocket *client, int holdMs)
{
    auto *upstream = new QTcpSocket(client);
    QPointer<QTcpSocket> c(client);
    auto held = std::make_shared<QByteArray>();
    auto release = std::make_shared<bool>(holdMs <= 0);
    auto upstreamDone = std::make_shared<bool>(false);
    auto flush = [c, held, release, upstreamDone] {
        if (!c || !c->isOpen() || !*release)
            return;
        if (!held->isEmpty()) {
            c->write(*held);
            held->clear();
        }
        if (*upstreamDone)
            c->disconnectFromHost();
    };
    connect(client, &QTcpSocket::readyRead, upstream, [c, upstream] {
        if (c && c->isOpen() && upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(c->readAll());
    });
    connect(upstream, &QTcpSocket::connected, upstream, [c, upstream] {
        if (c && c->isOpen() && c->bytesAvailable() > 0)
            upstream->write(c->readAll());
    });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, held, flush] {
        *held += upstream->readAll();
        flush();
    });
    connect(upstream, &QTcpSocket::disconnected, upstream, [upstream, held, upstreamDone, flush] {
        if (upstream->isOpen())
            *held += upstream->readAll();
        *upstreamDone = true;
        flush();
    });
    connect(upstream, &QTcpSocket::errorOccurred, upstream,
        [upstreamDone, flush](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError)
                return; // the disconnected handler finishes
            *upstreamDone = true;
            flush();
        });
    if (holdMs > 0) {
        QTimer::singleShot(holdMs, upstream, [release, flush] {
            *release = true;
            flush();
        });
    }
    upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
}

} // namespace gilde::test
