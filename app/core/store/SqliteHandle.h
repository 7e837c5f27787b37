#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>

struct sqlite3;
struct sqlite3_stmt;

namespace gilde
{

/// The SQLite connection under a QSqlDatabase of the QSQLITE driver, or null.
/// Qt's driver links the system's SQLite, the same library the store calls,
/// so the handle can be used with its API.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// A prepared statement on a raw SQLite connection, finalized when it goes.
/// For the ingest path, where binding UTF-8 directly instead of QVariants
/// through the Qt driver saves two thirds of the store's time.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const;
    void bind(int index, qint64 value);
    /// The bytes must stay unchanged until the statement is reset. A null
    /// array binds as '' (the text columns are NOT NULL).
    void bind(int index, const QByteArray &utf8);
    int step(); ///< SQLite's result code
    void reset();
    qint64 int64At(int column) const;
    /// Why preparing or a step failed, as the Qt driver would report it
    /// (Database::writeErrorMessage reads the code).
    QSqlError error() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepared = 0;
};

/// Adds Gilde's own SQL functions to a connection (Database does it for
/// every connection it opens):
///
/// - `item_words(title, html)`: the title and the plain text of the html,
///   lower-cased with Unicode rules, for matching mute words against what
///   the reader sees rather than against markup. Items keep no plain text of
///   their own (see Schema.cpp, version 3).
bool registerSqlFunctions(sqlite3 *db);

} // namespace gilde
