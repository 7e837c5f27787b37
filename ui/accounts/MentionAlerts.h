#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QSettings;

namespace gilde
{

class DesktopNotifier;
class Engine;
class SourceCache;
struct Item;

/// Tells the desktop when someone mentions the user on Mastodon (a reply
/// and a direct message are mentions too): each new mention that reaches an
/// account's notifications or mentions timeline, by a refresh or the live
/// stream, raises one desktop notification; several at once raise one that
/// counts them. Mentions that came while Gilde was closed are told at the
/// first refresh; what a timeline held before, the first page of one just
/// added, and older mentions that paging or filling a gap brings stay
/// quiet, as does an account for which the user turned it off (kept in the
/// window's settings). A click on the notification asks to open the
/// mention (the newest, for a burst).
class MentionAlerts : public QObject
{
    Q_OBJECT
public:
    /// Shows a notification: summary, plain-text body and the item a click opens.
    using Show = std::function<void(const QString &summary, const QString &body, qint64 itemId)>;

    MentionAlerts(Engine &engine, const SourceCache &sources, QSettings &settings, QObject *parent = nullptr);

    bool isOn(qint64 accountId) const;
    void setOn(qint64 accountId, bool on);
    /// Replaces the desktop (DesktopNotifier) as the place it tells.
    void setShow(Show show) { m_show = std::move(show); }

    /// More mentions than this in one go are told as one notification.
    static constexpr int MaxSingly = 3;

Q_SIGNALS:
    /// The user clicked the notification of the mention `itemId`.
    void openRequested(qint64 itemId);

private:
    void sourceRefreshed(qint64 sourceId, int added);
    /// The account whose mentions `sourceId` holds; 0 for any other source.
    qint64 accountOf(qint64 sourceId) const;
    void tell(const QList<Item> &mentions);

    Engine &m_engine;
    const SourceCache &m_sources;
    QSettings &m_settings;
    DesktopNotifier *m_desktop;
    Show m_show;
    QHash<qint64, qint64> m_newestMs; ///< per watched source: the newest item seen
    QSet<QString> m_told; ///< notification ids told (a mention is in both timelines)
};

} // namespace gilde
