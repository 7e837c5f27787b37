// Every request to a forum paced as one, against scripted forums on
// 127.0.0.1: a long thread keeps within the forum's limits while another
// forum is not held up, a 429 on one list holds the forum's other lists and
// its threads without a request, and a short wait is waited out.
#include "DiscourseProfile.h"
#include "TestSupport.h"
#include "sources/discourse/DiscoursePacing.h"
#include "sources/discourse/DiscourseThreads.h"
#include "store/SourceStore.h"
#include "store/ThreadStore.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct PacedForum : DiscourseProfile {
    qint64 support = 0;
    qint64 news = 0;

    PacedForum()
    {
        server.addCategory({ 5, QStringLiteral("Support"), QStringLiteral("support"), QStringLiteral("0088CC") });
        server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
        server.addTopics(5, 3, 100);
        server.addTopics(7, 2, 300);
        support = follow(QStringLiteral("/c/support/5.json"), QStringLiteral("Support"));
        news = follow(QStringLiteral("/c/news/7.json"), QStringLiteral("News"));
        REQUIRE(refresh(support).isEmpty());
        REQUIRE(refresh(news).isEmpty());
    }

    int requestsStartingWith(const QByteArray &prefix)
    {
        int n = 0;
        for (const TestRequest &r : server.http().requests())
            n += r.path.startsWith(prefix) ? 1 : 0;
        return n;
    }
};

TestResponse tooMany(int seconds)
{
    return TestResponse::error(429,
        QStringLiteral(R"({"errors":["You’ve performed this action too many times. Please wait %1 seconds before trying again."],"error_type":"rate_limit","extras":{"wait_seconds":%1}})")
            .arg(seconds)
            .toUtf8())
        .header("Content-Type", "application/json")
        .header("Retry-After", QByteArray::number(seconds));
}

} // namespace

TEST_CASE("A long thread keeps within the forum's limits, and another forum is not held up", "[discourse][pacing]")
{
    PacedForum env;
    env.engine->forumPacing().setLimits({ { 4, 800 } });
    env.server.setPosts(100, 120); // the topic and five chunks: six requests
    const qint64 item = env.itemOfTopic(env.support, 100);

    DiscourseServer other;
    REQUIRE(other.listen());
    other.addCategory({ 3, QStringLiteral("General"), QStringLiteral("general"), QStringLiteral("BF1E2E") });
    other.addTopics(3, 2, 500);
    DiscoveredFeed otherLatest;
    otherLatest.url = other.url(QStringLiteral("/latest.json"));
    otherLatest.sourceKind = QStringLiteral("discourse");
    const qint64 elsewhere = env.follow(otherLatest);

    // Earlier requests of this test count against the window too: let it pass.
    REQUIRE_FALSE(waitUntil([] { return false; }, 900));

    QElapsedTimer clock;
    clock.start();
    env.engine->forumThreads().load(item);
    // Four go at once, then the fifth waits for the first to leave the window.
    REQUIRE(waitUntil([&] { return env.engine->forumPacing().queuedCount() == 1; }, 5000));
    CHECK(env.requestsStartingWith("/t/100") == 4);
    // Meanwhile another forum's list comes at once.
    CHECK(env.refresh(elsewhere).isEmpty());
    CHECK(env.itemsOf(elsewhere).size() == 2);
    CHECK(env.engine->forumThreads().isLoading(item));
    CHECK(env.requestsStartingWith("/t/100") == 4);

    CHECK(env.loadThread(item).isEmpty()); // joins the load under way
    CHECK(clock.elapsed() >= 750);
    CHECK(env.requestsStartingWith("/t/100") == 6);
    CHECK(env.engine->threadPosts().count(item) == 120);
}

TEST_CASE("Signed in with a user key, a forum is held to the key's own limits, not the anonymous ones",
    "[discourse][pacing]")
{
    // What Discourse allows a user API key by default.
    const QList<DiscoursePacing::Limit> keyed = DiscoursePacing::userKeyLimits();
    REQUIRE(keyed.size() == 2);
    CHECK(keyed.at(0).requests == 20);
    CHECK(keyed.at(0).windowMs == 60 * 1000);
    CHECK(keyed.at(1).requests == 2880);
    CHECK(keyed.at(1).windowMs == 24 * 3600 * 1000);

    PacedForum env;
    env.server.setPosts(100, 120); // the topic and five chunks: six requests
    const qint64 item = env.itemOfTopic(env.support, 100);
    // Scaled down, the same shape: the anonymous budget is wide, the key's narrow.
    env.engine->forumPacing().setLimits({ { 50, 800 } });
    env.engine->forumPacing().setUserKeyLimits({ { 3, 800 } });
    REQUIRE(env.signIn().first.id > 0);
    REQUIRE_FALSE(waitUntil([] { return false; }, 900)); // the sign-in's requests leave the window

    QElapsedTimer clock;
    clock.start();
    env.engine->forumThreads().load(item);
    REQUIRE(waitUntil([&] { return env.engine->forumPacing().queuedCount() > 0; }, 5000));
    CHECK(env.engine->forumPacing().withUserKey(env.server.base().toString()));
    CHECK(env.requestsStartingWith("/t/100") <= 3);
    CHECK(env.loadThread(item).isEmpty());
    CHECK(clock.elapsed() >= 750); // six requests at three per 800 ms
    CHECK(env.engine->threadPosts().count(item) == 120);
    for (const TestRequest &r : env.server.http().requests()) {
        if (r.path.startsWith("/t/100"))
            CHECK_FALSE(r.header("User-Api-Key").isEmpty());
    }
}

TEST_CASE("A 429 on one list holds the forum's other lists and threads, without a request", "[discourse][pacing]")
{
    PacedForum env;
    const int supportTopics = int(env.itemsOf(env.support).size());
    const qint64 item = env.itemOfTopic(env.support, 101);
    env.server.setFault("/c/news/7.json", tooMany(30));

    // The list that was refused says it in the forum's words.
    CHECK(env.refresh(env.news).contains(QStringLiteral("too many times")));
    const QString forum = env.server.base().toString();
    CHECK(env.engine->forumPacing().heldSeconds(forum) > 25);
    CHECK(env.engine->forumPacing().heldSeconds(forum) <= 30);

    env.server.http().clearRecords();
    const QString waiting = env.refresh(env.support);
    CHECK(waiting.contains(QStringLiteral("slow down")));
    const auto source = env.engine->sources().byId(env.support);
    REQUIRE(source);
    CHECK(source->nextRefreshMs >= QDateTime::currentMSecsSinceEpoch() + 25 * 1000);
    CHECK(env.loadThread(item).contains(QStringLiteral("slow down")));
    CHECK(env.server.http().requests().isEmpty());
    CHECK(env.itemsOf(env.support).size() == supportTopics);

    // Another forum is asked as before.
    CHECK(env.engine->forumPacing().heldSeconds(QStringLiteral("http://127.0.0.1:1")) == 0);
}

TEST_CASE("A short wait asked for is waited out, and the thread comes whole", "[discourse][pacing]")
{
    PacedForum env;
    env.server.setPosts(102, 50);
    const qint64 item = env.itemOfTopic(env.support, 102);
    env.server.setFault("/t/102/posts.json", tooMany(1));

    QElapsedTimer clock;
    clock.start();
    env.engine->forumThreads().load(item);
    // The first chunk is refused; the fault goes while Gilde waits.
    REQUIRE(waitUntil([&] { return env.requestsStartingWith("/t/102/posts.json") == 1; }, 5000));
    env.server.clearFault("/t/102/posts.json");
    CHECK(waitUntil([&] { return env.engine->forumPacing().heldSeconds(env.server.base().toString()) == 1; }, 900));
    CHECK(env.loadThread(item).isEmpty());
    CHECK(clock.elapsed() >= 900);
    CHECK(env.engine->threadPosts().count(item) == 50);
    // The refused chunk was asked again: one more request than the thread needs.
    CHECK(env.requestsStartingWith("/t/102/posts.json") == 3);
}
