#include "core/Translations.h"

#include <QByteArray>

#include <catch2/catch.hpp>
#include <map>
#include <string>

using namespace gilde;

namespace
{

using Vars = std::map<std::string, QByteArray>;

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
