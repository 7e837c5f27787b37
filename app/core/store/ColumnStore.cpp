#include "ColumnStore.h"

#include "Database.h"
#include "SqlText.h"
#include "StoreLog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace gilde
{

namespace
{

QString specText(const StreamSpec &spec)
{
    return QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact));
}

StreamSpec specFrom(const QString &text)
{
    return StreamSpec::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

Column readColumn(const QSqlQuery &q)
{
    Column c;
    c.id = q.value(0).toLongLong();
    c.tabId = q.value(1).toLongLong();
    c.position = q.value(2).toInt();
    c.title = q.value(3).toString();
    c.spec = specFrom(q.value(4).toString());
    c.width = q.value(5).toInt();
    return c;
}

bool run(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcStore) << what << "failed:" << q.lastError().text();
    return false;
}

// Ids of a table's rows in `parent` (or all, for tabs) by position.
QList<qint64> orderedIds(QSqlDatabase db, const QString &sql, qint64 parent, bool withParent)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    q.prepare(sql);
    if (withParent)
        q.addBindValue(parent);
    if (run(q, "ordering query")) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

// Writes positions 0..n-1 in list order (and the tab, for columns).
bool renumber(QSqlDatabase db, const QString &sql, const QList<qint64> &ids, qint64 tabId, bool withTab)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (int i = 0; i < ids.size(); ++i) {
        q.bindValue(0, i);
        int next = 1;
        if (withTab)
            q.bindValue(next++, tabId);
        q.bindValue(next, ids.at(i));
        if (!run(q, "renumbering"))
            return false;
    }
    return true;
}

const QString columnSelect = QStringLiteral("SELECT id, tab_id, position, title, spec, width FROM columns");

} // namespace

ColumnStore::ColumnStore(Database &db)
    : m_db(db)
{
}

QList<Tab> ColumnStore::tabs() const
{
    QList<Tab> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, position, title FROM tabs ORDER BY position, id"));
    if (!run(q, "tabs query"))
        return out;
    while (q.next())
        out << Tab { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString() };
    return out;
}

QList<Column> ColumnStore::columns(qint64 tabId) const
{
    QList<Column> out;
    QSqlQuery q(m_db.connection());
    q.prepare(columnSelect + QStringLiteral(" WHERE tab_id = ? ORDER BY position, id"));
    q.addBindValue(tabId);
    if (!run(q, "columns query"))
        return out;
    while (q.next())
        out << readColumn(q);
    return out;
}

std::optional<Column> ColumnStore::column(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(columnSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!run(q, "column query") || !q.next())
        return std::nullopt;
    return readColumn(q);
}

qint64 ColumnStore::addTab(const QString &title)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO tabs (position, title) VALUES ((SELECT coalesce(max(position) + 1, 0) FROM tabs), ?)"));
    q.addBindValue(sqlText(title));
    if (!run(q, "addTab"))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool ColumnStore::renameTab(qint64 tabId, const QString &title)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tabs SET title = ? WHERE id = ?"));
    q.addBindValue(sqlText(title));
    q.addBindValue(tabId);
    return run(q, "renameTab") && q.numRowsAffected() == 1;
}

bool ColumnStore::removeTab(qint64 tabId)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM tabs WHERE id = ?")); // columns by ON DELETE CASCADE
    q.addBindValue(tabId);
    if (!t.isOpen() || !run(q, "removeTab") || q.numRowsAffected() != 1)
        return false;
    const QList<qint64> rest
        = orderedIds(db, QStringLiteral("SELECT id FROM tabs ORDER BY position, id"), 0, false);
    if (!renumber(db, QStringLiteral("UPDATE tabs SET position = ? WHERE id = ?"), rest, 0, false))
        return false;
    return t.commit();
}

bool ColumnStore::moveTab(qint64 tabId, int newPosition)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    if (!t.isOpen())
        return false;
    QList<qint64> ids = orderedIds(db, QStringLiteral("SELECT id FROM tabs ORDER BY position, id"), 0, false);
    if (!ids.removeOne(tabId))
        return false;
    ids.insert(std::clamp<qsizetype>(newPosition, 0, ids.size()), tabId);
    if (!renumber(db, QStringLiteral("UPDATE tabs SET position = ? WHERE id = ?"), ids, 0, false))
        return false;
    return t.commit();
}

qint64 ColumnStore::addColumn(const Column &column)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO columns (tab_id, position, title, spec, width) VALUES "
        "(?, (SELECT coalesce(max(position) + 1, 0) FROM columns WHERE tab_id = ?), ?, ?, ?)"));
    q.addBindValue(column.tabId);
    q.addBindValue(column.tabId);
    q.addBindValue(sqlText(column.title));
    q.addBindValue(specText(column.spec));
    q.addBindValue(column.width);
    if (!run(q, "addColumn"))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool ColumnStore::updateColumn(const Column &column)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE columns SET title = ?, spec = ?, width = ? WHERE id = ?"));
    q.addBindValue(sqlText(column.title));
    q.addBindValue(specText(column.spec));
    q.addBindValue(column.width);
    q.addBindValue(column.id);
    return run(q, "updateColumn") && q.numRowsAffected() == 1;
}

bool ColumnStore::removeColumn(qint64 columnId)
{
    const auto existing = column(columnId);
    if (!existing)
        return false;
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM columns WHERE id = ?"));
    q.addBindValue(columnId);
    if (!t.isOpen() || !run(q, "removeColumn"))
        return false;
    const QString byTab = QStringLiteral("SELECT id FROM columns WHERE tab_id = ? ORDER BY position, id");
    const QString setPos = QStringLiteral("UPDATE columns SET position = ?, tab_id = ? WHERE id = ?");
    if (!renumber(db, setPos, orderedIds(db, byTab, existing->tabId, true), existing->tabId, true))
        return false;
    return t.commit();
}

bool ColumnStore::moveColumn(qint64 columnId, qint64 tabId, int newPosition)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    if (!t.isOpen())
        return false;
    const auto existing = column(columnId);
    if (!existing)
        return false;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM tabs WHERE id = ?"));
        q.addBindValue(tabId);
        if (!run(q, "moveColumn") || !q.next())
            return false;
    }
    const QString byTab = QStringLiteral("SELECT id FROM columns WHERE tab_id = ? ORDER BY position, id");
    const QString setPos = QStringLiteral("UPDATE columns SET position = ?, tab_id = ? WHERE id = ?");
    QList<qint64> target = orderedIds(db, byTab, tabId, true);
    target.removeOne(columnId);
    target.insert(std::clamp<qsizetype>(newPosition, 0, target.size()), columnId);
    if (existing->tabId != tabId) {
        QList<qint64> origin = orderedIds(db, byTab, existing->tabId, true);
        origin.removeOne(columnId);
        if (!renumber(db, setPos, origin, existing->tabId, true))
            return false;
    }
    if (!renumber(db, setPos, target, tabId, true))
        return false;
    return t.commit();
}

} // namespace gilde
