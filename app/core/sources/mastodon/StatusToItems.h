#pragma once

#include "MastodonEntities.h"
#include "model/Item.h"

#include <QList>

namespace gilde
{

/// Statuses and notifications as items of the local cache, so a Mastodon
/// column reads offline like a feed column and shares search, mute words and
/// read marks. Pure: any thread. The HTML is built here and sanitized once:
/// the content, media (sensitive media as links, not pictures), link card,
/// poll results, and a footer with who boosted it and whom it answers. A
/// content warning becomes the item's title, so the list shows it instead of
/// what it warns about. Statuses a server filter hides are left out.
namespace mastodon
{

Item itemFromStatus(const MastodonStatus &status, qint64 sourceId);
QList<Item> itemsFromStatuses(const QList<MastodonStatus> &statuses, qint64 sourceId);
Item itemFromNotification(const MastodonNotification &notification, qint64 sourceId);
QList<Item> itemsFromNotifications(const QList<MastodonNotification> &notifications, qint64 sourceId);

/// "Display Name", else the user name: what a row shows for an account.
QString displayName(const MastodonAccount &account);
/// The address of the account's still picture (the animated one when that
/// is all there is); empty when it is no web address.
QString avatarOf(const MastodonAccount &account);

} // namespace mastodon
} // namespace gilde
