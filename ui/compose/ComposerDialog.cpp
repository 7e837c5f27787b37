#include "ComposerDialog.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/sync/Outbox.h"
#include "ui/common/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace gilde
{

ComposerDialog::ComposerDialog(Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_warningToggle(new QToolButton(this))
    , m_warning(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_visibility(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_counter(new QLabel(this))
    , m_replyLine(new QLabel(this))
    , m_error(new QLabel(this))
    , m_post(new QPushButton(tr("Post"), this))
{
    setWindowTitle(tr("Write a post"));
    setMinimumWidth(520);

    auto *from = new QHBoxLayout;
    from->addWidget(new QLabel(tr("From:"), this));
    const QList<Account> accounts = m_engine.accounts().ofKind(QStringLiteral("mastodon"));
    for (const Account &a : accounts) {
        auto *box = new QCheckBox(u'@' + a.userName, this);
        box->setProperty("accountId", a.id);
        box->setChecked(m_accounts.isEmpty());
        box->setAccessibleName(tr("Post from @%1").arg(a.userName));
        connect(box, &QCheckBox::toggled, this, &ComposerDialog::updateCounter);
        from->addWidget(box);
        m_accounts << box;
    }
    from->addStretch(1);

    m_replyLine->setWordWrap(true);
    m_replyLine->hide();
    m_warningToggle->setText(tr("CW"));
    m_warningToggle->setCheckable(true);
    m_warningToggle->setToolTip(tr("Add a content warning"));
    m_warningToggle->setAccessibleName(tr("Content warning"));
    m_warning->setPlaceholderText(tr("Content warning: what readers see before they open it"));
    m_warning->setAccessibleName(tr("Content warning text"));
    m_warning->hide();
    m_text->setPlaceholderText(tr("What have you learned?"));
    m_text->setAccessibleName(tr("Post text"));
    m_text->setTabChangesFocus(true);
    m_visibility->setAccessibleName(tr("Visibility"));
    m_visibility->addItem(tr("Public"), QStringLiteral("public"));
    m_visibility->addItem(tr("Quiet public"), QStringLiteral("unlisted"));
    m_visibility->addItem(tr("Followers only"), QStringLiteral("private"));
    m_visibility->addItem(tr("Mentioned people only"), QStringLiteral("direct"));
    m_language->setAccessibleName(tr("Language"));
    for (const char *code : { "nl", "en", "de", "fr", "es" })
        m_language->addItem(QLocale(QString::fromLatin1(code)).nativeLanguageName(), QString::fromLatin1(code));
    const int own = m_language->findData(QLocale().name().left(2));
    m_language->setCurrentIndex(own >= 0 ? own : 0);
    m_counter->setAccessibleName(tr("Characters left"));
    m_error->setWordWrap(true);
    m_error->hide();
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::error(palette()));
    m_error->setPalette(errorPalette);

    auto *options = new QHBoxLayout;
    options->addWidget(m_warningToggle);
    options->addWidget(m_visibility);
    options->addWidget(m_language);
    options->addStretch(1);
    options->addWidget(m_counter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_post, QDialogButtonBox::AcceptRole);
    m_post->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(from);
    layout->addWidget(m_replyLine);
    layout->addWidget(m_warning);
    layout->addWidget(m_text, 1);
    layout->addLayout(options);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_post, &QPushButton::clicked, this, [this] {
        if (post())
            accept();
    });
    connect(m_warningToggle, &QToolButton::toggled, this, [this](bool on) {
        m_warning->setVisible(on);
        if (on)
            m_warning->setFocus();
        updateCounter();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, &ComposerDialog::updateCounter);
    connect(m_warning, &QLineEdit::textChanged, this, &ComposerDialog::updateCounter);
    if (accounts.isEmpty()) {
        m_error->setText(tr("Add a Mastodon account first: the + on the left edge of the window."));
        m_error->show();
    }
    updateCounter();
    m_text->setFocus();
}

void ComposerDialog::setReplyTo(const Item &parent, const Source &source, qint64 accountId)
{
    m_parent = parent;
    m_parentSource = source;
    setWindowTitle(tr("Reply"));
    // A reply goes from one account: the one that reads the thread.
    for (QCheckBox *box : std::as_const(m_accounts)) {
        box->setChecked(box->property("accountId").toLongLong() == accountId);
        box->setEnabled(false);
    }
    const QString who = parent.author.isEmpty() ? tr("a post") : parent.author;
    m_replyLine->setText(tr("Replying to %1: “%2”").arg(who, (parent.title.isEmpty() ? parent.text : parent.title).left(120)));
    m_replyLine->show();
    const auto account = m_engine.accounts().byId(accountId);
    mastodon::PostDraft draft;
    if (account && mastodon::makeReply(draft, parent, source, *account, nullptr)) {
        m_text->setPlainText(draft.text);
        const int visibility = m_visibility->findData(draft.visibility);
        if (visibility >= 0)
            m_visibility->setCurrentIndex(visibility);
        QTextCursor end = m_text->textCursor();
        end.movePosition(QTextCursor::End);
        m_text->setTextCursor(end);
    }
    // A reply keeps the warning of the post it answers, as Mastodon's own composer does.
    const QString spoiler
        = QJsonDocument::fromJson(parent.meta.toUtf8()).object().value(QLatin1String("spoiler")).toString();
    if (!spoiler.isEmpty()) {
        m_warningToggle->setChecked(true);
        m_warning->setText(spoiler);
        m_text->setFocus();
    }
}

void ComposerDialog::setEditedEntry(const OutboxEntry &entry)
{
    const mastodon::PostDraft draft = mastodon::draftOf(entry.payload);
    m_editedEntry = entry.id;
    m_editedReplyToId = draft.inReplyToId;
    m_editedReplyToUrl = draft.inReplyToUrl;
    setWindowTitle(tr("Edit the post"));
    m_post->setText(tr("Send again"));
    for (QCheckBox *box : std::as_const(m_accounts)) {
        box->setChecked(box->property("accountId").toLongLong() == entry.accountId);
        box->setEnabled(false);
    }
    if (!draft.inReplyToId.isEmpty() || !draft.inReplyToUrl.isEmpty()) {
        m_replyLine->setText(tr("A reply"));
        m_replyLine->show();
    }
    m_text->setPlainText(draft.text);
    m_text->moveCursor(QTextCursor::End);
    m_warningToggle->setChecked(!draft.spoiler.isEmpty());
    m_warning->setText(draft.spoiler);
    const int visibility = m_visibility->findData(draft.visibility);
    if (visibility >= 0)
        m_visibility->setCurrentIndex(visibility);
    const int language = m_language->findData(draft.language);
    if (language >= 0)
        m_language->setCurrentIndex(language);
    if (!entry.lastError.isEmpty()) {
        m_error->setText(tr("The server said: %1").arg(entry.lastError));
        m_error->show();
    }
    m_text->setFocus();
    updateCounter();
}

void ComposerDialog::updateCounter()
{
    const int used = mastodon::characterCount(m_text->toPlainText())
        + (m_warningToggle->isChecked() ? int(m_warning->text().toUcs4().size()) : 0);
    const int left = MaxCharacters - used;
    m_counter->setText(QString::number(left));
    QPalette pal = m_counter->palette();
    pal.setColor(QPalette::WindowText, left < 0 ? Theme::error(palette()) : Theme::mutedText(palette()));
    m_counter->setPalette(pal);
    bool anyAccount = false;
    for (QCheckBox *box : std::as_const(m_accounts))
        anyAccount = anyAccount || box->isChecked();
    m_post->setEnabled(anyAccount && left >= 0 && !m_text->toPlainText().trimmed().isEmpty());
}

mastodon::PostDraft ComposerDialog::fieldsDraft() const
{
    mastodon::PostDraft draft;
    draft.text = m_text->toPlainText().trimmed();
    draft.spoiler = m_warningToggle->isChecked() ? m_warning->text().trimmed() : QString();
    draft.visibility = m_visibility->currentData().toString();
    draft.language = m_language->currentData().toString();
    return draft;
}

bool ComposerDialog::post()
{
    if (m_editedEntry > 0) {
        mastodon::PostDraft draft = fieldsDraft();
        draft.inReplyToId = m_editedReplyToId;
        draft.inReplyToUrl = m_editedReplyToUrl;
        if (!m_engine.outbox().edit(m_editedEntry, mastodon::postPayload(draft))) {
            m_error->setText(tr("It can no longer be edited: it is on its way to the server, or was sent."));
            m_error->show();
            return false;
        }
        Q_EMIT queued(tr("Changed: it goes out again with the outbox."));
        return true;
    }
    QStringList queuedFrom;
    for (QCheckBox *box : std::as_const(m_accounts)) {
        if (!box->isChecked())
            continue;
        const auto account = m_engine.accounts().byId(box->property("accountId").toLongLong());
        if (!account)
            continue;
        mastodon::PostDraft draft = fieldsDraft();
        QString error;
        if (m_parent && !mastodon::makeReply(draft, *m_parent, m_parentSource, *account, &error)) {
            m_error->setText(error);
            m_error->show();
            return false;
        }
        if (m_engine.outbox().enqueue(account->id, QStringLiteral("mastodon.post"), mastodon::postPayload(draft), &error) <= 0) {
            m_error->setText(tr("The post could not be queued: %1").arg(error));
            m_error->show();
            return false;
        }
        queuedFrom << u'@' + account->userName;
    }
    if (queuedFrom.isEmpty())
        return false;
    Q_EMIT queued(tr("Queued from %1: it goes out with the outbox.").arg(queuedFrom.join(QStringLiteral(", "))));
    return true;
}

} // namespace gilde
