#include "PostActions.h"

#include "ComposerDialog.h"
#include "ForumActions.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "core/sync/Outbox.h"

#include <QWidget>

namespace gilde
{

PostActions::PostActions(Engine &engine, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_window(window)
    , m_forum(new ForumActions(engine, window))
{
    connect(m_forum, &ForumActions::statusMessage, this, &PostActions::statusMessage);
}

void PostActions::write()
{
    auto *dialog = new ComposerDialog(m_engine, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComposerDialog::queued, this, &PostActions::statusMessage);
    dialog->open();
}

std::optional<PostActions::Target> PostActions::targetOf(qint64 itemId, const QString &nothingSelected)
{
    const auto item = itemId > 0 ? m_engine.items().item(itemId) : std::nullopt;
    const auto source = item ? m_engine.sources().byId(item->sourceId) : std::nullopt;
    if (!item || !source) {
        Q_EMIT statusMessage(nothingSelected);
        return std::nullopt;
    }
    Target t { *item, *source, mastodon::targetOf(*item, *source, m_engine.accounts().ofKind(QStringLiteral("mastodon"))) };
    if (!t.target.error.isEmpty()) {
        Q_EMIT statusMessage(t.target.error);
        return std::nullopt;
    }
    return t;
}

void PostActions::reply(qint64 itemId)
{
    if (m_forum->isForumItem(itemId)) {
        m_forum->reply(itemId, 0, {});
        return;
    }
    const auto t = targetOf(itemId, tr("Select a post to reply to."));
    if (!t)
        return;
    auto *dialog = new ComposerDialog(m_engine, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReplyTo(t->item, t->source, t->target.accountId);
    connect(dialog, &ComposerDialog::queued, this, &PostActions::statusMessage);
    dialog->open();
}

void PostActions::favourite(qint64 itemId)
{
    if (m_forum->isForumItem(itemId)) {
        m_forum->like(itemId, 1);
        return;
    }
    act(itemId, QStringLiteral("mastodon.favourite"), tr("Favourited: it goes out with the outbox."));
}

void PostActions::boost(qint64 itemId)
{
    act(itemId, QStringLiteral("mastodon.reblog"), tr("Boosted: it goes out with the outbox."));
}

void PostActions::bookmark(qint64 itemId)
{
    act(itemId, QStringLiteral("mastodon.bookmark"), tr("Bookmarked: it goes out with the outbox."));
}

void PostActions::vote(qint64 itemId, int choice)
{
    const auto t = targetOf(itemId, tr("Select a post first."));
    if (!t)
        return;
    QString error;
    if (m_engine.outbox().enqueue(t->target.accountId, QStringLiteral("mastodon.vote"),
            mastodon::votePayload(t->target, t->item, choice), &error) <= 0) {
        Q_EMIT statusMessage(tr("Could not queue it: %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(tr("Voted: it goes out with the outbox."));
}

void PostActions::act(qint64 itemId, const QString &action, const QString &done)
{
    const auto t = targetOf(itemId, tr("Select a post first."));
    if (!t)
        return;
    QString error;
    if (m_engine.outbox().enqueue(t->target.accountId, action, t->target.payload(), &error) <= 0) {
        Q_EMIT statusMessage(tr("Could not queue it: %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(done);
}

} // namespace gilde
