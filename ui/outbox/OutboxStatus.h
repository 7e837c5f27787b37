#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace gilde
{

class Outbox;
class OutboxStore;

/// How the outbox stands, for the window's status pill: how many changes
/// wait to be sent and how many failed (with the latest failure's message).
/// Follows the Outbox's signals; a burst of them costs one count.
class OutboxStatus : public QObject
{
    Q_OBJECT
public:
    OutboxStatus(Outbox &outbox, OutboxStore &store, QObject *parent = nullptr);

    struct Summary {
        int waiting = 0; ///< queued or being sent
        int failed = 0;
        QString lastError; ///< of the most recent failure
    };
    Summary summary() const { return m_summary; }
    /// Counts again now (the signals do it by themselves, a moment later).
    void update();

    /// What the pill says about it, "" when there is nothing to say.
    static QString pillText(const Summary &summary, bool online);

Q_SIGNALS:
    void changed();

private:
    OutboxStore &m_store;
    QTimer *m_timer;
    Summary m_summary;
};

} // namespace gilde
