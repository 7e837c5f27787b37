#include "ForumComposerDialog.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sync/Outbox.h"
#include "ui/common/Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace gilde
{

ForumComposerDialog::ForumComposerDialog(Engine &engine, qint64 accountId, const ForumDraft &draft, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_accountId(accountId)
    , m_draft(draft)
    , m_title(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_post(new QPushButton(tr("Post"), this))
{
    const bool reply = draft.topicId > 0;
    const auto account = m_engine.accounts().byId(accountId);
    const QString forum = account ? account->server.host() : QString();
    setWindowTitle(reply ? tr("Reply in the forum") : tr("New topic"));
    setMinimumWidth(560);

    auto *context = new QLabel(this);
    context->setWordWrap(true);
    context->setTextFormat(Qt::PlainText);
    if (reply && draft.replyToNumber > 1)
        context->setText(tr("Replying to post #%1 of “%2” on %3 as %4").arg(draft.replyToNumber).arg(draft.title, forum, account ? account->userName : QString()));
    else if (reply)
        context->setText(tr("Replying to “%1” on %2 as %3").arg(draft.title, forum, account ? account->userName : QString()));
    else
        context->setText(tr("A new topic on %1 as %2").arg(forum, account ? account->userName : QString()));

    m_title->setPlaceholderText(tr("Title: what the topic is about, in a sentence"));
    m_title->setAccessibleName(tr("Topic title"));
    m_title->setVisible(!reply);
    if (!reply)
        m_title->setText(draft.title);
    m_text->setPlaceholderText(reply ? tr("Your reply (Markdown)") : tr("What you want to discuss (Markdown)"));
    m_text->setAccessibleName(reply ? tr("Reply text") : tr("Topic text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(draft.raw);
    m_text->moveCursor(QTextCursor::End);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_post, QDialogButtonBox::AcceptRole);
    m_post->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(context);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_post, &QPushButton::clicked, this, [this] {
        if (post())
            accept();
    });
    if (reply)
        m_text->setFocus();
    else
        m_title->setFocus();
}

void ForumComposerDialog::setEditedEntry(qint64 entryId, const QString &refusal)
{
    m_editedEntry = entryId;
    setWindowTitle(m_draft.topicId > 0 ? tr("Edit the reply") : tr("Edit the topic"));
    m_post->setText(tr("Send again"));
    if (!refusal.isEmpty())
        Theme::showStatus(m_error, tr("The forum said: %1").arg(refusal), true);
}

bool ForumComposerDialog::post()
{
    ForumDraft draft = m_draft;
    draft.raw = m_text->toPlainText().trimmed();
    const bool reply = draft.topicId > 0;
    if (!reply)
        draft.title = m_title->text().simplified();
    if (!reply && draft.title.isEmpty()) {
        Theme::showStatus(m_error, tr("Give the topic a title."), true);
        m_title->setFocus();
        return false;
    }
    if (draft.raw.isEmpty()) {
        Theme::showStatus(m_error, reply ? tr("Write your reply first.") : tr("Write what the topic is about."), true);
        m_text->setFocus();
        return false;
    }
    QString error;
    const QString action = QString::fromLatin1(reply ? discourse::ReplyAction : discourse::TopicAction);
    const QJsonObject payload = reply ? discourse::replyPayload(draft) : discourse::topicPayload(draft);
    if (m_editedEntry > 0) {
        if (!m_engine.outbox().edit(m_editedEntry, payload)) {
            Theme::showStatus(m_error, tr("It can no longer be edited: it is on its way to the forum, or was sent."), true);
            return false;
        }
        Q_EMIT queued(tr("Changed: it goes out again with the outbox."));
        return true;
    }
    if (m_engine.outbox().enqueue(m_accountId, action, payload, &error) <= 0) {
        Theme::showStatus(m_error, tr("Could not queue it: %1").arg(error), true);
        return false;
    }
    Q_EMIT queued(reply ? tr("Reply queued: it goes out with the outbox.") : tr("Topic queued: it goes out with the outbox."));
    return true;
}

} // namespace gilde
