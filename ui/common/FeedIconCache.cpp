#include "FeedIconCache.h"

#include "core/net/HttpClient.h"
#include "ui/common/ImageDecode.h"
#include "ui/common/SourceCache.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcIcons, "gilde.ui.icons", QtInfoMsg)

namespace gilde
{

namespace
{
constexpr qint64 MaxIconBytes = 512 * 1024;
constexpr qint64 RetryMs = 10 * 60 * 1000;

QUrl faviconOf(const QUrl &site)
{
    if (!site.isValid() || site.host().isEmpty())
        return {};
    QUrl u;
    u.setScheme(site.scheme());
    u.setHost(site.host());
    u.setPort(site.port());
    u.setPath(QStringLiteral("/favicon.ico"));
    return u;
}

} // namespace

FeedIconCache::FeedIconCache(HttpClient &http, SourceCache &sources, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_sources(sources)
{
    m_clock.start();
    connect(&sources, &SourceCache::sourceChanged, this, &FeedIconCache::sourceUpdated);
    connect(&sources, &SourceCache::changed, this, [this] {
        const QList<qint64> ids = m_keyOf.keys();
        for (qint64 id : ids)
            sourceUpdated(id);
    });
}

void FeedIconCache::sourceUpdated(qint64 sourceId)
{
    auto it = m_keyOf.constFind(sourceId);
    if (it == m_keyOf.constEnd())
        return;
    const QList<QUrl> candidates = candidatesFor(sourceId);
    const QString key = candidates.isEmpty() ? QString() : candidates.first().toString();
    if (key == it.value())
        return;
    m_keyOf.remove(sourceId);
    m_asked.remove(sourceId);
    m_icons.remove(sourceId);
}

void FeedIconCache::setIconSize(int logicalPx, qreal devicePixelRatio)
{
    if (logicalPx == m_size && qFuzzyCompare(devicePixelRatio, m_dpr))
        return;
    m_size = logicalPx;
    m_dpr = devicePixelRatio;
    m_icons.clear();
    m_asked.clear();
    m_byKey.clear();
    m_retryAt.clear();
}

QPixmap FeedIconCache::icon(qint64 sourceId)
{
    auto it = m_icons.constFind(sourceId);
    if (it != m_icons.constEnd())
        return it.value();
    if (!m_networkEnabled || m_asked.contains(sourceId))
        return {};
    auto keyIt = m_keyOf.constFind(sourceId);
    if (keyIt == m_keyOf.constEnd()) {
        const QList<QUrl> candidates = candidatesFor(sourceId);
        keyIt = m_keyOf.insert(sourceId, candidates.isEmpty() ? QString() : candidates.first().toString());
    }
    const QString key = keyIt.value();
    if (key.isEmpty()) {
        m_asked.insert(sourceId);
        return {};
    }
    auto known = m_byKey.constFind(key);
    if (known != m_byKey.constEnd()) {
        m_asked.insert(sourceId);
        if (!known->isNull())
            m_icons.insert(sourceId, *known);
        return *known;
    }
    if (m_retryAt.value(key) > m_clock.elapsed())
        return {};
    m_asked.insert(sourceId);
    const bool inFlight = m_waiting.contains(key);
    m_waiting[key] << sourceId;
    if (!inFlight)
        fetch(key, candidatesFor(sourceId), false);
    return {};
}

QList<QUrl> FeedIconCache::candidatesFor(qint64 sourceId) const
{
    QList<QUrl> out;
    const Source *s = m_sources.source(sourceId);
    if (!s)
        return out;
    if (s->iconUrl.isValid() && !s->iconUrl.isEmpty())
        out << s->iconUrl;
    const QUrl site = faviconOf(s->siteUrl);
    if (site.isValid() && !out.contains(site))
        out << site;
    const QUrl feedHost = faviconOf(s->url);
    if (feedHost.isValid() && !out.contains(feedHost))
        out << feedHost;
    return out;
}

void FeedIconCache::fetch(const QString &key, const QList<QUrl> &candidates, bool sawTransient)
{
    if (candidates.isEmpty()) {
        resolved(key, QPixmap(), sawTransient);
        return;
    }
    HttpRequest request;
    request.url = candidates.first();
    request.preferCache = true;
    request.maxBytes = MaxIconBytes;
    request.timeoutMs = 15000;
    request.accept = "image/*";
    const QList<QUrl> rest = candidates.mid(1);
    QPointer<FeedIconCache> self(this);
    m_http.get(request, [self, key, rest, sawTransient](const HttpResult &result) {
        if (!self)
            return;
        const int px = qRound(self->m_size * self->m_dpr);
        QImage image;
        if (result.outcome == HttpResult::Outcome::Ok)
            image = decodeImage(result.body, px);
        if (image.isNull()) {
            qCDebug(lcIcons) << "no icon at" << key << result.errorText;
            self->fetch(key, rest, sawTransient || result.isTransient());
            return;
        }
        QPixmap pixmap
            = QPixmap::fromImage(image.scaled(px, px, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(self->m_dpr);
        self->resolved(key, pixmap, false);
    });
}

void FeedIconCache::resolved(const QString &key, const QPixmap &pixmap, bool transient)
{
    const QList<qint64> waiting = m_waiting.take(key);
    if (pixmap.isNull() && transient) {
        // Offline or a timeout: ask again later, when rows are painted again.
        m_retryAt.insert(key, m_clock.elapsed() + RetryMs);
        for (qint64 sourceId : waiting)
            m_asked.remove(sourceId);
        return;
    }
    m_byKey.insert(key, pixmap);
    if (pixmap.isNull())
        return;
    for (qint64 sourceId : waiting) {
        m_icons.insert(sourceId, pixmap);
        Q_EMIT iconReady(sourceId);
    }
}

} // namespace gilde
