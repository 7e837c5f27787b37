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

bool isEnglish(const QString &lang)
{
    return lang == u"en" || lang.startsWith(u"en_");
}

// The first of `languages` with a file; its name, or empty when none has one.
QString loadFirst(
    QCoreApplication &app, const QString &base, const QString &dir, const QStringList &languages)
{
    for (const QString &lang : languages) {
        auto translator = new QTranslator(&app);
        if (translator->load(base + lang, dir)) {
            QCoreApplication::installTranslator(translator);
            return lang;
        }
        delete translator;
    }
    return {};
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

QString installTranslations(QCoreApplication &app, const QString &directory)
{
    // The program's strings are English, but its counts ("%n feed(s)") read
    // right only through the English plural file. It goes in first, beneath any
    // other translation: a message that one lacks still reads as English does.
    auto english = new QTranslator(&app);
    const bool haveEnglish = english->load(QStringLiteral("gilde_en"), directory);
    if (haveEnglish)
        QCoreApplication::installTranslator(english);
    else
        delete english;

    // Languages preferred after English are not wanted.
    QStringList languages;
    for (const QString &lang : preferredUiLanguages()) {
        if (isEnglish(lang))
            break;
        languages.append(lang);
    }
    const QString loaded = loadFirst(app, QStringLiteral("gilde_"), directory, languages);
    if (loaded.isEmpty())
        return haveEnglish ? QStringLiteral("en") : QString();
    loadFirst(app, QStringLiteral("qtbase_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath), languages);
    return loaded;
}

} // namespace gilde
