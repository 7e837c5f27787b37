#pragma once

// Helpers shared by the store tests: a fresh profile database in a temporary
// folder and generated items.

#include "model/Item.h"
#include "model/Source.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace gilde::test
{

struct TempDb {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;

    TempDb()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("gilde.sqlite"));
        auto opened = Database::open(path);
        INFO(opened.message.toStdString());
        REQUIRE(opened.status == Database::Status::Ok);
        db = std::move(opened.db);
    }
};

inline Item makeItem(
    const QString &remoteId, qint64 publishedMs, const QString &title = {}, const QString &text = {})
{
    Item it;
    it.remoteId = remoteId;
    it.title = title.isEmpty() ? QStringLiteral("Title ") + remoteId : title;
    it.text = text.isEmpty() ? QStringLiteral("Body of ") + remoteId : text;
    it.html = QStringLiteral("<p>") + it.text + QStringLiteral("</p>");
    it.url = QStringLiteral("https://example.org/") + remoteId;
    it.author = QStringLiteral("Author");
    it.publishedMs = publishedMs;
    return it;
}

inline qint64 addSource(
    SourceStore &sources, const QString &url, const QString &folder = {}, const QString &title = {})
{
    Source s;
    s.url = QUrl(url);
    s.title = title.isEmpty() ? url : title;
    s.folder = folder;
    const qint64 id = sources.add(s);
    REQUIRE(id > 0);
    return id;
}

/// Writes an item the way Gilde 0.1 did (schema versions 1 and 2: the whole
/// plain text in items.text, indexed through the external-content items_fts),
/// for upgrade tests. The current ItemStore writes only the newest schema.
inline qint64 insertOldItem(Database &db, qint64 sourceId, const Item &item)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO items (source_id, remote_id, author, title, url, html, "
                                     "text, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    for (const QVariant &v : QVariantList { sourceId, item.remoteId, item.author, item.title, item.url,
             item.html, item.text, item.publishedMs })
        q.addBindValue(v);
    REQUIRE(q.exec());
    const qint64 id = q.lastInsertId().toLongLong();
    REQUIRE(q.exec(QStringLiteral("INSERT INTO items_fts (rowid, title, text, author) "
                                  "SELECT id, title, text, author FROM items WHERE id = %1")
                       .arg(id)));
    REQUIRE(q.exec(QStringLiteral("UPDATE fts_state SET watermark = %1").arg(id)));
    return id;
}

} // namespace gilde::test
