#include "AccountStore.h"

#include "Database.h"
#include "SqlText.h"
#include "StoreLog.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace gilde
{

namespace
{

const QString accountColumns = QStringLiteral("id, kind, server, user_name, display_name");

QList<Account> readAccounts(QSqlQuery &q)
{
    QList<Account> out;
    if (!q.exec()) {
        qCWarning(lcStore) << "account query failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        Account a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString();
        a.server = QUrl(q.value(2).toString(), QUrl::StrictMode);
        a.userName = q.value(3).toString();
        a.displayName = q.value(4).toString();
        out << a;
    }
    return out;
}

} // namespace

AccountStore::AccountStore(Database &db)
    : m_db(db)
{
}

qint64 AccountStore::add(const Account &account)
{
    if (account.kind.isEmpty())
        return 0;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO accounts (kind, server, user_name, display_name, created) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(account.kind);
    q.addBindValue(sqlText(account.server.toString(QUrl::FullyEncoded)));
    q.addBindValue(sqlText(account.userName));
    q.addBindValue(sqlText(account.displayName));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        qCWarning(lcStore) << "adding account failed:" << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<Account> AccountStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(accountColumns));
    q.addBindValue(id);
    const QList<Account> list = readAccounts(q);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Account> AccountStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM accounts ORDER BY id").arg(accountColumns));
    return readAccounts(q);
}

QList<Account> AccountStore::ofKind(const QString &kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM accounts WHERE kind = ? ORDER BY id").arg(accountColumns));
    q.addBindValue(kind);
    return readAccounts(q);
}

bool AccountStore::remove(qint64 id)
{
    // Its outbox entries go with it (ON DELETE CASCADE).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcStore) << "removing account failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

} // namespace gilde
