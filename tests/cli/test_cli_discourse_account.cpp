// The command line signs in to a scripted forum: account add discourse
// prints the address for the browser and reads the encrypted key the forum
// shows, as pasted over several lines; --token-stdin takes a key (with
// --user, an admin key); account remove revokes the key on the forum.
#include "CliRun.h"
#include "DiscourseServer.h"
#include "TestSupport.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

/// What the browser does with the printed address: the user allows Gilde.
bool approve(const QUrl &url)
{
    HttpClient http;
    std::optional<HttpResult> result;
    HttpRequest request;
    request.url = url;
    http.get(request, [&](const HttpResult &r) { result = r; });
    return waitUntil([&] { return result.has_value(); }, 10000) && result->outcome == HttpResult::Outcome::Ok;
}

} // namespace

TEST_CASE("CLI: account add discourse signs in with the key the forum shows, remove revokes it", "[discourse][cli]")
{
    DiscourseServer server(QStringLiteral("/forum"));
    REQUIRE(server.listen());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    QProcess p;
    QByteArray err;
    const QString address = startForAddress(p,
        withProfile(dir,
            { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("discourse"), QStringLiteral("--server"),
                server.base().toString(), QStringLiteral("--json") }),
        QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/forum/user-api-key/new\\?\\S+)")), err);
    INFO(err.toStdString());
    REQUIRE_FALSE(address.isEmpty());
    REQUIRE(approve(QUrl::fromEncoded(address.toUtf8())));
    // Pasted as the forum shows it, line by line; the command reads until it is whole.
    const QString payload = server.lastPayload();
    REQUIRE(payload.count(u'\n') > 3);
    p.write(payload.toUtf8());
    REQUIRE(p.waitForFinished(30000));
    const QByteArray out = p.readAllStandardOutput();
    INFO(out.toStdString() << p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    const QJsonObject added = QJsonDocument::fromJson(out).object();
    CHECK(added.value(QLatin1String("kind")).toString() == QStringLiteral("discourse"));
    CHECK(added.value(QLatin1String("user")).toString() == DiscourseServer::signedInUser());
    CHECK(added.value(QLatin1String("server")).toString() == server.base().toString());
    REQUIRE(server.activeUserApiKeys().size() == 1);

    CliRun r = runGilde(withProfile(dir, { QStringLiteral("accounts"), QStringLiteral("--json") }));
    REQUIRE(r.exitCode == 0);
    const QJsonArray accounts = r.json().array();
    REQUIRE(accounts.size() == 1);
    CHECK(accounts.first().toObject().value(QLatin1String("kind")).toString() == QStringLiteral("discourse"));
    const QString id = QString::number(accounts.first().toObject().value(QLatin1String("id")).toInteger());
    // The key is nowhere in the profile's files.
    const QByteArray key = server.activeUserApiKeys().first().toUtf8();
    QFile db(dir.filePath(QStringLiteral("profile/gilde.sqlite")));
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK_FALSE(db.readAll().contains(key));

    r = runGilde(withProfile(dir, { QStringLiteral("account"), QStringLiteral("remove"), id }));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(server.activeUserApiKeys().isEmpty());
}

TEST_CASE("CLI: account add discourse --token-stdin checks the key, --user makes it an admin key", "[discourse][cli]")
{
    DiscourseServer server;
    REQUIRE(server.listen());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList add { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("discourse"),
        QStringLiteral("--server"), server.base().toString(), QStringLiteral("--token-stdin") };

    CliRun r = runGilde(withProfile(dir, add), "no-such-key\n");
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains("does not accept"));

    server.setAdminKey(QStringLiteral("admin-secret"));
    r = runGilde(withProfile(dir, add + QStringList { QStringLiteral("--user"), QStringLiteral("carol") }), "admin-secret\n");
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("carol"));
    r = runGilde(withProfile(dir, { QStringLiteral("accounts"), QStringLiteral("--json") }));
    const QJsonArray accounts = r.json().array();
    REQUIRE(accounts.size() == 1);
    CHECK(accounts.first().toObject().value(QLatin1String("user")).toString() == QStringLiteral("carol"));
    r = runGilde(withProfile(dir, { QStringLiteral("account"), QStringLiteral("remove"),
        QString::number(accounts.first().toObject().value(QLatin1String("id")).toInteger()) }));
    CHECK(r.exitCode == 0);
}
