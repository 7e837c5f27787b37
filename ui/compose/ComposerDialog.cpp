#include "ComposerDialog.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/mastodon/MastodonMedia.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/sync/Outbox.h"
#include "ui/common/Theme.h"
#include "ui/compose/ComposerAttachments.h"
#include "ui/compose/ComposerPoll.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
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
    , m_saveDraft(new QPushButton(tr("Save draft"), this))
    , m_attachments(new ComposerAttachments(this))
    , m_addMedia(new QPushButton(tr("Image"), this))
    , m_pollToggle(new QToolButton(this))
    , m_poll(new ComposerPoll(this))
    , m_laterToggle(new QToolButton(this))
    , m_when(new QDateTimeEdit(this))
    , m_drafts(engine.profileDir())
    , m_draftKey(PostDrafts::newPostKey())
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
    options->addWidget(m_addMedia);
    options->addWidget(m_pollToggle);
    options->addWidget(m_warningToggle);
    options->addWidget(m_visibility);
    options->addWidget(m_language);
    options->addWidget(m_laterToggle);
    options->addWidget(m_when);
    options->addStretch(1);
    options->addWidget(m_counter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_saveDraft, QDialogButtonBox::RejectRole);
    buttons->addButton(m_post, QDialogButtonBox::AcceptRole);
    m_post->setDefault(true);
    m_saveDraft->setToolTip(tr("Keep it for later; it is here again the next time you write"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(from);
    layout->addWidget(m_replyLine);
    layout->addWidget(m_warning);
    layout->addWidget(m_text, 1);
    layout->addWidget(buildExtras());
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
    restoreDraft(m_draftKey);
    updateCounter();
    m_text->setFocus();
}

QWidget *ComposerDialog::buildExtras()
{
    auto *extras = new QWidget(this);
    auto *layout = new QVBoxLayout(extras);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attachments);
    layout->addWidget(m_poll);
    m_poll->hide();
    m_addMedia->setToolTip(tr("Add pictures, a video or a sound (up to four)"));
    m_addMedia->setAccessibleName(tr("Add a picture"));
    m_pollToggle->setText(tr("Poll"));
    m_pollToggle->setCheckable(true);
    m_pollToggle->setToolTip(tr("Add a poll"));
    m_pollToggle->setAccessibleName(tr("Poll"));
    m_laterToggle->setText(tr("Later"));
    m_laterToggle->setCheckable(true);
    m_laterToggle->setToolTip(tr("Post at a time you choose"));
    m_laterToggle->setAccessibleName(tr("Post later"));
    m_when->setAccessibleName(tr("When it appears"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    // Tomorrow at nine: what people schedule most.
    m_when->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
    m_when->hide();
    connect(m_addMedia, &QPushButton::clicked, this, &ComposerDialog::pickFiles);
    connect(m_attachments, &ComposerAttachments::changed, this, &ComposerDialog::updateCounter);
    connect(m_poll, &ComposerPoll::changed, this, &ComposerDialog::updateCounter);
    connect(m_pollToggle, &QToolButton::toggled, this, [this](bool on) {
        m_poll->setVisible(on);
        if (on)
            m_poll->choiceField(0)->setFocus();
        updateCounter();
    });
    connect(m_laterToggle, &QToolButton::toggled, this, [this](bool on) {
        m_when->setVisible(on);
        updateCounter();
    });
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &ComposerDialog::updateCounter);
    connect(m_saveDraft, &QPushButton::clicked, this, &QDialog::reject); // done() keeps it
    return extras;
}

void ComposerDialog::pickFiles()
{
    // Not modal to the whole program: the dialog is the composer's own.
    auto *picker = new QFileDialog(this, tr("Add pictures"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFiles);
    picker->setNameFilter(ComposerAttachments::fileFilter());
    connect(picker, &QFileDialog::filesSelected, this, &ComposerDialog::addFiles);
    picker->open();
}

void ComposerDialog::addFiles(const QStringList &paths)
{
    const QString left = m_attachments->addFiles(paths);
    m_error->setText(left);
    m_error->setVisible(!left.isEmpty());
    if (m_attachments->count() > 0)
        m_attachments->descriptionField(m_attachments->count() - 1)->setFocus();
}

void ComposerDialog::restoreDraft(const QString &key)
{
    const std::optional<PostDrafts::Draft> draft = m_drafts.load(key);
    if (!draft)
        return;
    fillFields(draft->post);
    for (QCheckBox *box : std::as_const(m_accounts)) {
        if (box->isEnabled())
            box->setChecked(draft->accountIds.contains(box->property("accountId").toLongLong()));
    }
    m_replyLine->setText(m_replyLine->text() + (m_replyLine->text().isEmpty() ? QString() : QStringLiteral("\n"))
        + tr("Your draft of %1.").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(draft->savedMs), QLocale::ShortFormat)));
    m_replyLine->show();
}

void ComposerDialog::fillFields(const mastodon::PostDraft &draft)
{
    m_text->setPlainText(draft.text);
    m_text->moveCursor(QTextCursor::End);
    m_warningToggle->setChecked(!draft.spoiler.isEmpty());
    m_warning->setText(draft.spoiler);
    if (const int visibility = m_visibility->findData(draft.visibility); visibility >= 0)
        m_visibility->setCurrentIndex(visibility);
    if (const int language = m_language->findData(draft.language); language >= 0)
        m_language->setCurrentIndex(language);
    m_attachments->setMedia(draft.media);
    m_pollToggle->setChecked(draft.poll.has_value());
    if (draft.poll)
        m_poll->setPoll(*draft.poll);
    m_laterToggle->setChecked(draft.scheduledAtMs > 0);
    if (draft.scheduledAtMs > 0)
        m_when->setDateTime(QDateTime::fromMSecsSinceEpoch(draft.scheduledAtMs));
}

bool ComposerDialog::keepMedia(mastodon::PostDraft &draft)
{
    for (mastodon::MediaDraft &m : draft.media) {
        // A queued post's own copy serves as it is; a file the user picked is copied.
        if (mastodon::isKeptMediaFile(m.path) && QFile::exists(m.path))
            continue;
        // A post the server holds was sent with its pictures, and their copies went.
        if (mastodon::isKeptMediaFile(m.path)) {
            m_error->setText(tr("Its pictures went with the post the server holds: add them again."));
            m_error->show();
            return false;
        }
        QString error;
        m.path = mastodon::keepMediaFile(m_engine.profileDir(), m.path, &error);
        if (m.path.isEmpty()) {
            m_error->setText(error);
            m_error->show();
            return false;
        }
    }
    return true;
}

bool ComposerDialog::replaceScheduled(mastodon::PostDraft draft)
{
    QString error;
    const auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        return false;
    };
    if (!keepMedia(draft))
        return false;
    // Tried at once whatever its new time, so that the held one is cancelled
    // before it can appear; a near time is then waited for by the deliverer.
    const QJsonObject payload = mastodon::replacing(mastodon::postPayload(draft), *m_editedScheduled);
    if (m_engine.outbox().enqueue(m_editedScheduled->accountId, QStringLiteral("mastodon.post"), payload, &error) <= 0)
        return fail(tr("The post could not be queued: %1").arg(error));
    m_engine.outbox().discard(m_editedScheduled->id);
    m_posted = true;
    Q_EMIT queued(tr("Changed: the post the server held is replaced once Gilde is online."));
    return true;
}

void ComposerDialog::done(int result)
{
    // Whatever was written and not posted is there again next time.
    if (!m_posted && !m_draftKey.isEmpty()) {
        const mastodon::PostDraft draft = fieldsDraft();
        const bool empty = draft.text.isEmpty() && draft.spoiler.isEmpty() && draft.media.isEmpty() && !draft.poll;
        const bool onlyMentions = m_parent && draft.media.isEmpty() && !draft.poll
            && QString(draft.text).remove(QRegularExpression(QStringLiteral("@[\\w.@-]+"))).trimmed().isEmpty();
        if (empty || onlyMentions) {
            m_drafts.remove(m_draftKey);
        } else {
            PostDrafts::Draft kept { draft, {}, 0 };
            for (QCheckBox *box : std::as_const(m_accounts)) {
                if (box->isChecked())
                    kept.accountIds << box->property("accountId").toLongLong();
            }
            QString error;
            if (!m_drafts.save(m_draftKey, kept, &error)) {
                // Not closed: what is written would be lost.
                m_error->setText(tr("The draft could not be kept: %1. Is the disk full?").arg(error));
                m_error->show();
                return;
            }
        }
    }
    QDialog::done(result);
}

void ComposerDialog::setReplyTo(const Item &parent, const Source &source, qint64 accountId)
{
    // The new post's draft the composer opened with is not this reply's.
    fillFields({});
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
    // Not the new post's draft: this reply's own, if one was kept.
    m_draftKey = PostDrafts::replyKey(parent.id);
    restoreDraft(m_draftKey);
    updateCounter();
}

void ComposerDialog::setReplyToEntry(const OutboxEntry &parent)
{
    fillFields({});
    m_parentEntry = parent.id;
    setWindowTitle(tr("Continue the thread"));
    for (QCheckBox *box : std::as_const(m_accounts)) {
        box->setChecked(box->property("accountId").toLongLong() == parent.accountId);
        box->setEnabled(false);
    }
    const mastodon::PostDraft above = mastodon::draftOf(parent.payload);
    m_replyLine->setText(tr("Continuing your post: “%1”").arg(above.text.simplified().left(120)));
    m_replyLine->show();
    if (const int visibility = m_visibility->findData(above.visibility); visibility >= 0)
        m_visibility->setCurrentIndex(visibility);
    m_draftKey = QStringLiteral("thread-%1").arg(parent.id);
    restoreDraft(m_draftKey);
    updateCounter();
}

void ComposerDialog::setEditedEntry(const OutboxEntry &entry)
{
    const mastodon::PostDraft draft = mastodon::draftOf(entry.payload);
    m_draftKey.clear(); // the outbox entry is where it is kept
    m_saveDraft->hide();
    if (mastodon::scheduledOnServerAt(entry, QDateTime::currentMSecsSinceEpoch()) > 0)
        m_editedScheduled = entry;
    m_replyLine->clear();
    m_replyLine->hide();
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
    fillFields(draft);
    if (!entry.lastError.isEmpty()) {
        m_error->setText(tr("The server said: %1").arg(entry.lastError));
        m_error->show();
    }
    m_text->setFocus();
    updateCounter();
}

void ComposerDialog::setEditedStatus(const Item &post, qint64 accountId, const QString &text, const QString &spoiler)
{
    m_editedStatus = post;
    m_editedStatusAccount = accountId;
    m_draftKey.clear(); // the post itself is what is kept
    m_saveDraft->hide();
    setWindowTitle(tr("Edit your post"));
    m_post->setText(tr("Save edit"));
    for (QCheckBox *box : std::as_const(m_accounts)) {
        box->setChecked(box->property("accountId").toLongLong() == accountId);
        box->setEnabled(false);
    }
    // An edit changes the words: what else the post is stays.
    for (QWidget *fixed : { static_cast<QWidget *>(m_visibility), static_cast<QWidget *>(m_laterToggle),
             static_cast<QWidget *>(m_pollToggle), static_cast<QWidget *>(m_addMedia) })
        fixed->setEnabled(false);
    m_replyLine->setText(tr("Its pictures and who can see it stay as they are."));
    m_replyLine->show();
    mastodon::PostDraft draft;
    draft.text = text;
    draft.spoiler = spoiler;
    draft.visibility = mastodon::replyVisibility(post);
    fillFields(draft);
    // Its language as the server has it, unless another is picked: an edit
    // that names none keeps it.
    m_language->insertItem(0, tr("As it is"), QString());
    m_language->setCurrentIndex(0);
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
    // Pictures or a poll, not both, as servers take them.
    m_addMedia->setEnabled(!m_pollToggle->isChecked() && m_attachments->count() < mastodon::MaxMedia);
    m_pollToggle->setEnabled(m_attachments->count() == 0);
    const mastodon::PostDraft draft = fieldsDraft();
    const bool inFuture = !m_laterToggle->isChecked() || m_when->dateTime() > QDateTime::currentDateTime();
    m_post->setText(m_editedEntry > 0 ? tr("Send again") : m_laterToggle->isChecked() ? tr("Schedule") : tr("Post"));
    m_post->setEnabled(anyAccount && left >= 0 && inFuture && mastodon::draftProblem(draft).isEmpty());
}

mastodon::PostDraft ComposerDialog::fieldsDraft() const
{
    mastodon::PostDraft draft;
    draft.text = m_text->toPlainText().trimmed();
    draft.spoiler = m_warningToggle->isChecked() ? m_warning->text().trimmed() : QString();
    draft.visibility = m_visibility->currentData().toString();
    draft.language = m_language->currentData().toString();
    draft.media = m_attachments->media();
    if (m_pollToggle->isChecked())
        draft.poll = m_poll->poll();
    if (m_laterToggle->isChecked())
        draft.scheduledAtMs = m_when->dateTime().toMSecsSinceEpoch();
    return draft;
}

bool ComposerDialog::post()
{
    if (m_editedStatus) {
        const mastodon::PostDraft draft = fieldsDraft();
        const QString statusId = mastodon::statusIdOf(*m_editedStatus);
        // Shown edited where it was edited from once the server has it, unless
        // that row is someone's boost of it.
        const qint64 sourceId = m_editedStatus->remoteId == statusId ? m_editedStatus->sourceId : 0;
        QString error;
        if (m_engine.outbox().enqueue(m_editedStatusAccount, QLatin1String(mastodon::EditAction),
                mastodon::editPayload(statusId, draft, sourceId), &error) <= 0) {
            m_error->setText(tr("The edit could not be queued: %1").arg(error));
            m_error->show();
            return false;
        }
        m_posted = true;
        Q_EMIT queued(tr("Edited: it goes out with the outbox."));
        return true;
    }
    if (m_editedEntry > 0) {
        mastodon::PostDraft draft = fieldsDraft();
        draft.inReplyToId = m_editedReplyToId;
        draft.inReplyToUrl = m_editedReplyToUrl;
        if (m_editedScheduled)
            return replaceScheduled(draft);
        if (!keepMedia(draft))
            return false;
        // Its time may have changed: too near for the server, the outbox holds it.
        if (!m_engine.outbox().edit(m_editedEntry, mastodon::postPayload(draft),
                mastodon::notBeforeOf(draft, QDateTime::currentMSecsSinceEpoch()))) {
            m_error->setText(tr("It can no longer be edited: it is on its way to the server, or was sent."));
            m_error->show();
            return false;
        }
        m_posted = true;
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
        draft.inReplyToEntry = m_parentEntry;
        QString error;
        if (m_parent && !mastodon::makeReply(draft, *m_parent, m_parentSource, *account, &error)) {
            m_error->setText(error);
            m_error->show();
            return false;
        }
        // Each account's post sends, then removes, its own copies of the pictures.
        if (!keepMedia(draft))
            return false;
        const qint64 notBefore = mastodon::notBeforeOf(draft, QDateTime::currentMSecsSinceEpoch());
        if (m_engine.outbox().enqueue(account->id, QStringLiteral("mastodon.post"), mastodon::postPayload(draft), &error,
                notBefore) <= 0) {
            m_error->setText(tr("The post could not be queued: %1").arg(error));
            m_error->show();
            return false;
        }
        queuedFrom << u'@' + account->userName;
    }
    if (queuedFrom.isEmpty())
        return false;
    m_posted = true;
    if (!m_draftKey.isEmpty())
        m_drafts.remove(m_draftKey);
    const QString from = queuedFrom.join(QStringLiteral(", "));
    if (m_laterToggle->isChecked())
        Q_EMIT queued(tr("Scheduled from %1 for %2.").arg(from, QLocale().toString(m_when->dateTime(), QLocale::ShortFormat)));
    else
        Q_EMIT queued(tr("Queued from %1: it goes out with the outbox.").arg(from));
    return true;
}

} // namespace gilde
