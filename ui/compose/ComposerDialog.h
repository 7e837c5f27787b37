#pragma once

#include "core/model/Item.h"
#include "core/model/OutboxEntry.h"
#include "core/model/Source.h"
#include "core/sources/mastodon/MastodonWrites.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace gilde
{

class Engine;

/// Writes a Mastodon post or a reply: the text with the server's count
/// (links count as 23), a content warning, visibility, language, and the
/// accounts to post from (each gets its own queued write). Nothing is sent
/// from here: the posts go into the outbox, which delivers them when online.
class ComposerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComposerDialog(Engine &engine, QWidget *parent = nullptr);

    /// A reply to the item (from the account that reads its timeline).
    void setReplyTo(const Item &parent, const Source &source, qint64 accountId);

    /// Edits a queued post the server refused (or that was not sent yet):
    /// its text, warning, visibility and language, from its own account;
    /// post() then replaces that entry instead of queueing another.
    void setEditedEntry(const OutboxEntry &entry);

    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *warningField() const { return m_warning; }
    QComboBox *visibilityBox() const { return m_visibility; }
    QPushButton *postButton() const { return m_post; }
    QLabel *counter() const { return m_counter; }
    QList<QCheckBox *> accountBoxes() const { return m_accounts; }

    /// Queues the post for every ticked account; false (with a message) when it cannot.
    bool post();

    /// Mastodon's own limit unless the server says otherwise.
    static constexpr int MaxCharacters = 500;

Q_SIGNALS:
    void queued(const QString &message);

private:
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
    std::optional<Item> m_parent;
    qint64 m_editedEntry = 0;
    QString m_editedReplyToId; ///< an edited reply's parent, as its payload names it
    QString m_editedReplyToUrl;
    Source m_parentSource;
};

} // namespace gilde
