#pragma once

#include <QStringList>

class QCoreApplication;

namespace gilde
{

/// Installs the program's own translation (from the embedded ":/i18n/gilde_<lang>.qm")
/// and Qt's (qtbase_<lang>.qm from Qt's translations folder, when present) for the
/// user's language: LANGUAGE, LC_ALL, LC_MESSAGES and LANG as gettext reads them,
/// else the system locale. English (the source language) and the C locale load nothing.
/// The translators are children of `app`.
void installTranslations(QCoreApplication &app);

/// The languages to try, best first, as locale names ("nl_BE", "nl"); exposed for tests.
QStringList preferredUiLanguages();

} // namespace gilde
