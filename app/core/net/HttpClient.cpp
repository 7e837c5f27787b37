#include "HttpClient.h"

#include "RetryAfter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>
#include <climits>

Q_LOGGING_CATEGORY(lcNet, "gilde.net", QtWarningMsg)

namespace gilde
{

namespace
{

constexpr int MaxRedirects = 8;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/// A Content-Location header as an absolute web address (RFC 9110: relative
/// to the request's address); empty when absent or not http(s).
QUrl contentLocation(const QUrl &requestUrl, const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return {};
    const QUrl url = requestUrl.resolved(QUrl::fromEncoded(value));
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"http" || scheme == u"https") ? url : QUrl();
}

QString seconds(int ms)
{
    return QString::number(qMax(1, (ms + 500) / 1000));
}

template <typename P> void armTimer(P *p)
{
    // One timer for both limits: whichever comes first, idle or total.
    const qint64 left = qint64(p->request.totalTimeoutMs) - p->clock.elapsed();
    p->timer.start(int(std::clamp<qint64>(std::min<qint64>(p->request.timeoutMs, left), 0, INT_MAX)));
}

} // namespace

bool HttpResult::isTransient() const
{
    switch (outcome) {
    case Outcome::Network:
    case Outcome::Timeout:
    case Outcome::RateLimited:
        return true;
    case Outcome::Http:
        return status >= 500 || status == 408;
    case Outcome::Ok:
    case Outcome::NotModified:
    case Outcome::Tls:
    case Outcome::TooLarge:
        return false;
    }
    return false;
}

struct HttpClient::Pending {
    HttpRequest request;
    Callback done;
    QUrl url; ///< the current hop
    QString host;
    int hops = 0;
    bool allPermanent = true;
    QSet<QUrl> visited;
    QNetworkReply *reply = nullptr;
    QTimer timer;
    QElapsedTimer clock; ///< since the first hop started: the total cap
    QByteArray body;
    QStringList tlsErrors;

    void setUrl(const QUrl &u)
    {
        url = u;
        host = u.host().toLower();
    }
};

QByteArray HttpClient::defaultUserAgent()
{
    return QByteArrayLiteral("Gilde/" GILDE_VERSION);
}

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_userAgent(defaultUserAgent())
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setStrictTransportSecurityEnabled(true);
}

HttpClient::~HttpClient()
{
    // No callbacks from here on: whoever gave them may be half destroyed already.
    for (Pending *p : std::as_const(m_running)) {
        if (p->reply) {
            p->reply->disconnect(this);
            p->reply->abort();
            delete p->reply;
        }
        delete p;
    }
    m_running.clear();
    qDeleteAll(m_queue);
    m_queue.clear();
}

void HttpClient::setCacheDirectory(const QString &dir)
{
    QDir().mkpath(dir);
    auto *cache = new QNetworkDiskCache(m_nam);
    cache->setCacheDirectory(dir);
    cache->setMaximumCacheSize(128LL * 1024 * 1024);
    m_nam->setCache(cache);
    m_nam->enableStrictTransportSecurityStore(true, dir + QStringLiteral("/hsts"));
}

void HttpClient::get(const HttpRequest &request, Callback done)
{
    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || request.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        HttpResult r;
        r.outcome = HttpResult::Outcome::Network;
        r.finalUrl = request.url;
        r.errorText = tr("Not a web address: %1").arg(request.url.toDisplayString());
        // Queued so that the callback never runs inside get(); dropped if we are destroyed first.
        QMetaObject::invokeMethod(
            this, [done = std::move(done), r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    auto *p = new Pending;
    p->request = request;
    p->done = std::move(done);
    p->setUrl(request.url);
    p->visited.insert(request.url);
    p->timer.setSingleShot(true);
    connect(&p->timer, &QTimer::timeout, this, [this, p] { onTimer(p); });
    m_queue.enqueue(p);
    ++m_queuedPerHost[p->host];
    pump();
}

int HttpClient::limitForHost(const QString &host) const
{
    if (isLoopbackHost(host))
        return m_maxPerLoopbackHost > 0 ? m_maxPerLoopbackHost : m_maxTotal;
    return qMax(1, m_maxPerHost);
}

void HttpClient::pump()
{
    if (m_queue.isEmpty() || m_active >= m_maxTotal)
        return;
    // Only hosts with a free slot can start anything; with none, skip the scan
    // (many queued requests for one busy host would otherwise make this quadratic).
    QSet<QString> open;
    for (auto it = m_queuedPerHost.cbegin(); it != m_queuedPerHost.cend(); ++it) {
        if (m_activePerHost.value(it.key()) < limitForHost(it.key()))
            open.insert(it.key());
    }
    qsizetype i = 0;
    while (i < m_queue.size() && !open.isEmpty() && m_active < m_maxTotal) {
        Pending *p = m_queue.at(i);
        if (!open.contains(p->host)) {
            ++i;
            continue;
        }
        int &n = m_activePerHost[p->host];
        if (n >= limitForHost(p->host)) {
            open.remove(p->host);
            ++i;
            continue;
        }
        ++n;
        ++m_active;
        m_queue.removeAt(i);
        if (--m_queuedPerHost[p->host] <= 0)
            m_queuedPerHost.remove(p->host);
        start(p);
    }
}

void HttpClient::start(Pending *p)
{
    m_running.insert(p);
    if (!p->clock.isValid())
        p->clock.start();
    p->body.clear();

    QNetworkRequest req(p->url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    req.setRawHeader("Accept", p->request.accept.isEmpty() ? QByteArrayLiteral("*/*") : p->request.accept);
    if (!p->request.etag.isEmpty())
        req.setRawHeader("If-None-Match", p->request.etag);
    if (!p->request.lastModified.isEmpty())
        req.setRawHeader("If-Modified-Since", p->request.lastModified);
    if (p->request.preferCache) {
        req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
        req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, true);
    } else {
        // Feeds carry their own validators; a cached copy would hide what changed.
        req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    }
    for (const auto &[name, value] : std::as_const(p->request.headers))
        req.setRawHeader(name, value);
    // Accept-Encoding is left to QNAM: it then asks for gzip/deflate and decompresses itself.

    QNetworkReply *reply = p->request.method == "GET"
        ? m_nam->get(req)
        : m_nam->sendCustomRequest(req, p->request.method, p->request.body);
    p->reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, p] { onProgress(p); });
    connect(reply, &QNetworkReply::readyRead, this, [this, p] { onProgress(p); });
    connect(reply, &QNetworkReply::finished, this, [this, p] { onFinished(p); });
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, [p](const QList<QSslError> &errors) {
        // Recorded for the message only: ignoreSslErrors() is never called.
        for (const QSslError &e : errors)
            p->tlsErrors << e.errorString();
    });
#endif
    armTimer(p);
}

void HttpClient::onProgress(Pending *p)
{
    QNetworkReply *reply = p->reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > p->request.maxBytes) {
            fail(p, HttpResult::Outcome::TooLarge,
                tr("The answer from %1 is too large (%2 MB, the limit is %3 MB)")
                    .arg(p->host)
                    .arg(length.toLongLong() / (1024 * 1024))
                    .arg(p->request.maxBytes / (1024 * 1024)));
            return;
        }
    }
    // The reply keeps the data (decompressed) until finished: one copy at the
    // end instead of a growing buffer here.
    if (reply->bytesAvailable() > p->request.maxBytes) {
        fail(p, HttpResult::Outcome::TooLarge,
            tr("The answer from %1 is too large (over %2 MB)")
                .arg(p->host)
                .arg(p->request.maxBytes / (1024 * 1024)));
        return;
    }
    armTimer(p);
}

void HttpClient::onTimer(Pending *p)
{
    if (p->clock.elapsed() >= p->request.totalTimeoutMs) {
        fail(p, HttpResult::Outcome::Timeout,
            tr("%1 took too long to answer (more than %2 s)")
                .arg(p->host, seconds(p->request.totalTimeoutMs)));
    } else {
        fail(p, HttpResult::Outcome::Timeout,
            tr("%1 stopped answering (nothing for %2 s)").arg(p->host, seconds(p->request.timeoutMs)));
    }
}

void HttpClient::release(Pending *p)
{
    m_running.remove(p);
    --m_active;
    auto it = m_activePerHost.find(p->host);
    if (it != m_activePerHost.end() && --*it <= 0)
        m_activePerHost.erase(it);
}

void HttpClient::fail(Pending *p, HttpResult::Outcome outcome, const QString &text)
{
    p->timer.stop();
    if (QNetworkReply *reply = p->reply) {
        p->reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    release(p);
    HttpResult r;
    r.outcome = outcome;
    r.errorText = text;
    finish(p, std::move(r));
}

void HttpClient::onFinished(Pending *p)
{
    p->timer.stop();
    QNetworkReply *reply = p->reply;
    p->reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    p->body = reply->readAll();
    release(p);

    using O = HttpResult::Outcome;
    HttpResult r;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QNetworkReply::NetworkError error = reply->error();
    r.status = status;

    if (isRedirect(status) && reply->hasRawHeader("Location")) {
        const QUrl target = p->url.resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
        const QString scheme = target.scheme();
        QString problem;
        O outcome = O::Http;
        if (!target.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            problem = tr("%1 redirected to an address that is not a web address").arg(p->host);
        } else if (p->url.scheme() == QLatin1String("https") && scheme == QLatin1String("http")) {
            outcome = O::Tls;
            problem = tr("%1 redirected from a secure address to an insecure one (%2); not followed")
                          .arg(p->host, target.toDisplayString());
        } else if (p->visited.contains(target)) {
            problem = tr("%1 redirects in a loop").arg(p->host);
        } else if (p->hops >= MaxRedirects) {
            problem = tr("%1 redirected too many times (more than %2)").arg(p->host).arg(MaxRedirects);
        }
        if (!problem.isEmpty()) {
            p->allPermanent = false; // a chain that goes nowhere moves nothing
            r.outcome = outcome;
            r.errorText = problem;
            finish(p, std::move(r));
            return;
        }
        ++p->hops;
        if (status != 301 && status != 308)
            p->allPermanent = false;
        if (status != 307 && status != 308 && p->request.method != "GET") {
            p->request.method = QByteArrayLiteral("GET");
            p->request.body.clear();
        }
        m_queuedPerHost[target.host().toLower()] += 1;
        p->setUrl(target);
        p->visited.insert(target);
        // The next hop goes first: it is the same request, already admitted once.
        m_queue.prepend(p);
        pump();
        return;
    }

    r.contentType = reply->rawHeader("Content-Type");
    r.contentLocation = contentLocation(p->url, reply->rawHeader("Content-Location"));
    r.etag = reply->rawHeader("ETag");
    r.lastModified = reply->rawHeader("Last-Modified");
    r.link = reply->rawHeader("Link");
    const QByteArray reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();

    if (status == 304) {
        r.outcome = O::NotModified;
        // A 304 may omit validators; the ones we sent still hold.
        if (r.etag.isEmpty())
            r.etag = p->request.etag;
        if (r.lastModified.isEmpty())
            r.lastModified = p->request.lastModified;
    } else if (status >= 200 && status < 300 && error == QNetworkReply::NoError) {
        r.outcome = O::Ok;
        r.body = std::move(p->body);
    } else if (status == 429 || (status == 503 && reply->hasRawHeader("Retry-After"))) {
        r.outcome = O::RateLimited;
        r.errorBody = p->body.left(64 * 1024);
        r.retryAfterSecs = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        r.errorText = r.retryAfterSecs >= 0
            ? tr("%1 asks to wait %2 s before the next request").arg(p->host).arg(r.retryAfterSecs)
            : tr("%1 asks to wait before the next request").arg(p->host);
    } else if (status >= 300) {
        r.outcome = O::Http;
        r.errorBody = p->body.left(64 * 1024);
        r.errorText = tr("The server answered %1 %2").arg(status).arg(QString::fromLatin1(reason)).trimmed();
    } else {
        r.outcome = O::Network;
        switch (error) {
        case QNetworkReply::HostNotFoundError:
            r.errorText = tr("Could not find the server %1 (DNS)").arg(p->host);
            break;
        case QNetworkReply::ConnectionRefusedError:
            r.errorText = tr("The server %1 refused the connection").arg(p->host);
            break;
        case QNetworkReply::RemoteHostClosedError:
            r.errorText = tr("The server %1 closed the connection unexpectedly").arg(p->host);
            break;
        case QNetworkReply::TimeoutError:
            r.outcome = O::Timeout;
            r.errorText = tr("%1 did not answer in time").arg(p->host);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            r.outcome = O::Tls;
            r.errorText = tr("Could not make a secure connection to %1: %2")
                              .arg(p->host,
                                  p->tlsErrors.isEmpty() ? reply->errorString()
                                                         : p->tlsErrors.join(QLatin1String("; ")));
            break;
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::UnknownNetworkError:
            r.errorText = tr("No network connection (%1)").arg(reply->errorString());
            break;
        default:
            if (status >= 200 && status < 300)
                r.errorText = tr("The answer from %1 was cut off: %2").arg(p->host, reply->errorString());
            else
                r.errorText = tr("Could not reach %1: %2").arg(p->host, reply->errorString());
            break;
        }
    }
    finish(p, std::move(r));
}

void HttpClient::finish(Pending *p, HttpResult result)
{
    result.finalUrl = p->url;
    if (p->hops > 0 && p->allPermanent)
        result.permanentUrl = p->url;
    if (!result.isSuccess())
        qCDebug(lcNet) << p->request.url << result.errorText;
    Callback done = std::move(p->done);
    delete p;
    // Start the next requests before the callback, which may even destroy us.
    pump();
    done(result);
}

} // namespace gilde
