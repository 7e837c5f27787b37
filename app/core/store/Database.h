#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace gilde
{

class WalCheckpointer;

/// One schema step: the statements that take a database from version - 1 to
/// `version`. Applied in its own transaction together with the new user_version.
struct Migration {
    int version = 0;
    QStringList statements;
};

/// One profile's SQLite file. Opening checks and migrates the schema (copying
/// the file aside first) and refuses a corrupt file or one written by a newer
/// Gilde without touching it. Each thread gets its own connection from
/// connection(); stores ask for it on every call, so a store may be used from
/// whichever thread calls it. A thread's connection is closed when that
/// QThread finishes, and every remaining one when the Database is destroyed
/// (which must happen after the other threads stopped using it).
class Database
{
public:
    enum class Status { Ok, Corrupt, TooNew, IoError };
    struct Opened {
        std::unique_ptr<Database> db; ///< null unless status == Ok
        Status status = Status::IoError;
        QString message; ///< translated, for the user; says what to do
    };

    static constexpr int SchemaVersion = 8;

    static Opened open(const QString &path);
    /// As open(), with an explicit list of migrations (the last one is the
    /// target version). For tests of the upgrade path.
    static Opened open(const QString &path, const QList<Migration> &migrations);
    ~Database();

    QString path() const { return m_path; }
    /// The calling thread's connection (created on first use, WAL, foreign keys on).
    QSqlDatabase connection() const;

    /// Full `PRAGMA integrity_check`; true when SQLite reports "ok".
    bool integrityCheck() const;

    /// Translated text for a failed write, e.g. disk full or read-only file.
    static QString writeErrorMessage(const QSqlError &error);

    /// WAL size, in pages, from which the background checkpoint runs
    /// (WalCheckpointer); smaller for tests.
    void setCheckpointThreshold(int pages);
    int completedCheckpoints() const;

    /// A long writer (the refresh) learns here that another connection waits
    /// for the write lock, so it can commit and let it in: `listener` is
    /// called, on the waiting thread, when a wait begins; writeWanted() then
    /// says true until taken. Null removes the listener.
    void setWriteWaitListener(std::function<void()> listener);
    bool takeWriteWanted();

private:
    explicit Database(const QString &path);
    struct Registry;
    QString m_path;
    QString m_prefix; ///< connection-name prefix unique to this instance
    std::shared_ptr<Registry> m_registry;
    struct WriteWaits;
    std::unique_ptr<WriteWaits> m_writeWaits;
    // Destroyed after every connection is closed (the destructor's body).
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

/// RAII transaction on a connection: commits with commit(), rolls back when
/// destroyed without it. The outermost one takes the write lock at once
/// (BEGIN IMMEDIATE) so that concurrent writers wait on busy_timeout instead
/// of failing mid-way; nested ones on the same connection become savepoints.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    bool commit();
    bool isOpen() const { return m_open; }
    /// Why BEGIN or COMMIT failed (e.g. disk full at commit).
    QSqlError lastError() const { return m_error; }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QSqlError m_error;
    int m_depth = 0; ///< 0 for the outermost transaction on this connection
};

} // namespace gilde
