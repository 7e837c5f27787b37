#include "WalCheckpointer.h"

#include "StoreLog.h"

#include <sqlite3.h>

namespace gilde
{

WalCheckpointer::WalCheckpointer(const QString &path, int thresholdPages)
    : m_path(path)
    , m_threshold(thresholdPages)
    , m_thread([this] { run(); })
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::attach(sqlite3 *connection)
{
    if (connection)
        sqlite3_wal_hook(connection, &WalCheckpointer::onCommit, this);
}

// Called by SQLite in the committing thread, after the commit: only a flag
// is set there, nothing waits.
int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int walPages)
{
    auto *me = static_cast<WalCheckpointer *>(self);
    if (walPages >= me->m_threshold) {
        {
            std::lock_guard lock(me->m_mutex);
            me->m_due = true;
        }
        me->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_due || m_stopping; });
            if (m_stopping)
                break;
            m_due = false;
        }
        if (!db) {
            // Opened on first need: by then the file exists and is in WAL mode.
            const QByteArray path = m_path.toUtf8();
            if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
                qCWarning(lcStore) << "checkpoints: cannot open" << m_path << sqlite3_errmsg(db);
                sqlite3_close(db);
                db = nullptr;
                continue;
            }
            sqlite3_busy_timeout(db, 1000);
            // A connection learns that the file is in WAL mode when it first
            // reads it; until then a checkpoint does nothing.
            sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
        }
        int logFrames = 0;
        int copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStore) << "checkpoint of" << m_path << "failed:" << sqlite3_errstr(rc);
        else if (rc == SQLITE_OK && logFrames >= 0 && copied == logFrames)
            ++m_completed;
    }
    // The last connection to close checkpoints and removes the log itself.
    sqlite3_close(db);
}

} // namespace gilde
