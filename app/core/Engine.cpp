#include "Engine.h"

#include "net/HttpClient.h"
#include "sources/feeds/Subscriptions.h"
#include "store/ColumnStore.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace gilde
{

namespace
{

QString lockMessage(const QString &profileDir)
{
    return Engine::tr("Gilde is already running with this profile (%1). Close it first, or start with "
                      "--profile to use another one.")
        .arg(QDir::toNativeSeparators(profileDir));
}

Engine::Status fromDatabase(Database::Status s)
{
    switch (s) {
    case Database::Status::Ok:
        return Engine::Status::Ok;
    case Database::Status::Corrupt:
        return Engine::Status::Corrupt;
    case Database::Status::TooNew:
        return Engine::Status::TooNew;
    case Database::Status::IoError:
        return Engine::Status::IoError;
    }
    return Engine::Status::IoError;
}

} // namespace

Engine::Opened Engine::open(const QString &profileDir)
{
    Opened result;
    const QString dir = QDir(profileDir).absolutePath();
    if (!QDir().mkpath(dir)) {
        result.status = Status::IoError;
        result.message = tr("Cannot create the profile folder %1.").arg(QDir::toNativeSeparators(dir));
        return result;
    }

    auto lock = std::make_unique<QLockFile>(dir + QStringLiteral("/gilde.lock"));
    // Never stale by age: a long-running window must keep its lock. A lock
    // left by a process that is gone is still taken over, as QLockFile checks
    // whether the recorded process is alive.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            result.status = Status::Locked;
            result.message = lockMessage(dir);
        } else {
            result.status = Status::IoError;
            result.message = tr("Cannot lock the profile folder %1 (is it writable?).")
                                 .arg(QDir::toNativeSeparators(dir));
        }
        return result;
    }

    const QString dbPath = dir + QStringLiteral("/gilde.sqlite");
    const bool isNew = !QFileInfo::exists(dbPath);
    Database::Opened opened = Database::open(dbPath);
    if (!opened.db) {
        result.status = fromDatabase(opened.status);
        if (result.status == Status::Ok)
            result.status = Status::IoError;
        result.message = opened.message;
        return result;
    }

    result.engine.reset(new Engine(dir, std::move(lock), std::move(opened.db)));
    result.engine->m_isNew = isNew;
    result.status = Status::Ok;
    return result;
}

QString Engine::defaultProfileDir()
{
    const QString env = qEnvironmentVariable("GILDE_PROFILE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Engine::Engine(const QString &profileDir, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db)
    : m_profileDir(profileDir)
    , m_lock(std::move(lock))
    , m_db(std::move(db))
{
    m_items = std::make_unique<ItemStore>(*m_db);
    m_sources = std::make_unique<SourceStore>(*m_db);
    m_columns = std::make_unique<ColumnStore>(*m_db);
    m_http = new HttpClient(this);
    m_http->setCacheDirectory(profileDir + QStringLiteral("/cache"));
    m_sync = new SyncEngine(*m_db, *m_sources, *m_items, *m_http, this);
    m_subscriptions = new Subscriptions(*m_sources, *m_http, this);
}

Engine::~Engine()
{
    // The services use the stores and the database: they go first, the sync
    // engine (whose writer thread writes) before the HTTP client it fetches with.
    delete m_subscriptions;
    m_subscriptions = nullptr;
    delete m_sync;
    m_sync = nullptr;
    delete m_http;
    m_http = nullptr;
    m_columns.reset();
    m_sources.reset();
    m_items.reset();
    m_db.reset();
    m_lock.reset();
}

} // namespace gilde
