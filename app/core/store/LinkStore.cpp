#include "LinkStore.h"

#include "Database.h"
#include "SqlText.h"
#include "StoreLog.h"
#include "StreamFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace gilde
{

namespace
{

// Page text is the one large column: lists and exports leave it out, and
// byId() adds it.
const QString listColumns = QStringLiteral(
    "id, url, title, note, read_later, private, saved, updated, from_item, from_source, from_column, "
    "text_state, remote_id, remote_updated, text_error, "
    "(SELECT group_concat(name, ' ') FROM (SELECT t.name AS name FROM link_tags lt "
    "JOIN tags t ON t.id = lt.tag_id WHERE lt.link_id = links.id ORDER BY t.name))");
constexpr int PageTextColumn = 16;

// Keeps IN lists well under SQLite's bound-parameter limit.
constexpr int InChunk = 500;

QString urlText(const QUrl &url)
{
    return sqlText(url.toString(QUrl::FullyEncoded));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Link readLink(const QSqlQuery &q, bool withPageText)
{
    Link l;
    l.id = q.value(0).toLongLong();
    l.url = QUrl(q.value(1).toString(), QUrl::StrictMode);
    l.title = q.value(2).toString();
    l.note = q.value(3).toString();
    l.readLater = q.value(4).toBool();
    l.isPrivate = q.value(5).toBool();
    l.savedMs = q.value(6).toLongLong();
    l.updatedMs = q.value(7).toLongLong();
    l.fromItemId = q.value(8).toLongLong();
    l.fromSourceId = q.value(9).toLongLong();
    l.fromColumnId = q.value(10).toLongLong();
    const int state = q.value(11).toInt();
    l.textState = state >= 0 && state <= int(Link::TextState::Failed) ? Link::TextState(state)
                                                                      : Link::TextState::None;
    l.remoteId = q.value(12).toString();
    l.remoteUpdatedMs = q.value(13).toLongLong();
    l.textError = q.value(14).toString();
    l.tags = q.value(15).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (withPageText)
        l.pageText = q.value(PageTextColumn).toString();
    return l;
}

QList<Link> readLinks(QSqlQuery &q, bool withPageText = false)
{
    QList<Link> out;
    if (!q.exec()) {
        qCWarning(lcStore) << "link query failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << readLink(q, withPageText);
    return out;
}

std::optional<Link> firstLink(QSqlQuery &q)
{
    const QList<Link> list = readLinks(q, true);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

// The index rows of links go out before a change and come back after it, as
// links_fts is an external-content table whose 'delete' needs the values
// that were indexed. `where` selects link ids from links_fts_content.
bool unindex(QSqlQuery &q, const QString &where, const QVariantList &values)
{
    q.prepare(QStringLiteral("INSERT INTO links_fts (links_fts, rowid, title, note, tags, page_text) "
                             "SELECT 'delete', id, title, note, tags, page_text FROM links_fts_content "
                             "WHERE %1")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

bool index(QSqlQuery &q, const QString &where, const QVariantList &values)
{
    q.prepare(QStringLiteral("INSERT INTO links_fts (rowid, title, note, tags, page_text) "
                             "SELECT id, title, note, tags, page_text FROM links_fts_content WHERE %1")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

bool dropUnusedTags(QSqlQuery &q)
{
    return q.exec(
        QStringLiteral("DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM link_tags WHERE tag_id = tags.id)"));
}

qint64 tagId(QSqlQuery &q, const QString &name)
{
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

// A tag change rewrites the tags column of the links carrying the tag: they
// are remembered (the change itself may delete their link_tags rows), taken
// out of the index, marked as edited (so that sync sends them), and indexed
// again by endTagChange().
const QString changedLinks = QStringLiteral("id IN (SELECT id FROM temp.changed_links)");

bool beginTagChange(QSqlQuery &q, qint64 changedTag)
{
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS changed_links (id INTEGER PRIMARY KEY)"))
        || !q.exec(QStringLiteral("DELETE FROM temp.changed_links")))
        return false;
    q.prepare(
        QStringLiteral("INSERT INTO temp.changed_links (id) SELECT link_id FROM link_tags WHERE tag_id = ?"));
    q.addBindValue(changedTag);
    if (!q.exec() || !unindex(q, changedLinks, {}))
        return false;
    q.prepare(QStringLiteral("UPDATE links SET updated = ? WHERE ") + changedLinks);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return q.exec();
}

bool endTagChange(QSqlQuery &q)
{
    return index(q, changedLinks, {}) && q.exec(QStringLiteral("DELETE FROM temp.changed_links"));
}

QString normalizedTag(const QString &tag)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString t = tag.trimmed().toLower();
    t.replace(space, QStringLiteral("-"));
    return t;
}

} // namespace

LinkStore::LinkStore(Database &db)
    : m_db(db)
{
}

QStringList LinkStore::normalizedTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags) {
        // A comma is the separator of every format tags travel in.
        const QStringList parts = tag.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString t = normalizedTag(part);
            if (!t.isEmpty())
                out << t;
        }
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

std::unique_ptr<Transaction> LinkStore::beginBatch()
{
    return std::make_unique<Transaction>(m_db.connection());
}

LinkStore::Saved LinkStore::save(const Link &link)
{
    Saved result;
    QSqlDatabase db = m_db.connection();
    auto fail = [&](const QSqlError &error) {
        qCWarning(lcStore) << "saving link failed:" << error.text();
        result = Saved();
        result.ok = false;
        result.error = Database::writeErrorMessage(error);
        return result;
    };
    const QString url = urlText(link.url);
    if (url.isEmpty() || !link.url.isValid()) {
        result.ok = false;
        result.error = QCoreApplication::translate("LinkStore", "This is not a web address: %1")
                           .arg(link.url.toString());
        return result;
    }

    Transaction t(db);
    if (!t.isOpen())
        return fail(t.lastError());
    QSqlQuery q(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 updated = link.updatedMs > 0 ? link.updatedMs : now;

    q.prepare(QStringLiteral("SELECT id FROM links WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec())
        return fail(q.lastError());
    const qint64 urlOwner = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    qint64 target = urlOwner;
    if (link.id > 0) {
        // An edit of a known link, which may change its address.
        q.prepare(QStringLiteral("SELECT id FROM links WHERE id = ?"));
        q.addBindValue(link.id);
        if (!q.exec())
            return fail(q.lastError());
        if (q.next()) {
            if (urlOwner != 0 && urlOwner != link.id) {
                result.ok = false;
                result.error = QCoreApplication::translate(
                    "LinkStore", "Another saved link has this address already: %1")
                                   .arg(link.url.toDisplayString());
                return result;
            }
            target = link.id;
        }
        q.finish();
    }
    result.existed = target != 0;
    result.id = target;

    if (result.existed) {
        if (!unindex(q, QStringLiteral("id = ?"), { result.id }))
            return fail(q.lastError());
        // Where it was first found and when it was first saved stay; the
        // page text changes only when the caller says what it is now.
        q.prepare(QStringLiteral(
            "UPDATE links SET url = ?, title = ?, note = ?, read_later = ?, private = ?, updated = ?, "
            "saved = CASE WHEN ? > 0 AND ? < saved THEN ? ELSE saved END, "
            "from_item = coalesce(from_item, ?), from_source = coalesce(from_source, ?), "
            "from_column = coalesce(from_column, ?), "
            "text_state = CASE WHEN ? > 0 THEN ? ELSE text_state END, "
            "page_text = CASE WHEN ? > 0 THEN ? ELSE page_text END, "
            "text_error = CASE WHEN ? > 0 THEN ? ELSE text_error END, "
            "remote_id = CASE WHEN ? <> '' THEN ? ELSE remote_id END, "
            "remote_updated = CASE WHEN ? <> '' THEN ? ELSE remote_updated END "
            "WHERE id = ?"));
        q.addBindValue(url);
        q.addBindValue(sqlText(link.title));
        q.addBindValue(sqlText(link.note));
        q.addBindValue(link.readLater ? 1 : 0);
        q.addBindValue(link.isPrivate ? 1 : 0);
        q.addBindValue(updated);
        for (int i = 0; i < 3; ++i)
            q.addBindValue(link.savedMs);
        q.addBindValue(idOrNull(link.fromItemId));
        q.addBindValue(idOrNull(link.fromSourceId));
        q.addBindValue(idOrNull(link.fromColumnId));
        for (int i = 0; i < 3; ++i)
            q.addBindValue(int(link.textState));
        q.addBindValue(sqlText(link.pageText));
        q.addBindValue(int(link.textState));
        q.addBindValue(sqlText(link.textError));
        q.addBindValue(sqlText(link.remoteId));
        q.addBindValue(sqlText(link.remoteId));
        q.addBindValue(sqlText(link.remoteId));
        q.addBindValue(link.remoteUpdatedMs);
        q.addBindValue(result.id);
        if (!q.exec())
            return fail(q.lastError());
        q.prepare(QStringLiteral("DELETE FROM link_tags WHERE link_id = ?"));
        q.addBindValue(result.id);
        if (!q.exec())
            return fail(q.lastError());
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO links (url, title, note, read_later, private, saved, updated, from_item, "
            "from_source, from_column, page_text, text_state, text_error, remote_id, remote_updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(url);
        q.addBindValue(sqlText(link.title));
        q.addBindValue(sqlText(link.note));
        q.addBindValue(link.readLater ? 1 : 0);
        q.addBindValue(link.isPrivate ? 1 : 0);
        q.addBindValue(link.savedMs > 0 ? link.savedMs : now);
        q.addBindValue(updated);
        q.addBindValue(idOrNull(link.fromItemId));
        q.addBindValue(idOrNull(link.fromSourceId));
        q.addBindValue(idOrNull(link.fromColumnId));
        q.addBindValue(sqlText(link.pageText));
        q.addBindValue(int(link.textState));
        q.addBindValue(sqlText(link.textError));
        q.addBindValue(sqlText(link.remoteId));
        q.addBindValue(link.remoteUpdatedMs);
        if (!q.exec())
            return fail(q.lastError());
        result.id = q.lastInsertId().toLongLong();
    }

    const QStringList tags = normalizedTags(link.tags);
    for (const QString &tag : tags) {
        q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"));
        q.addBindValue(tag);
        if (!q.exec())
            return fail(q.lastError());
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO link_tags (link_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"));
        q.addBindValue(result.id);
        q.addBindValue(tag);
        if (!q.exec())
            return fail(q.lastError());
    }
    if (!dropUnusedTags(q) || !index(q, QStringLiteral("id = ?"), { result.id }))
        return fail(q.lastError());
    q.finish();
    if (!t.commit())
        return fail(t.lastError());
    return result;
}

std::optional<Link> LinkStore::byId(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, page_text FROM links WHERE id = ?").arg(listColumns));
    q.addBindValue(id);
    return firstLink(q);
}

std::optional<Link> LinkStore::byUrl(const QUrl &normalizedUrl) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, page_text FROM links WHERE url = ?").arg(listColumns));
    q.addBindValue(urlText(normalizedUrl));
    return firstLink(q);
}

std::optional<Link> LinkStore::byRemoteId(const QString &remoteId) const
{
    if (remoteId.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, page_text FROM links WHERE remote_id = ? ORDER BY id LIMIT 1")
                  .arg(listColumns));
    q.addBindValue(remoteId);
    return firstLink(q);
}

QList<Link> LinkStore::withRemoteId() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM links WHERE remote_id <> '' ORDER BY id").arg(listColumns));
    return readLinks(q);
}

bool LinkStore::remove(qint64 id)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    QSqlQuery q(db);
    if (!t.isOpen() || !unindex(q, QStringLiteral("id = ?"), { id })) {
        qCWarning(lcStore) << "removing link failed:" << q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("DELETE FROM links WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcStore) << "removing link failed:" << q.lastError().text();
        return false;
    }
    const bool removed = q.numRowsAffected() == 1;
    if (!dropUnusedTags(q)) {
        qCWarning(lcStore) << "removing link failed:" << q.lastError().text();
        return false;
    }
    q.finish();
    return t.commit() && removed;
}

QList<Link> LinkStore::page(const Query &query, qint64 beforeSavedMs, qint64 beforeId, int limit) const
{
    if (limit <= 0)
        return {};
    QStringList conditions;
    QVariantList values;
    const QString tag = normalizedTag(query.tag);
    if (!tag.isEmpty()) {
        conditions << QStringLiteral("id IN (SELECT lt.link_id FROM link_tags lt JOIN tags t ON t.id = "
                                     "lt.tag_id WHERE t.name = ?)");
        values << tag;
    }
    if (query.readLaterOnly)
        conditions << QStringLiteral("read_later = 1");
    if (!query.search.trimmed().isEmpty()) {
        const QString match = ftsQuery(query.search);
        if (match.isEmpty())
            return {}; // only punctuation: nothing can match
        conditions << QStringLiteral("id IN (SELECT rowid FROM links_fts WHERE links_fts MATCH ?)");
        values << match;
    }
    if (beforeSavedMs != 0 || beforeId != 0) {
        conditions << QStringLiteral("(saved, id) < (?, ?)");
        values << beforeSavedMs << beforeId;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM links WHERE %2 ORDER BY saved DESC, id DESC LIMIT ?")
                  .arg(listColumns,
                      conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    return readLinks(q);
}

QList<Link> LinkStore::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM links ORDER BY saved, id").arg(listColumns));
    return readLinks(q);
}

QList<TagCount> LinkStore::tags() const
{
    QSqlQuery q(m_db.connection());
    QList<TagCount> out;
    if (!q.exec(QStringLiteral("SELECT t.name, count(lt.link_id) AS n FROM tags t JOIN link_tags lt ON "
                               "lt.tag_id = t.id GROUP BY t.id ORDER BY n DESC, t.name"))) {
        qCWarning(lcStore) << "tags query failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << TagCount { q.value(0).toString(), q.value(1).toInt() };
    return out;
}

QList<TagCount> LinkStore::tagsWithPrefix(const QString &prefix, int limit) const
{
    const QString p = normalizedTag(prefix);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT t.name, count(lt.link_id) AS n FROM tags t JOIN link_tags lt ON "
                             "lt.tag_id = t.id WHERE substr(t.name, 1, ?) = ? GROUP BY t.id "
                             "ORDER BY n DESC, t.name LIMIT ?"));
    q.addBindValue(p.size());
    q.addBindValue(p);
    q.addBindValue(limit > 0 ? limit : -1);
    QList<TagCount> out;
    if (!q.exec()) {
        qCWarning(lcStore) << "tag completion failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << TagCount { q.value(0).toString(), q.value(1).toInt() };
    return out;
}

bool LinkStore::renameTag(const QString &from, const QString &to)
{
    const QString oldName = normalizedTag(from);
    const QString newName = normalizedTag(to);
    if (oldName.isEmpty() || newName.isEmpty() || newName.contains(QLatin1Char(',')))
        return false;
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    QSqlQuery q(db);
    auto fail = [&] {
        qCWarning(lcStore) << "renaming tag failed:" << q.lastError().text();
        return false;
    };
    if (!t.isOpen())
        return false;
    const qint64 fromId = tagId(q, oldName);
    if (fromId == 0)
        return false;
    if (oldName == newName)
        return true;
    const qint64 toId = tagId(q, newName);
    if (!beginTagChange(q, fromId))
        return fail();
    if (toId == 0) {
        q.prepare(QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"));
        q.addBindValue(newName);
        q.addBindValue(fromId);
        if (!q.exec())
            return fail();
    } else {
        // Links that carried both tags keep one.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO link_tags (link_id, tag_id) SELECT link_id, ? "
                                 "FROM link_tags WHERE tag_id = ?"));
        q.addBindValue(toId);
        q.addBindValue(fromId);
        if (!q.exec())
            return fail();
        q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
        q.addBindValue(fromId);
        if (!q.exec())
            return fail();
    }
    if (!endTagChange(q))
        return fail();
    q.finish();
    return t.commit();
}

bool LinkStore::deleteTag(const QString &tag)
{
    const QString name = normalizedTag(tag);
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    QSqlQuery q(db);
    auto fail = [&] {
        qCWarning(lcStore) << "deleting tag failed:" << q.lastError().text();
        return false;
    };
    if (!t.isOpen() || name.isEmpty())
        return false;
    const qint64 id = tagId(q, name);
    if (id == 0)
        return false;
    if (!beginTagChange(q, id))
        return fail();
    q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !endTagChange(q))
        return fail();
    q.finish();
    return t.commit();
}

bool LinkStore::setPageText(qint64 id, const QString &text, Link::TextState state, const QString &error)
{
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    QSqlQuery q(db);
    if (!t.isOpen() || !unindex(q, QStringLiteral("id = ?"), { id })) {
        qCWarning(lcStore) << "setting page text failed:" << q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral("UPDATE links SET page_text = ?, text_state = ?, text_error = ? WHERE id = ?"));
    q.addBindValue(sqlText(text));
    q.addBindValue(int(state));
    q.addBindValue(state == Link::TextState::Failed ? sqlText(error) : QStringLiteral(""));
    q.addBindValue(id);
    const bool ok = q.exec();
    const bool changed = ok && q.numRowsAffected() == 1;
    if (!ok || !index(q, QStringLiteral("id = ?"), { id })) {
        qCWarning(lcStore) << "setting page text failed:" << q.lastError().text();
        return false;
    }
    q.finish();
    return t.commit() && changed;
}

QList<Link> LinkStore::needingPageText(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM links WHERE text_state = ? ORDER BY id LIMIT ?").arg(listColumns));
    q.addBindValue(int(Link::TextState::Pending));
    q.addBindValue(limit > 0 ? limit : -1);
    return readLinks(q);
}

bool LinkStore::setRemote(qint64 id, const QString &remoteId, qint64 remoteUpdatedMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE links SET remote_id = ?, remote_updated = ? WHERE id = ?"));
    q.addBindValue(sqlText(remoteId));
    q.addBindValue(remoteUpdatedMs);
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcStore) << "setRemote failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

int LinkStore::forgetRemoteIds()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("UPDATE links SET remote_id = '', remote_updated = 0 WHERE remote_id <> ''"))) {
        qCWarning(lcStore) << "forgetRemoteIds failed:" << q.lastError().text();
        return 0;
    }
    return q.numRowsAffected();
}

QSet<QString> LinkStore::savedAmong(const QStringList &normalizedUrls) const
{
    QSet<QString> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (qsizetype start = 0; start < normalizedUrls.size(); start += InChunk) {
        const QStringList chunk = normalizedUrls.mid(start, InChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        q.prepare(
            QStringLiteral("SELECT url FROM links WHERE url IN (%1)").arg(marks.join(QLatin1Char(','))));
        for (const QString &url : chunk)
            q.addBindValue(sqlText(url));
        if (!q.exec()) {
            qCWarning(lcStore) << "savedAmong failed:" << q.lastError().text();
            return out;
        }
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

} // namespace gilde
