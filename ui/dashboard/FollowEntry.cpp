#include "FollowEntry.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/mastodon/MastodonLists.h"
#include "core/sync/Outbox.h"
#include "ui/dashboard/ColumnWidget.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>
#include <QPointer>

namespace gilde
{

FollowEntry::FollowEntry(Engine &engine, QMenu &menu, const MastodonTimeline &person, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_person(person)
    , m_action(menu.addAction(tr("Follow")))
{
    m_action->setCheckable(true);
    m_action->setToolTip(tr("Their posts in your Home"));
    connect(m_action, &QAction::triggered, this, &FollowEntry::toggled);
    connect(&menu, &QMenu::aboutToShow, this, &FollowEntry::ask);
}

FollowEntry *FollowEntry::attachTo(Engine &engine, ColumnWidget *column)
{
    const auto person = column->timeline();
    if (!person || person->kind != MastodonTimeline::Kind::Account || person->accountId <= 0)
        return nullptr;
    return new FollowEntry(engine, *column->menu(), *person, column);
}

void FollowEntry::ask()
{
    // Until the server says, the tick cannot be trusted: not offered.
    m_action->setEnabled(false);
    QPointer<FollowEntry> self(this);
    const MastodonTimeline person = m_person;
    m_engine.accounts().secret(person.accountId, [self, person](bool ok, const QString &token, const QString &) {
        if (!self || !ok || token.isEmpty())
            return;
        mastodon::fetchFollowing(self->m_engine.http(), person.server, token, person.arg,
            [self](bool following, const QString &error) {
                if (!self || !error.isEmpty())
                    return;
                self->m_action->setChecked(following);
                self->m_action->setEnabled(true);
            });
    });
}

void FollowEntry::toggled(bool follow)
{
    QString error;
    const QString action = follow ? QStringLiteral("mastodon.follow") : QStringLiteral("mastodon.unfollow");
    if (m_engine.outbox().enqueue(m_person.accountId, action, QJsonObject { { QStringLiteral("account_id"), m_person.arg } }, &error) <= 0) {
        m_action->setChecked(!follow);
        Q_EMIT statusMessage(tr("Could not queue it: %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(follow ? tr("Followed: it goes out with the outbox.") : tr("Unfollowed: it goes out with the outbox."));
}

} // namespace gilde
