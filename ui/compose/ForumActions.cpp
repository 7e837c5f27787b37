#include "ForumActions.h"

#include "ForumComposerDialog.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/discourse/DiscourseWrites.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "core/store/ThreadStore.h"
#include "core/sync/Outbox.h"

#include <QWidget>

namespace gilde
{

ForumActions::ForumActions(Engine &engine, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_window(window)
{
}

bool ForumActions::isForumItem(qint64 itemId) const
{
    const auto item = itemId > 0 ? m_engine.items().item(itemId) : std::nullopt;
    if (!item)
        return false;
    if (item->kind == u"topic")
        return true;
    const auto source = m_engine.sources().byId(item->sourceId);
    return source && discourse::postOf(*item, *source);
}

qint64 ForumActions::accountOf(qint64 sourceId) const
{
    const auto source = m_engine.sources().byId(sourceId);
    return source ? discourse::accountFor(m_engine.accounts().ofKind(QStringLiteral("discourse")), *source) : 0;
}

bool ForumActions::canWrite(qint64 sourceId) const
{
    return accountOf(sourceId) > 0;
}

void ForumActions::reply(qint64 itemId, int postNumber, const QString &quoted)
{
    const auto item = itemId > 0 ? m_engine.items().item(itemId) : std::nullopt;
    const auto source = item ? m_engine.sources().byId(item->sourceId) : std::nullopt;
    if (!item || !source) {
        Q_EMIT statusMessage(tr("Select a topic to reply to."));
        return;
    }
    const qint64 account = discourse::accountFor(m_engine.accounts().ofKind(QStringLiteral("discourse")), *source);
    if (account == 0) {
        Q_EMIT statusMessage(tr("Sign in to %1 to reply: the + on the left edge of the window.")
                                 .arg(discourse::forumOf(*source).host()));
        return;
    }
    ForumDraft draft;
    QString error;
    if (!discourse::makeReply(draft, *item, *source, postNumber, &error)) {
        Q_EMIT statusMessage(tr("No reply here: %1").arg(error));
        return;
    }
    if (!quoted.trimmed().isEmpty()) {
        // Quoted from the post it answers, as the forum's own composer quotes.
        const int from = postNumber > 0 ? postNumber : 1;
        QString author;
        for (const ThreadPost &p : m_engine.threadPosts().posts(itemId)) {
            if (p.number == from)
                author = p.author;
        }
        draft.raw = discourse::quote(author, from, draft.topicId, quoted);
    }
    auto *dialog = new ForumComposerDialog(m_engine, account, draft, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ForumComposerDialog::queued, this, &ForumActions::statusMessage);
    dialog->open();
}

void ForumActions::like(qint64 itemId, int postNumber)
{
    const auto item = itemId > 0 ? m_engine.items().item(itemId) : std::nullopt;
    if (!item) {
        Q_EMIT statusMessage(tr("Select a topic first."));
        return;
    }
    const qint64 account = accountOf(item->sourceId);
    if (account == 0) {
        const auto source = m_engine.sources().byId(item->sourceId);
        Q_EMIT statusMessage(tr("Sign in to %1 to like posts: the + on the left edge of the window.")
                                 .arg(source ? discourse::forumOf(*source).host() : QString()));
        return;
    }
    const auto source = m_engine.sources().byId(item->sourceId);
    const auto post = source ? discourse::postOf(*item, *source) : std::nullopt;
    qint64 postId = post ? post->postId : 0;
    for (const ThreadPost &p : post ? QList<ThreadPost>() : m_engine.threadPosts().posts(itemId)) {
        if (p.number == postNumber)
            postId = p.remoteId.toLongLong();
    }
    if (postId <= 0) {
        Q_EMIT statusMessage(tr("Open the topic first, so that Gilde knows its posts."));
        return;
    }
    // A post's row has no title of its own: its topic's is the column's.
    const QString title = post ? source->title : item->title;
    QString error;
    if (m_engine.outbox().enqueue(account, QString::fromLatin1(discourse::LikeAction),
            discourse::likePayload(postId, title, QUrl(item->url)), &error)
        <= 0) {
        Q_EMIT statusMessage(tr("Could not queue it: %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(tr("Liked: it goes out with the outbox."));
}

void ForumActions::newTopic(qint64 sourceId)
{
    const auto source = m_engine.sources().byId(sourceId);
    const qint64 account = accountOf(sourceId);
    if (!source || account == 0) {
        Q_EMIT statusMessage(tr("Sign in to the forum to start a topic: the + on the left edge of the window."));
        return;
    }
    ForumDraft draft;
    QString error;
    if (!discourse::makeTopic(draft, *source, &error)) {
        Q_EMIT statusMessage(tr("No new topic here: %1").arg(error));
        return;
    }
    auto *dialog = new ForumComposerDialog(m_engine, account, draft, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ForumComposerDialog::queued, this, &ForumActions::statusMessage);
    dialog->open();
}

} // namespace gilde
