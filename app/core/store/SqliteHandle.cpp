#include "SqliteHandle.h"

#include "text/HtmlSanitizer.h"

#include <QSqlDriver>
#include <QStringView>
#include <QVariant>

#include <sqlite3.h>

namespace gilde
{

namespace
{

QStringView argText(sqlite3_value *value)
{
    const void *data = sqlite3_value_text16(value);
    const int bytes = sqlite3_value_bytes16(value);
    if (!data || bytes <= 0)
        return {};
    return QStringView(static_cast<const char16_t *>(data), bytes / 2);
}

void itemWords(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 2) {
        sqlite3_result_error(context, "item_words takes a title and html", -1);
        return;
    }
    QString words = argText(argv[0]).toString();
    words += QLatin1Char('\n');
    words += htmlToPlainText(argText(argv[1]));
    words = std::move(words).toLower();
    sqlite3_result_text16(context, words.utf16(), int(words.size() * 2), SQLITE_TRANSIENT);
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    m_prepared = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteStatement::isValid() const
{
    return m_prepared == SQLITE_OK && m_stmt;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

int SqliteStatement::step()
{
    return sqlite3_step(m_stmt);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QSqlError SqliteStatement::error() const
{
    const int code = m_prepared != SQLITE_OK ? m_prepared : sqlite3_extended_errcode(m_db);
    return QSqlError(QStringLiteral("statement failed"), QString::fromUtf8(sqlite3_errmsg(m_db)),
        QSqlError::StatementError, QString::number(code));
}

bool registerSqlFunctions(sqlite3 *db)
{
    if (!db)
        return false;
    return sqlite3_create_function_v2(db, "item_words", 2,
               SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, itemWords, nullptr, nullptr,
               nullptr)
        == SQLITE_OK;
}

} // namespace gilde
