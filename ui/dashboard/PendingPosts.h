#pragma once

#include "core/model/OutboxEntry.h"

#include <QWidget>

class QDialog;
class QVBoxLayout;

namespace gilde
{

class ColumnWidget;
class Engine;

/// An account's posts still in the outbox, at the top of its Home column as
/// the mockup has them: each with what is happening to it (queued until
/// online, waiting to retry, refused with the server's words, held for its
/// time), Edit…, Cancel and Continue thread…. A post leaves once the server has it; the post
/// itself then comes in with the timeline.
class PendingPosts : public QWidget
{
    Q_OBJECT
public:
    PendingPosts(Engine &engine, qint64 accountId, QWidget *parent = nullptr);

    /// The strip in the column when it is an account's Home; else none.
    static PendingPosts *attachTo(Engine &engine, ColumnWidget *column);

    /// How many posts it shows.
    int count() const { return int(m_shown.size()); }
    /// At most this many; the rest are counted and wait in the outbox dialog.
    static constexpr int MaxShown = 3;

    /// The post's line: what is happening to it.
    static QString stateLine(const OutboxEntry &entry, bool online);

    /// Edit…: the post in its composer (EntryEditor), which replaces the entry.
    void edit(qint64 entryId);
    /// Continue thread…: a reply to it, written now, sent after it.
    void continueThread(qint64 entryId);
    /// Cancel: asked, then the entry leaves the outbox.
    void cancel(qint64 entryId);

Q_SIGNALS:
    void editorOpened(QDialog *editor);

public Q_SLOTS:
    void reload();

private:
    QWidget *card(const OutboxEntry &entry);

    Engine &m_engine;
    qint64 m_accountId;
    QVBoxLayout *m_layout;
    QList<qint64> m_shown;
};

} // namespace gilde
