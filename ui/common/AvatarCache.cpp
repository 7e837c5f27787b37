#include "AvatarCache.h"

#include "core/net/HttpClient.h"
#include "ui/common/ImageDecode.h"

#include <QPainter>
#include <QPainterPath>
#include <QPointer>

namespace gilde
{

namespace
{

constexpr qint64 MaxAvatarBytes = 256 * 1024;
constexpr qint64 RetryMs = 10 * 60 * 1000;

QPixmap round(const QImage &image, int px, qreal dpr)
{
    const QImage square = image.scaled(px, px, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    QPixmap out(px, px);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, px, px));
    p.setClipPath(circle);
    p.drawImage(QPoint((px - square.width()) / 2, (px - square.height()) / 2), square);
    p.end();
    out.setDevicePixelRatio(dpr);
    return out;
}

} // namespace

AvatarCache::AvatarCache(HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
    m_clock.start();
}

void AvatarCache::setSize(int logicalPx, qreal devicePixelRatio)
{
    if (logicalPx == m_size && qFuzzyCompare(devicePixelRatio, m_dpr))
        return;
    m_size = logicalPx;
    m_dpr = devicePixelRatio;
    m_avatars.clear();
    m_retryAt.clear();
}

QPixmap AvatarCache::avatar(const QString &url)
{
    const auto known = m_avatars.constFind(url);
    if (known != m_avatars.constEnd())
        return *known;
    if (m_networkEnabled && !m_inFlight.contains(url) && m_retryAt.value(url) <= m_clock.elapsed())
        fetch(url);
    return {};
}

QList<QPixmap> AvatarCache::known(const QStringList &urls)
{
    QList<QPixmap> out;
    for (const QString &url : urls) {
        if (const QPixmap a = avatar(url); !a.isNull())
            out << a;
    }
    return out;
}

void AvatarCache::fetch(const QString &url)
{
    const QUrl address(url);
    const QString scheme = address.scheme().toLower();
    if (scheme != u"https" && scheme != u"http") {
        m_avatars.insert(url, QPixmap());
        return;
    }
    if (m_avatars.size() >= MaxKept)
        m_avatars.clear(); // rows ask again for what they show
    m_inFlight.insert(url);
    HttpRequest request;
    request.url = address;
    request.preferCache = true;
    request.maxBytes = MaxAvatarBytes;
    request.timeoutMs = 15000;
    request.accept = "image/*";
    QPointer<AvatarCache> self(this);
    m_http.get(request, [self, url](const HttpResult &result) {
        if (!self)
            return;
        self->m_inFlight.remove(url);
        const int px = qRound(self->m_size * self->m_dpr);
        const QImage image = result.outcome == HttpResult::Outcome::Ok ? decodeImage(result.body, px) : QImage();
        if (image.isNull()) {
            // Offline or a timeout: asked again later; anything else is no avatar.
            if (result.isTransient())
                self->m_retryAt.insert(url, self->m_clock.elapsed() + RetryMs);
            else
                self->m_avatars.insert(url, QPixmap());
            return;
        }
        self->m_avatars.insert(url, round(image, px, self->m_dpr));
        Q_EMIT self->avatarReady(url);
    });
}

} // namespace gilde
