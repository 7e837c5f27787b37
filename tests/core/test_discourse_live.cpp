// A topic followed live: the forum's push channel (MessageBus, long-polled)
// says when the topic gets a post, and its column is refreshed then, without
// waiting for the next round.
#include "DiscourseProfile.h"
#include "TestSupport.h"
#include "sources/discourse/DiscourseLiveTopics.h"
#include "sources/discourse/DiscoursePacing.h"
#include "sources/discourse/DiscourseStream.h"
#include "store/ItemStore.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

QString forumOf(const DiscourseProfile &env)
{
    return env.server.base().toString();
}

QList<TestRequest> polls(const QList<TestRequest> &requests)
{
    QList<TestRequest> out;
    for (const TestRequest &r : requests) {
        if (r.path.contains("/message-bus/"))
            out.append(r);
    }
    return out;
}

} // namespace

TEST_CASE("A followed topic's new posts come as the forum tells of them", "[discourse][live]")
{
    DiscourseProfile env;
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(7, 3, 101);
    env.server.setPosts(101, 30);
    env.server.setBusHoldMs(400); // held as a forum holds a long poll, shorter
    const qint64 topic = env.follow(QStringLiteral("/t/101.json"), QStringLiteral("Topic 101"));
    env.follow(QStringLiteral("/latest.json"), QStringLiteral("Latest")); // a list: not listened to
    REQUIRE(env.refresh(topic).isEmpty());
    REQUIRE(env.itemsOf(topic).size() == 30);

    DiscourseLiveTopics &live = env.engine->liveTopics();
    live.setPauses(300, 100, 1000);
    CHECK_FALSE(live.isListening(forumOf(env))); // not before it is started
    QSignalSpy changed(&live, &DiscourseLiveTopics::topicsChanged);
    live.start();
    CHECK(live.isListening(forumOf(env)));
    // First where the channel stands, then held polls from there.
    REQUIRE(waitUntil([&] { return env.server.busPolls() >= 2; }, 5000));

    env.server.bumpTopic(101, QDateTime::currentMSecsSinceEpoch(), 1);
    REQUIRE(waitUntil([&] { return env.itemsOf(topic).size() == 31; }, 5000));
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().first().value<QList<qint64>>() == QList<qint64> { topic });
    CHECK(env.engine->items().item(env.itemsOf(topic).first().id)->html.contains(DiscourseServer::postText(101, 31)));

    // What was asked: the topic's channel only, as one JSON answer, as anyone.
    const QList<TestRequest> asked = polls(env.server.http().requests());
    REQUIRE(asked.size() >= 2);
    for (const TestRequest &r : asked) {
        CHECK(r.method == "POST");
        CHECK(r.header("Dont-Chunk") == "true");
        CHECK(r.header("User-Api-Key").isEmpty());
        const QUrlQuery form(QString::fromUtf8(r.body));
        REQUIRE(form.queryItems().size() == 1);
        CHECK(form.queryItems().first().first == QStringLiteral("/topic/101"));
    }
    CHECK(QUrlQuery(QString::fromUtf8(asked.first().body)).queryItemValue(QStringLiteral("/topic/101")) == QStringLiteral("-1"));
    // Then from the position the forum gave.
    CHECK(QUrlQuery(QString::fromUtf8(asked.last().body)).queryItemValue(QStringLiteral("/topic/101")).toInt() >= 0);

    // Several posts at once: one refresh.
    changed.clear();
    env.server.bumpTopic(101, QDateTime::currentMSecsSinceEpoch(), 3);
    REQUIRE(waitUntil([&] { return env.itemsOf(topic).size() == 34; }, 5000));
    CHECK(changed.size() == 1);

    // A topic followed while a poll is held joins at once, not after the
    // held poll ends: a new poll asks for both.
    env.server.setBusHoldMs(4000);
    env.server.setPosts(103, 2);
    QTest::qWait(600); // the short hold ends; the next poll is held long
    const qsizetype before = polls(env.server.http().requests()).size();
    const qint64 second = env.follow(QStringLiteral("/t/103.json"), QStringLiteral("Topic 103"));
    REQUIRE(env.refresh(second).isEmpty());
    REQUIRE(waitUntil([&] {
        const QList<TestRequest> now = polls(env.server.http().requests());
        return now.size() > before && QString::fromUtf8(now.last().body).contains(QStringLiteral("103"));
    }, 1500));
    env.server.setBusHoldMs(400);
    env.server.bumpTopic(103, QDateTime::currentMSecsSinceEpoch(), 1);
    REQUIRE(waitUntil([&] { return env.itemsOf(second).size() == 3; }, 8000));

    // Unfollowed: no longer listened to.
    REQUIRE(env.engine->subscriptions().unsubscribe(topic));
    REQUIRE(env.engine->subscriptions().unsubscribe(second));
    CHECK_FALSE(live.isListening(forumOf(env)));
    live.stop();
}

TEST_CASE("Signed in with a user key, a forum's polls keep to a share of the key's daily budget", "[discourse][live]")
{
    DiscourseProfile env;
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(7, 1, 101);
    env.server.setPosts(101, 3);
    env.server.setBusHoldMs(50); // answered almost at once, as a busy forum may
    REQUIRE(env.signIn().first.id > 0);
    env.engine->forumPacing().setUserKeyLimits({ { 1000, 1000 } }); // the spacing, not the pacing, is under test
    const qint64 topic = env.follow(QStringLiteral("/t/101.json"), QStringLiteral("Topic 101"));
    REQUIRE(env.refresh(topic).isEmpty());

    DiscourseLiveTopics &live = env.engine->liveTopics();
    live.setPauses(0, 100, 1000);
    live.setKeyedSpacing(1000);
    live.start();
    QTest::qWait(2600);
    // Without the spacing, dozens of polls; with it, one a second.
    const QList<TestRequest> asked = polls(env.server.http().requests());
    CHECK(asked.size() >= 2);
    CHECK(asked.size() <= 4);
    for (const TestRequest &r : asked)
        CHECK_FALSE(r.header("User-Api-Key").isEmpty());

    // What the forum tells still comes, with the next poll.
    env.server.bumpTopic(101, QDateTime::currentMSecsSinceEpoch(), 1);
    REQUIRE(waitUntil([&] { return env.itemsOf(topic).size() == 4; }, 5000));
    live.stop();
}

TEST_CASE("A forum that does not hold polls is asked after a pause, not hammered", "[discourse][live]")
{
    DiscourseProfile env;
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(7, 2, 101);
    env.server.setPosts(102, 5);
    env.server.setBusHoldMs(0); // long polling turned off: [] at once
    const qint64 topic = env.follow(QStringLiteral("/t/102.json"), QStringLiteral("Topic 102"));
    REQUIRE(env.refresh(topic).isEmpty());

    DiscourseLiveTopics &live = env.engine->liveTopics();
    live.setPauses(500, 100, 1000);
    live.start();
    REQUIRE(waitUntil([&] { return env.server.busPolls() >= 2; }, 5000));
    env.server.bumpTopic(102, QDateTime::currentMSecsSinceEpoch(), 1);
    REQUIRE(waitUntil([&] { return env.itemsOf(topic).size() == 6; }, 5000));

    // Over 1.5 s, at one poll per 500 ms pause: a handful, not hundreds.
    const int before = env.server.busPolls();
    QTest::qWait(1500);
    const int during = env.server.busPolls() - before;
    CHECK(during >= 1);
    CHECK(during <= 4);
    live.stop();
}

TEST_CASE("A forum without a push channel is left to the rounds, asked again ever later", "[discourse][live]")
{
    DiscourseProfile env;
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(7, 1, 101);
    env.server.setPosts(101, 3);
    const qint64 topic = env.follow(QStringLiteral("/t/101.json"), QStringLiteral("Topic 101"));
    REQUIRE(env.refresh(topic).isEmpty());
    // Every poll refused, as by a forum or proxy without MessageBus.
    env.server.setBusFault(TestResponse::error(404));

    DiscourseLiveTopics &live = env.engine->liveTopics();
    live.setPauses(100, 100, 800);
    live.start();
    QTest::qWait(2000);
    // Pauses of 100, 200, 400, 800, 800 ms: about five polls in 2 s, not one per event-loop turn.
    const int polls = env.server.busPolls();
    CHECK(polls >= 2);
    CHECK(polls <= 7);
    CHECK(live.isListening(forumOf(env)));

    // The channel comes back: the next poll after the pause works, and posts come.
    env.server.setBusFault(std::nullopt);
    REQUIRE(waitUntil([&] { return env.server.busPolls() >= polls + 2; }, 5000));
    env.server.bumpTopic(101, QDateTime::currentMSecsSinceEpoch(), 1);
    REQUIRE(waitUntil([&] { return env.itemsOf(topic).size() == 4; }, 5000));
    live.stop();
}
