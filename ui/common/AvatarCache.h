#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>

namespace gilde
{

class HttpClient;

/// People's avatars by address (a forum's posters, an account's picture),
/// fetched the first time a row asks for one through HttpClient with
/// preferCache (so they show offline once seen), cut round, scaled and kept
/// in memory. Until one arrives, or when it is no image, avatar() returns a
/// null pixmap and the row paints without it. Never blocks.
class AvatarCache : public QObject
{
    Q_OBJECT
public:
    explicit AvatarCache(HttpClient &http, QObject *parent = nullptr);

    /// Logical size of the avatars handed out; device pixels follow `dpr`.
    void setSize(int logicalPx, qreal devicePixelRatio);
    /// The avatar if known; otherwise null, and a fetch is started (once).
    QPixmap avatar(const QString &url);
    /// Those of `urls` that are known, in order; the others are asked for.
    QList<QPixmap> known(const QStringList &urls);
    /// No fetches at all (benchmarks): avatar() stays null.
    void setNetworkEnabled(bool enabled) { m_networkEnabled = enabled; }

    /// The size rows paint them at: a line of their small print.
    static constexpr int DefaultPx = 16;
    /// Avatars kept in memory before the oldest half goes (a long session).
    static constexpr int MaxKept = 2000;

Q_SIGNALS:
    void avatarReady(const QString &url);

private:
    void fetch(const QString &url);

    HttpClient &m_http;
    QHash<QString, QPixmap> m_avatars; ///< null: not an image, not asked again
    QSet<QString> m_inFlight;
    QHash<QString, qint64> m_retryAt; ///< m_clock ms before which an address is not fetched again
    QElapsedTimer m_clock;
    int m_size = 16;
    qreal m_dpr = 1.0;
    bool m_networkEnabled = true;
};

} // namespace gilde
