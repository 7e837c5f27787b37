#pragma once

#include "core/model/OutboxEntry.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class QTimer;

namespace gilde
{

class Engine;

/// For the command line: sends what the outbox holds now and reports once it
/// is idle (or after a bound), collecting the merge messages on the way.
class OutboxSend : public QObject
{
    Q_OBJECT
public:
    struct Summary {
        int sent = 0;
        int waiting = 0; ///< still queued: a transient failure, retried later
        int failed = 0;
        int inFlight = 0; ///< the bound ran out while these were on their way
        QList<OutboxEntry> entries; ///< the entries that were pending, as they are now
        QStringList merges;
    };

    OutboxSend(Engine &engine, QObject *parent = nullptr);
    void run(int timeoutMs, std::function<void(const Summary &)> done);

    /// "Sent 2 changes; 1 waits ..." and a line per entry left, for people.
    static QString describe(const Summary &summary);

private:
    void finish();

    Engine &m_engine;
    QSet<qint64> m_pending;
    QStringList m_merges;
    QTimer *m_bound = nullptr;
    std::function<void(const Summary &)> m_done;
};

} // namespace gilde
