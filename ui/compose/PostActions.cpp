#include "PostActions.h"

#include "ComposerDialog.h"
#include "ForumActions.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "core/sync/Outbox.h"

#include "ui/reader/ReaderPane.h"

#include <QHBoxLayout>
#include <QMenu>
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

bool PostActions::canActOn(const Item &item) const
{
    const auto source = item.id > 0 ? m_engine.sources().byId(item.sourceId) : std::nullopt;
    return source
        && mastodon::targetOf(item, *source, m_engine.accounts().ofKind(QStringLiteral("mastodon"))).error.isEmpty();
}

void PostActions::attachReader(ReaderPane *reader)
{
    auto *row = new QWidget(reader);
    row->setObjectName(QStringLiteral("postActions"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    const struct {
        QString name;
        QString text;
        QString tip;
        void (PostActions::*act)(qint64);
    } buttons[] = {
        { QStringLiteral("replyButton"), tr("↩ Reply"), tr("Reply to this post (R)"), &PostActions::reply },
        { QStringLiteral("boostButton"), tr("⟲ Boost"), tr("Boost it to your followers (T)"), &PostActions::boost },
        { QStringLiteral("favouriteButton"), tr("☆ Favourite"), tr("Favourite it (F)"), &PostActions::favourite },
        { QStringLiteral("bookmarkButton"), tr("Bookmark"), tr("Keep it in your bookmarks on the server (Shift+B)"),
            &PostActions::bookmark },
    };
    for (const auto &b : buttons) {
        auto *button = new QToolButton(row);
        button->setObjectName(b.name);
        button->setText(b.text);
        button->setToolTip(b.tip);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QToolButton::clicked, this, [this, reader, act = b.act] { (this->*act)(reader->currentItemId()); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
    row->hide();
    reader->addHeaderWidget(row);
    connect(reader, &ReaderPane::actionsUpdated, row, [this, row](const Item &item) { row->setVisible(canActOn(item)); });
}

void PostActions::addToMenu(QMenu *menu, qint64 itemId)
{
    const auto item = m_engine.items().item(itemId);
    if (!item || !canActOn(*item))
        return;
    menu->addSeparator();
    menu->addAction(tr("Reply…"), this, [this, itemId] { reply(itemId); })->setShortcut(QKeySequence(Qt::Key_R));
    menu->addAction(tr("Boost"), this, [this, itemId] { boost(itemId); })->setShortcut(QKeySequence(Qt::Key_T));
    menu->addAction(tr("Favourite"), this, [this, itemId] { favourite(itemId); })->setShortcut(QKeySequence(Qt::Key_F));
    menu->addAction(tr("Bookmark"), this, [this, itemId] { bookmark(itemId); })
        ->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_B));
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
