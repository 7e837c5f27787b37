#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace gilde
{

/// Shows notifications on the desktop through the freedesktop notification
/// service on the session bus (org.freedesktop.Notifications), as GNOME, KDE
/// and the others show them, and says when the user clicks one. The calls do
/// not wait for the service; without one (no desktop session), nothing is
/// shown and nothing fails.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    /// Shows `summary` with `body` (plain text: escaped for services that
    /// read markup). A click on it emits activated(`key`).
    void notify(const QString &summary, const QString &body, const QString &key = {});

    /// Notifications whose click is still remembered; older ones are forgotten.
    static constexpr int MaxRemembered = 64;

Q_SIGNALS:
    /// The user clicked the notification shown with `key`.
    void activated(const QString &key);

private Q_SLOTS:
    // Signals of the notification service, by the names the specification gives them.
    void actionInvoked(uint id, const QString &action);
    void notificationClosed(uint id, uint reason);

private:
    QHash<uint, QString> m_keys; ///< the service's id of a notification shown → its key
    QList<uint> m_order; ///< ids in m_keys, oldest first
};

} // namespace gilde
