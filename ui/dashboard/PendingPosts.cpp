#include "PendingPosts.h"

#include "core/Engine.h"
#include "core/sources/mastodon/MastodonTimeline.h"
#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "ui/common/Theme.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/compose/EntryEditor.h"
#include "ui/dashboard/ColumnWidget.h"

#include <QDateTime>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace gilde
{

namespace
{

bool isPending(const OutboxEntry &e)
{
    return e.action == u"mastodon.post" && e.state != OutboxEntry::State::Sent;
}

QString excerpt(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 160 ? simple.left(159) + QChar(0x2026) : simple;
}

} // namespace

PendingPosts::PendingPosts(Engine &engine, qint64 accountId, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_accountId(accountId)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("pendingPosts"));
    setFocusPolicy(Qt::NoFocus); // its buttons take the focus
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(1);
    connect(&m_engine.outbox(), &Outbox::entryChanged, this, &PendingPosts::reload);
    connect(&m_engine.sync(), &SyncEngine::onlineChanged, this, &PendingPosts::reload);
    reload();
}

PendingPosts *PendingPosts::attachTo(Engine &engine, ColumnWidget *column)
{
    const auto home = column->timeline();
    if (!home || home->kind != MastodonTimeline::Kind::Home || home->accountId <= 0)
        return nullptr;
    auto *strip = new PendingPosts(engine, home->accountId, column);
    column->insertBelowHeader(strip);
    return strip;
}

QString PendingPosts::stateLine(const OutboxEntry &e, bool online)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 at = qint64(e.payload.value(QLatin1String("scheduled_at_ms")).toDouble());
    const auto when = [](qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); };
    switch (e.state) {
    case OutboxEntry::State::Failed:
        return tr("Not posted — the server said: %1").arg(e.lastError);
    case OutboxEntry::State::Sending:
        return tr("Posting…");
    case OutboxEntry::State::Queued:
    case OutboxEntry::State::Sent:
        break;
    }
    if (at > now)
        return online ? tr("Scheduled for %1").arg(when(at))
                      : tr("Scheduled for %1 — sent to the server once you are online").arg(when(at));
    if (!online)
        return tr("In the outbox — posted once you are online");
    return e.attempts > 0 ? tr("Waiting to try again (%1)").arg(e.lastError) : tr("In the outbox — posting shortly");
}

void PendingPosts::reload()
{
    QList<OutboxEntry> pending;
    for (const OutboxEntry &e : m_engine.outboxStore().all()) {
        if (e.accountId == m_accountId && isPending(e))
            pending.prepend(e); // oldest first, as they go out
    }
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown.clear();
    for (const OutboxEntry &e : pending) {
        if (m_shown.size() == MaxShown)
            break;
        m_layout->addWidget(card(e));
        m_shown << e.id;
    }
    if (pending.size() > MaxShown) {
        auto *more = new QLabel(tr("and %n more in the outbox", nullptr, int(pending.size() - MaxShown)), this);
        more->setContentsMargins(12, 2, 12, 4);
        m_layout->addWidget(more);
    }
    setVisible(!m_shown.isEmpty());
}

QWidget *PendingPosts::card(const OutboxEntry &e)
{
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("pendingPost"));
    card->setAutoFillBackground(true);
    QPalette pal = card->palette();
    const bool failed = e.state == OutboxEntry::State::Failed;
    pal.setColor(QPalette::Window, failed ? Theme::errorBackground(palette()) : Theme::warningBackground(palette()));
    card->setPalette(pal);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 6, 10, 6);
    layout->setSpacing(2);
    auto *text = new QLabel(excerpt(e.payload.value(QLatin1String("status")).toString()), card);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *state = new QLabel(QStringLiteral("⏳ ") + stateLine(e, m_engine.sync().isOnline()), card);
    state->setWordWrap(true);
    state->setTextFormat(Qt::PlainText);
    QPalette statePal = state->palette();
    statePal.setColor(QPalette::WindowText, failed ? Theme::error(palette()) : Theme::warningText(palette()));
    state->setPalette(statePal);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    const bool movable = e.state != OutboxEntry::State::Sending;
    auto *editButton = new QPushButton(tr("Edit…"), card);
    editButton->setAccessibleName(tr("Edit the post waiting in the outbox"));
    editButton->setEnabled(movable && Outbox::canEdit(e));
    editButton->setFocusPolicy(Qt::TabFocus);
    auto *cancelButton = new QPushButton(tr("Cancel"), card);
    cancelButton->setAccessibleName(tr("Cancel the post waiting in the outbox"));
    cancelButton->setEnabled(movable);
    cancelButton->setFocusPolicy(Qt::TabFocus);
    auto *threadButton = new QPushButton(tr("Continue thread…"), card);
    threadButton->setAccessibleName(tr("Write a reply to the post waiting in the outbox"));
    threadButton->setToolTip(tr("A reply to this post, sent after it"));
    threadButton->setEnabled(e.state != OutboxEntry::State::Failed);
    threadButton->setFocusPolicy(Qt::TabFocus);
    buttons->addWidget(editButton);
    buttons->addWidget(cancelButton);
    buttons->addWidget(threadButton);
    buttons->addStretch(1);
    layout->addWidget(text);
    layout->addWidget(state);
    layout->addLayout(buttons);
    const qint64 id = e.id;
    connect(editButton, &QPushButton::clicked, this, [this, id] { edit(id); });
    connect(cancelButton, &QPushButton::clicked, this, [this, id] { cancel(id); });
    connect(threadButton, &QPushButton::clicked, this, [this, id] { continueThread(id); });
    return card;
}

void PendingPosts::edit(qint64 entryId)
{
    const auto entry = m_engine.outboxStore().byId(entryId);
    if (!entry || !Outbox::canEdit(*entry))
        return;
    if (QDialog *editor = entryEditor::create(m_engine, *entry, window())) {
        Q_EMIT editorOpened(editor);
        editor->open();
    }
}

void PendingPosts::continueThread(qint64 entryId)
{
    const auto entry = m_engine.outboxStore().byId(entryId);
    if (!entry)
        return;
    auto *composer = new ComposerDialog(m_engine, window());
    composer->setAttribute(Qt::WA_DeleteOnClose);
    composer->setReplyToEntry(*entry);
    Q_EMIT editorOpened(composer);
    composer->open();
}

void PendingPosts::cancel(qint64 entryId)
{
    const auto entry = m_engine.outboxStore().byId(entryId);
    if (!entry || entry->state == OutboxEntry::State::Sending)
        return;
    const auto answer = QMessageBox::question(this, tr("Cancel post"),
        tr("Cancel “%1”? It will not be posted, and its text is gone.")
            .arg(excerpt(entry->payload.value(QLatin1String("status")).toString()).left(80)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_engine.outbox().discard(entryId);
}

} // namespace gilde
