#include "OutboxStore.h"

#include "Database.h"
#include "SqlText.h"
#include "StoreLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace gilde
{

namespace
{

const QString outboxColumns = QStringLiteral(
    "id, account_id, action, payload, idempotency_key, state, attempts, next_attempt, not_before, "
    "last_error, remote_id, created, updated");

OutboxEntry::State stateFrom(const QString &s)
{
    if (s == u"sending")
        return OutboxEntry::State::Sending;
    if (s == u"sent")
        return OutboxEntry::State::Sent;
    if (s == u"failed")
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Queued;
}

QString payloadText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.accountId = q.value(1).toLongLong();
    e.action = q.value(2).toString();
    e.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    e.idempotencyKey = q.value(4).toString();
    e.state = stateFrom(q.value(5).toString());
    e.attempts = q.value(6).toInt();
    e.nextAttemptMs = q.value(7).toLongLong();
    e.notBeforeMs = q.value(8).toLongLong();
    e.lastError = q.value(9).toString();
    e.remoteId = q.value(10).toString();
    e.createdMs = q.value(11).toLongLong();
    e.updatedMs = q.value(12).toLongLong();
    return e;
}

QList<OutboxEntry> readEntries(QSqlQuery &q)
{
    QList<OutboxEntry> out;
    if (!q.exec()) {
        qCWarning(lcStore) << "outbox query failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << readEntry(q);
    return out;
}

bool execWrite(QSqlQuery &q, const char *what)
{
    if (!q.exec()) {
        qCWarning(lcStore) << what << "failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

} // namespace

OutboxStore::OutboxStore(Database &db)
    : m_db(db)
{
}

qint64 OutboxStore::insert(const OutboxEntry &entry, QString *error)
{
    // One statement outside any transaction: SQLite commits it before exec()
    // returns, so the entry survives a crash right after enqueueing.
    QSqlQuery q(m_db.connection());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 created = entry.createdMs > 0 ? entry.createdMs : now;
    q.prepare(QStringLiteral("INSERT INTO outbox (account_id, action, payload, idempotency_key, state, "
                             "attempts, next_attempt, not_before, last_error, remote_id, created, updated) "
                             "VALUES (?, ?, ?, ?, 'queued', 0, ?, ?, '', '', ?, ?)"));
    q.addBindValue(entry.accountId);
    q.addBindValue(sqlText(entry.action));
    q.addBindValue(payloadText(entry.payload));
    q.addBindValue(sqlText(entry.idempotencyKey));
    q.addBindValue(entry.nextAttemptMs);
    q.addBindValue(entry.notBeforeMs);
    q.addBindValue(created);
    q.addBindValue(entry.updatedMs > 0 ? entry.updatedMs : created);
    if (entry.idempotencyKey.isEmpty() || entry.action.isEmpty()) {
        qCWarning(lcStore) << "outbox entry without an action or idempotency key";
        if (error)
            *error = QCoreApplication::translate(
                "OutboxStore", "The change could not be queued (it is incomplete).");
        return 0;
    }
    if (!q.exec()) {
        qCWarning(lcStore) << "queueing failed:" << q.lastError().text();
        if (error)
            *error = Database::writeErrorMessage(q.lastError());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<OutboxEntry> OutboxStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(outboxColumns));
    q.addBindValue(id);
    const QList<OutboxEntry> list = readEntries(q);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<OutboxEntry> OutboxStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox ORDER BY created DESC, id DESC").arg(outboxColumns));
    return readEntries(q);
}

QList<OutboxEntry> OutboxStore::due(qint64 nowMs) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'queued' AND next_attempt <= ? "
                             "AND not_before <= ? ORDER BY created, id")
                  .arg(outboxColumns));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    return readEntries(q);
}

QList<OutboxEntry> OutboxStore::inState(OutboxEntry::State state) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE state = ? ORDER BY created, id").arg(outboxColumns));
    q.addBindValue(OutboxEntry::stateName(state)); // words, so that the table reads well in a shell
    return readEntries(q);
}

int OutboxStore::pendingCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending', 'failed')"))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool OutboxStore::markSending(qint64 id, qint64 nowMs)
{
    // From Sending too: after a crash, what was in flight is sent again.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated = ? "
                             "WHERE id = ? AND state IN ('queued', 'sending')"));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return execWrite(q, "markSending");
}

bool OutboxStore::markSent(qint64 id, const QString &remoteId, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'sent', remote_id = ?, last_error = '', updated = ? WHERE id = ?"));
    q.addBindValue(sqlText(remoteId));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return execWrite(q, "markSent");
}

bool OutboxStore::markRetry(qint64 id, const QString &error, qint64 nextAttemptMs, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', last_error = ?, next_attempt = ?, "
                             "updated = ? WHERE id = ? AND state <> 'sent'"));
    q.addBindValue(sqlText(error));
    q.addBindValue(nextAttemptMs);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return execWrite(q, "markRetry");
}

bool OutboxStore::markFailed(qint64 id, const QString &error, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'failed', last_error = ?, updated = ? WHERE id = ? AND state <> 'sent'"));
    q.addBindValue(sqlText(error));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return execWrite(q, "markFailed");
}

bool OutboxStore::requeue(qint64 id, qint64 nowMs)
{
    // The user asked for it: no waiting for a backoff, which starts over. A
    // time the user chose (not_before) still holds.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', attempts = 0, next_attempt = 0, "
                             "updated = ? WHERE id = ? AND state IN ('failed', 'queued')"));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return execWrite(q, "requeue");
}

bool OutboxStore::resumeAccount(qint64 accountId, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET next_attempt = 0, updated = ? WHERE account_id = ? AND state = 'queued'"));
    q.addBindValue(nowMs);
    q.addBindValue(accountId);
    return execWrite(q, "resumeAccount");
}

bool OutboxStore::updatePayload(qint64 id, const QJsonObject &payload, qint64 notBeforeMs, qint64 nowMs)
{
    // Only what the server cannot have: a refused entry or one never tried.
    // An attempt without an answer may have reached it, and the deliverer's
    // check for that compares the payload that went out.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET payload = ?, not_before = ?, updated = ? WHERE id = ? "
                             "AND (state = 'failed' OR (state = 'queued' AND attempts = 0))"));
    q.addBindValue(payloadText(payload));
    q.addBindValue(notBeforeMs);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return execWrite(q, "updatePayload");
}

bool OutboxStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    return execWrite(q, "removing outbox entry");
}

int OutboxStore::pruneSent(qint64 beforeMs)
{
    // `updated` of a Sent row is when the server took it: nothing changes it after.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE state = 'sent' AND updated < ?"));
    q.addBindValue(beforeMs);
    if (!q.exec()) {
        qCWarning(lcStore) << "pruning sent outbox entries failed:" << q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

} // namespace gilde
