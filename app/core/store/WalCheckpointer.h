#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace gilde
{

/// Copies a profile's write-ahead log into the database file on a thread of
/// its own. SQLite otherwise checkpoints inside whichever commit crosses the
/// threshold, and a checkpoint ends in an fsync: that stalled the refresh's
/// writer by a fifth of its time, and could land on the UI thread when it
/// marked an item read. Every connection reports its commits through
/// attach(); the checkpoint is PASSIVE, so it never waits for or blocks
/// readers and writers, and durability stays as synchronous = NORMAL gives it.
class WalCheckpointer
{
public:
    /// `thresholdPages`: WAL size, in pages, from which a checkpoint is due.
    WalCheckpointer(const QString &path, int thresholdPages);
    ~WalCheckpointer(); ///< finishes a running checkpoint, then stops

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Takes over the connection's automatic checkpoints. The connection
    /// must be closed before this object goes.
    void attach(sqlite3 *connection);
    void setThreshold(int pages) { m_threshold = pages; }
    /// Checkpoints that ran to the end (every frame copied), for tests and logs.
    int completedCheckpoints() const { return m_completed; }

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int walPages);
    void run();

    QString m_path;
    std::atomic<int> m_threshold;
    std::atomic<int> m_completed { 0 };
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace gilde
