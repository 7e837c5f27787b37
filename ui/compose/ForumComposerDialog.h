#pragma once

#include "core/sources/discourse/DiscourseWrites.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gilde
{

class Engine;

/// Writes to a forum as the signed-in account: a reply to a topic or to one
/// of its posts (with the text the user selected quoted), or a new topic in
/// a category, with its title. Nothing is sent from here: the write goes into
/// the outbox, which delivers it when online; what the forum refuses (too
/// short, a closed topic) comes back in the outbox in its words.
class ForumComposerDialog : public QDialog
{
    Q_OBJECT
public:
    /// `draft` from discourse::makeReply or makeTopic: a reply when it names a topic.
    ForumComposerDialog(Engine &engine, qint64 accountId, const ForumDraft &draft, QWidget *parent = nullptr);

    QLineEdit *titleField() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *postButton() const { return m_post; }
    QLabel *errorLabel() const { return m_error; }

    /// Makes the dialog edit outbox entry `entryId`, whose draft the
    /// constructor got, showing why the forum refused it; post() then
    /// replaces that entry's text instead of queueing another write.
    void setEditedEntry(qint64 entryId, const QString &refusal);

    /// Queues the write; false (with a message) when it cannot.
    bool post();

Q_SIGNALS:
    void queued(const QString &message);

private:
    Engine &m_engine;
    const qint64 m_accountId;
    ForumDraft m_draft;
    qint64 m_editedEntry = 0;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_post = nullptr;
};

} // namespace gilde
