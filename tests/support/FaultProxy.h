#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace gilde::test
{

/// A TCP proxy on 127.0.0.1 in front of a local server, that makes the
/// network fail on request: refuse connections, close them, answer 500 or 429
/// itself, or hold the server's answer back. Each connection carries one
/// request (the servers used behind it close after answering). Lives on the
/// test's thread: the test must run the event loop (waitUntil) while a client
/// talks through it.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Pass, ///< forward both ways
        Refuse, ///< stop listening: connections are refused
        Close, ///< accept, then close without a word
        Answer500, ///< answer 500 without asking the server
        Answer429, ///< answer 429 with Retry-After: retryAfterSecs
        Delay, ///< forward the request at once, hold the answer delayMs
    };

    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_port; }
    QUrl url() const;

    /// The next `count` connections get `mode` (-1: all from now on), then Pass.
    void setMode(Mode mode, int count = -1);
    /// The next `passing` connections pass, then every one gets `mode`: a
    /// fault part way through a run of requests, wherever the test's loop is
    /// (not Refuse, which stops listening at once).
    void setModeAfter(int passing, Mode mode);
    void setRetryAfter(int secs) { m_retryAfterSecs = secs; }
    void setDelay(int ms) { m_delayMs = ms; }

    int connections() const { return m_connections; } ///< accepted so far
    int faults() const { return m_faults; } ///< connections that got a fault

private:
    void onNewConnection();
    void answer(QTcpSocket *client, const QByteArray &response);
    void forward(QTcpSocket *client, int holdMs);
    Mode takeMode();

    QTcpServer *m_server;
    quint16 m_targetPort;
    quint16 m_port = 0;
    Mode m_mode = Mode::Pass;
    int m_modeCount = -1;
    int m_passing = 0; ///< connections still passed before m_mode applies
    int m_retryAfterSecs = 2;
    int m_delayMs = 1000;
    int m_connections = 0;
    int m_faults = 0;
};

} // namespace gilde::test
