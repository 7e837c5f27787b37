#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace gilde {

/// One profile's SQLite file. Opening checks and migrates the schema (copying
/// the file aside first) and refuses a corrupt file or one written by a newer
/// Gilde without touching it. Each thread gets its own connection from
/// connection(); stores ask for it on every call, so a store may be used from
/// whichever thread calls it.
class Database
{
public:
    enum class Status { Ok, Corrupt, TooNew, IoError };
    struct Opened {
        std::unique_ptr<Database> db; ///< null unless status == Ok
        Status status = Status::IoError;
        QString message; ///< translated, for the user; says what to do
    };

    static constexpr int SchemaVersion = 1;

    static Opened open(const QString &path);
    ~Database();

    QString path() const { return m_path; }
    /// The calling thread's connection (created on first use, WAL, foreign keys on).
    QSqlDatabase connection() const;

private:
    explicit Database(const QString &path);
    QString m_path;
    QString m_prefix; ///< connection-name prefix unique to this instance
};

/// RAII transaction on a connection: commits with commit(), rolls back when
/// destroyed without it.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    bool commit();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace gilde
