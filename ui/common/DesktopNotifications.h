#pragma once

#include <QString>

namespace gilde
{

/// Shows a notification on the desktop through the freedesktop notification
/// service on the session bus (org.freedesktop.Notifications.Notify), as
/// GNOME, KDE and the others show them. The call does not wait for the
/// service; without one (no desktop session), nothing is shown and nothing
/// fails. `body` is plain text: it is escaped for services that read markup.
void showDesktopNotification(const QString &summary, const QString &body);

} // namespace gilde
