#include "Database.h"

#include "Schema.h"
#include "SqliteHandle.h"
#include "StoreLog.h"
#include "WalCheckpointer.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>

namespace gilde
{

namespace
{

// Primary SQLite result codes, as the QSQLITE driver reports them in
// QSqlError::nativeErrorCode().
constexpr int SqlitePerm = 3;
constexpr int SqliteBusy = 5;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

QAtomicInteger<quint64> s_instanceCounter;
// 8192 pages of 8 KiB: a 64 MiB log between checkpoints keeps fsyncs rare
// during a refresh.
constexpr int CheckpointPages = 8192;

// A class-like context, so that lupdate files these messages under "Database".
struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

int sqliteCode(const QSqlError &e)
{
    // Extended codes carry the primary code in the low byte.
    return e.nativeErrorCode().toInt() & 0xff;
}

QString corruptMessage(const QString &path, const QString &detail)
{
    return DatabaseText::tr("The profile database \u201c%1\u201d is damaged or is not a Gilde database (%2). "
                            "Gilde has not changed it. Move the file aside to start with an empty profile, "
                            "or open another profile with --profile.")
        .arg(QDir::toNativeSeparators(path), detail);
}

QString tooNewMessage(const QString &path, int version, int supported)
{
    return DatabaseText::tr("The profile database \u201c%1\u201d was written by a newer version of Gilde "
                            "(schema %2; this version understands up to %3). Gilde has not changed it. "
                            "Update Gilde, or open another profile with --profile.")
        .arg(QDir::toNativeSeparators(path))
        .arg(version)
        .arg(supported);
}

QString ioMessage(const QString &path, const QString &detail)
{
    return DatabaseText::tr("Cannot open the profile database \u201c%1\u201d: %2")
        .arg(QDir::toNativeSeparators(path), detail);
}

// What a read-only look at an existing file found.
struct Probe {
    Database::Status status = Database::Status::Ok;
    QString detail;
    int userVersion = 0;
    bool hasTables = false;
};

Probe classify(const QSqlError &e)
{
    Probe p;
    const int code = sqliteCode(e);
    p.status = (code == SqliteCorrupt || code == SqliteNotADb) ? Database::Status::Corrupt
                                                               : Database::Status::IoError;
    p.detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return p;
}

QString checkTables(QSqlQuery &q, bool full, Probe &p)
{
    // Scoped checks of the small tables (and the schema) catch a damaged
    // profile's most visible parts at no cost; SQLite reports damage anywhere
    // else as SQLITE_CORRUPT when a query meets it.
    const QStringList pragmas = full
        ? QStringList { QStringLiteral("PRAGMA quick_check") }
        : QStringList { QStringLiteral("PRAGMA quick_check(sources)"),
              QStringLiteral("PRAGMA quick_check(columns)"), QStringLiteral("PRAGMA quick_check(tabs)") };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            // No such table yet (an empty or foreign file): nothing to check.
            if (!full && sqliteCode(q.lastError()) == 1)
                continue;
            p = classify(q.lastError());
            return pragma;
        }
        if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
            p.status = Database::Status::Corrupt;
            p.detail = q.value(0).toString();
            return pragma;
        }
    }
    return {};
}

// Opens the file read-only: nothing here can change it, so a file we end up
// refusing is left exactly as it was. With a backup path, it only writes that
// copy.
Probe probeFile(const QString &path, const QString &connectionName, int supported, bool fullCheck,
    const QString &backupPath = {})
{
    Probe p;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            p = classify(db.lastError());
        } else {
            QSqlQuery q(db);
            if (!backupPath.isEmpty()) {
                // A consistent copy that includes what is still in the WAL.
                q.prepare(QStringLiteral("VACUUM INTO ?"));
                q.addBindValue(backupPath);
                if (!q.exec()) {
                    p.status = Database::Status::IoError;
                    p.detail = DatabaseText::tr(
                        "could not write the backup copy \u201c%1\u201d before upgrading (%2)")
                                   .arg(QDir::toNativeSeparators(backupPath), q.lastError().text());
                } else {
                    qCInfo(lcStore) << "backed up" << path << "to" << backupPath;
                }
            } else if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
                p = classify(q.lastError());
            } else {
                p.hasTables = q.value(0).toInt() > 0;
                if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                    p = classify(q.lastError());
                } else {
                    p.userVersion = q.value(0).toInt();
                    if (p.userVersion <= supported)
                        checkTables(q, fullCheck || p.userVersion < supported, p);
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return p;
}

// Fixed fields of the 100-byte SQLite header: a file that has the magic but
// not these is damaged, whatever its user_version field says.
bool plausibleHeader(const QByteArray &h)
{
    const int pageSize = qFromBigEndian<quint16>(h.constData() + 16);
    const bool pageSizeOk = pageSize == 1 || (pageSize >= 512 && (pageSize & (pageSize - 1)) == 0);
    return pageSizeOk && quint8(h.at(21)) == 64 && quint8(h.at(22)) == 32 && quint8(h.at(23)) == 32;
}

QString freeBackupPath(const QString &path, int version)
{
    const QString base = path + QStringLiteral(".bak-v") + QString::number(version);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

// Nesting depth of Transaction per connection; connections are per thread.
thread_local QHash<QString, int> t_transactionDepth;

} // namespace

struct Database::Registry {
    QMutex mutex;
    QSet<QString> names;
};

// The busy handler of every connection. It replaces busy_timeout (10 s, in
// steps of a millisecond so that a waiting click gets in soon after the lock
// is free) and tells the long writer that someone waits.
struct Database::WriteWaits {
    std::atomic<bool> wanted { false };
    QMutex mutex;
    std::function<void()> listener;

    static int onBusy(void *self, int attempts)
    {
        auto *me = static_cast<WriteWaits *>(self);
        if (attempts == 0) {
            me->wanted = true;
            QMutexLocker lock(&me->mutex);
            if (me->listener)
                me->listener();
        }
        if (attempts >= 10000)
            return 0;
        QThread::msleep(1);
        return 1;
    }
};

Database::Database(const QString &path)
    : m_path(path)
    , m_prefix(QStringLiteral("gilde-db-%1-").arg(++s_instanceCounter))
    , m_registry(std::make_shared<Registry>())
    , m_writeWaits(std::make_unique<WriteWaits>())
    , m_checkpointer(std::make_unique<WalCheckpointer>(path, CheckpointPages))
{
}

Database::~Database()
{
    QSet<QString> names;
    {
        QMutexLocker lock(&m_registry->mutex);
        names.swap(m_registry->names);
    }
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

void Database::setCheckpointThreshold(int pages)
{
    m_checkpointer->setThreshold(pages);
}

int Database::completedCheckpoints() const
{
    return m_checkpointer->completedCheckpoints();
}

void Database::setWriteWaitListener(std::function<void()> listener)
{
    QMutexLocker lock(&m_writeWaits->mutex);
    m_writeWaits->listener = std::move(listener);
}

bool Database::takeWriteWanted()
{
    return m_writeWaits->wanted.exchange(false);
}

Database::Opened Database::open(const QString &path)
{
    return open(path, schemaMigrations());
}

Database::Opened Database::open(const QString &path, const QList<Migration> &migrations)
{
    Opened result;
    const int target = migrations.isEmpty() ? 0 : migrations.last().version;
    const QFileInfo info(path);
    const QFileInfo dirInfo(info.absolutePath());
    if (!dirInfo.isDir()) {
        result.message = ioMessage(path, DatabaseText::tr("the folder does not exist"));
        return result;
    }
    if (!dirInfo.isWritable()) {
        result.message = ioMessage(path, DatabaseText::tr("the folder is not writable"));
        return result;
    }

    int oldVersion = 0;
    if (info.exists()) {
        if (!info.isFile()) {
            result.message = ioMessage(path, DatabaseText::tr("it is not a file"));
            return result;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.message = ioMessage(path, file.errorString());
            return result;
        }
        const QByteArray header = file.read(100);
        file.close();
        if (!header.isEmpty()) {
            static const QByteArray magic("SQLite format 3\0", 16);
            if (header.size() < 100 || !header.startsWith(magic) || !plausibleHeader(header)) {
                result.status = Status::Corrupt;
                result.message = corruptMessage(path, DatabaseText::tr("not an SQLite database"));
                return result;
            }
            // user_version lives at offset 60 of the header: refusing a newer
            // file needs no SQLite at all.
            const int headerVersion = qFromBigEndian<qint32>(header.constData() + 60);
            if (headerVersion > target) {
                result.status = Status::TooNew;
                result.message = tooNewMessage(path, headerVersion, target);
                return result;
            }
        }
        if (!info.isWritable()) {
            result.message = ioMessage(path, DatabaseText::tr("the file is read-only"));
            return result;
        }
        const QString probeName = QStringLiteral("gilde-probe-%1").arg(++s_instanceCounter);
        // A full quick_check reads every page: 0.1-0.15 s on a profile of a
        // few hundred MiB, which every command-line run would pay. It runs
        // when the last session did not close cleanly (it left its WAL
        // behind) and before a migration; otherwise the header, the schema
        // and the small tables are checked, and SQLite reports damage
        // anywhere else as SQLITE_CORRUPT when a query meets it.
        const bool unclean = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        Probe probe = probeFile(path, probeName, target, unclean);
        if (probe.status == Status::Ok && probe.userVersion > target) {
            result.status = Status::TooNew;
            result.message = tooNewMessage(path, probe.userVersion, target);
            return result;
        }
        if (probe.status == Status::Ok && probe.hasTables && probe.userVersion < target) {
            const QString backup = freeBackupPath(path, probe.userVersion);
            const int version = probe.userVersion;
            probe = probeFile(path, probeName, target, true, backup);
            probe.userVersion = version;
        }
        if (probe.status != Status::Ok) {
            result.status = probe.status;
            result.message = probe.status == Status::Corrupt ? corruptMessage(path, probe.detail)
                                                             : ioMessage(path, probe.detail);
            return result;
        }
        oldVersion = probe.userVersion;
    }

    std::unique_ptr<Database> db(new Database(path));
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen()) {
        result.message = ioMessage(path, conn.lastError().text());
        return result;
    }
    for (const Migration &m : migrations) {
        if (m.version <= oldVersion)
            continue;
        Transaction t(conn);
        QSqlQuery q(conn);
        bool ok = t.isOpen();
        QString failure = ok ? QString() : conn.lastError().text();
        for (const QString &statement : m.statements) {
            if (!ok)
                break;
            if (!q.exec(statement)) {
                ok = false;
                failure = q.lastError().text();
            }
        }
        if (ok && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version))) {
            ok = false;
            failure = q.lastError().text();
        }
        q.finish();
        if (ok && !t.commit()) {
            ok = false;
            failure = conn.lastError().text();
        }
        if (!ok) {
            qCWarning(lcStore) << "migration to version" << m.version << "failed:" << failure;
            result.status = Status::IoError;
            result.message = ioMessage(path,
                DatabaseText::tr("upgrading it to schema %1 failed (%2); it was left at schema %3")
                    .arg(m.version)
                    .arg(failure)
                    .arg(oldVersion));
            return result;
        }
        qCInfo(lcStore) << "migrated" << path << "to schema" << m.version;
        oldVersion = m.version;
    }
    result.status = Status::Ok;
    result.db = std::move(db);
    return result;
}

QSqlDatabase Database::connection() const
{
    const QString name
        = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            return db;
        // The id belonged to a thread that ended without telling us.
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_path << db.lastError().text();
    } else {
        QSqlQuery q(db);
        // page_size only takes effect on a new, empty file, so it comes first.
        // Items are 2-4 KB rows: 8 KiB pages hold them with less waste.
        // Checkpoints are not the connection's business: the WalCheckpointer
        // runs them in the background once the log reaches CheckpointPages;
        // the log file is cut back to that size afterwards.
        for (const char *pragma :
            { "PRAGMA page_size = 8192", "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                "PRAGMA synchronous = NORMAL", "PRAGMA journal_size_limit = 67108864",
                "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -16000" }) {
            if (!q.exec(QLatin1String(pragma)))
                qCWarning(lcStore) << pragma << "failed:" << q.lastError().text();
        }
        if (!registerSqlFunctions(sqliteHandle(db)))
            qCWarning(lcStore) << "cannot add Gilde's SQL functions to" << m_path;
        m_checkpointer->attach(sqliteHandle(db));
        if (sqlite3 *handle = sqliteHandle(db))
            sqlite3_busy_handler(handle, &WriteWaits::onBusy, m_writeWaits.get());
    }
    {
        QMutexLocker lock(&m_registry->mutex);
        m_registry->names.insert(name);
    }
    QThread *thread = QThread::currentThread();
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || thread != app->thread()) {
        // Pool threads come and go; close this thread's connection with it.
        std::weak_ptr<Registry> weak = m_registry;
        QObject::connect(
            thread, &QThread::finished, thread,
            [weak, name] {
                const auto registry = weak.lock();
                if (!registry)
                    return;
                {
                    QMutexLocker lock(&registry->mutex);
                    if (!registry->names.remove(name))
                        return;
                }
                QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
    }
    return db;
}

bool Database::integrityCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return false;
    return q.value(0).toString() == QLatin1String("ok");
}

QString Database::writeErrorMessage(const QSqlError &error)
{
    switch (sqliteCode(error)) {
    case SqliteFull:
        return DatabaseText::tr("The disk is full: nothing was saved. Free some space and try again.");
    case SqliteReadOnly:
    case SqlitePerm:
        return DatabaseText::tr("The profile database is read-only: nothing was saved.");
    case SqliteBusy:
        return DatabaseText::tr(
            "The profile database is busy in another program: nothing was saved. Try again.");
    case SqliteCorrupt:
    case SqliteNotADb:
        return DatabaseText::tr(
            "The profile database is damaged: nothing was saved. Move it aside and restart.");
    case SqliteIoErr:
    case SqliteCantOpen:
        return DatabaseText::tr("The profile database could not be written (%1): nothing was saved.")
            .arg(error.databaseText());
    default:
        return DatabaseText::tr("Saving failed (%1): nothing was saved.").arg(error.text());
    }
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = t_transactionDepth[m_db.connectionName()];
    m_depth = depth;
    QSqlQuery q(m_db);
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT gilde_%1").arg(m_depth);
    m_open = q.exec(sql);
    if (m_open) {
        ++depth;
    } else {
        m_error = q.lastError();
        qCWarning(lcStore) << sql << "failed:" << q.lastError().text();
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    if (m_depth == 0) {
        // After errors such as SQLITE_FULL, SQLite has already rolled back.
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCDebug(lcStore) << "rollback:" << q.lastError().text();
    } else {
        q.exec(QStringLiteral("ROLLBACK TO gilde_%1").arg(m_depth));
        q.exec(QStringLiteral("RELEASE gilde_%1").arg(m_depth));
    }
    --t_transactionDepth[m_db.connectionName()];
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    QSqlQuery q(m_db);
    const QString sql
        = m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE gilde_%1").arg(m_depth);
    if (!q.exec(sql)) {
        m_error = q.lastError();
        qCWarning(lcStore) << sql << "failed:" << m_error.text();
        return false; // the destructor rolls back
    }
    m_open = false;
    --t_transactionDepth[m_db.connectionName()];
    return true;
}

} // namespace gilde
