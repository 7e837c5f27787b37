// What the user reads here reaches the forum, and the forum's read state
// comes back: a topic read in the reader is reported with /topics/timings as
// the signed-in account (later when offline, never for a forum the user is
// not signed in to); the lists then say how many posts are unread, and a
// topic read to its end on the forum comes read.
#include "DiscourseProfile.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "sources/discourse/DiscoursePacing.h"
#include "sources/discourse/DiscourseReading.h"
#include "sources/discourse/TopicMeta.h"
#include "store/ItemStore.h"
#include "store/ThreadStore.h"
#include "test_discourse_server_support.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

Item itemOf(DiscourseProfile &env, qint64 source, int topicId)
{
    return *env.engine->items().item(env.itemOfTopic(source, topicId));
}

bool report(DiscourseProfile &env, qint64 itemId)
{
    QSignalSpy reported(&env.engine->forumReading(), &DiscourseReading::reported);
    env.engine->forumReading().topicRead(itemId);
    REQUIRE(waitUntil([&] { return reported.count() > 0; }, 10000));
    return reported.first().at(1).toBool();
}

} // namespace

TEST_CASE("A topic read here is reported to the forum, whose unread counts and read state come back",
    "[discourse][reading]")
{
    DiscourseProfile env;
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(7, 3, 101);
    env.server.setPosts(101, 8);
    env.server.setPosts(102, 3);
    env.server.setAdminKey(QStringLiteral("admin"));
    env.engine->forumPacing().setUserKeyLimits({ { 1000, 1000 } });
    env.engine->forumPacing().setLimits({ { 1000, 1000 } });
    const qint64 source = env.follow(QStringLiteral("/c/news/7.json"), QStringLiteral("News"));
    REQUIRE(env.refresh(source).isEmpty());
    const qint64 topic = env.itemOfTopic(source, 101);
    REQUIRE(env.loadThread(topic).isEmpty());

    // Not signed in: the forum hears nothing of what is read here.
    QSignalSpy reported(&env.engine->forumReading(), &DiscourseReading::reported);
    env.engine->forumReading().topicRead(topic);
    QTest::qWait(300);
    CHECK(reported.isEmpty());
    CHECK(env.server.timingRequests().isEmpty());

    const auto [added, credentials] = env.signIn();
    REQUIRE(env.refresh(source).isEmpty());
    CHECK(TopicMeta::fromJson(itemOf(env, source, 101).meta).unread == 0); // never opened: nothing counted

    CHECK(report(env, topic));
    CHECK(env.server.lastReadPostNumber(101) == 8);
    const QList<QByteArray> sent = env.server.timingRequests();
    REQUIRE(sent.size() == 1);
    const QUrlQuery form(QString::fromUtf8(sent.first()));
    CHECK(form.queryItemValue(QStringLiteral("topic_id")) == QStringLiteral("101"));
    CHECK(form.queryItemValue(QStringLiteral("topic_time")) == QStringLiteral("16000"));
    for (int n = 1; n <= 8; ++n)
        CHECK(form.queryItemValue(QStringLiteral("timings[%1]").arg(n), QUrl::FullyDecoded) == QStringLiteral("2000"));

    // Two new posts: the topic comes up unread, with the forum's count of them.
    env.server.bumpTopic(101, QDateTime::currentMSecsSinceEpoch(), 2);
    REQUIRE(env.refresh(source).isEmpty());
    Item bumped = itemOf(env, source, 101);
    CHECK_FALSE(bumped.read);
    CHECK(TopicMeta::fromJson(bumped.meta).unread == 2);

    // Topic 102 read to its end in the forum's own web client: it comes read here.
    CHECK_FALSE(itemOf(env, source, 102).read);
    using namespace gilde::test::discourse_checks;
    const auto web = send("POST", env.server.url(QStringLiteral("/topics/timings")), "topic_id=102&topic_time=900&timings%5B1%5D=300&timings%5B2%5D=300&timings%5B3%5D=300",
        { { "Api-Key", "admin" }, { "Api-Username", DiscourseServer::signedInUser().toUtf8() },
            { "Content-Type", "application/x-www-form-urlencoded" } });
    REQUIRE(web.status == 200);
    REQUIRE(env.refresh(source).isEmpty());
    CHECK(itemOf(env, source, 102).read);
    CHECK_FALSE(itemOf(env, source, 103).read);

    // Read offline (the thread with its new posts): told once the network is back.
    REQUIRE(env.loadThread(topic).isEmpty());
    env.engine->forumReading().setOnline(false);
    reported.clear();
    env.engine->forumReading().topicRead(topic);
    QTest::qWait(200);
    CHECK(reported.isEmpty());
    CHECK(env.server.timingRequests().size() == 2);
    env.engine->forumReading().setOnline(true);
    REQUIRE(waitUntil([&] { return reported.count() > 0; }, 10000));
    CHECK(reported.first().at(1).toBool());
    CHECK(env.server.timingRequests().size() == 3);
    CHECK(env.server.lastReadPostNumber(101) == 10);
    CHECK(env.engine->threadPosts().readsUntold().isEmpty());

    // Read offline, and Gilde closed before the network came back: told on the next start.
    env.server.bumpTopic(101, QDateTime::currentMSecsSinceEpoch(), 1);
    REQUIRE(env.loadThread(topic).isEmpty());
    env.engine->forumReading().setOnline(false);
    env.engine->forumReading().topicRead(topic);
    CHECK(env.engine->threadPosts().readsUntold() == QList<qint64> { topic });
    env.engine.reset();
    CHECK(env.server.timingRequests().size() == 3);
    env.engine = Engine::open(env.dir.path()).engine;
    REQUIRE(env.engine);
    env.engine->forumPacing().setUserKeyLimits({ { 1000, 1000 } });
    env.engine->startStreaming();
    REQUIRE(waitUntil([&] { return env.server.timingRequests().size() == 4; }, 10000));
    CHECK(env.server.lastReadPostNumber(101) == 11);
    REQUIRE(waitUntil([&] { return env.engine->threadPosts().readsUntold().isEmpty(); }, 5000));

    bool removed = false;
    env.engine->accounts().remove(added.id, [&](bool, const QString &) { removed = true; });
    waitUntil([&] { return removed; });
}
