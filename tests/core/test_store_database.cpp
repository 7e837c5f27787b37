#include "TestSupport.h"
#include "store/Schema.h"
#include "test_store_support.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>
#include <unistd.h>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct FileState {
    QByteArray sha;
    QDateTime mtime;
    qint64 size = 0;
    bool operator==(const FileState &) const = default;
};

FileState stateOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QFileInfo info(path);
    return { QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), info.lastModified(),
        info.size() };
}

int userVersion(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QString pragmaText(Database &db, const QString &pragma)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + pragma));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Makes a file look written by a newer Gilde: a valid database whose
// user_version is above what this build knows.
void writeNewerDatabase(const QString &path)
{
    auto opened = Database::open(path);
    REQUIRE(opened.status == Database::Status::Ok);
    SourceStore sources(*opened.db);
    addSource(sources, QStringLiteral("https://example.org/newer"));
    QSqlQuery q(opened.db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 5)));
}

} // namespace

TEST_CASE("Database creates a new profile with the current schema and pragmas", "[store]")
{
    TempDb t;
    CHECK(QFileInfo::exists(t.path));
    CHECK(userVersion(*t.db) == Database::SchemaVersion);
    CHECK(pragmaText(*t.db, QStringLiteral("journal_mode")) == QLatin1String("wal"));
    CHECK(pragmaText(*t.db, QStringLiteral("foreign_keys")) == QLatin1String("1"));
    CHECK(pragmaText(*t.db, QStringLiteral("synchronous")) == QLatin1String("1")); // NORMAL
    CHECK(t.db->integrityCheck());

    // Reopening an up-to-date file neither migrates nor backs it up.
    const QString path = t.path;
    t.db.reset();
    auto again = Database::open(path);
    REQUIRE(again.status == Database::Status::Ok);
    CHECK(userVersion(*again.db) == Database::SchemaVersion);
    CHECK(QDir(QFileInfo(path).path()).entryList({ QStringLiteral("*.bak-*") }).isEmpty());
}

TEST_CASE("Database upgrades an older file after copying it aside", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    {
        TempDb seed; // a current database with data, moved into place
        SourceStore sources(*seed.db);
        ItemStore items(*seed.db);
        const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));
        REQUIRE(items.upsert(sid, { makeItem(QStringLiteral("a"), 1000) }).added == 1);
        seed.db.reset();
        REQUIRE(QFile::copy(seed.path, path));
    }

    const int next = Database::SchemaVersion + 1;
    QList<Migration> migrations = schemaMigrations();
    migrations << Migration { next,
        { QStringLiteral("CREATE TABLE extra (id INTEGER PRIMARY KEY)"),
            QStringLiteral("INSERT INTO extra (id) VALUES (7)") } };
    auto opened = Database::open(path, migrations);
    INFO(opened.message.toStdString());
    REQUIRE(opened.status == Database::Status::Ok);
    CHECK(userVersion(*opened.db) == next);
    ItemStore items(*opened.db);
    CHECK(items.count() == 1);

    const QString backup = path + QStringLiteral(".bak-v%1").arg(Database::SchemaVersion);
    REQUIRE(QFileInfo::exists(backup));
    auto old = Database::open(backup);
    REQUIRE(old.status == Database::Status::Ok);
    CHECK(userVersion(*old.db) == Database::SchemaVersion);
    ItemStore oldItems(*old.db);
    CHECK(oldItems.count() == 1);
    old.db.reset();

    // This build does not know that version: the upgraded file is now too new.
    opened.db.reset();
    auto refused = Database::open(path);
    CHECK(refused.status == Database::Status::TooNew);
}

TEST_CASE("Database upgrades a version 1 profile to the current schema, keeping its data", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        auto v1 = Database::open(path, schemaMigrations().mid(0, 1));
        REQUIRE(v1.status == Database::Status::Ok);
        SourceStore sources(*v1.db);
        const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));
        insertOldItem(*v1.db, sid, makeItem(QStringLiteral("a"), 1000));
        insertOldItem(*v1.db, sid, makeItem(QStringLiteral("b"), 2000));
    }
    auto opened = Database::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.status == Database::Status::Ok);
    CHECK(userVersion(*opened.db) == Database::SchemaVersion);
    CHECK(opened.db->integrityCheck());
    ItemStore items(*opened.db);
    CHECK(items.count() == 2);
    CHECK(items.checkSearchIndex());
    CHECK(QFileInfo::exists(path + QStringLiteral(".bak-v1")) == (Database::SchemaVersion > 1));
}

TEST_CASE("A version 2 profile keeps excerpts and finds old items again after the upgrade", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    const QString longText
        = QStringLiteral("Opening words. ").repeated(30) + QStringLiteral("Zeppelin ending.");
    qint64 oldId = 0;
    {
        auto v2 = Database::open(path, schemaMigrations().mid(0, 2));
        REQUIRE(v2.status == Database::Status::Ok);
        SourceStore sources(*v2.db);
        const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));
        oldId = insertOldItem(
            *v2.db, sid, makeItem(QStringLiteral("a"), 1000, QStringLiteral("Airships"), longText));
        REQUIRE(userVersion(*v2.db) == 2);
    }
    auto opened = Database::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.status == Database::Status::Ok);
    CHECK(userVersion(*opened.db) == Database::SchemaVersion);
    CHECK(QFileInfo::exists(path + QStringLiteral(".bak-v2")));
    ItemStore items(*opened.db);
    const auto item = items.item(oldId);
    REQUIRE(item);
    CHECK(item->text == longText.left(300));
    CHECK(item->html.contains(QLatin1String("Zeppelin ending")));

    // The index starts again from zero; a word past the excerpt is found.
    CHECK(items.pendingIndexCount() == 1);
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Search;
    spec.query = QStringLiteral("zeppelin");
    CHECK(items.page(spec, PageCursor(), 10).isEmpty());
    CHECK(items.indexPending() == 1);
    CHECK(items.page(spec, PageCursor(), 10).size() == 1);
    CHECK(items.checkSearchIndex());
}

TEST_CASE("Database leaves the file at its old version when a migration fails", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    addSource(sources, QStringLiteral("https://example.org/feed"));
    t.db.reset();

    QList<Migration> migrations = schemaMigrations();
    const int next = Database::SchemaVersion + 1;
    migrations << Migration { next,
        { QStringLiteral("CREATE TABLE half (id INTEGER)"), QStringLiteral("THIS IS NOT SQL") } };
    auto failed = Database::open(t.path, migrations);
    CHECK(failed.status == Database::Status::IoError);
    CHECK_FALSE(failed.db);
    CHECK(failed.message.contains(QStringLiteral("schema %1").arg(next)));

    auto again = Database::open(t.path);
    REQUIRE(again.status == Database::Status::Ok);
    CHECK(userVersion(*again.db) == Database::SchemaVersion);
    QSqlQuery q(again.db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("SELECT * FROM half"))); // rolled back
    SourceStore after(*again.db);
    CHECK(after.all().size() == 1);
}

TEST_CASE("Database refuses a newer schema without touching the file", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    writeNewerDatabase(path);
    const FileState before = stateOf(path);
    QThread::msleep(20); // a write would show in the mtime

    auto opened = Database::open(path);
    CHECK(opened.status == Database::Status::TooNew);
    CHECK_FALSE(opened.db);
    CHECK(opened.message.contains(QLatin1String("newer version")));
    CHECK(opened.message.contains(QLatin1String("--profile")));
    CHECK(stateOf(path) == before);
    const QStringList backups = QDir(dir.path()).entryList({ QStringLiteral("*.bak-*") });
    CHECK(backups.isEmpty());
}

TEST_CASE("Database refuses a corrupt file without touching it", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.sqlite"));

    SECTION("not a database at all")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    SECTION("garbage in the header")
    {
        {
            auto opened = Database::open(path);
            REQUIRE(opened.status == Database::Status::Ok);
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(0);
        f.write("Not SQLite at all");
    }
    SECTION("garbage after the header's magic")
    {
        {
            auto opened = Database::open(path);
            REQUIRE(opened.status == Database::Status::Ok);
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(16);
        f.write(QByteArray(84, '\x7f')); // also a huge user_version: still damage, not "too new"
    }
    SECTION("damaged pages")
    {
        {
            TempDb seed;
            SourceStore sources(*seed.db);
            ItemStore items(*seed.db);
            const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));
            QList<Item> batch;
            for (int i = 0; i < 400; ++i)
                batch << makeItem(QString::number(i), 1000 + i);
            REQUIRE(items.upsert(sid, batch).ok);
            seed.db.reset();
            REQUIRE(QFile::copy(seed.path, path));
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 8 * 4096);
        // Overwrite every page but the first with noise: the header still
        // reads fine, the b-trees do not.
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) & 0xff);
        for (qint64 page = 1; page * 4096 < f.size(); ++page) {
            f.seek(page * 4096);
            f.write(noise);
        }
    }

    const FileState before = stateOf(path);
    QThread::msleep(20);
    auto opened = Database::open(path);
    INFO(opened.message.toStdString());
    CHECK(opened.status == Database::Status::Corrupt);
    CHECK_FALSE(opened.db);
    CHECK(opened.message.contains(QLatin1String("--profile")));
    CHECK(opened.message.contains(QLatin1String("Move the file aside")));
    CHECK(stateOf(path) == before);
}

TEST_CASE("Database reports I/O errors", "[store]")
{
    QTemporaryDir dir;
    SECTION("missing folder")
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("nope/p.sqlite")));
        CHECK(opened.status == Database::Status::IoError);
        CHECK_FALSE(opened.message.isEmpty());
    }
    SECTION("a folder where the file should be")
    {
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("p.sqlite")));
        auto opened = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        CHECK(opened.status == Database::Status::IoError);
    }
    SECTION("a read-only file")
    {
        if (::geteuid() == 0) {
            WARN("running as root: file permissions are not enforced, skipped");
            return;
        }
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        Database::open(path);
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner));
        auto opened = Database::open(path);
        CHECK(opened.status == Database::Status::IoError);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
}

TEST_CASE("Transaction commits, rolls back and nests", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    QSqlDatabase db = t.db->connection();
    {
        Transaction outer(db);
        REQUIRE(outer.isOpen());
        addSource(sources, QStringLiteral("https://example.org/kept"));
        {
            Transaction inner(db);
            REQUIRE(inner.isOpen());
            addSource(sources, QStringLiteral("https://example.org/dropped"));
        } // inner rolled back
        {
            Transaction inner(db);
            addSource(sources, QStringLiteral("https://example.org/nested"));
            CHECK(inner.commit());
        }
        CHECK(outer.commit());
    }
    {
        Transaction abandoned(db);
        addSource(sources, QStringLiteral("https://example.org/abandoned"));
    }
    QStringList urls;
    for (const Source &s : sources.all())
        urls << s.url.toString();
    urls.sort();
    CHECK(urls
        == QStringList {
            QStringLiteral("https://example.org/kept"), QStringLiteral("https://example.org/nested") });
}

TEST_CASE("Database gives each thread its own connection and closes it with the thread", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    const QString mainName = t.db->connection().connectionName();
    const int before = QSqlDatabase::connectionNames().size();

    QString workerName;
    bool workerSawRow = false;
    QThread *thread = QThread::create([&] {
        workerName = t.db->connection().connectionName();
        addSource(sources, QStringLiteral("https://example.org/from-thread"));
        workerSawRow = sources.all().size() == 1;
    });
    thread->start();
    REQUIRE(waitUntil([&] { return thread->isFinished(); }, 10000));
    delete thread;

    CHECK(workerSawRow);
    CHECK_FALSE(workerName.isEmpty());
    CHECK(workerName != mainName);
    CHECK_FALSE(QSqlDatabase::contains(workerName)); // closed when its thread finished
    CHECK(QSqlDatabase::connectionNames().size() == before);
    CHECK(sources.all().size() == 1);

    t.db.reset();
    CHECK_FALSE(QSqlDatabase::contains(mainName));
}

TEST_CASE("Checkpoints run in the background, never inside a commit", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));
    t.db->setCheckpointThreshold(1 << 30);

    // About 12 MiB of items: past SQLite's own automatic checkpoint (1000
    // pages), which would have reset the log inside one of these commits.
    const QString body
        = QStringLiteral("<p>%1</p>").arg(QStringLiteral("words and more words ").repeated(150));
    for (int batch = 0; batch < 8; ++batch) {
        QList<Item> list;
        for (int i = 0; i < 500; ++i) {
            Item it = makeItem(QStringLiteral("b%1-%2").arg(batch).arg(i), 1000 + batch * 1000 + i);
            it.html = body;
            list << it;
        }
        REQUIRE(items.upsert(sid, list).added == 500);
    }
    const QString wal = t.path + QStringLiteral("-wal");
    CHECK(QFileInfo(wal).size() > 1000 * 8192);
    CHECK(t.db->completedCheckpoints() == 0);

    // Past the threshold, the next commit hands the log to the checkpointer.
    t.db->setCheckpointThreshold(64);
    REQUIRE(items.upsert(sid, { makeItem(QStringLiteral("last"), 99999) }).added == 1);
    REQUIRE(waitUntil([&] { return t.db->completedCheckpoints() >= 1; }, 15000));
    CHECK(items.count() == 4001);
    CHECK(t.db->integrityCheck());
}

TEST_CASE("A connection that waits for the write lock waits, and the writer hears of it", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    std::atomic<int> heard { 0 };
    t.db->setWriteWaitListener([&] { ++heard; });
    CHECK_FALSE(t.db->takeWriteWanted());

    // Another thread holds a write transaction for a moment.
    std::atomic<bool> holding { false };
    std::atomic<bool> release { false };
    QThread *other = QThread::create([&] {
        Transaction tx(t.db->connection());
        holding = tx.isOpen();
        for (int i = 0; i < 5000 && !release; ++i)
            QThread::msleep(1);
        QThread::msleep(50);
        tx.commit();
    });
    other->start();
    REQUIRE(waitUntil([&] { return holding.load(); }, 5000));

    // This write waits for it instead of failing, and says it waited.
    std::thread releaser([&] {
        for (int i = 0; i < 5000 && heard == 0; ++i)
            QThread::msleep(1);
        release = true;
    });
    const qint64 id = addSource(sources, QStringLiteral("https://example.org/waited"));
    CHECK(id > 0);
    releaser.join();
    REQUIRE(other->wait(10000));
    delete other;
    CHECK(heard >= 1);
    CHECK(t.db->takeWriteWanted());
    CHECK_FALSE(t.db->takeWriteWanted());
    t.db->setWriteWaitListener(nullptr);
}
