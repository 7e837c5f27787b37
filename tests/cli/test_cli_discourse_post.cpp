// Writing to a scripted forum from the command line: post --reply-to a topic
// or one of its posts (ITEM#N), post --in a category's source with a title;
// then delivery killed again and again at varying points, and every write is
// on the forum exactly once.
#include "CliRun.h"
#include "DiscourseServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gilde::test;

namespace
{

QString replyText(int i)
{
    return QStringLiteral("Reply %1, written on the train with care.").arg(i);
}

} // namespace

TEST_CASE("CLI: replies and a new topic queued with gilde post reach the forum once each, however often delivery is killed",
    "[discourse][cli][outbox]")
{
    DiscourseServer server;
    REQUIRE(server.listen());
    server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    server.addTopics(7, 2, 300);
    server.setPosts(300, 6);
    server.setAdminKey(QStringLiteral("admin-key-for-tests"));
    server.setWriteDelayMs(40); // stored at once, answered later: a kill often falls in between
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    CliRun r = run(dir,
        { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("discourse"), QStringLiteral("--server"),
            server.base().toString(), QStringLiteral("--token-stdin"), QStringLiteral("--user"), QStringLiteral("alice") },
        "admin-key-for-tests\n");
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = run(dir, { QStringLiteral("subscribe"), server.url(QStringLiteral("/c/news/7")).toString() });
    REQUIRE(r.exitCode == 0);
    r = run(dir, { QStringLiteral("sources"), QStringLiteral("--json") });
    // Besides the account's own lists (latest, new, unread, messages): the category.
    QString source;
    for (const QJsonValue &v : r.json().array()) {
        if (v.toObject().value(QLatin1String("url")).toString().endsWith(u"/c/news/7.json"))
            source = QString::number(v.toObject().value(QLatin1String("id")).toInteger());
    }
    REQUIRE_FALSE(source.isEmpty());
    r = run(dir, { QStringLiteral("items"), QStringLiteral("--json") });
    QString topic;
    for (const QJsonValue &v : r.json().array()) {
        if (v.toObject().value(QLatin1String("title")).toString() == u"Topic 300")
            topic = QString::number(v.toObject().value(QLatin1String("id")).toInteger());
    }
    REQUIRE_FALSE(topic.isEmpty());

    // What the command refuses, before anything is queued.
    r = run(dir, { QStringLiteral("post"), QStringLiteral("--account"), QStringLiteral("1"), replyText(0) });
    CHECK(r.exitCode != 0);
    r = run(dir, { QStringLiteral("post"), QStringLiteral("--account"), QStringLiteral("1"), QStringLiteral("--reply-to"),
                     topic + QStringLiteral("#x"), replyText(0) });
    CHECK(r.exitCode != 0);
    r = run(dir, { QStringLiteral("post"), QStringLiteral("--account"), QStringLiteral("1"), QStringLiteral("--in"), source,
                     replyText(0) });
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains("--title"));

    constexpr int Replies = 12;
    for (int i = 0; i < Replies; ++i) {
        const QString target = i % 3 == 2 ? topic + QStringLiteral("#%1").arg(1 + i % 5) : topic;
        r = run(dir, { QStringLiteral("post"), QStringLiteral("--account"), QStringLiteral("1"), QStringLiteral("--reply-to"),
                         target, replyText(i) });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    CHECK(r.out.contains("Queued post"));
    r = run(dir, { QStringLiteral("post"), QStringLiteral("--account"), QStringLiteral("1"), QStringLiteral("--in"), source,
                     QStringLiteral("--title"), QStringLiteral("Notes from the December meeting"),
                     QStringLiteral("What we decided, for those who were away.") });
    REQUIRE(r.exitCode == 0);

    // Delivery killed at varying points, again and again, then let finish.
    REQUIRE(killDeliveryRepeatedly(dir, 10, 150, 41));
    r = run(dir, { QStringLiteral("outbox"), QStringLiteral("--send") });
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);

    const auto written = server.written();
    QSet<QString> raws;
    for (const auto &w : written)
        raws.insert(w.raw);
    CHECK(written.size() == Replies + 1);
    CHECK(raws.size() == Replies + 1);
    int toPosts = 0;
    for (const auto &w : written)
        toPosts += w.replyTo > 0;
    CHECK(toPosts == 4 - 1); // #1 answers the topic itself
    r = run(dir, { QStringLiteral("outbox"), QStringLiteral("--all"), QStringLiteral("--json") });
    int sent = 0;
    for (const QJsonValue &v : r.json().array())
        sent += v.toObject().value(QLatin1String("state")).toString() == QStringLiteral("sent");
    CHECK(sent == Replies + 1);
    removeAccounts(dir);
}
