#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QUrl>

#include <functional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace gilde
{

/// What to fetch, with the validators of the last good answer.
struct HttpRequest {
    QUrl url;
    QByteArray etag; ///< sent as If-None-Match
    QByteArray lastModified; ///< sent as If-Modified-Since
    QByteArray accept; ///< Accept header; empty = */*
    qint64 maxBytes = 16 * 1024 * 1024; ///< larger bodies are cut off: TooLarge
    int timeoutMs = 30000; ///< no progress for this long: Timeout
    int totalTimeoutMs
        = 120000; ///< the whole transfer, redirects included: a body that never ends is cut off (Timeout)
    bool preferCache = false; ///< images: answer from the disk cache when there, and keep what comes in it
    /// For APIs: "GET" unless set; another method sends `body`. A redirect with
    /// 307/308 repeats the method and body; 301/302/303 continue as a GET.
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< extra headers (Authorization, Content-Type)
};

/// The one typed verdict on a request. Every caller decides on `outcome`,
/// never on status codes of its own.
struct HttpResult {
    enum class Outcome {
        Ok, ///< 2xx with a body
        NotModified, ///< 304
        Network, ///< DNS, refused, reset, offline
        Timeout,
        Tls, ///< certificate or handshake error; never ignored
        Http, ///< other 4xx/5xx
        RateLimited, ///< 429 or 503 with Retry-After
        TooLarge,
    };
    Outcome outcome = Outcome::Network;
    int status = 0;
    QByteArray body; ///< decompressed
    QByteArray contentType;
    QByteArray etag;
    QByteArray lastModified;
    QByteArray link; ///< the Link header (RFC 8288) as sent: how paged APIs say where the next page is
    QUrl finalUrl; ///< after redirects
    /// Content-Location, resolved against finalUrl: where the server says the
    /// body really lives. Empty when absent or not a web address.
    QUrl contentLocation;
    QUrl permanentUrl; ///< set when every redirect on the way was permanent (301/308)
    int retryAfterSecs = -1; ///< from Retry-After, -1 when absent
    QString errorText; ///< translated, for the user
    QByteArray errorBody; ///< the body of a 4xx/5xx answer (APIs put their message there)

    bool isSuccess() const { return outcome == Outcome::Ok || outcome == Outcome::NotModified; }
    /// What relative addresses in the body resolve against, when the body says
    /// nothing itself (xml:base): Content-Location, else the address after redirects.
    QUrl documentUrl() const { return contentLocation.isEmpty() ? finalUrl : contentLocation; }
    bool isTransient() const; ///< worth retrying later (network, timeout, 5xx, 429)
};

/// The program's one HTTP client, over one QNetworkAccessManager: redirects
/// followed here (so a permanent one can be reported), gzip, conditional GET,
/// transfer timeouts, a size cap, and a bound on connections per host and in all.
/// Lives on the thread that created it; callbacks run on that thread, never
/// from inside get(). Requests wait in one FIFO queue until a connection slot
/// is free. Destroying the client aborts what is in flight and drops what is
/// queued: those callbacks are never called.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    using Callback = std::function<void(const HttpResult &)>;
    void get(const HttpRequest &request, Callback done);

    /// Politeness bound per host; applies to loopback hosts too once set. (QNAM
    /// itself opens at most 6 connections per host and port; more wait there.)
    void setMaxConnectionsPerHost(int n)
    {
        m_maxPerHost = n;
        m_maxPerLoopbackHost = n;
    }
    /// Bound for 127.0.0.0/8, ::1 and localhost; 0 (the default) = only the total bound.
    void setMaxConnectionsPerLoopbackHost(int n) { m_maxPerLoopbackHost = n; }
    void setMaxConnections(int n) { m_maxTotal = n; }
    void setUserAgent(const QByteArray &ua) { m_userAgent = ua; }
    /// Enables the disk cache used by preferCache requests (images seen once show offline).
    void setCacheDirectory(const QString &dir);
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    int activeCount() const { return m_active; }
    int queuedCount() const { return int(m_queue.size()); }
    /// "Gilde/<version>", sent unless setUserAgent says otherwise.
    static QByteArray defaultUserAgent();

private:
    struct Pending;
    void pump();
    void start(Pending *p);
    void finish(Pending *p, HttpResult result);
    void onFinished(Pending *p);
    void onProgress(Pending *p);
    void onTimer(Pending *p);
    void fail(Pending *p, HttpResult::Outcome outcome, const QString &text);
    void release(Pending *p);
    int limitForHost(const QString &host) const;

    QNetworkAccessManager *m_nam;
    QQueue<Pending *> m_queue;
    QSet<Pending *> m_running;
    QHash<QString, int> m_activePerHost;
    QHash<QString, int> m_queuedPerHost;
    int m_active = 0;
    int m_maxPerHost = 6;
    int m_maxPerLoopbackHost = 0;
    int m_maxTotal = 48;
    QByteArray m_userAgent;
};

} // namespace gilde
