#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace gilde {

/// What to fetch, with the validators of the last good answer.
struct HttpRequest {
    QUrl url;
    QByteArray etag;         ///< sent as If-None-Match
    QByteArray lastModified; ///< sent as If-Modified-Since
    QByteArray accept;       ///< Accept header; empty = */*
    qint64 maxBytes = 16 * 1024 * 1024; ///< larger bodies are cut off: TooLarge
    int timeoutMs = 30000;   ///< no progress for this long: Timeout
    bool preferCache = false; ///< images: answer from the disk cache when there, and keep what comes in it
};

/// The one typed verdict on a request. Every caller decides on `outcome`,
/// never on status codes of its own.
struct HttpResult {
    enum class Outcome {
        Ok,          ///< 2xx with a body
        NotModified, ///< 304
        Network,     ///< DNS, refused, reset, offline
        Timeout,
        Tls,         ///< certificate or handshake error; never ignored
        Http,        ///< other 4xx/5xx
        RateLimited, ///< 429 or 503 with Retry-After
        TooLarge,
    };
    Outcome outcome = Outcome::Network;
    int status = 0;
    QByteArray body;         ///< decompressed
    QByteArray contentType;
    QByteArray etag;
    QByteArray lastModified;
    QUrl finalUrl;           ///< after redirects
    QUrl permanentUrl;       ///< set when every redirect on the way was permanent (301/308)
    int retryAfterSecs = -1; ///< from Retry-After, -1 when absent
    QString errorText;       ///< translated, for the user

    bool isSuccess() const { return outcome == Outcome::Ok || outcome == Outcome::NotModified; }
    bool isTransient() const; ///< worth retrying later (network, timeout, 5xx, 429)
};

/// The program's one HTTP client, over one QNetworkAccessManager: redirects
/// followed here (so a permanent one can be reported), gzip, conditional GET,
/// transfer timeouts, a size cap, and a bound on connections per host and in all.
/// Lives on the thread that created it; callbacks run on that thread.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    using Callback = std::function<void(const HttpResult &)>;
    void get(const HttpRequest &request, Callback done);

    void setMaxConnectionsPerHost(int n) { m_maxPerHost = n; }
    void setMaxConnections(int n) { m_maxTotal = n; }
    void setUserAgent(const QByteArray &ua) { m_userAgent = ua; }
    /// Enables the disk cache used by preferCache requests (images seen once show offline).
    void setCacheDirectory(const QString &dir);
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    struct Pending;
    void pump();
    void start(Pending *p);
    void finish(Pending *p, HttpResult result);

    QNetworkAccessManager *m_nam;
    QQueue<Pending *> m_queue;
    QHash<QString, int> m_activePerHost;
    int m_active = 0;
    int m_maxPerHost = 6;
    int m_maxTotal = 48;
    QByteArray m_userAgent;
};

} // namespace gilde
