#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace gilde
{

/// The SQLite connection under a QSqlDatabase of the QSQLITE driver, or null.
/// Qt's driver links the system's SQLite, the same library the store calls,
/// so the handle can be used with its API.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// Adds Gilde's own SQL functions to a connection (Database does it for
/// every connection it opens):
///
/// - `item_words(title, html)`: the title and the plain text of the html,
///   lower-cased with Unicode rules, for matching mute words against what
///   the reader sees rather than against markup. Items keep no plain text of
///   their own (see Schema.cpp, version 3).
bool registerSqlFunctions(sqlite3 *db);

} // namespace gilde
