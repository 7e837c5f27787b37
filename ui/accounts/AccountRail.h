#pragma once

#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace gilde
{

class Engine;
struct MastodonTimeline;

/// The window's left edge: one round avatar per Mastodon account, in the
/// account's colour, and a button to add one. Clicking an avatar offers the
/// account's tab, more of its columns (mentions, local, federated,
/// bookmarks, favourites) and signing out.
class AccountRail : public QWidget
{
    Q_OBJECT
public:
    explicit AccountRail(Engine &engine, QWidget *parent = nullptr);

    /// Rebuilds the avatars from the accounts (on accountsChanged).
    void reload();
    QToolButton *addButton() const { return m_add; }
    QList<QToolButton *> accountButtons() const { return m_buttons; }

Q_SIGNALS:
    void addAccountRequested();
    /// The user asked for one of the account's timelines as a column.
    void columnRequested(const gilde::MastodonTimeline &timeline, const QString &title);
    /// The account's own tab ("@user@server").
    void tabRequested(const QString &title);
    void statusMessage(const QString &message);

private:
    void showMenu(qint64 accountId, QToolButton *button);
    void signOut(qint64 accountId);

    Engine &m_engine;
    QVBoxLayout *m_layout;
    QToolButton *m_add;
    QList<QToolButton *> m_buttons;
};

} // namespace gilde
