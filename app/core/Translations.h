#pragma once

#include <QStringList>

class QCoreApplication;

namespace gilde
{

/// Installs the program's own translation (from `directory`, by default the embedded
/// ":/i18n", as gilde_<lang>.qm) and Qt's (qtbase_<lang>.qm from Qt's translations
/// folder, when present) for the user's language: LANGUAGE, LC_ALL, LC_MESSAGES and
/// LANG as gettext reads them, else the system locale. gilde_en.qm, which holds only
/// the English plural forms of counted messages ("1 feed", "2 feeds"), is always
/// installed beneath: it is all that English, the C locale or a language without a
/// translation get. The translators are children of `app`. Returns the language
/// whose file was loaded ("nl_BE", "en"), empty if none was.
QString installTranslations(QCoreApplication &app, const QString &directory = QStringLiteral(":/i18n"));

/// The languages to try, best first, as locale names ("nl_BE", "nl"); exposed for tests.
QStringList preferredUiLanguages();

} // namespace gilde
