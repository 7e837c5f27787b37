#include "ThreadStore.h"

#include "Database.h"
#include "SqlText.h"
#include "StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gilde
{

ThreadStore::ThreadStore(Database &db)
    : m_db(db)
{
}

bool ThreadStore::replace(qint64 itemId, const QList<ThreadPost> &posts, QString *error)
{
    QSqlDatabase db = m_db.connection();
    auto fail = [&](const QSqlError &e) {
        qCWarning(lcStore) << "saving the thread of item" << itemId << "failed:" << e.text();
        if (error)
            *error = Database::writeErrorMessage(e);
        return false;
    };
    Transaction tx(db);
    if (!tx.isOpen())
        return fail(tx.lastError());
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM thread_posts WHERE item_id = ?"));
    del.addBindValue(itemId);
    if (!del.exec())
        return fail(del.lastError());
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT OR REPLACE INTO thread_posts (item_id, number, remote_id, author, "
                               "author_name, avatar, published, reply_to, likes, html) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ThreadPost &p : posts) {
        ins.bindValue(0, itemId);
        ins.bindValue(1, p.number);
        ins.bindValue(2, sqlText(p.remoteId));
        ins.bindValue(3, sqlText(p.author));
        ins.bindValue(4, sqlText(p.authorName));
        ins.bindValue(5, sqlText(p.avatar));
        ins.bindValue(6, p.publishedMs);
        ins.bindValue(7, p.replyTo);
        ins.bindValue(8, p.likes);
        ins.bindValue(9, sqlText(p.html));
        if (!ins.exec())
            return fail(ins.lastError());
    }
    if (!tx.commit())
        return fail(tx.lastError());
    return true;
}

QList<ThreadPost> ThreadStore::posts(qint64 itemId) const
{
    QList<ThreadPost> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT number, remote_id, author, author_name, avatar, published, reply_to, likes, "
                             "html FROM thread_posts WHERE item_id = ? ORDER BY number"));
    q.addBindValue(itemId);
    if (!q.exec()) {
        qCWarning(lcStore) << "thread query failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        ThreadPost p;
        p.itemId = itemId;
        p.number = q.value(0).toInt();
        p.remoteId = q.value(1).toString();
        p.author = q.value(2).toString();
        p.authorName = q.value(3).toString();
        p.avatar = q.value(4).toString();
        p.publishedMs = q.value(5).toLongLong();
        p.replyTo = q.value(6).toInt();
        p.likes = q.value(7).toInt();
        p.html = q.value(8).toString();
        out << std::move(p);
    }
    return out;
}

int ThreadStore::count(qint64 itemId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM thread_posts WHERE item_id = ?"));
    q.addBindValue(itemId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<int> ThreadStore::numbers(qint64 itemId) const
{
    QList<int> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT number FROM thread_posts WHERE item_id = ? ORDER BY number"));
    q.addBindValue(itemId);
    if (!q.exec())
        return out;
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

void ThreadStore::setReadUntold(qint64 itemId, bool untold)
{
    QSqlQuery q(m_db.connection());
    q.prepare(untold ? QStringLiteral("INSERT OR IGNORE INTO thread_reads_untold (item_id) "
                                      "SELECT id FROM items WHERE id = ?")
                     : QStringLiteral("DELETE FROM thread_reads_untold WHERE item_id = ?"));
    q.addBindValue(itemId);
    if (!q.exec())
        qCWarning(lcStore) << "noting what is yet to be told of item" << itemId << "failed:" << q.lastError().text();
}

QList<qint64> ThreadStore::readsUntold() const
{
    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT item_id FROM thread_reads_untold")))
        return out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace gilde
