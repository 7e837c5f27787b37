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

} // namespace gilde
