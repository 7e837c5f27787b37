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
