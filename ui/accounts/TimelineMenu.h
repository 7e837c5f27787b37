#pragma once

#include "core/model/Account.h"
#include "core/sources/mastodon/MastodonEntities.h"

#include <QMenu>

namespace gilde
{

class Engine;
struct MastodonTimeline;

/// A Mastodon account's "Add a column" menu: its timelines, its lists (asked
/// of the server the first time the menu opens, so a new list shows without
/// a restart) and a search of its server's posts.
class TimelineMenu : public QMenu
{
    Q_OBJECT
public:
    TimelineMenu(Engine &engine, const Account &account, QWidget *parent = nullptr);

    /// The submenu of the account's lists.
    QMenu *listsMenu() const { return m_lists; }

Q_SIGNALS:
    void columnRequested(const gilde::MastodonTimeline &timeline, const QString &title);
    /// "Search posts…": the query is asked for by whoever shows dialogs.
    void searchRequested(qint64 accountId);

private:
    MastodonTimeline timeline(int kind, const QString &arg = {}) const;
    void loadLists();
    void showLists(const QList<MastodonList> &lists, const QString &error);

    Engine &m_engine;
    Account m_account;
    QMenu *m_lists;
    bool m_listsAsked = false;
};

} // namespace gilde
