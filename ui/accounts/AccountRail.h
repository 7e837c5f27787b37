#pragma once

#include <QWidget>

class QMenu;
class QToolButton;
class QVBoxLayout;

namespace gilde
{

class Engine;
class MentionAlerts;
struct Account;
struct MastodonTimeline;

/// The window's left edge: one round avatar per Mastodon account and forum
/// signed in to, in the account's colour, and a button to add one (a menu of
/// the kinds). Clicking an avatar offers the account's tab, for Mastodon more
/// of its columns (mentions, local, federated, bookmarks, favourites) and
/// its desktop notifications, and signing out.
class AccountRail : public QWidget
{
    Q_OBJECT
public:
    explicit AccountRail(Engine &engine, QWidget *parent = nullptr);

    /// Rebuilds the avatars from the accounts (on accountsChanged).
    void reload();
    QToolButton *addButton() const { return m_add; }
    /// What the add button offers: a Mastodon account, a forum.
    QMenu *addMenu() const { return m_kinds; }
    QList<QToolButton *> accountButtons() const { return m_buttons; }
    /// Where a Mastodon account's menu turns its desktop notifications on and off.
    void setMentionAlerts(MentionAlerts *alerts) { m_alerts = alerts; }
    /// What clicking an account's avatar offers.
    void fillMenu(QMenu &menu, qint64 accountId);

Q_SIGNALS:
    void addAccountRequested();
    void addForumRequested();
    /// The user asked for one of the account's timelines as a column.
    void columnRequested(const gilde::MastodonTimeline &timeline, const QString &title);
    /// The account's own tab ("@user@server").
    void tabRequested(const QString &title);
    void statusMessage(const QString &message);

private:
    static QString nameOf(const Account &account);
    void showMenu(qint64 accountId, QToolButton *button);
    void signOut(qint64 accountId);
    /// Asks for a query, then for its search as a column.
    void askSearch(qint64 accountId);

    Engine &m_engine;
    QVBoxLayout *m_layout;
    QToolButton *m_add;
    QMenu *m_kinds;
    QList<QToolButton *> m_buttons;
    MentionAlerts *m_alerts = nullptr;
};

} // namespace gilde
