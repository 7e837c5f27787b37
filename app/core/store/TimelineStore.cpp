#include "TimelineStore.h"

#include "Database.h"
#include "SqlText.h"
#include "StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gilde
{

namespace
{

QList<TimelineGap> readGaps(QSqlQuery &q)
{
    QList<TimelineGap> gaps;
    if (!q.exec()) {
        qCWarning(lcStore) << "timeline gap query failed:" << q.lastError().text();
        return gaps;
    }
    while (q.next()) {
        gaps << TimelineGap { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toBool() };
    }
    return gaps;
}

} // namespace

TimelineStore::TimelineStore(Database &db)
    : m_db(db)
{
}

TimelineState TimelineStore::state(qint64 sourceId) const
{
    TimelineState state;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT newest, oldest, end_reached FROM timeline_paging WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (!q.exec()) {
        qCWarning(lcStore) << "timeline state query failed:" << q.lastError().text();
        return state;
    }
    if (!q.next())
        return state;
    state.newest = q.value(0).toString();
    state.oldest = q.value(1).toString();
    state.endReached = q.value(2).toBool();
    state.gaps = gaps({ sourceId });
    return state;
}

QList<TimelineGap> TimelineStore::gaps(const QList<qint64> &sourceIds) const
{
    QList<TimelineGap> all;
    for (qint64 id : sourceIds) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id, newer, older, at_ms, downward FROM timeline_gaps "
                                 "WHERE source_id = ? ORDER BY at_ms DESC, id DESC"));
        q.addBindValue(id);
        all << readGaps(q);
    }
    std::stable_sort(all.begin(), all.end(), [](const TimelineGap &a, const TimelineGap &b) { return a.atMs > b.atMs; });
    return all;
}

bool TimelineStore::save(qint64 sourceId, const TimelineState &state)
{
    Transaction tx(m_db.connection());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO timeline_paging (source_id, newest, oldest, end_reached) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (source_id) DO UPDATE SET newest = excluded.newest, "
                             "oldest = excluded.oldest, end_reached = excluded.end_reached"));
    q.addBindValue(sourceId);
    q.addBindValue(sqlText(state.newest));
    q.addBindValue(sqlText(state.oldest));
    q.addBindValue(state.endReached ? 1 : 0);
    bool ok = q.exec();
    QSqlQuery del(m_db.connection());
    del.prepare(QStringLiteral("DELETE FROM timeline_gaps WHERE source_id = ?"));
    del.addBindValue(sourceId);
    ok = ok && del.exec();
    // Newest first on the way in, so that row ids keep that order among gaps of one time.
    for (qsizetype i = state.gaps.size() - 1; ok && i >= 0; --i) {
        const TimelineGap &gap = state.gaps.at(i);
        QSqlQuery ins(m_db.connection());
        ins.prepare(QStringLiteral(
            "INSERT INTO timeline_gaps (source_id, newer, older, at_ms, downward) VALUES (?, ?, ?, ?, ?)"));
        ins.addBindValue(sourceId);
        ins.addBindValue(sqlText(gap.newer));
        ins.addBindValue(sqlText(gap.older));
        ins.addBindValue(gap.atMs);
        ins.addBindValue(gap.downward ? 1 : 0);
        ok = ins.exec();
        if (!ok)
            qCWarning(lcStore) << "saving a timeline gap failed:" << ins.lastError().text();
    }
    if (!ok) {
        qCWarning(lcStore) << "saving the timeline state failed:" << q.lastError().text();
        return false;
    }
    return tx.isOpen() ? tx.commit() : true;
}

QString TimelineStore::readPosition(qint64 sourceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT remote_id FROM items WHERE source_id = ? AND read = 1 AND published < coalesce("
        "(SELECT min(published) FROM items WHERE source_id = ? AND read = 0), 9223372036854775807) "
        "ORDER BY published DESC, id DESC LIMIT 1"));
    q.addBindValue(sourceId);
    q.addBindValue(sourceId);
    if (!q.exec()) {
        qCWarning(lcStore) << "read position query failed:" << q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

int TimelineStore::markReadThrough(qint64 sourceId, const QString &lastRead)
{
    if (lastRead.isEmpty())
        return 0;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, remote_id FROM items WHERE source_id = ? AND read = 0"));
    q.addBindValue(sourceId);
    if (!q.exec()) {
        qCWarning(lcStore) << "unread items query failed:" << q.lastError().text();
        return 0;
    }
    // Ids order as the server orders them (compareIds), which SQL cannot say.
    QList<qint64> ids;
    while (q.next()) {
        if (compareIds(q.value(1).toString(), lastRead) <= 0)
            ids << q.value(0).toLongLong();
    }
    q.finish();
    if (ids.isEmpty())
        return 0;
    Transaction tx(db);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE items SET read = 1 WHERE id = ?"));
    for (qint64 id : std::as_const(ids)) {
        update.addBindValue(id);
        if (!update.exec()) {
            qCWarning(lcStore) << "marking read failed:" << update.lastError().text();
            return 0;
        }
    }
    return tx.isOpen() && !tx.commit() ? 0 : int(ids.size());
}

} // namespace gilde
