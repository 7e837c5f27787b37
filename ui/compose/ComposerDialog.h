#pragma once

#include "core/model/Item.h"
#include "core/model/OutboxEntry.h"
#include "core/model/Source.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/sources/mastodon/PostDrafts.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace gilde
{

class ComposerAttachments;
class ComposerPoll;
class Engine;

/// Writes a Mastodon post or a reply: the text with the server's count
/// (links count as 23), a content warning, visibility, language, up to four
/// pictures with their descriptions or a poll, a time to appear, and the
/// accounts to post from (each gets its own queued write). Nothing is sent
/// from here: the posts go into the outbox, which delivers them when online.
/// What is written and not posted stays as a draft (PostDrafts) for the next
/// time the composer opens on the same subject.
class ComposerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComposerDialog(Engine &engine, QWidget *parent = nullptr);

    /// A reply to the item (from the account that reads its timeline).
    void setReplyTo(const Item &parent, const Source &source, qint64 accountId);

    /// An answer to the account's own post still in the outbox (a thread
    /// written offline): it goes out after that one, as a reply to it.
    void setReplyToEntry(const OutboxEntry &parent);

    /// Edits a queued post the server refused (or that was not sent yet):
    /// its text, warning, visibility and language, from its own account;
    /// post() then replaces that entry instead of queueing another. A post
    /// the server holds for later is replaced by a new one, which cancels it.
    void setEditedEntry(const OutboxEntry &entry);

    /// Edits a published post of the account's own: its words (`text` and
    /// `spoiler` as the server keeps them) and language; its pictures and who
    /// can see it stay. post() queues a "mastodon.edit".
    void setEditedStatus(const Item &post, qint64 accountId, const QString &text, const QString &spoiler);

    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *warningField() const { return m_warning; }
    QComboBox *visibilityBox() const { return m_visibility; }
    QPushButton *postButton() const { return m_post; }
    QLabel *counter() const { return m_counter; }
    QList<QCheckBox *> accountBoxes() const { return m_accounts; }
    ComposerAttachments *attachments() const { return m_attachments; }
    ComposerPoll *pollEditor() const { return m_poll; }
    QToolButton *pollToggle() const { return m_pollToggle; }
    QToolButton *laterToggle() const { return m_laterToggle; }
    QDateTimeEdit *whenEdit() const { return m_when; }
    QPushButton *saveDraftButton() const { return m_saveDraft; }
    /// Files picked elsewhere (a drop, a test): added as the picker adds them.
    void addFiles(const QStringList &paths);

    /// Queues the post for every ticked account; false (with a message) when it cannot.
    bool post();

    /// Mastodon's own limit unless the server says otherwise.
    static constexpr int MaxCharacters = 500;

Q_SIGNALS:
    void queued(const QString &message);

protected:
    void done(int result) override;

private:
    QWidget *buildExtras();
    void pickFiles();
    void restoreDraft(const QString &key);
    void fillFields(const mastodon::PostDraft &draft);
    bool replaceScheduled(mastodon::PostDraft draft);
    /// Copies of the draft's pictures in the profile, which its post sends and then removes.
    bool keepMedia(mastodon::PostDraft &draft);
    void updateCounter();
    mastodon::PostDraft fieldsDraft() const; ///< what the fields say, for no reply yet

    Engine &m_engine;
    QList<QCheckBox *> m_accounts;
    QToolButton *m_warningToggle;
    QLineEdit *m_warning;
    QPlainTextEdit *m_text;
    QComboBox *m_visibility;
    QComboBox *m_language;
    QLabel *m_counter;
    QLabel *m_replyLine;
    QLabel *m_error;
    QPushButton *m_post;
    QPushButton *m_saveDraft;
    ComposerAttachments *m_attachments;
    QPushButton *m_addMedia;
    QToolButton *m_pollToggle;
    ComposerPoll *m_poll;
    QToolButton *m_laterToggle;
    QDateTimeEdit *m_when;
    PostDrafts m_drafts;
    QString m_draftKey; ///< what the draft is kept under; empty: none (editing a queued post)
    bool m_posted = false;
    std::optional<Item> m_parent;
    qint64 m_editedEntry = 0;
    qint64 m_parentEntry = 0; ///< answering the account's own post still in the outbox
    std::optional<OutboxEntry> m_editedScheduled; ///< edited: a post the server holds for later
    std::optional<Item> m_editedStatus; ///< edited: a published post
    qint64 m_editedStatusAccount = 0;
    QString m_editedReplyToId; ///< an edited reply's parent, as its payload names it
    QString m_editedReplyToUrl;
    Source m_parentSource;
};

} // namespace gilde
