#pragma once

#include "model/Account.h"

#include <QList>

namespace gilde
{

class ColumnStore;
class SourceStore;
class Subscriptions;

/// What signing in to a forum brings to the dashboard and takes with it.
namespace discourse
{

/// A tab named after the forum with the user's lists: the latest topics,
/// their new and unread topics, their notifications and their messages, their sources in a folder
/// named after the forum. Returns the tab's id (0 when the profile could not
/// take it); the new sources' ids in `sourceIds`.
qint64 addAccountTab(Subscriptions &subscriptions, ColumnStore &columns, const Account &account,
    QList<qint64> *sourceIds = nullptr);

/// Removes the lists only a signed-in user has (new, unread, notifications, messages) of
/// forums no account is signed in to any more, with their items and columns.
int removeOrphanLists(SourceStore &sources, ColumnStore &columns, const QList<Account> &accounts);

} // namespace discourse
} // namespace gilde
