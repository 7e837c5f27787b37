#include "DesktopNotifications.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>

namespace gilde
{

void showDesktopNotification(const QString &summary, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("Notify"));
    // The desktop entry names the app and its icon where the service shows them.
    const QVariantMap hints { { QStringLiteral("desktop-entry"), QStringLiteral("nl.gilde.Gilde") } };
    call << QStringLiteral("Gilde") << uint(0) << QStringLiteral("nl.gilde.Gilde") << summary << body.toHtmlEscaped()
         << QStringList() << hints << int(-1);
    bus.send(call); // the answer (an id) is of no use here
}

} // namespace gilde
