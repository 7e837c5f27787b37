// Writing to a forum through the outbox, against the scripted forum on
// 127.0.0.1 signed in with a real User API Key: replies (to the topic, to a
// post, quoting it), a new topic and likes go out once each, in the shapes
// Discourse's request schemas give; answers lost after the forum stored the
// write, or too slow to wait for, never make a second one; the forum's
// refusals fail the write in its words and keep it; a revoked key keeps the
// writes waiting for a new sign-in; a 429 waits as the forum asks.
#include "DiscourseProfile.h"
#include "JsonSchema.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "sources/discourse/DiscourseDeliverer.h"
#include "sources/discourse/DiscoursePacing.h"
#include "sources/discourse/DiscourseWrites.h"
#include "store/ItemStore.h"
#include "store/OutboxStore.h"
#include "store/SourceStore.h"
#include "store/ThreadStore.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

constexpr int News = 7;
constexpr int Topic = 101;

struct WriteEnv : DiscourseProfile {
    qint64 account = 0;
    DiscourseCredentials credentials;
    qint64 newsSource = 0;

    WriteEnv()
    {
        server.addCategory({ News, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("0088CC") });
        server.addTopics(News, 5, Topic);
        server.setPosts(Topic, 12);
        engine->outbox().setBackoff(20, 200);
        // Pacing has tests of its own; here the writes and their retries go at once.
        engine->forumPacing().setUserKeyLimits({ { 1000, 1000 } });
        engine->forumPacing().setLimits({ { 1000, 1000 } });
        const auto [added, key] = signIn();
        account = added.id;
        credentials = key;
        newsSource = follow(QStringLiteral("/c/news/%1.json").arg(News), QStringLiteral("News"));
        REQUIRE(refresh(newsSource).isEmpty());
    }

    ~WriteEnv()
    {
        bool done = false;
        engine->accounts().remove(account, [&](bool, const QString &) { done = true; });
        waitUntil([&] { return done; });
    }

    qint64 reply(const QString &raw, int toPost = 0)
    {
        const Item item = *engine->items().item(itemOfTopic(newsSource, Topic));
        ForumDraft draft;
        QString error;
        REQUIRE(discourse::makeReply(draft, item, *engine->sources().byId(newsSource), toPost, &error));
        draft.raw = raw;
        return engine->outbox().enqueue(account, QString::fromLatin1(discourse::ReplyAction), discourse::replyPayload(draft));
    }

    qint64 newTopic(const QString &title, const QString &raw)
    {
        ForumDraft draft;
        QString error;
        REQUIRE(discourse::makeTopic(draft, *engine->sources().byId(newsSource), &error));
        draft.title = title;
        draft.raw = raw;
        return engine->outbox().enqueue(account, QString::fromLatin1(discourse::TopicAction), discourse::topicPayload(draft));
    }

    qint64 like(int postNumber, bool liked = true)
    {
        return engine->outbox().enqueue(account,
            QString::fromLatin1(liked ? discourse::LikeAction : discourse::UnlikeAction),
            discourse::likePayload(Topic * 10000 + postNumber, QStringLiteral("Topic 101"), QUrl()));
    }

    /// Until nothing is queued or sending (retries after a lost answer included).
    bool deliverAll(int timeoutMs = 30000)
    {
        engine->outbox().setOnline(true);
        engine->outbox().deliverNow();
        return waitUntil(
            [&] { return count(OutboxEntry::State::Queued) + count(OutboxEntry::State::Sending) == 0; }, timeoutMs);
    }

    int count(OutboxEntry::State state)
    {
        int n = 0;
        for (const OutboxEntry &e : engine->outboxStore().all())
            n += e.state == state;
        return n;
    }

    OutboxEntry entry(qint64 id) { return *engine->outboxStore().byId(id); }

    QStringList rawOf(const QList<DiscourseServer::Written> &written)
    {
        QStringList out;
        for (const auto &w : written)
            out << w.raw;
        return out;
    }
};

QString text(int i)
{
    return QStringLiteral("A reply written on the train, number %1.").arg(i);
}

} // namespace

TEST_CASE("Discourse outbox: replies, a quote, a new topic and a like go out once each, as the forum takes them",
    "[discourse][outbox]")
{
    WriteEnv env;
    env.engine->outbox().setOnline(false);
    REQUIRE(env.reply(text(1)) > 0);
    const QString quoted = discourse::quote(QStringLiteral("bob"), 4, Topic, QStringLiteral("What bob said"))
        + QStringLiteral("And what I think of it, at some length.");
    REQUIRE(env.reply(quoted, 4) > 0);
    const qint64 topic = env.newTopic(QStringLiteral("Meeting notes for December"), QStringLiteral("The notes of our meeting, in short."));
    REQUIRE(topic > 0);
    REQUIRE(env.like(5) > 0);
    CHECK(env.server.written().isEmpty()); // offline: nothing went

    REQUIRE(env.deliverAll());
    CHECK(env.count(OutboxEntry::State::Sent) == 4);
    const auto written = env.server.written();
    REQUIRE(written.size() == 3);
    CHECK(written.at(0).topicId == Topic);
    CHECK(written.at(0).replyTo == 0);
    CHECK(written.at(0).username == DiscourseServer::signedInUser());
    CHECK(written.at(1).replyTo == 4);
    CHECK(written.at(1).raw.startsWith(QStringLiteral("[quote=\"bob, post:4, topic:101\"]\nWhat bob said\n[/quote]")));
    CHECK(written.at(2).title == QStringLiteral("Meeting notes for December"));
    CHECK(written.at(2).categoryId == News);
    CHECK(written.at(2).number == 1);
    CHECK(env.server.likedPosts() == QList<int> { Topic * 10000 + 5 });
    // What the forum calls them is kept.
    CHECK(env.entry(topic).remoteId == QString::number(written.at(2).postId));

    // Every write went in the shape Discourse documents.
    const QJsonObject postSchema = loadSchema(QStringLiteral("createTopicPostPM.request"));
    const QJsonObject actionSchema = loadSchema(QStringLiteral("performPostAction.request"));
    REQUIRE_FALSE(postSchema.isEmpty());
    REQUIRE_FALSE(actionSchema.isEmpty());
    const auto requests = env.server.writeRequests();
    REQUIRE(requests.size() == 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject body = QJsonDocument::fromJson(requests.at(i)).object();
        INFO(requests.at(i).toStdString());
        CHECK(validateJson(body, i < 3 ? postSchema : actionSchema).isEmpty());
    }

    // The reply is in the thread when it is read again.
    const qint64 item = env.itemOfTopic(env.newsSource, Topic);
    REQUIRE(env.loadThread(item).isEmpty());
    QStringList texts;
    for (const ThreadPost &p : env.engine->threadPosts().posts(item))
        texts << p.html;
    CHECK(texts.filter(text(1)).size() == 1);
}

TEST_CASE("Discourse outbox: an answer lost or too slow after the forum stored the write does not make a second one",
    "[discourse][outbox]")
{
    WriteEnv env;
    const bool slow = GENERATE(false, true);
    env.engine->discourseDeliverer().setTimeoutMs(slow ? 300 : 800);
    if (slow)
        env.server.setWriteDelayMs(1500);
    else
        env.server.loseAnswers(3);
    env.engine->outbox().setOnline(false);
    for (int i = 0; i < 3; ++i)
        REQUIRE(env.reply(text(i)) > 0);
    REQUIRE(env.newTopic(QStringLiteral("A topic of its own, once"), QStringLiteral("Started on the train and sent once.")) > 0);
    REQUIRE(env.like(6) > 0);
    REQUIRE(env.deliverAll());
    INFO("slow " << slow);
    const auto written = env.server.written();
    CHECK(written.size() == 4);
    const QStringList raws = env.rawOf(written);
    CHECK(QSet<QString>(raws.begin(), raws.end()).size() == 4);
    CHECK(env.server.likedPosts().size() == 1);
    CHECK(env.count(OutboxEntry::State::Sent) == 5);
    CHECK(env.count(OutboxEntry::State::Failed) == 0);
}

TEST_CASE("Discourse outbox: the forum's refusals fail the write in its words and keep it", "[discourse][outbox]")
{
    WriteEnv env;
    SECTION("too short, as the forum counts")
    {
        const qint64 id = env.reply(QStringLiteral("Too short."));
        REQUIRE(env.deliverAll());
        const OutboxEntry e = env.entry(id);
        CHECK(e.state == OutboxEntry::State::Failed);
        CHECK(e.lastError.contains(QStringLiteral("Body is too short (minimum is 20 characters)")));
        CHECK(e.payload.value(QLatin1String("raw")).toString() == QStringLiteral("Too short."));
    }
    SECTION("a closed topic")
    {
        env.server.closeTopic(Topic);
        const qint64 id = env.reply(text(1));
        REQUIRE(env.deliverAll());
        CHECK(env.entry(id).state == OutboxEntry::State::Failed);
        CHECK(env.entry(id).lastError.contains(QStringLiteral("closed")));
    }
    SECTION("a refusal of any kind, with the key still good")
    {
        env.server.refuseWrites(403, QStringLiteral("You need trust level 1 to post in this category."));
        const qint64 id = env.newTopic(QStringLiteral("A question for the group"), QStringLiteral("Who has tried the new release yet?"));
        REQUIRE(env.deliverAll());
        CHECK(env.entry(id).state == OutboxEntry::State::Failed);
        CHECK(env.entry(id).lastError.contains(QStringLiteral("trust level 1")));
    }
    CHECK(env.server.written().isEmpty());
}

TEST_CASE("Discourse outbox: a revoked key keeps the writes waiting for a new sign-in, then they go once",
    "[discourse][outbox]")
{
    WriteEnv env;
    env.server.revokeUserApiKey(env.credentials.userApiKey);
    const qint64 id = env.reply(text(1));
    env.engine->outbox().setOnline(true);
    env.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return env.entry(id).attempts > 0 && env.entry(id).state == OutboxEntry::State::Queued; }));
    CHECK(env.entry(id).lastError.contains(QStringLiteral("sign in again")));
    // It waits the sign-in's while, not the backoff's.
    CHECK(env.entry(id).nextAttemptMs
        > QDateTime::currentMSecsSinceEpoch() + (DiscourseDeliverer::SignInRetrySecs - 60) * 1000LL);
    CHECK(env.server.written().isEmpty());

    const auto [again, key] = env.signIn();
    CHECK(again.id == env.account);
    env.engine->outbox().resumeAccount(env.account);
    REQUIRE(env.deliverAll());
    CHECK(env.entry(id).state == OutboxEntry::State::Sent);
    CHECK(env.server.written().size() == 1);
}

TEST_CASE("Discourse outbox: a 429 waits what the forum asks, then the write goes once", "[discourse][outbox]")
{
    WriteEnv env;
    env.server.setFault("/posts.json",
        TestResponse::error(429, R"({"errors":["You've performed this action too many times."],"error_type":"rate_limit","extras":{"wait_seconds":1}})")
            .header("Retry-After", "1"));
    const qint64 id = env.reply(text(1));
    env.engine->outbox().setOnline(true);
    env.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return env.entry(id).attempts > 0; }));
    CHECK(env.server.written().isEmpty());
    env.server.clearFault("/posts.json");
    REQUIRE(env.deliverAll());
    CHECK(env.entry(id).state == OutboxEntry::State::Sent);
    CHECK(env.server.written().size() == 1);
}
