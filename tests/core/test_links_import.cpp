// BookmarkImport: a bookmark file read, parsed and written on a worker with
// its own connection, progress and the result back on the caller's thread,
// the synced server's entries queued with the links, one import at a time,
// and a stop on destruction that keeps what was committed.

#include "TestSupport.h"
#include "links/BookmarkImport.h"
#include "links/LinkLibrary.h"
#include "links/NetscapeBookmarks.h"
#include "net/HttpClient.h"
#include "store/AccountStore.h"
#include "store/LinkStore.h"
#include "store/OutboxStore.h"
#include "sync/Outbox.h"
#include "test_store_support.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct ImportLibrary {
    TempDb t;
    LinkStore store { *t.db };
    OutboxStore outboxStore { *t.db };
    AccountStore accounts { *t.db };
    HttpClient http;
    Outbox outbox { outboxStore };
    LinkLibrary library { store, http, outbox };
    std::unique_ptr<BookmarkImport> import
        = std::make_unique<BookmarkImport>(library, store, outboxStore, outbox);
    QTemporaryDir files;

    ImportLibrary()
    {
        REQUIRE(files.isValid());
        // Nothing is delivered while the test looks.
        outbox.setOnline(false);
    }

    /// A bookmark file of `count` links on the loopback, tagged "bulk".
    QString writeFile(int count, const QString &name = QStringLiteral("bookmarks.html"))
    {
        QList<Link> links;
        for (int i = 0; i < count; ++i) {
            Link l;
            l.url = QUrl(QStringLiteral("http://127.0.0.1:9/page/%1").arg(i));
            l.title = QStringLiteral("Page %1").arg(i);
            l.tags = { QStringLiteral("bulk"), QStringLiteral("n%1").arg(i % 7) };
            l.savedMs = 1700000000000LL + qint64(i) * 1000;
            links << l;
        }
        const QString path = files.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(writeNetscapeBookmarks(links)) > 0);
        return path;
    }

    BookmarkImport::Report run(const QString &path)
    {
        QSignalSpy finished(import.get(), &BookmarkImport::finished);
        REQUIRE(import->start(path));
        REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 60000));
        return finished.first().first().value<BookmarkImport::Report>();
    }
};

} // namespace

TEST_CASE("BookmarkImport imports a file on a worker and reports progress", "[links]")
{
    ImportLibrary lib;
    const QString path = lib.writeFile(1200);
    QSignalSpy changed(&lib.library, &LinkLibrary::linksChanged);
    QSignalSpy progress(lib.import.get(), &BookmarkImport::progress);
    QSignalSpy finished(lib.import.get(), &BookmarkImport::finished);
    REQUIRE(lib.import->start(path));
    CHECK(lib.import->isRunning());
    // One at a time: a second one is refused while the first runs.
    CHECK_FALSE(lib.import->start(path));
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 60000));
    CHECK_FALSE(lib.import->isRunning());
    CHECK(finished.size() == 1);

    const auto report = finished.first().first().value<BookmarkImport::Report>();
    CHECK(report.status == BookmarkImport::Report::Status::Done);
    CHECK(report.path == path);
    CHECK(report.added == 1200);
    CHECK(report.updated == 0);
    CHECK(report.failed == 0);
    CHECK(lib.store.all().size() == 1200);
    CHECK(lib.store.tags().value(0).tag == QStringLiteral("bulk"));
    CHECK(lib.store.tags().value(0).count == 1200);
    CHECK(changed.size() == 1);
    // Progress came in steps towards the total, the last one complete.
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().at(0).toInt() == 1200);
    CHECK(progress.last().at(1).toInt() == 1200);
    CHECK(lib.import->total() == 1200);
    // Not synced: nothing for a server.
    CHECK(lib.outboxStore.all().isEmpty());

    // The same file again: every link is known, nothing new.
    const BookmarkImport::Report again = lib.run(path);
    CHECK(again.added == 0);
    CHECK(again.updated == 1200);
    CHECK(lib.store.all().size() == 1200);
}

TEST_CASE("BookmarkImport queues the links for a synced server in the same commits", "[links]")
{
    ImportLibrary lib;
    Account a;
    a.kind = QStringLiteral("shaarli");
    a.server = QUrl(QStringLiteral("http://127.0.0.1:1/"));
    const qint64 account = lib.accounts.add(a);
    REQUIRE(account > 0);
    lib.library.setSyncAccount(account);
    const BookmarkImport::Report report = lib.run(lib.writeFile(300));
    CHECK(report.added == 300);
    const QList<OutboxEntry> entries = lib.outboxStore.all();
    REQUIRE(entries.size() == 300);
    CHECK(entries.first().action == QStringLiteral("shaarli.save"));
    CHECK(entries.first().accountId == account);
    CHECK(entries.first().payload.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("bulk")));
    QSet<QString> keys;
    for (const OutboxEntry &e : entries)
        keys.insert(e.idempotencyKey);
    CHECK(keys.size() == 300);
}

TEST_CASE("BookmarkImport says when a file cannot be read or is not a bookmark file", "[links]")
{
    ImportLibrary lib;
    const BookmarkImport::Report missing = lib.run(lib.files.filePath(QStringLiteral("missing.html")));
    CHECK(missing.status == BookmarkImport::Report::Status::Unreadable);
    CHECK_FALSE(missing.error.isEmpty());

    const QString words = lib.files.filePath(QStringLiteral("words.txt"));
    {
        QFile f(words);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("just some words");
    }
    const BookmarkImport::Report notBookmarks = lib.run(words);
    CHECK(notBookmarks.status == BookmarkImport::Report::Status::NotBookmarks);
    CHECK(lib.store.all().isEmpty());
}

TEST_CASE("BookmarkImport destroyed while it runs stops and keeps whole chunks", "[links]")
{
    ImportLibrary lib;
    const QString path = lib.writeFile(2000);
    REQUIRE(lib.import->start(path));
    lib.import.reset();
    // Whatever was committed is whole links with their tags; the database stays usable.
    const QList<Link> links = lib.store.all();
    CHECK(links.size() <= 2000);
    for (const Link &l : links)
        CHECK(l.tags.contains(QStringLiteral("bulk")));
    Link more;
    more.url = QUrl(QStringLiteral("http://127.0.0.1:9/after"));
    CHECK(lib.library.save(more).id > 0);
}
