#pragma once

// A real profile in a temporary folder for the dashboard and item-model tests.

#include "TestSupport.h"
#include "core/Engine.h"
#include "core/model/Column.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QMessageBox>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>

namespace gilde::test
{

/// The question that opens under `parent` (waited for), and its button that
/// goes ahead with what was asked: the destructive one. Null when none comes.
inline QAbstractButton *goAheadButton(QWidget *parent)
{
    QMessageBox *question = nullptr;
    if (!waitUntil([&] { return (question = parent->findChild<QMessageBox *>()) != nullptr; }, 5000))
        return nullptr;
    const QList<QAbstractButton *> buttons = question->buttons();
    for (QAbstractButton *b : buttons) {
        if (question->buttonRole(b) == QMessageBox::DestructiveRole)
            return b;
    }
    return nullptr;
}

/// A column of one feed.
inline StreamSpec sourceSpec(qint64 sourceId)
{
    StreamSpec s;
    s.kind = StreamSpec::Kind::Source;
    s.sourceId = sourceId;
    return s;
}

struct DashboardProfile {
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
    /// A fixed "now" for item dates, an hour ago, so relative times are stable.
    qint64 baseMs = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;

    DashboardProfile()
    {
        REQUIRE(dir.isValid());
        reopen();
    }

    void reopen()
    {
        engine.reset();
        Engine::Opened opened = Engine::open(dir.path());
        REQUIRE(opened.status == Engine::Status::Ok);
        engine = std::move(opened.engine);
    }

    void close() { engine.reset(); }

    qint64 addSource(const QString &title, const QString &folder = {}, int port = 9)
    {
        Source s;
        s.url = QUrl(
            QStringLiteral("http://127.0.0.1:%1/%2.xml").arg(port).arg(title.toLower().replace(' ', '-')));
        s.title = title;
        s.folder = folder;
        const qint64 id = engine->sources().add(s);
        REQUIRE(id > 0);
        // Nothing is due: no test refreshes unless it asks to.
        auto saved = engine->sources().byId(id);
        REQUIRE(saved);
        saved->nextRefreshMs = baseMs + 24LL * 3600 * 1000;
        engine->sources().saveRefreshState(*saved);
        return id;
    }

    /// `count` items, newest first in the order given by `firstAgeMs` + i * step (older as i grows).
    void addItems(qint64 sourceId, int count, const QString &prefix, qint64 newestMs, qint64 stepMs = 60000)
    {
        QList<Item> items;
        for (int i = 0; i < count; ++i) {
            Item it;
            it.remoteId = QStringLiteral("%1-%2").arg(prefix).arg(i);
            it.title = QStringLiteral("%1 item %2").arg(prefix).arg(i);
            it.author = QStringLiteral("Author %1").arg(i % 3);
            it.text = QStringLiteral(
                "Some words about %1 number %2, to fill two lines of an excerpt in a column.")
                          .arg(prefix)
                          .arg(i);
            it.html = QStringLiteral("<p>%1</p>").arg(it.text);
            it.url = QStringLiteral("http://127.0.0.1:9/%1/%2.html").arg(prefix).arg(i);
            it.publishedMs = newestMs - i * stepMs;
            items << it;
        }
        const ItemStore::IngestStats stats = engine->items().upsert(sourceId, items);
        REQUIRE(stats.ok);
        REQUIRE(stats.added == count);
    }

    std::optional<Item> item(qint64 id) const { return engine->items().item(id); }
};

} // namespace gilde::test
