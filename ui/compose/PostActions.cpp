#include "PostActions.h"

#include "ComposerDialog.h"
#include "ForumActions.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/mastodon/MastodonLists.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"

#include "ui/reader/ReaderPane.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
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
    toggle(itemId, Favourited);
}

void PostActions::boost(qint64 itemId)
{
    toggle(itemId, Reblogged);
}

void PostActions::bookmark(qint64 itemId)
{
    toggle(itemId, Bookmarked);
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

mastodon::ItemTarget PostActions::actingOn(const Item &item) const
{
    const auto source = item.id > 0 ? m_engine.sources().byId(item.sourceId) : std::nullopt;
    if (!source) {
        mastodon::ItemTarget none;
        none.error = tr("Select a post first.");
        return none;
    }
    return mastodon::targetOf(item, *source, m_engine.accounts().ofKind(QStringLiteral("mastodon")));
}

void PostActions::deletePost(qint64 itemId)
{
    const auto t = targetOf(itemId, tr("Select a post first."));
    if (!t)
        return;
    if (!t->target.ownPost) {
        Q_EMIT statusMessage(tr("Only a post of your own can be deleted."));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete post"),
        tr("Delete this post? It goes from the server, for everyone who can see it; replies to it stay."),
        QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    connect(remove, &QPushButton::clicked, this, [this, itemId, t = *t] {
        QString error;
        if (m_engine.outbox().enqueue(t.target.accountId, QStringLiteral("mastodon.delete"), t.target.payload(), &error) <= 0) {
            Q_EMIT statusMessage(tr("Could not queue it: %1").arg(error));
            return;
        }
        // Gone here at once, as in the web client; the outbox sees it gone from the server.
        m_engine.sync().withdraw(t.item.sourceId, { t.item.remoteId });
        Q_EMIT postDeleted(itemId);
        Q_EMIT statusMessage(tr("Deleted: it goes out with the outbox."));
    });
    box->open();
}

void PostActions::editPost(qint64 itemId)
{
    const auto t = targetOf(itemId, tr("Select a post first."));
    if (!t)
        return;
    const auto account = m_engine.accounts().byId(t->target.accountId);
    if (!t->target.editable || !account) {
        Q_EMIT statusMessage(tr("Only a post of your own without a poll, read on your own server, can be edited here."));
        return;
    }
    Q_EMIT statusMessage(tr("Fetching the post's words to edit them…"));
    QPointer<PostActions> self(this);
    const Target target = *t;
    const QUrl server = MastodonTimeline::serverOf(account->server);
    m_engine.accounts().secret(account->id, [self, target, server](bool ok, const QString &token, const QString &error) {
        if (!self)
            return;
        if (!ok || token.isEmpty()) {
            Q_EMIT self->statusMessage(tr("The sign-in of this account is not in the keychain: %1").arg(error));
            return;
        }
        mastodon::fetchSource(self->m_engine.http(), server, token, target.target.statusId,
            [self, target](const QString &text, const QString &spoiler, const QString &error) {
                if (!self)
                    return;
                if (!error.isEmpty()) {
                    Q_EMIT self->statusMessage(tr("The post could not be fetched to edit: %1").arg(error));
                    return;
                }
                auto *dialog = new ComposerDialog(self->m_engine, self->m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->setEditedStatus(target.item, target.target.accountId, text, spoiler);
                connect(dialog, &ComposerDialog::queued, self, &PostActions::statusMessage);
                dialog->open();
            });
    });
}

std::optional<MastodonTimeline> PostActions::authorTimeline(const Item &item) const
{
    const mastodon::PostAuthor author = mastodon::authorOf(item);
    const auto source = author.id.isEmpty() ? std::nullopt : m_engine.sources().byId(item.sourceId);
    const auto read = source && source->kind == u"mastodon" ? MastodonTimeline::fromSourceUrl(source->url) : std::nullopt;
    if (!read)
        return std::nullopt;
    MastodonTimeline person;
    person.kind = MastodonTimeline::Kind::Account;
    person.server = read->server;
    person.accountId = read->accountId;
    person.arg = author.id;
    return person;
}

void PostActions::showAuthor(qint64 itemId)
{
    const auto item = itemId > 0 ? m_engine.items().item(itemId) : std::nullopt;
    const auto person = item ? authorTimeline(*item) : std::nullopt;
    if (!person) {
        Q_EMIT statusMessage(tr("Select a post first."));
        return;
    }
    Q_EMIT timelineRequested(*person, u'@' + mastodon::authorOf(*item).acct);
}

void PostActions::attachReader(ReaderPane *reader)
{
    auto *row = new QWidget(reader);
    row->setObjectName(QStringLiteral("postActions"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    auto button = [this, reader, row, layout](const QString &name, void (PostActions::*act)(qint64)) {
        auto *b = new QToolButton(row);
        b->setObjectName(name);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
        b->setCursor(Qt::PointingHandCursor);
        connect(b, &QToolButton::clicked, this, [this, reader, act] { (this->*act)(reader->currentItemId()); });
        layout->addWidget(b);
        return b;
    };
    QToolButton *author = button(QStringLiteral("authorButton"), &PostActions::showAuthor);
    author->setText(tr("Their posts"));
    QToolButton *reply = button(QStringLiteral("replyButton"), &PostActions::reply);
    reply->setText(tr("↩ Reply"));
    reply->setToolTip(tr("Reply to this post (R)"));
    // The others say whether it is done, and undo it when it is.
    const QList<std::pair<QToolButton *, QLatin1String>> marks {
        { button(QStringLiteral("boostButton"), &PostActions::boost), Reblogged },
        { button(QStringLiteral("favouriteButton"), &PostActions::favourite), Favourited },
        { button(QStringLiteral("bookmarkButton"), &PostActions::bookmark), Bookmarked },
    };
    layout->addStretch(1);
    QToolButton *change = button(QStringLiteral("editButton"), &PostActions::editPost);
    change->setText(tr("Edit…"));
    change->setToolTip(tr("Change the words of this post of yours"));
    QToolButton *remove = button(QStringLiteral("deleteButton"), &PostActions::deletePost);
    remove->setText(tr("Delete…"));
    remove->setToolTip(tr("Delete this post of yours from the server"));
    row->hide();
    reader->addHeaderWidget(row);
    auto show = [this, row, author, reply, marks, change, remove](const Item &item) {
        // Whose it is shows to anyone; what is done to it, with an account that can.
        const mastodon::ItemTarget target = actingOn(item);
        const bool canAct = target.error.isEmpty();
        const bool hasAuthor = authorTimeline(item).has_value();
        row->setVisible(canAct || hasAuthor);
        author->setVisible(hasAuthor);
        author->setToolTip(tr("Posts by @%1, in a column").arg(mastodon::authorOf(item).acct));
        reply->setVisible(canAct);
        remove->setVisible(canAct && target.ownPost);
        change->setVisible(canAct && target.editable);
        for (const auto &[b, mark] : marks) {
            b->setVisible(canAct);
            const bool on = mastodon::hasMark(item, mark);
            b->setCheckable(true);
            b->setChecked(on);
            const MarkWords words = wordsOf(mark, on);
            b->setText(words.button);
            b->setToolTip(words.tip);
        }
        if (canAct && !target.boostable && !mastodon::hasMark(item, Reblogged)) {
            marks.first().first->setEnabled(false);
            marks.first().first->setToolTip(tr("Only the people it was written for can see it: it cannot be boosted."));
        } else {
            marks.first().first->setEnabled(true);
        }
    };
    connect(reader, &ReaderPane::actionsUpdated, row, show);
    connect(this, &PostActions::postChanged, row, [this, reader, show](qint64 itemId) {
        if (const auto item = reader->currentItemId() == itemId ? m_engine.items().item(itemId) : std::nullopt)
            show(*item);
    });
    connect(this, &PostActions::postDeleted, reader, [reader](qint64 itemId) {
        if (reader->currentItemId() == itemId)
            reader->clear();
    });
}

PostActions::MarkWords PostActions::wordsOf(QLatin1String mark, bool on)
{
    if (mark == Reblogged)
        return on ? MarkWords { tr("⟲ Boosted"), tr("Undo the boost (T)"), tr("Boosted: it goes out with the outbox.") }
                  : MarkWords { tr("⟲ Boost"), tr("Boost it to your followers (T)"),
                        tr("Boost undone: it goes out with the outbox.") };
    if (mark == Favourited)
        return on ? MarkWords { tr("★ Favourited"), tr("Undo the favourite (F)"),
                        tr("Favourited: it goes out with the outbox.") }
                  : MarkWords { tr("☆ Favourite"), tr("Favourite it (F)"),
                        tr("Favourite undone: it goes out with the outbox.") };
    return on ? MarkWords { tr("Bookmarked"), tr("Remove it from your bookmarks (Shift+B)"),
                    tr("Bookmarked: it goes out with the outbox.") }
              : MarkWords { tr("Bookmark"), tr("Keep it in your bookmarks on the server (Shift+B)"),
                    tr("Bookmark removed: it goes out with the outbox.") };
}

void PostActions::addToMenu(QMenu *menu, qint64 itemId)
{
    const auto item = m_engine.items().item(itemId);
    if (!item)
        return;
    const mastodon::ItemTarget target = actingOn(*item);
    const bool hasAuthor = authorTimeline(*item).has_value();
    if (hasAuthor || target.error.isEmpty())
        menu->addSeparator();
    if (hasAuthor)
        menu->addAction(tr("Posts by @%1").arg(mastodon::authorOf(*item).acct), this, [this, itemId] { showAuthor(itemId); });
    if (!target.error.isEmpty())
        return;
    menu->addAction(tr("Reply…"), this, [this, itemId] { reply(itemId); })->setShortcut(QKeySequence(Qt::Key_R));
    // Ticked when done: choosing it again undoes it.
    const struct {
        QString text;
        QLatin1String mark;
        void (PostActions::*act)(qint64);
        QKeySequence key;
    } marks[] = {
        { tr("Boost"), Reblogged, &PostActions::boost, QKeySequence(Qt::Key_T) },
        { tr("Favourite"), Favourited, &PostActions::favourite, QKeySequence(Qt::Key_F) },
        { tr("Bookmark"), Bookmarked, &PostActions::bookmark, QKeySequence(Qt::SHIFT | Qt::Key_B) },
    };
    for (const auto &m : marks) {
        QAction *action = menu->addAction(m.text, this, [this, itemId, act = m.act] { (this->*act)(itemId); });
        action->setCheckable(true);
        action->setChecked(mastodon::hasMark(*item, m.mark));
        action->setShortcut(m.key);
        action->setEnabled(m.mark != Reblogged || target.boostable || action->isChecked());
    }
    if (target.editable)
        menu->addAction(tr("Edit…"), this, [this, itemId] { editPost(itemId); });
    if (target.ownPost)
        menu->addAction(tr("Delete…"), this, [this, itemId] { deletePost(itemId); });
}

void PostActions::toggle(qint64 itemId, QLatin1String mark)
{
    const auto t = targetOf(itemId, tr("Select a post first."));
    if (!t)
        return;
    // As every Mastodon client does: the same key again undoes it.
    const bool on = !mastodon::hasMark(t->item, mark);
    if (mark == Reblogged && on && !t->target.boostable) {
        Q_EMIT statusMessage(tr("Only the people it was written for can see it: it cannot be boosted."));
        return;
    }
    const QString verb = mark == Favourited ? QStringLiteral("favourite")
        : mark == Reblogged                 ? QStringLiteral("reblog")
                                            : QStringLiteral("bookmark");
    const QString action = QStringLiteral("mastodon.") + (on ? verb : QStringLiteral("un") + verb);
    QString error;
    if (m_engine.outbox().enqueue(t->target.accountId, action, t->target.payload(), &error) <= 0) {
        Q_EMIT statusMessage(tr("Could not queue it: %1").arg(error));
        return;
    }
    // Shown done at once; the next refresh brings what the server has.
    m_engine.items().setMeta(itemId, mastodon::withMark(t->item.meta, mark, on));
    Q_EMIT postChanged(itemId);
    Q_EMIT statusMessage(wordsOf(mark, on).done);
}

} // namespace gilde
