#include "DesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace gilde
{

namespace
{
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DefaultAction = QStringLiteral("default");
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    // Any sender: the service's unique name changes when it restarts.
    bus.connect(QString(), Path, Interface, QStringLiteral("ActionInvoked"), this, SLOT(actionInvoked(uint, QString)));
    bus.connect(QString(), Path, Interface, QStringLiteral("NotificationClosed"), this,
        SLOT(notificationClosed(uint, uint)));
}

void DesktopNotifier::notify(const QString &summary, const QString &body, const QString &key)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    // The desktop entry names the app and its icon where the service shows them.
    const QVariantMap hints { { QStringLiteral("desktop-entry"), QStringLiteral("nl.gilde.Gilde") } };
    // "default" is the click on the notification itself; its label shows
    // only on services that list actions as buttons.
    const QStringList actions = key.isEmpty() ? QStringList() : QStringList { DefaultAction, tr("Open") };
    call << QStringLiteral("Gilde") << uint(0) << QStringLiteral("nl.gilde.Gilde") << summary << body.toHtmlEscaped()
         << actions << hints << int(-1);
    if (key.isEmpty()) {
        bus.send(call); // nothing to wait for: the id is of no use
        return;
    }
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            return;
        const uint id = reply.value();
        if (!m_keys.contains(id))
            m_order.append(id);
        m_keys.insert(id, key);
        while (m_order.size() > MaxRemembered)
            m_keys.remove(m_order.takeFirst());
    });
}

void DesktopNotifier::actionInvoked(uint id, const QString &action)
{
    // Every application on the bus hears every click: only ours count.
    const auto found = m_keys.constFind(id);
    if (found == m_keys.cend() || action != DefaultAction)
        return;
    emit activated(*found);
}

void DesktopNotifier::notificationClosed(uint id, uint)
{
    if (m_keys.remove(id))
        m_order.removeOne(id);
}

} // namespace gilde
