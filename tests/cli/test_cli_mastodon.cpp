// The command line with a scripted Mastodon server: signing in (the
// authorization address printed, the code read from stdin, PKCE checked by
// the server), a token from stdin, accounts --json, subscribe, and a post's
// conversation printed by thread.
#include "CliRun.h"
#include "MastodonServer.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gilde::test;

namespace
{

/// `gilde account add mastodon --token-stdin` with the server's token: account 1.
CliRun signIn(QTemporaryDir &dir, MastodonServer &server)
{
    return run(dir,
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("mastodon"), QStringLiteral("--server"),
            server.server().toString(), QStringLiteral("--token-stdin") },
        server.token().toUtf8() + '\n');
}

} // namespace

TEST_CASE("CLI: account add mastodon signs in with the code the browser shows", "[mastodon][cli]")
{
    MastodonServer server;
    REQUIRE(server.listen());
    server.setTimeline("/api/v1/timelines/home", 3);
    server.setNotifications();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    QProcess p;
    QByteArray err;
    const QString address = startForAddress(p,
        withProfile(dir,
            { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("mastodon"), QStringLiteral("--server"),
                server.server().toString(), QStringLiteral("--json") }),
        QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/oauth/authorize\\?\\S+)")), err);
    INFO(err.toStdString());
    REQUIRE_FALSE(address.isEmpty());
    const QString code = server.authorize(QUrl::fromEncoded(address.toUtf8()));
    REQUIRE_FALSE(code.isEmpty());
    p.write(code.toUtf8() + '\n');
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    const QByteArray out = p.readAllStandardOutput();
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);
    const QJsonObject added = QJsonDocument::fromJson(out).object();
    CHECK(added.value(QLatin1String("kind")).toString() == QStringLiteral("mastodon"));
    CHECK(added.value(QLatin1String("user")).toString() == QStringLiteral("noiob@127.0.0.1"));
    CHECK(server.lastTokenRequest().contains("code_verifier="));

    CliRun r = run(dir, { QStringLiteral("accounts"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const QJsonArray accounts = r.json().array();
    REQUIRE(accounts.size() == 1);
    const QJsonObject account = accounts.first().toObject();
    CHECK(account.value(QLatin1String("id")).toInteger() == 1);
    CHECK(account.value(QLatin1String("kind")).toString() == QStringLiteral("mastodon"));
    CHECK(account.value(QLatin1String("server")).toString() == server.server().toString());
    CHECK(account.value(QLatin1String("user")).toString() == QStringLiteral("noiob@127.0.0.1"));

    // The account's tab: Home and Notifications fill on refresh.
    r = run(dir, { QStringLiteral("columns"), QStringLiteral("--json") });
    CHECK(r.out.contains("@noiob@127.0.0.1"));
    r = run(dir, { QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--json") });
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    r = run(dir, { QStringLiteral("items"), QStringLiteral("--json") });
    CHECK(r.out.contains("Status number 3"));
    CHECK(r.out.contains("favourited your post"));
    removeAccounts(dir);
}

TEST_CASE("CLI: account add mastodon --token-stdin checks the token first", "[mastodon][cli]")
{
    MastodonServer server;
    REQUIRE(server.listen());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList add { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("mastodon"),
        QStringLiteral("--server"), server.server().toString(), QStringLiteral("--token-stdin") };
    CliRun r = run(dir, add, "wrong\n");
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("does not accept this token"));
    CHECK(run(dir, { QStringLiteral("accounts"), QStringLiteral("--json") }).json().array().isEmpty());

    r = run(dir, add, server.token().toUtf8() + '\n');
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("Added Mastodon account 1: @noiob@127.0.0.1"));
    removeAccounts(dir);
}

TEST_CASE("CLI: subscribe follows a hashtag, a person or a feed, as the dialog does", "[mastodon][cli]")
{
    MastodonServer server;
    REQUIRE(server.listen());
    server.setTimeline("/api/v1/timelines/tag/gilde", 4);
    server.setTimeline("/api/v1/accounts/23634/statuses", 2, 5000);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    CliRun r = run(dir, { QStringLiteral("subscribe"), server.url(QStringLiteral("/tags/gilde")).toString() });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("Following “#gilde”"));
    CHECK(r.out.contains("4 new items"));

    // It shows in a column of its own, as one added in the window does.
    r = run(dir, { QStringLiteral("columns"), QStringLiteral("--json") });
    CHECK(r.out.contains("#gilde"));

    r = run(dir, { QStringLiteral("subscribe"), server.url(QStringLiteral("/@noiob")).toString(), QStringLiteral("--json") });
    CHECK(r.exitCode == 0);
    const QJsonArray added = r.json().array();
    REQUIRE(added.size() == 1);
    CHECK(added.first().toObject().value(QLatin1String("kind")).toString() == QStringLiteral("mastodon"));
    CHECK(added.first().toObject().value(QLatin1String("added")).toInt() == 2);

    // Again: nothing new, said so.
    r = run(dir, { QStringLiteral("subscribe"), server.url(QStringLiteral("/tags/gilde")).toString() });
    CHECK(r.out.contains("Already following"));

    r = run(dir, { QStringLiteral("subscribe"), QStringLiteral("@someone@") });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("not a Mastodon address"));

    // A feed still is a feed.
    TestHttpServer blog;
    REQUIRE(blog.listen());
    blog.route("/feed.xml", TestResponse::ok(fixture(QStringLiteral("feeds/rss2_full.xml"))));
    r = run(dir, { QStringLiteral("subscribe"), blog.url(QStringLiteral("/feed.xml")).toString(), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.json().array().first().toObject().value(QLatin1String("kind")).toString() == QStringLiteral("feed"));
}

TEST_CASE("CLI: posts queued with gilde post reach the server once each, however often delivery is killed",
    "[mastodon][cli][outbox]")
{
    const bool ignoreKey = GENERATE(false, true);
    MastodonServer server;
    REQUIRE(server.listen());
    server.setIgnoreIdempotency(ignoreKey);
    server.setPostDelayMs(40); // stored at once, answered later: a kill often falls in between
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CliRun r = signIn(dir, server);
    REQUIRE(r.exitCode == 0);

    constexpr int Posts = 40;
    for (int i = 0; i < Posts; ++i) {
        r = run(dir, { QStringLiteral("post"), QStringLiteral("--account"), QStringLiteral("1"),
                         QStringLiteral("Note %1 from the train").arg(i) });
        REQUIRE(r.exitCode == 0);
    }
    CHECK(r.out.contains("Queued post"));

    // Delivery killed at varying points, again and again, then let finish.
    REQUIRE(killDeliveryRepeatedly(dir, 12, 120, 37));
    r = run(dir, { QStringLiteral("outbox"), QStringLiteral("--send") });
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);

    const auto posted = server.posted();
    QSet<QString> texts;
    for (const auto &p : posted)
        texts.insert(p.text);
    CHECK(texts.size() == Posts);
    CHECK(posted.size() == Posts);
    r = run(dir, { QStringLiteral("outbox"), QStringLiteral("--all"), QStringLiteral("--json") });
    int sent = 0;
    for (const QJsonValue &v : r.json().array())
        sent += v.toObject().value(QLatin1String("state")).toString() == QStringLiteral("sent");
    CHECK(sent == Posts);
    removeAccounts(dir);
}

TEST_CASE("CLI: thread prints a post's conversation in order, from the cache when the server is away",
    "[mastodon][cli]")
{
    MastodonServer server;
    REQUIRE(server.listen());
    server.setTimeline("/api/v1/timelines/tag/gilde", 1, 1000);
    server.setConversation(1000, 2, 1);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CliRun r = run(dir, { QStringLiteral("subscribe"), server.url(QStringLiteral("/tags/gilde")).toString() });
    REQUIRE(r.exitCode == 0);
    r = run(dir, { QStringLiteral("items"), QStringLiteral("--json") });
    REQUIRE(r.json().array().size() == 1);
    const qint64 item = r.json().array().first().toObject().value(QLatin1String("id")).toInteger();

    r = run(dir, { QStringLiteral("thread"), QString::number(item), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QJsonArray posts = r.json().array();
    REQUIRE(posts.size() == 4);
    for (int i = 0; i < posts.size(); ++i) {
        CHECK(posts.at(i).toObject().value(QLatin1String("number")).toInt() == i + 1);
        CHECK(posts.at(i).toObject().value(QLatin1String("text")).toString().contains(MastodonServer::conversationText(1000, i + 1)));
    }
    CHECK(posts.at(2).toObject().value(QLatin1String("id")).toString() == QStringLiteral("1000"));
    CHECK(posts.at(3).toObject().value(QLatin1String("replyTo")).toInt() == 3);

    server.setFault("/api/v1/statuses/1000", TestResponse::error(503, "down"));
    r = run(dir, { QStringLiteral("thread"), QString::number(item) });
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("#4 "));
    CHECK(r.out.contains(MastodonServer::conversationText(1000, 4).toUtf8()));
    CHECK_FALSE(r.err.isEmpty());
}

TEST_CASE("CLI: post takes pictures with descriptions, a poll and a time", "[mastodon][cli][outbox]")
{
    MastodonServer server;
    REQUIRE(server.listen());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CliRun r = signIn(dir, server);
    REQUIRE(r.exitCode == 0);
    QTemporaryDir files;
    const QString picture = files.filePath(QStringLiteral("bord.png"));
    {
        QFile file(picture);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, 'b'));
    }

    r = run(dir, { QStringLiteral("post"), QStringLiteral("--account"), QStringLiteral("1"), QStringLiteral("--media"), picture,
                     QStringLiteral("--alt"), QStringLiteral("Een whiteboard vol schetsen"), QStringLiteral("--at"),
                     QStringLiteral("+2h"), QStringLiteral("Vandaag geleerd") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = run(dir, { QStringLiteral("post"), QStringLiteral("--account"), QStringLiteral("1"), QStringLiteral("--poll"),
                     QStringLiteral("Ja"), QStringLiteral("--poll"), QStringLiteral("Nee"), QStringLiteral("--poll-expires"),
                     QStringLiteral("6h"), QStringLiteral("Meedoen?") });
    REQUIRE(r.exitCode == 0);
    // Each --alt describes the --media before it; a poll needs two choices.
    CHECK(run(dir, { QStringLiteral("post"), QStringLiteral("--account"), QStringLiteral("1"), QStringLiteral("--alt"),
                       QStringLiteral("x"), QStringLiteral("tekst") }).exitCode != 0);
    CHECK(run(dir, { QStringLiteral("post"), QStringLiteral("--account"), QStringLiteral("1"), QStringLiteral("--poll"),
                       QStringLiteral("Alleen"), QStringLiteral("tekst") }).exitCode != 0);
    CHECK(run(dir, { QStringLiteral("post"), QStringLiteral("--account"), QStringLiteral("1"), QStringLiteral("--at"),
                       QStringLiteral("gisteren"), QStringLiteral("tekst") }).exitCode != 0);

    r = run(dir, { QStringLiteral("outbox"), QStringLiteral("--send") });
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    const auto uploads = server.uploads();
    REQUIRE(uploads.size() == 1);
    CHECK(uploads.first().description == QStringLiteral("Een whiteboard vol schetsen"));
    REQUIRE(server.scheduled().size() == 1);
    CHECK(server.scheduled().first().body.value(QLatin1String("media_ids")).toArray() == QJsonArray { uploads.first().id });
    REQUIRE(server.posted().size() == 1);
    CHECK(server.posted().first().body.value(QLatin1String("poll")).toObject().value(QLatin1String("expires_in")).toInt() == 6 * 3600);
    CHECK(QFile::exists(picture));
    removeAccounts(dir);
}
