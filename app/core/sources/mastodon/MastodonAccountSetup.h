#pragma once

#include "model/Account.h"

#include <QList>

namespace gilde
{

class ColumnStore;
class SourceStore;
class Subscriptions;

/// What an account brings to the dashboard and takes with it.
namespace mastodon
{

/// A tab named after the account with its Home and Notifications columns,
/// their sources in a folder named after the account. Returns the tab's id
/// (0 when the profile could not take it); the new sources' ids in `sourceIds`.
qint64 addAccountTab(Subscriptions &subscriptions, ColumnStore &columns, const Account &account,
    QList<qint64> *sourceIds = nullptr);

/// Removes the timelines read by accounts that no longer exist (after a
/// sign-out), with their items and columns. Returns how many went.
int removeOrphanTimelines(SourceStore &sources, ColumnStore &columns, const QList<Account> &accounts);

} // namespace mastodon
} // namespace gilde
