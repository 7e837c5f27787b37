#include "AccountActions.h"

#include "AccountRail.h"
#include "DiscourseSignInDialog.h"
#include "MastodonSignInDialog.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/model/Column.h"
#include "core/sources/feeds/Subscriptions.h"
#include "core/sources/mastodon/MastodonTimeline.h"
#include "core/store/ColumnStore.h"
#include "core/sync/SyncEngine.h"
#include "ui/dashboard/Dashboard.h"

namespace gilde
{

AccountActions::AccountActions(Engine &engine, Dashboard &dashboard, AccountRail &rail, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_dashboard(dashboard)
    , m_window(window)
{
    connect(&rail, &AccountRail::addAccountRequested, this, &AccountActions::addAccount);
    connect(&rail, &AccountRail::addForumRequested, this, &AccountActions::addForum);
    connect(&rail, &AccountRail::columnRequested, this, &AccountActions::addColumn);
    connect(&rail, &AccountRail::tabRequested, this, &AccountActions::goToTab);
    connect(&rail, &AccountRail::statusMessage, this, &AccountActions::statusMessage);
    // A signed-out account's columns are gone from the store: the dashboard follows.
    connect(&m_engine.accounts(), &Accounts::accountsChanged, this,
        [this] { m_dashboard.load(m_dashboard.currentTabId()); });
}

void AccountActions::addAccount()
{
    auto *dialog = new MastodonSignInDialog(m_engine, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MastodonSignInDialog::accountAdded, this,
        [this](qint64, qint64 tabId, const QString &message) {
            m_dashboard.load(tabId);
            // The new Home and Notifications are due at once.
            m_engine.sync().refreshDue();
            Q_EMIT statusMessage(message);
        });
    dialog->open();
}

void AccountActions::addForum()
{
    auto *dialog = new DiscourseSignInDialog(m_engine, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DiscourseSignInDialog::accountAdded, this,
        [this](qint64, qint64 tabId, const QString &message) {
            m_dashboard.load(tabId);
            // The forum's new lists are due at once.
            m_engine.sync().refreshDue();
            Q_EMIT statusMessage(message);
        });
    dialog->open();
}

void AccountActions::addColumn(const MastodonTimeline &timeline, const QString &title)
{
    const auto account = m_engine.accounts().byId(timeline.accountId);
    const qint64 sourceId = m_engine.subscriptions().subscribe(
        timeline.sourceUrl(), title, account ? account->userName : QString(), QStringLiteral("mastodon"));
    if (sourceId <= 0) {
        Q_EMIT statusMessage(tr("Could not add the column “%1”. Is the disk full?").arg(title));
        return;
    }
    if (m_dashboard.currentTabId() <= 0)
        m_dashboard.load(m_engine.columns().addTab(account ? u'@' + account->userName : title));
    if (m_dashboard.showSourceColumn(sourceId, title) <= 0)
        Q_EMIT statusMessage(tr("Could not add the column “%1”. Is the disk full?").arg(title));
}

void AccountActions::goToTab(const QString &title)
{
    for (const Tab &tab : m_engine.columns().tabs()) {
        if (tab.title == title) {
            m_dashboard.setCurrentTab(tab.id);
            return;
        }
    }
    Q_EMIT statusMessage(tr("The tab “%1” was closed; add its columns again from the account's menu.").arg(title));
}

} // namespace gilde
