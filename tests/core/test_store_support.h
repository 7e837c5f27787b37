#pragma once

// Helpers shared by the store tests: a fresh profile database in a temporary
// folder and generated items.

#include "model/Item.h"
#include "model/Source.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"

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

} // namespace gilde::test
