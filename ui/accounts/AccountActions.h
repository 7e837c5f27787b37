#pragma once

#include <QObject>

class QWidget;

namespace gilde
{

class AccountRail;
class Dashboard;
class Engine;
struct MastodonTimeline;

/// What the account rail's requests do in the window: the sign-in dialogs,
/// an account's timeline as a new column of the current tab, going to an
/// account's tab, and the dashboard following accounts that come and go.
class AccountActions : public QObject
{
    Q_OBJECT
public:
    AccountActions(Engine &engine, Dashboard &dashboard, AccountRail &rail, QWidget *window);

    void addAccount();
    void addForum();
    /// Follows the timeline (once) and shows its column: the one there is,
    /// else a new one in the current tab.
    void addColumn(const MastodonTimeline &timeline, const QString &title);
    void goToTab(const QString &title);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    Engine &m_engine;
    Dashboard &m_dashboard;
    QWidget *m_window;
};

} // namespace gilde
