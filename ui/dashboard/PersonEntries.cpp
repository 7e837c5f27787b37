#include "PersonEntries.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/mastodon/MastodonLists.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "ui/dashboard/ColumnWidget.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace gilde
{

PersonEntries::PersonEntries(Engine &engine, QMenu &menu, const MastodonTimeline &person, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_person(person)
    , m_follow(menu.addAction(tr("Follow")))
    , m_mute(menu.addAction(tr("Mute")))
    , m_block(menu.addAction(tr("Block")))
{
    m_follow->setToolTip(tr("Their posts in your Home"));
    m_mute->setToolTip(tr("Their posts no longer in your timelines; they are not told"));
    m_block->setToolTip(tr("They can no longer follow you or see your posts, nor you theirs"));
    for (QAction *a : { m_follow, m_mute, m_block })
        a->setCheckable(true);
    connect(m_follow, &QAction::triggered, this, [this](bool on) {
        if (queue(m_follow, QStringLiteral("follow"), on))
            Q_EMIT statusMessage(on ? tr("Followed: it goes out with the outbox.") : tr("Unfollowed: it goes out with the outbox."));
    });
    connect(m_mute, &QAction::triggered, this, [this](bool on) {
        if (!queue(m_mute, QStringLiteral("mute"), on))
            return;
        if (on)
            withdrawTheirPosts();
        Q_EMIT statusMessage(on ? tr("Muted: it goes out with the outbox.") : tr("Unmuted: it goes out with the outbox."));
    });
    connect(m_block, &QAction::triggered, this, &PersonEntries::block);
    connect(&menu, &QMenu::aboutToShow, this, &PersonEntries::ask);
}

PersonEntries *PersonEntries::attachTo(Engine &engine, ColumnWidget *column)
{
    const auto person = column->timeline();
    if (!person || person->kind != MastodonTimeline::Kind::Account || person->accountId <= 0)
        return nullptr;
    return new PersonEntries(engine, *column->menu(), *person, column);
}

void PersonEntries::ask()
{
    // Until the server says, the ticks cannot be trusted: not offered.
    for (QAction *a : { m_follow, m_mute, m_block })
        a->setEnabled(false);
    QPointer<PersonEntries> self(this);
    const MastodonTimeline person = m_person;
    m_engine.accounts().secret(person.accountId, [self, person](bool ok, const QString &token, const QString &) {
        if (!self || !ok || token.isEmpty())
            return;
        mastodon::fetchRelationship(self->m_engine.http(), person.server, token, person.arg,
            [self](const MastodonRelationship &relationship, const QString &error) {
                if (!self || !error.isEmpty())
                    return;
                self->m_follow->setChecked(relationship.following);
                self->m_mute->setChecked(relationship.muting);
                self->m_block->setChecked(relationship.blocking);
                for (QAction *a : { self->m_follow, self->m_mute, self->m_block })
                    a->setEnabled(true);
            });
    });
}

bool PersonEntries::queue(QAction *action, const QString &verb, bool on)
{
    QString error;
    const QString name = QStringLiteral("mastodon.") + (on ? verb : QStringLiteral("un") + verb);
    if (m_engine.outbox().enqueue(m_person.accountId, name, QJsonObject { { QStringLiteral("account_id"), m_person.arg } }, &error) <= 0) {
        action->setChecked(!on);
        Q_EMIT statusMessage(tr("Could not queue it: %1").arg(error));
        return false;
    }
    return true;
}

void PersonEntries::block(bool on)
{
    if (!on) {
        if (queue(m_block, QStringLiteral("block"), false))
            Q_EMIT statusMessage(tr("Unblocked: it goes out with the outbox."));
        return;
    }
    // Not undone as lightly: the server ends the follows both ways.
    m_block->setChecked(false);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Block"),
        tr("Block them? They can no longer follow you or see your posts, you no longer see theirs, "
           "and follows between you end."),
        QMessageBox::Cancel, qobject_cast<QWidget *>(parent()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = box->addButton(tr("Block"), QMessageBox::DestructiveRole);
    connect(confirm, &QPushButton::clicked, this, [this] {
        m_block->setChecked(true);
        if (!queue(m_block, QStringLiteral("block"), true))
            return;
        m_follow->setChecked(false);
        withdrawTheirPosts();
        Q_EMIT statusMessage(tr("Blocked: it goes out with the outbox."));
    });
    box->open();
}

void PersonEntries::withdrawTheirPosts()
{
    using Kind = MastodonTimeline::Kind;
    for (const Source &source : m_engine.sources().all()) {
        const auto timeline = source.kind == u"mastodon" ? MastodonTimeline::fromSourceUrl(source.url) : std::nullopt;
        // Ids are the server's own: only the same account's timelines on it
        // name them alike. Their own column, notifications and what the user
        // kept (bookmarks, favourites) stay.
        if (!timeline || timeline->accountId != m_person.accountId || timeline->server != m_person.server)
            continue;
        if (timeline->kind != Kind::Home && timeline->kind != Kind::List && timeline->kind != Kind::Local
            && timeline->kind != Kind::Federated && timeline->kind != Kind::Hashtag && timeline->kind != Kind::Search)
            continue;
        const QStringList theirs = m_engine.items().remoteIdsByAuthor(source.id, m_person.arg);
        if (!theirs.isEmpty())
            m_engine.sync().withdraw(source.id, theirs);
    }
}

} // namespace gilde
