#include "core/Translations.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTranslator>

#include <catch2/catch.hpp>
#include <map>
#include <string>

using namespace gilde;

namespace
{

using Vars = std::map<std::string, QByteArray>;

// A numerus message that the program really prints (gilde import-opml).
QString importedFeeds(int n)
{
    return QCoreApplication::translate("gilde::ImportOpmlCommand", "Imported %n feed(s)", nullptr, n);
}

// One built .qm file, installed for the life of the object.
class InstalledFile
{
public:
    explicit InstalledFile(const QString &name)
    {
        m_loaded = m_translator.load(name, QStringLiteral(GILDE_TRANSLATIONS));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~InstalledFile() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

// Takes away the translators installTranslations() gave the application.
class InstalledByProgram
{
public:
    ~InstalledByProgram()
    {
        const QList<QTranslator *> translators
            = qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

// Sets the locale variables for one test and puts the old values back.
class LocaleEnvironment
{
public:
    explicit LocaleEnvironment(const std::map<std::string, QByteArray> &values)
    {
        for (const char *var : { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" }) {
            m_saved[var] = qgetenv(var);
            m_wasSet[var] = qEnvironmentVariableIsSet(var);
            const auto it = values.find(var);
            if (it != values.end())
                qputenv(var, it->second);
            else
                qunsetenv(var);
        }
    }
    ~LocaleEnvironment()
    {
        for (const auto &[var, value] : m_saved) {
            if (m_wasSet[var])
                qputenv(var.c_str(), value);
            else
                qunsetenv(var.c_str());
        }
    }

private:
    std::map<std::string, QByteArray> m_saved;
    std::map<std::string, bool> m_wasSet;
};

} // namespace

TEST_CASE("The user's languages are read as gettext reads them", "[translations]")
{
    SECTION("LANG alone, with an encoding")
    {
        LocaleEnvironment env(Vars { { "LANG", "nl_BE.UTF-8" } });
        CHECK(preferredUiLanguages() == QStringList({ QStringLiteral("nl_BE"), QStringLiteral("nl") }));
    }
    SECTION("LC_ALL wins over LANG")
    {
        LocaleEnvironment env(Vars { { "LC_ALL", "de_DE.UTF-8@euro" }, { "LANG", "nl_NL.UTF-8" } });
        CHECK(preferredUiLanguages() == QStringList({ QStringLiteral("de_DE"), QStringLiteral("de") }));
    }
    SECTION("LANGUAGE lists preferences first")
    {
        LocaleEnvironment env(Vars { { "LANGUAGE", "fy:nl" }, { "LANG", "en_GB.UTF-8" } });
        CHECK(preferredUiLanguages()
            == QStringList({ QStringLiteral("fy"), QStringLiteral("nl"), QStringLiteral("en_GB"),
                QStringLiteral("en") }));
    }
    SECTION("the C locale means no translation, whatever LANGUAGE says")
    {
        LocaleEnvironment env(Vars { { "LANGUAGE", "nl" }, { "LC_ALL", "C.UTF-8" } });
        CHECK(preferredUiLanguages().isEmpty());
    }
}

TEST_CASE("Counts read right in English and in Dutch", "[translations]")
{
    SECTION("English, from the plural-only file")
    {
        InstalledFile english(QStringLiteral("gilde_en"));
        REQUIRE(english.loaded());
        CHECK(importedFeeds(1) == QStringLiteral("Imported 1 feed"));
        CHECK(importedFeeds(2) == QStringLiteral("Imported 2 feeds"));
        CHECK(importedFeeds(0) == QStringLiteral("Imported 0 feeds"));
    }
    SECTION("Dutch")
    {
        InstalledFile dutch(QStringLiteral("gilde_nl"));
        REQUIRE(dutch.loaded());
        CHECK(importedFeeds(1) == QStringLiteral("1 feed geïmporteerd"));
        CHECK(importedFeeds(2) == QStringLiteral("2 feeds geïmporteerd"));
    }
}

TEST_CASE("The English plural file stands in when no translation matches", "[translations]")
{
    const QString dir = QStringLiteral(GILDE_TRANSLATIONS);
    SECTION("the C locale")
    {
        LocaleEnvironment env(Vars { { "LC_ALL", "C.UTF-8" } });
        InstalledByProgram cleanup;
        CHECK(installTranslations(*qApp, dir) == QStringLiteral("en"));
        CHECK(importedFeeds(1) == QStringLiteral("Imported 1 feed"));
    }
    SECTION("a language Gilde has no translation for")
    {
        LocaleEnvironment env(Vars { { "LANG", "de_DE.UTF-8" } });
        InstalledByProgram cleanup;
        CHECK(installTranslations(*qApp, dir) == QStringLiteral("en"));
    }
    SECTION("English preferred before Dutch")
    {
        LocaleEnvironment env(Vars { { "LANGUAGE", "en_GB:nl" }, { "LANG", "nl_NL.UTF-8" } });
        InstalledByProgram cleanup;
        CHECK(installTranslations(*qApp, dir).startsWith(QStringLiteral("en")));
        CHECK(importedFeeds(3) == QStringLiteral("Imported 3 feeds"));
    }
    SECTION("Dutch")
    {
        LocaleEnvironment env(Vars { { "LANG", "nl_BE.UTF-8" } });
        InstalledByProgram cleanup;
        CHECK(installTranslations(*qApp, dir) == QStringLiteral("nl_BE"));
        CHECK(importedFeeds(1) == QStringLiteral("1 feed geïmporteerd"));
    }
}
