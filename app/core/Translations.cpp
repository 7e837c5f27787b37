#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace gilde
{

namespace
{

// "nl_BE.UTF-8@euro" -> "nl_BE"
QString localeName(QString s)
{
    const qsizetype cut = s.indexOf(QRegularExpression(QStringLiteral("[.@]")));
    if (cut >= 0)
        s.truncate(cut);
    return s.replace(u'-', u'_').trimmed();
}

bool isCLocale(const QString &name)
{
    return name == u"C" || name == u"POSIX";
}

// "nl_BE" then "nl": the country-specific file first, the language's as the fallback.
void appendWithFallback(QStringList &list, const QString &name)
{
    if (name.isEmpty())
        return;
    if (!list.contains(name))
        list.append(name);
    const QString language = name.section(u'_', 0, 0);
    if (!list.contains(language))
        list.append(language);
}

bool loadFirst(QCoreApplication &app, const QString &base, const QString &dir, const QStringList &languages)
{
    for (const QString &lang : languages) {
        if (lang == u"en" || lang.startsWith(u"en_"))
            return false; // the strings in the program are English already
        auto translator = new QTranslator(&app);
        if (translator->load(base + lang, dir)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
    }
    return false;
}

} // namespace

QStringList preferredUiLanguages()
{
    // gettext's order: LC_ALL, then LC_MESSAGES, then LANG decide the locale;
    // LANGUAGE may list preferences, but is ignored when the locale is C.
    QString locale;
    for (const char *var : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QString value = qEnvironmentVariable(var);
        if (!value.isEmpty()) {
            locale = localeName(value);
            break;
        }
    }
    QStringList languages;
    if (isCLocale(locale))
        return languages;
    const QString language = qEnvironmentVariable("LANGUAGE");
    for (const QString &entry : language.split(u':', Qt::SkipEmptyParts))
        appendWithFallback(languages, localeName(entry));
    appendWithFallback(languages, locale);
    if (languages.isEmpty()) {
        const QStringList system = QLocale::system().uiLanguages();
        for (const QString &name : system)
            appendWithFallback(languages, localeName(name));
    }
    return languages;
}

void installTranslations(QCoreApplication &app)
{
    const QStringList languages = preferredUiLanguages();
    if (languages.isEmpty())
        return;
    if (loadFirst(app, QStringLiteral("gilde_"), QStringLiteral(":/i18n"), languages))
        loadFirst(
            app, QStringLiteral("qtbase_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), languages);
}

} // namespace gilde
