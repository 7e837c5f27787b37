#include "SourceStore.h"

#include "Database.h"
#include "SqlText.h"
#include "StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace gilde
{

namespace
{

const QString sourceColumns
    = QStringLiteral("id, kind, url, title, site_url, icon_url, folder, etag, last_modified, ttl_minutes, "
                     "last_refresh, last_success, next_refresh, error_count, last_error, last_error_network");

QString urlText(const QUrl &url)
{
    return sqlText(url.toString(QUrl::FullyEncoded));
}

Source readSource(const QSqlQuery &q)
{
    Source s;
    s.id = q.value(0).toLongLong();
    s.kind = q.value(1).toString();
    s.url = QUrl(q.value(2).toString(), QUrl::StrictMode);
    s.title = q.value(3).toString();
    s.siteUrl = QUrl(q.value(4).toString());
    s.iconUrl = QUrl(q.value(5).toString());
    s.folder = q.value(6).toString();
    s.etag = q.value(7).toByteArray();
    s.lastModified = q.value(8).toByteArray();
    s.ttlMinutes = q.value(9).toInt();
    s.lastRefreshMs = q.value(10).toLongLong();
    s.lastSuccessMs = q.value(11).toLongLong();
    s.nextRefreshMs = q.value(12).toLongLong();
    s.errorCount = q.value(13).toInt();
    s.lastError = q.value(14).toString();
    s.lastErrorNetwork = q.value(15).toBool();
    return s;
}

QList<Source> readAll(QSqlQuery &q)
{
    QList<Source> out;
    if (!q.exec()) {
        qCWarning(lcStore) << "source query failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << readSource(q);
    return out;
}

// A NULL blob and an empty one read back the same; store NULL for "none".
QVariant blob(const QByteArray &b)
{
    return b.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(b);
}

} // namespace

SourceStore::SourceStore(Database &db)
    : m_db(db)
{
}

qint64 SourceStore::add(const Source &source)
{
    if (!source.url.isValid() || source.url.isEmpty())
        return 0;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO sources (kind, url, title, site_url, icon_url, folder, ttl_minutes, "
                       "next_refresh) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING"));
    q.addBindValue(sqlText(source.kind));
    q.addBindValue(urlText(source.url));
    q.addBindValue(sqlText(source.title));
    q.addBindValue(urlText(source.siteUrl));
    q.addBindValue(urlText(source.iconUrl));
    q.addBindValue(sqlText(source.folder));
    q.addBindValue(source.ttlMinutes);
    q.addBindValue(source.nextRefreshMs);
    if (!q.exec()) {
        qCWarning(lcStore) << "adding source failed:" << q.lastError().text();
        return 0;
    }
    if (q.numRowsAffected() == 1)
        return q.lastInsertId().toLongLong();
    const auto existing = byUrl(source.url);
    return existing ? existing->id : 0;
}

std::optional<Source> SourceStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sources WHERE id = ?").arg(sourceColumns));
    q.addBindValue(id);
    const auto list = readAll(q);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

std::optional<Source> SourceStore::byUrl(const QUrl &url) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sources WHERE url = ?").arg(sourceColumns));
    q.addBindValue(urlText(url));
    const auto list = readAll(q);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Source> SourceStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sources ORDER BY folder, lower(title), id").arg(sourceColumns));
    return readAll(q);
}

QList<Source> SourceStore::due(qint64 nowMs) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sources WHERE next_refresh <= ? ORDER BY next_refresh, id")
                  .arg(sourceColumns));
    q.addBindValue(nowMs);
    return readAll(q);
}

QList<Source> SourceStore::inFolder(const QString &folder) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sources WHERE folder = ? OR substr(folder, 1, ?) = ? "
                             "ORDER BY folder, lower(title), id")
                  .arg(sourceColumns));
    const QString prefix = folder + QLatin1Char('/');
    q.addBindValue(sqlText(folder));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    return readAll(q);
}

QStringList SourceStore::folders() const
{
    // Parents of nested folders are listed too, even when they hold no source
    // directly, so that a tree can be built from this list alone.
    QSqlQuery q(m_db.connection());
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT DISTINCT folder FROM sources WHERE folder <> ''"))) {
        qCWarning(lcStore) << "folders query failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        const QString folder = q.value(0).toString();
        for (qsizetype i = folder.indexOf(QLatin1Char('/')); i > 0;
             i = folder.indexOf(QLatin1Char('/'), i + 1))
            out << folder.left(i);
        out << folder;
    }
    out.removeDuplicates();
    out.sort(Qt::CaseInsensitive);
    return out;
}

bool SourceStore::rename(qint64 id, const QString &title)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sources SET title = ? WHERE id = ?"));
    q.addBindValue(sqlText(title));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcStore) << "rename failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool SourceStore::setFolder(qint64 id, const QString &folder)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sources SET folder = ? WHERE id = ?"));
    q.addBindValue(sqlText(folder));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcStore) << "setFolder failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool SourceStore::remove(qint64 id)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    QSqlQuery q(db);
    // The items go by ON DELETE CASCADE; their triggers drop them from items_fts.
    q.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
    q.addBindValue(id);
    if (!t.isOpen() || !q.exec()) {
        qCWarning(lcStore) << "removing source failed:" << q.lastError().text();
        return false;
    }
    const bool removed = q.numRowsAffected() == 1;
    q.finish();
    return t.commit() && removed;
}

bool SourceStore::saveRefreshState(const Source &source)
{
    QSqlDatabase db = m_db.connection();
    auto save = [&](bool withUrl) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE sources SET %1 title = ?, site_url = ?, icon_url = ?, etag = ?, "
                                 "last_modified = ?, ttl_minutes = ?, last_refresh = ?, last_success = ?, "
                                 "next_refresh = ?, error_count = ?, last_error = ?, last_error_network = ? "
                                 "WHERE id = ?")
                      .arg(withUrl ? QStringLiteral("url = ?,") : QString()));
        if (withUrl)
            q.addBindValue(urlText(source.url));
        q.addBindValue(sqlText(source.title));
        q.addBindValue(urlText(source.siteUrl));
        q.addBindValue(urlText(source.iconUrl));
        q.addBindValue(blob(source.etag));
        q.addBindValue(blob(source.lastModified));
        q.addBindValue(source.ttlMinutes);
        q.addBindValue(source.lastRefreshMs);
        q.addBindValue(source.lastSuccessMs);
        q.addBindValue(source.nextRefreshMs);
        q.addBindValue(source.errorCount);
        q.addBindValue(sqlText(source.lastError));
        q.addBindValue(source.lastErrorNetwork ? 1 : 0);
        q.addBindValue(source.id);
        if (!q.exec()) {
            qCWarning(lcStore) << "saving refresh state failed:" << q.lastError().text();
            return -1;
        }
        return q.numRowsAffected();
    };
    const bool urlUsable = source.url.isValid() && !source.url.isEmpty();
    int changed = save(urlUsable);
    if (changed < 0 && urlUsable) {
        // The redirect points at a feed that is already subscribed: keep the
        // old address rather than lose the refresh state.
        changed = save(false);
    }
    return changed == 1;
}

} // namespace gilde
