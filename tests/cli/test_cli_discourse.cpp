// The command line with a scripted Discourse forum: subscribe takes any page
// of the forum and follows the list it shows, naming the others; thread
// prints a topic's posts in order, from the cache when the forum is away.
#include "CliRun.h"
#include "DiscourseServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gilde::test;

TEST_CASE("CLI: subscribe follows a forum's list, thread prints a topic", "[discourse][cli]")
{
    DiscourseServer server;
    REQUIRE(server.listen());
    server.addCategory({ 5, QStringLiteral("Support"), QStringLiteral("support"), QStringLiteral("0088CC") });
    server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    server.addTopics(5, 2, 100);
    server.addTopics(7, 1, 300);
    server.setPosts(100, 25);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    // A category's page: that category is followed, the others named.
    CliRun r = run(dir, { QStringLiteral("subscribe"), server.url(QStringLiteral("/c/support/5")).toString() });
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("Following “Support”"));
    CHECK(r.out.contains("2 new items"));
    CHECK(r.err.contains(server.url(QStringLiteral("/latest.json")).toString().toUtf8()));
    CHECK(r.err.contains(server.url(QStringLiteral("/c/news/7.json")).toString().toUtf8()));

    r = run(dir, { QStringLiteral("items"), QStringLiteral("--json") });
    const QJsonArray items = r.json().array();
    REQUIRE(items.size() == 2);
    qint64 topic = 0;
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QLatin1String("title")).toString() == u"Topic 100")
            topic = v.toObject().value(QLatin1String("id")).toInteger();
    }
    REQUIRE(topic > 0);

    r = run(dir, { QStringLiteral("thread"), QString::number(topic), QStringLiteral("--json") });
    CHECK(r.exitCode == 0);
    const QJsonArray posts = r.json().array();
    REQUIRE(posts.size() == 25);
    for (int i = 0; i < posts.size(); ++i)
        CHECK(posts.at(i).toObject().value(QLatin1String("number")).toInt() == i + 1);
    CHECK(posts.at(0).toObject().value(QLatin1String("text")).toString().contains(DiscourseServer::postText(100, 1)));

    // The forum away: the cached thread, and a word why it is not newer.
    server.setFault("/t/100.json", TestResponse::error(503, "down"));
    r = run(dir, { QStringLiteral("thread"), QString::number(topic) });
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("#25 "));
    CHECK(r.out.contains(DiscourseServer::postText(100, 25).toUtf8()));
    CHECK_FALSE(r.err.isEmpty());

    r = run(dir, { QStringLiteral("thread"), QStringLiteral("999") });
    CHECK(r.exitCode == 1);
}
