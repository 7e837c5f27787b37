#pragma once

#include "model/OutboxEntry.h"

#include <QList>

#include <optional>

namespace gilde
{

class Database;

/// All SQL about the outbox. Every write commits before returning.
class OutboxStore
{
public:
    explicit OutboxStore(Database &db);

    /// Inserts a queued entry; returns its id (0 on failure, with `error` set).
    qint64 insert(const OutboxEntry &entry, QString *error = nullptr);
    std::optional<OutboxEntry> byId(qint64 id) const;
    QList<OutboxEntry> all() const; ///< newest first
    /// Queued with next attempt and not-before passed, oldest first.
    QList<OutboxEntry> due(qint64 nowMs) const;
    QList<OutboxEntry> inState(OutboxEntry::State state) const;
    int pendingCount() const; ///< Queued + Sending + Failed

    bool markSending(qint64 id, qint64 nowMs); ///< attempts + 1
    bool markSent(qint64 id, const QString &remoteId, qint64 nowMs);
    bool markRetry(qint64 id, const QString &error, qint64 nextAttemptMs, qint64 nowMs); ///< back to Queued
    bool markFailed(qint64 id, const QString &error, qint64 nowMs);
    bool requeue(qint64 id, qint64 nowMs); ///< user: retry a failed entry now
    /// The account can write again (signed in anew): its waiting entries are due now.
    bool resumeAccount(qint64 accountId, qint64 nowMs);
    /// User edit of a failed entry or of one never tried; false for any other.
    bool updatePayload(qint64 id, const QJsonObject &payload, qint64 notBeforeMs, qint64 nowMs);
    bool remove(qint64 id); ///< user: discard
    /// Deletes Sent entries last changed before `beforeMs`; Queued, Sending and
    /// Failed ones always stay. The number removed, -1 on failure.
    int pruneSent(qint64 beforeMs);

private:
    Database &m_db;
};

} // namespace gilde
