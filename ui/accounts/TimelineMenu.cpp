#include "TimelineMenu.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/mastodon/MastodonLists.h"
#include "core/sources/mastodon/MastodonTimeline.h"

#include <QPointer>

namespace gilde
{

TimelineMenu::TimelineMenu(Engine &engine, const Account &account, QWidget *parent)
    : QMenu(tr("Add a column"), parent)
    , m_engine(engine)
    , m_account(account)
    , m_lists(nullptr)
{
    using Kind = MastodonTimeline::Kind;
    for (const Kind kind : { Kind::Home, Kind::Notifications, Kind::Mentions, Kind::Local, Kind::Federated,
             Kind::Bookmarks, Kind::Favourites }) {
        const MastodonTimeline t = timeline(int(kind));
        addAction(t.title(), this, [this, t] { Q_EMIT columnRequested(t, t.title()); });
    }
    m_lists = addMenu(tr("Lists"));
    connect(m_lists, &QMenu::aboutToShow, this, &TimelineMenu::loadLists);
    addSeparator();
    const qint64 accountId = m_account.id;
    addAction(tr("Search posts…"), this, [this, accountId] { Q_EMIT searchRequested(accountId); });
}

MastodonTimeline TimelineMenu::timeline(int kind, const QString &arg) const
{
    MastodonTimeline t;
    t.kind = MastodonTimeline::Kind(kind);
    t.server = MastodonTimeline::serverOf(m_account.server);
    t.accountId = m_account.id;
    t.arg = arg;
    return t;
}

void TimelineMenu::loadLists()
{
    if (m_listsAsked)
        return;
    m_listsAsked = true;
    m_lists->addAction(tr("Loading lists…"))->setEnabled(false);
    QPointer<TimelineMenu> self(this);
    const QUrl server = MastodonTimeline::serverOf(m_account.server);
    m_engine.accounts().secret(m_account.id, [self, server](bool ok, const QString &token, const QString &error) {
        if (!self)
            return;
        if (!ok || token.isEmpty()) {
            self->showLists({}, tr("The sign-in of this account is not in the keychain: %1. Sign in again.")
                                    .arg(error.isEmpty() ? tr("no token") : error));
            return;
        }
        mastodon::fetchLists(self->m_engine.http(), server, token,
            [self](const QList<MastodonList> &lists, const QString &failure) {
                if (self)
                    self->showLists(lists, failure);
            });
    });
}

void TimelineMenu::showLists(const QList<MastodonList> &lists, const QString &error)
{
    m_lists->clear();
    if (!error.isEmpty()) {
        m_lists->addAction(tr("Could not load the lists: %1").arg(error))->setEnabled(false);
        m_listsAsked = false; // asked again the next time the menu opens
        return;
    }
    if (lists.isEmpty()) {
        m_lists->addAction(tr("This account has no lists"))->setEnabled(false);
        return;
    }
    for (const MastodonList &list : lists) {
        const MastodonTimeline t = timeline(int(MastodonTimeline::Kind::List), list.id);
        const QString title = list.title.trimmed().isEmpty() ? t.title() : list.title.trimmed();
        m_lists->addAction(title, this, [this, t, title] { Q_EMIT columnRequested(t, title); });
    }
}

} // namespace gilde
