#include "ItemStore.h"

#include "Database.h"
#include "ItemKey.h"
#include "SqliteHandle.h"
#include "StoreLog.h"
#include "StreamFilter.h"
#include "text/HtmlSanitizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <sqlite3.h>

namespace gilde
{

namespace
{

// Characters of plain text a list row shows at most.
constexpr int ExcerptLength = 300;
// Characters of html a list page reads per row to make that excerpt from:
// enough for 300 characters of text under common markup, and a bound on
// what a page reads from a feed that puts whole books in each item.
constexpr int ExcerptHtmlLength = 4000;
// Rows indexed per transaction by indexPending(), so that a refresh or a
// click can write in between: about 60 ms of holding the write lock.
constexpr int IndexChunk = 1000;

const QString listColumns = QStringLiteral(
    "id, source_id, remote_id, kind, author, title, url, substr(html, 1, %1), thumbnail, media, "
    "published, updated, read, starred, CASE WHEN kind = 'topic' THEN meta "
    // A post's row shows its author's picture: just that of its meta.
    "WHEN kind IN ('status', 'notification') AND json_valid(meta) "
    "THEN json_object('avatar', json_extract(meta, '$.avatar')) ELSE '' END")
                                .arg(ExcerptHtmlLength);

/// The start of the plain text, never ending between the halves of a surrogate pair.
QString excerptOf(const QString &text)
{
    if (text.size() <= ExcerptLength)
        return text;
    const int cut = text.at(ExcerptLength - 1).isHighSurrogate() ? ExcerptLength - 1 : ExcerptLength;
    return text.left(cut);
}

/// The excerpt of an item from (the start of) its html. A start cut inside
/// a tag or an entity loses that piece rather than showing markup.
QString excerptOfHtml(QStringView html)
{
    if (html.size() >= ExcerptHtmlLength) {
        const qsizetype open = html.lastIndexOf(u'<');
        if (open >= 0 && html.indexOf(u'>', open) < 0)
            html.truncate(open);
        const qsizetype amp = html.lastIndexOf(u'&');
        if (amp >= 0 && html.indexOf(u';', amp) < 0)
            html.truncate(amp);
    }
    return excerptOf(htmlToPlainText(html));
}

Item readListItem(const QSqlQuery &q)
{
    Item it;
    it.id = q.value(0).toLongLong();
    it.sourceId = q.value(1).toLongLong();
    it.remoteId = q.value(2).toString();
    it.kind = q.value(3).toString();
    it.author = q.value(4).toString();
    it.title = q.value(5).toString();
    it.url = q.value(6).toString();
    QString html = q.value(7).toString();
    // A post behind a content warning starts with the warning's notice and a
    // rule (StatusToItems): the row's excerpt stops there and gives nothing away.
    if (it.kind == u"status" || it.kind == u"notification") {
        if (const qsizetype rule = html.indexOf(QLatin1String("<hr")); rule >= 0)
            html.truncate(rule);
    }
    it.text = excerptOfHtml(html);
    it.thumbnail = q.value(8).toString();
    it.mediaJson = q.value(9).toString();
    it.publishedMs = q.value(10).toLongLong();
    it.updatedMs = q.value(11).toLongLong();
    it.read = q.value(12).toBool();
    it.starred = q.value(13).toBool();
    // A topic's row shows its category, replies and posters: its meta is small and read along.
    it.meta = q.value(14).toString();
    return it;
}

QList<Item> readList(QSqlQuery &q)
{
    QList<Item> out;
    if (!q.exec()) {
        qCWarning(lcStore) << "item query failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out << readListItem(q);
    return out;
}

} // namespace

ItemStore::ItemStore(Database &db)
    : m_db(db)
{
}

ItemStore::IngestStats ItemStore::upsert(qint64 sourceId, const QList<Item> &items)
{
    IngestStats stats;
    if (items.isEmpty())
        return stats;
    QSqlDatabase db = m_db.connection();
    auto fail = [&](const QSqlError &error) {
        qCWarning(lcStore) << "ingest for source" << sourceId << "failed:" << error.text();
        stats = IngestStats();
        stats.ok = false;
        stats.error = Database::writeErrorMessage(error);
        return stats;
    };
    Transaction t(db);
    if (!t.isOpen())
        return fail(t.lastError());
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return fail(
            QSqlError(QStringLiteral("not an SQLite connection"), QString(), QSqlError::ConnectionError));

    // Most of a refresh is items already stored unchanged: a look-up of the
    // stored hash by the (source_id, remote_id) key settles those without
    // binding their content. New ones are inserted, changed ones updated by
    // id; read/starred are only touched by a read flag the server gives (and
    // a forum topic's new posts, below), and a missing date keeps the
    // first-seen one. Forum topics are the exception: their date is their
    // last activity, and one with new posts moves up unread, as forums show it. The statements go to SQLite directly, with UTF-8 text:
    // through QSqlQuery, every value is a QVariant and SQLite converts every
    // UTF-16 string itself, slowly; that was two thirds of the store's time.
    // Declared after the transaction, they are finalized before it ends.
    SqliteStatement lookup(handle, "SELECT id, hash FROM items WHERE source_id = ? AND remote_id = ?");
    SqliteStatement insert(handle,
        "INSERT INTO items (source_id, remote_id, kind, author, title, url, html, thumbnail, media, meta, "
        "published, updated, hash, read) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // Preparing the update compiles the full-text trigger: only when needed.
    std::optional<SqliteStatement> update;
    for (const SqliteStatement *st : { &lookup, &insert }) {
        if (!st->isValid())
            return fail(st->error());
    }

    // A source with nothing stored yet (its first refresh) needs no look-ups:
    // only an id repeated within this batch can be there already.
    bool sourceEmpty = false;
    {
        SqliteStatement any(handle, "SELECT 1 FROM items WHERE source_id = ? LIMIT 1");
        if (!any.isValid())
            return fail(any.error());
        any.bind(1, sourceId);
        const int rc = any.step();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return fail(any.error());
        sourceEmpty = rc == SQLITE_DONE;
    }
    QSet<QByteArray> inserted;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray utf8[8];
    for (const Item &item : items) {
        const QByteArray remoteId
            = (item.remoteId.isEmpty() ? fallbackRemoteId(item) : item.remoteId).toUtf8();
        const qint64 hash = itemContentHash(item);
        bool exists = false;
        qint64 existingId = 0;
        qint64 existingHash = 0;
        if (!sourceEmpty || inserted.contains(remoteId)) {
            lookup.bind(1, sourceId);
            lookup.bind(2, remoteId);
            const int found = lookup.step();
            if (found != SQLITE_ROW && found != SQLITE_DONE)
                return fail(lookup.error());
            exists = found == SQLITE_ROW;
            existingId = exists ? lookup.int64At(0) : 0;
            existingHash = exists ? lookup.int64At(1) : 0;
            lookup.reset();
        }
        if (exists && existingHash == hash) {
            ++stats.unchanged;
            continue;
        }
        if (exists && !update) {
            update.emplace(handle,
                "UPDATE items SET kind = ?, author = ?, title = ?, url = ?, html = ?, thumbnail = ?, "
                "media = ?, meta = ?, "
                "published = CASE WHEN ?1 = 'topic' AND ?9 > published THEN ?9 "
                "WHEN ?9 = 0 OR ?9 > published THEN published ELSE ?9 END, "
                "updated = ?, hash = ?, "
                "read = CASE WHEN ? = 1 THEN 1 WHEN ?1 = 'topic' AND ?9 > published THEN 0 ELSE read END "
                "WHERE id = ?");
            if (!update->isValid())
                return fail(update->error());
        }
        SqliteStatement &q = exists ? *update : insert;
        int i = 1;
        if (!exists) {
            q.bind(i++, sourceId);
            q.bind(i++, remoteId);
        }
        const QString *texts[] = { &item.kind, &item.author, &item.title, &item.url, &item.html,
            &item.thumbnail, &item.mediaJson, &item.meta };
        for (size_t k = 0; k < std::size(texts); ++k) {
            utf8[k] = texts[k]->toUtf8();
            q.bind(i++, utf8[k]);
        }
        if (exists) {
            q.bind(i++, item.publishedMs); // ?9, used twice
        } else {
            q.bind(i++, item.publishedMs != 0 ? item.publishedMs : now);
        }
        q.bind(i++, item.updatedMs);
        q.bind(i++, hash);
        // What the server says is read already (a forum's notifications and
        // topics): read here too. Its unread never undoes a read here.
        q.bind(i++, item.read ? 1 : 0);
        if (exists)
            q.bind(i++, existingId);
        const int rc = q.step();
        if (rc != SQLITE_DONE)
            return fail(q.error());
        q.reset();
        ++(exists ? stats.updated : stats.added);
        if (sourceEmpty && !exists)
            inserted.insert(remoteId);
    }
    if (!t.commit())
        return fail(t.lastError());
    qCDebug(lcStore) << "source" << sourceId << "added" << stats.added << "updated" << stats.updated
                     << "unchanged" << stats.unchanged;
    return stats;
}

std::optional<Item> ItemStore::item(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, source_id, remote_id, kind, author, title, url, html, thumbnail, "
                             "media, published, updated, read, starred, meta FROM items WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcStore) << "item query failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Item it = readListItem(q);
    it.html = q.value(7).toString();
    it.meta = q.value(14).toString();
    return it;
}

QList<Item> ItemStore::page(const StreamSpec &spec, PageCursor before, int limit) const
{
    const StreamFilter filter = StreamFilter::from(spec);
    if (filter.matchesNothing || limit <= 0)
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString cursor = before.isNull() ? QString() : QStringLiteral(" AND (published, id) < (?, ?)");
    q.prepare(QStringLiteral("SELECT %1 FROM items WHERE %2%3 ORDER BY published DESC, id DESC LIMIT ?")
                  .arg(listColumns, filter.sql, cursor));
    filter.bindTo(q);
    if (!before.isNull()) {
        q.addBindValue(before.publishedMs);
        q.addBindValue(before.id);
    }
    q.addBindValue(limit);
    return readList(q);
}

QList<ItemStore::State> ItemStore::states(const StreamSpec &spec, int limit) const
{
    const StreamFilter filter = StreamFilter::from(spec);
    if (filter.matchesNothing || limit <= 0)
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, read, starred FROM items WHERE %1 "
                             "ORDER BY published DESC, id DESC LIMIT ?")
                  .arg(filter.sql));
    filter.bindTo(q);
    q.addBindValue(limit);
    QList<State> out;
    if (!q.exec()) {
        qCWarning(lcStore) << "state query failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(State { q.value(0).toLongLong(), q.value(1).toBool(), q.value(2).toBool() });
    return out;
}

QList<Item> ItemStore::listItems(const QList<qint64> &ids) const
{
    QList<Item> out;
    // Ids are numbers: written into the statement, in chunks under SQLite's
    // limit on terms.
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        QStringList chunk;
        for (qint64 id : ids.mid(from, 500))
            chunk << QString::number(id);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM items WHERE id IN (%2)").arg(listColumns, chunk.join(u',')));
        out << readList(q);
    }
    return out;
}

QList<Item> ItemStore::newerThan(const StreamSpec &spec, PageCursor top, int limit) const
{
    if (top.isNull())
        return page(spec, {}, limit);
    const StreamFilter filter = StreamFilter::from(spec);
    if (filter.matchesNothing || limit <= 0)
        return {};
    // The `limit` rows right above `top`, so that repeated calls close the gap
    // without leaving a hole in the list.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM items WHERE %2 AND (published, id) > (?, ?) "
                             "ORDER BY published ASC, id ASC LIMIT ?")
                  .arg(listColumns, filter.sql));
    filter.bindTo(q);
    q.addBindValue(top.publishedMs);
    q.addBindValue(top.id);
    q.addBindValue(limit);
    QList<Item> out = readList(q);
    std::reverse(out.begin(), out.end());
    return out;
}

int ItemStore::unreadCount(const StreamSpec &spec) const
{
    const StreamFilter filter = StreamFilter::from(spec);
    if (filter.matchesNothing)
        return 0;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM items WHERE %1 AND read = 0").arg(filter.sql));
    filter.bindTo(q);
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "unread count failed:" << q.lastError().text();
        return 0;
    }
    return q.value(0).toInt();
}

bool ItemStore::setRead(qint64 itemId, bool read)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE items SET read = ? WHERE id = ?"));
    q.addBindValue(read ? 1 : 0);
    q.addBindValue(itemId);
    if (!q.exec()) {
        qCWarning(lcStore) << "setRead failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool ItemStore::setStarred(qint64 itemId, bool starred)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE items SET starred = ? WHERE id = ?"));
    q.addBindValue(starred ? 1 : 0);
    q.addBindValue(itemId);
    if (!q.exec()) {
        qCWarning(lcStore) << "setStarred failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool ItemStore::setMeta(qint64 itemId, const QString &meta)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE items SET meta = ? WHERE id = ?"));
    q.addBindValue(meta);
    q.addBindValue(itemId);
    if (!q.exec()) {
        qCWarning(lcStore) << "setMeta failed:" << q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

QStringList ItemStore::remoteIdsByAuthor(qint64 sourceId, const QString &authorId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT remote_id FROM items WHERE source_id = ? AND kind = 'status' "
                             "AND json_valid(meta) AND json_extract(meta, '$.account') = ?"));
    q.addBindValue(sourceId);
    q.addBindValue(authorId);
    QStringList ids;
    if (!q.exec()) {
        qCWarning(lcStore) << "posts by author failed:" << q.lastError().text();
        return ids;
    }
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

int ItemStore::removeRemote(qint64 sourceId, const QStringList &remoteIds)
{
    int removed = 0;
    QSqlQuery q(m_db.connection());
    // A starred item is the user's to keep, gone from the server or not.
    q.prepare(QStringLiteral("DELETE FROM items WHERE source_id = ? AND remote_id = ? AND starred = 0"));
    for (const QString &remoteId : remoteIds) {
        q.addBindValue(sourceId);
        q.addBindValue(remoteId);
        if (!q.exec()) {
            qCWarning(lcStore) << "removing item" << remoteId << "of source" << sourceId << "failed:" << q.lastError().text();
            return -1;
        }
        removed += q.numRowsAffected();
    }
    return removed;
}

int ItemStore::markAllRead(const StreamSpec &spec)
{
    const StreamFilter filter = StreamFilter::from(spec);
    if (filter.matchesNothing)
        return 0;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE items SET read = 1 WHERE %1 AND read = 0").arg(filter.sql));
    filter.bindTo(q);
    if (!q.exec()) {
        qCWarning(lcStore) << "markAllRead failed:" << q.lastError().text();
        return 0;
    }
    return q.numRowsAffected();
}

int ItemStore::indexPending()
{
    QSqlDatabase db = m_db.connection();
    int indexed = 0;
    // New rows above the watermark first, in chunks so that a refresh can
    // write in between; then edited rows (the update trigger already removed
    // their old terms). The text is derived from the html here, on the
    // writer's time after a round, rather than stored with every row.
    for (;;) {
        Transaction t(db);
        if (!t.isOpen())
            return indexed;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT watermark, (SELECT coalesce(max(id), 0) FROM items) FROM fts_state"))
            || !q.next()) {
            qCWarning(lcStore) << "indexing failed:" << q.lastError().text();
            return indexed;
        }
        const qint64 watermark = q.value(0).toLongLong();
        const qint64 top = std::min(q.value(1).toLongLong(), watermark + IndexChunk);
        q.finish();
        const bool edited = top <= watermark;
        if (edited)
            q.prepare(
                QStringLiteral("SELECT id, title, html, author FROM items WHERE needs_index = 1 LIMIT %1")
                    .arg(IndexChunk));
        else
            q.prepare(QStringLiteral("SELECT id, title, html, author FROM items WHERE id > ? AND id <= ?"));
        if (!edited) {
            q.addBindValue(watermark);
            q.addBindValue(top);
        }
        if (!q.exec()) {
            qCWarning(lcStore) << "indexing failed:" << q.lastError().text();
            return indexed;
        }
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO items_fts (rowid, title, text, author) VALUES (?, ?, ?, ?)"));
        QSqlQuery done(db);
        if (edited)
            done.prepare(QStringLiteral("UPDATE items SET needs_index = 0 WHERE id = ?"));
        int chunk = 0;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            insert.addBindValue(id);
            insert.addBindValue(q.value(1).toString());
            insert.addBindValue(htmlToPlainText(q.value(2).toString()));
            insert.addBindValue(q.value(3).toString());
            if (!insert.exec()) {
                qCWarning(lcStore) << "indexing failed:" << insert.lastError().text();
                return indexed;
            }
            if (edited) {
                done.addBindValue(id);
                if (!done.exec()) {
                    qCWarning(lcStore) << "re-indexing failed:" << done.lastError().text();
                    return indexed;
                }
            }
            ++chunk;
        }
        q.finish();
        if (!edited) {
            q.prepare(QStringLiteral("UPDATE fts_state SET watermark = ?"));
            q.addBindValue(top);
            if (!q.exec()) {
                qCWarning(lcStore) << "indexing failed:" << q.lastError().text();
                return indexed;
            }
            q.finish();
        }
        if (!t.commit())
            return indexed;
        indexed += chunk;
        if (edited && chunk < IndexChunk)
            break;
    }
    if (indexed > 0)
        qCDebug(lcStore) << "indexed" << indexed << "items";
    return indexed;
}

qint64 ItemStore::pendingIndexCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM items WHERE id > (SELECT watermark FROM fts_state)) "
                           "+ (SELECT count(*) FROM items WHERE needs_index = 1)"))
        || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool ItemStore::rebuildSearchIndex()
{
    QSqlDatabase db = m_db.connection();
    Transaction t(db);
    QSqlQuery q(db);
    // Emptied and filled again from the html, as after an upgrade.
    for (const char *sql : { "DELETE FROM items_fts", "UPDATE fts_state SET watermark = 0",
             "UPDATE items SET needs_index = 0 WHERE needs_index = 1" }) {
        if (!t.isOpen() || !q.exec(QLatin1String(sql))) {
            qCWarning(lcStore) << "rebuilding the search index failed:" << q.lastError().text();
            return false;
        }
    }
    q.finish();
    if (!t.commit())
        return false;
    indexPending();
    return true;
}

bool ItemStore::checkSearchIndex() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)"))) {
        qCWarning(lcStore) << "search index check:" << q.lastError().text();
        return false;
    }
    return true;
}

qint64 ItemStore::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM items")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace gilde
