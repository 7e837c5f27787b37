// The command line with a real Shaarli: adding the account (the secret from
// stdin, checked by the server, kept in the keychain), listing accounts and
// the outbox, sending it, and syncing links.
#include "CliRun.h"
#include "ShaarliServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gilde::test;

namespace
{

using Result = CliRun;

Result runGilde(const QTemporaryDir &dir, QStringList args, const QByteArray &input = {})
{
    args.prepend(dir.filePath(QStringLiteral("profile")));
    args.prepend(QStringLiteral("--profile"));
    return gilde::test::runGilde(args, input);
}

} // namespace

TEST_CASE("CLI: account add shaarli, accounts, outbox --send and links sync against a real Shaarli",
    "[shaarli][cli]")
{
    ShaarliServer server;
    const bool started = server.start();
    INFO("The Shaarli tests need Debian's shaarli and php-cli: " << server.error().toStdString());
    REQUIRE(started);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString url = server.url().toString();

    // The secret only ever comes on stdin.
    Result r = runGilde(dir,
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("shaarli"),
            QStringLiteral("--server"), url });
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("--token-stdin"));

    r = runGilde(dir,
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("shaarli"),
            QStringLiteral("--server"), url, QStringLiteral("--token-stdin") },
        "wrong secret\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("401"));
    CHECK(r.err.contains("Not authorized"));

    r = runGilde(dir,
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("shaarli"),
            QStringLiteral("--server"), url, QStringLiteral("--token-stdin") },
        server.secret().toUtf8() + '\n');
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Added Shaarli account"));

    r = runGilde(dir, { QStringLiteral("accounts"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const QJsonArray accounts = r.json().array();
    REQUIRE(accounts.size() == 1);
    const QJsonObject account = accounts.first().toObject();
    CHECK(account.value(QLatin1String("kind")).toString() == QStringLiteral("shaarli"));
    CHECK(account.value(QLatin1String("server")).toString() == url);
    CHECK(account.value(QLatin1String("syncsLinks")).toBool());
    CHECK_FALSE(r.out.contains(server.secret().toUtf8()));

    // A saved link waits in the outbox until it is sent.
    r = runGilde(dir,
        { QStringLiteral("links"), QStringLiteral("add"), QStringLiteral("https://example.org/cli"),
            QStringLiteral("--tags"), QStringLiteral("cli,test"), QStringLiteral("--note"),
            QStringLiteral("from the command line") });
    REQUIRE(r.exitCode == 0);
    r = runGilde(dir, { QStringLiteral("outbox"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    QJsonArray entries = r.json().array();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().toObject().value(QLatin1String("state")).toString() == QStringLiteral("queued"));
    CHECK(entries.first().toObject().value(QLatin1String("action")).toString()
        == QStringLiteral("shaarli.save"));

    r = runGilde(dir, { QStringLiteral("outbox"), QStringLiteral("--send") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("Sent 1 change"));
    const QList<QJsonObject> onServer = server.links();
    REQUIRE(onServer.size() == 1);
    CHECK(
        onServer.first().value(QLatin1String("url")).toString() == QStringLiteral("https://example.org/cli"));
    CHECK(onServer.first().value(QLatin1String("description")).toString()
        == QStringLiteral("from the command line"));
    r = runGilde(dir, { QStringLiteral("outbox"), QStringLiteral("--json") });
    CHECK(r.json().array().isEmpty());

    // A link saved on the server comes in.
    REQUIRE(server.addLink(QStringLiteral("https://example.org/from-server"),
                QStringLiteral("From the server"), QStringLiteral("a note"), { QStringLiteral("server") })
        >= 0);
    r = runGilde(dir, { QStringLiteral("links"), QStringLiteral("sync"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QJsonObject pulled = r.json().object().value(QLatin1String("pulled")).toObject();
    CHECK(pulled.value(QLatin1String("ok")).toBool());
    CHECK(pulled.value(QLatin1String("seen")).toInt() == 2);
    CHECK(pulled.value(QLatin1String("added")).toInt() == 1);
    r = runGilde(dir, { QStringLiteral("links"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    QStringList urls;
    for (const QJsonValue &v : r.json().array())
        urls << v.toObject().value(QLatin1String("url")).toString();
    urls.sort();
    CHECK(urls
        == QStringList {
            QStringLiteral("https://example.org/cli"), QStringLiteral("https://example.org/from-server") });

    r = runGilde(dir, { QStringLiteral("links"), QStringLiteral("sync") });
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("Pulled 2 links from the Shaarli: 0 new, 0 changed there, 0 merged."));

    // Removing the account takes its secret out of the keychain too.
    r = runGilde(dir,
        { QStringLiteral("account"), QStringLiteral("remove"),
            QString::number(account.value(QLatin1String("id")).toInteger()) });
    CHECK(r.exitCode == 0);
    r = runGilde(dir, { QStringLiteral("accounts"), QStringLiteral("--json") });
    CHECK(r.json().array().isEmpty());
}

TEST_CASE("CLI: outbox --send keeps what the server refuses, with its message", "[shaarli][cli]")
{
    ShaarliServer server;
    const bool started = server.start();
    INFO(server.error().toStdString());
    REQUIRE(started);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Result r = runGilde(dir,
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("shaarli"),
            QStringLiteral("--server"), server.url().toString(), QStringLiteral("--token-stdin") },
        server.secret().toUtf8());
    REQUIRE(r.exitCode == 0);
    r = runGilde(
        dir, { QStringLiteral("links"), QStringLiteral("add"), QStringLiteral("https://example.org/x") });
    REQUIRE(r.exitCode == 0);
    // The server goes away: the change waits with the network error.
    server.stop();
    r = runGilde(dir, { QStringLiteral("outbox"), QStringLiteral("--send") });
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains("1 waits to be tried again"));
    CHECK(r.out.contains("refused"));
    r = runGilde(dir, { QStringLiteral("outbox"), QStringLiteral("--json") });
    const QJsonArray entries = r.json().array();
    REQUIRE(entries.size() == 1);
    const QJsonObject e = entries.first().toObject();
    CHECK(e.value(QLatin1String("state")).toString() == QStringLiteral("queued"));
    CHECK(e.value(QLatin1String("attempts")).toInt() == 1);
    CHECK(e.value(QLatin1String("lastError")).toString().contains(QStringLiteral("refused")));
    CHECK(e.value(QLatin1String("nextAttempt")).isString());

    r = runGilde(dir,
        { QStringLiteral("outbox"), QStringLiteral("discard"),
            QString::number(e.value(QLatin1String("id")).toInteger()) });
    CHECK(r.exitCode == 0);
    r = runGilde(dir, { QStringLiteral("outbox"), QStringLiteral("--json") });
    CHECK(r.json().array().isEmpty());
    CHECK(runGilde(dir, { QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("1") }).exitCode
        == 0);
}

TEST_CASE("CLI: refresh brings in the links saved on the Shaarli too", "[shaarli][cli]")
{
    ShaarliServer server;
    const bool started = server.start();
    INFO("The Shaarli tests need Debian's shaarli and php-cli: " << server.error().toStdString());
    REQUIRE(started);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    // No feeds and no account: nothing to do, said plainly.
    Result r = runGilde(dir, { QStringLiteral("refresh") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("no feeds yet"));
    CHECK_FALSE(r.out.contains("Shaarli"));

    r = runGilde(dir,
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("shaarli"),
            QStringLiteral("--server"), server.url().toString(), QStringLiteral("--token-stdin") },
        server.secret().toUtf8() + '\n');
    REQUIRE(r.exitCode == 0);
    REQUIRE(server.addLink(QStringLiteral("https://example.org/from-server"), QStringLiteral("From the server"),
                QStringLiteral("saved elsewhere"), { QStringLiteral("elsewhere") })
        >= 0);

    // Still no feed is due, but the link library is.
    r = runGilde(dir, { QStringLiteral("refresh") });
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("no feeds yet"));
    CHECK(r.out.contains("Pulled 1 link from the Shaarli: 1 new"));
    r = runGilde(dir, { QStringLiteral("links"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("https://example.org/from-server"));

    r = runGilde(dir, { QStringLiteral("refresh"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const QJsonObject links = r.json().object().value(QLatin1String("links")).toObject();
    CHECK(links.value(QLatin1String("ok")).toBool());
    CHECK(links.value(QLatin1String("seen")).toInt() == 1);
    CHECK(links.value(QLatin1String("added")).toInt() == 0);

    // A Shaarli that cannot be reached is said, not fatal.
    server.stop();
    r = runGilde(dir, { QStringLiteral("refresh") });
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains("Shaarli"));
}
