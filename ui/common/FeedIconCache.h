#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>

namespace gilde
{

class HttpClient;
class SourceCache;

/// Favicons of sources, fetched lazily the first time a row asks for one
/// (through HttpClient with preferCache, so they show offline once seen),
/// decoded once, scaled and kept in memory. Until an icon arrives, or when
/// a site has none, icon() returns a null pixmap and the caller draws a
/// letter tile. Never blocks.
class FeedIconCache : public QObject
{
    Q_OBJECT
public:
    FeedIconCache(HttpClient &http, SourceCache &sources, QObject *parent = nullptr);

    /// Logical size of the icons handed out, device pixels follow `dpr`.
    void setIconSize(int logicalPx, qreal devicePixelRatio);
    /// The icon if known; otherwise null, and a fetch is started (once).
    QPixmap icon(qint64 sourceId);
    /// No fetches at all (tests, benchmarks): icon() stays null.
    void setNetworkEnabled(bool enabled) { m_networkEnabled = enabled; }

Q_SIGNALS:
    void iconReady(qint64 sourceId);

private:
    /// A source's icon address may have changed (a refresh learned its site): ask again.
    void sourceUpdated(qint64 sourceId);
    void fetch(const QString &key, const QList<QUrl> &candidates, bool sawTransient);
    /// A null pixmap after a transient failure (offline) is retried later.
    void resolved(const QString &key, const QPixmap &pixmap, bool transient);
    QList<QUrl> candidatesFor(qint64 sourceId) const;

    HttpClient &m_http;
    SourceCache &m_sources;
    QHash<qint64, QPixmap> m_icons;
    QSet<qint64> m_asked;
    /// Sources waiting for the icon fetched under a key (the first candidate
    /// URL): many feeds of one site share one favicon and one request.
    QHash<QString, QList<qint64>> m_waiting;
    QHash<QString, QPixmap> m_byKey;
    QHash<qint64, QString> m_keyOf;
    QHash<QString, qint64> m_retryAt; ///< m_clock ms before which a key is not fetched again
    QElapsedTimer m_clock;
    int m_size = 18;
    qreal m_dpr = 1.0;
    bool m_networkEnabled = true;
};

} // namespace gilde
