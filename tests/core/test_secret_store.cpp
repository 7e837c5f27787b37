// SecretStore against the real Secret Service: the suite runs inside
// dbus-run-session with an unlocked gnome-keyring (tests/run-tests.sh).

#include "TestSupport.h"
#include "accounts/SecretStore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <catch2/catch.hpp>
#include <optional>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct Outcome {
    bool ok = false;
    QString secret;
    QString error;
};

// Keys of their own per run, so that runs never see each other's secrets.
QString uniqueKey()
{
    return QStringLiteral("test-%1-%2")
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(QRandomGenerator::global()->generate());
}

std::optional<Outcome> write(SecretStore &store, const QString &key, const QString &secret)
{
    std::optional<Outcome> out;
    store.write(key, secret, [&](bool ok, const QString &error) { out = Outcome { ok, {}, error }; });
    waitUntil([&] { return out.has_value(); }, 15000);
    return out;
}

std::optional<Outcome> read(SecretStore &store, const QString &key)
{
    std::optional<Outcome> out;
    store.read(key, [&](bool ok, const QString &secret, const QString &error) {
        out = Outcome { ok, secret, error };
    });
    waitUntil([&] { return out.has_value(); }, 15000);
    return out;
}

std::optional<Outcome> remove(SecretStore &store, const QString &key)
{
    std::optional<Outcome> out;
    store.remove(key, [&](bool ok, const QString &error) { out = Outcome { ok, {}, error }; });
    waitUntil([&] { return out.has_value(); }, 15000);
    return out;
}

} // namespace

TEST_CASE("SecretStore key names the account", "[secrets]")
{
    CHECK(SecretStore::keyFor(42) == QStringLiteral("account-42"));
}

TEST_CASE("SecretStore writes, reads back, overwrites and deletes in the keychain", "[secrets]")
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        FAIL("No D-Bus session: run the tests through tests/run-tests.sh (dbus-run-session and "
             "gnome-keyring)");
    SecretStore store;
    const QString key = uniqueKey();

    const auto written = write(store, key, QStringLiteral("first sécret"));
    REQUIRE(written.has_value());
    INFO(written->error.toStdString());
    REQUIRE(written->ok);

    auto back = read(store, key);
    REQUIRE(back.has_value());
    INFO(back->error.toStdString());
    REQUIRE(back->ok);
    CHECK(back->secret == QStringLiteral("first sécret"));

    REQUIRE(write(store, key, QStringLiteral("second"))->ok);
    back = read(store, key);
    REQUIRE(back->ok);
    CHECK(back->secret == QStringLiteral("second"));

    // Another SecretStore (as after a restart) reads the same keychain.
    SecretStore other;
    CHECK(read(other, key)->secret == QStringLiteral("second"));

    const auto removed = remove(store, key);
    REQUIRE(removed.has_value());
    CHECK(removed->ok);
    const auto missing = read(store, key);
    REQUIRE(missing.has_value());
    CHECK_FALSE(missing->ok);
    CHECK(missing->secret.isEmpty());
    CHECK(missing->error.contains(key));

    // Removing what is not there is not an error.
    CHECK(remove(store, key)->ok);
}

TEST_CASE("SecretStore answers later, never from inside the call", "[secrets]")
{
    SecretStore store;
    bool called = false;
    store.read(uniqueKey(), [&](bool, const QString &, const QString &) { called = true; });
    CHECK_FALSE(called);
    CHECK(waitUntil([&] { return called; }, 15000));
}

TEST_CASE("A SecretStore that goes while its reads run leaves the keychain usable", "[secrets]")
{
    const QString key = uniqueKey();
    SecretStore keeper;
    REQUIRE(write(keeper, key, QStringLiteral("kept"))->ok);

    bool called = false;
    {
        SecretStore closing;
        for (int i = 0; i < 3; ++i)
            closing.read(key, [&](bool, const QString &, const QString &) { called = true; });
        // Started: the requests are with the Secret Service when the store goes.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    // The backend answers the abandoned jobs now; nobody hears it.
    QTest::qWait(500);
    CHECK_FALSE(called);
    const auto again = read(keeper, key);
    REQUIRE(again);
    CHECK(again->ok);
    CHECK(again->secret == QLatin1String("kept"));
    CHECK(remove(keeper, key)->ok);
}
