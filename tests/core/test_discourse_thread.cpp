// Forum threads into the cache, against a scripted forum on 127.0.0.1: a
// long topic fetched whole in chunks, sanitized, kept when the forum cannot
// be reached, and brought up to date when a post goes.
#include "DiscourseProfile.h"
#include "TestSupport.h"
#include "sources/discourse/DiscourseThreads.h"
#include "store/ThreadStore.h"

#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct ThreadEnv : DiscourseProfile {
    qint64 sourceId = 0;

    explicit ThreadEnv(const QString &subfolder = {})
        : DiscourseProfile(subfolder)
    {
        server.addCategory({ 5, QStringLiteral("Support"), QStringLiteral("support"), QStringLiteral("0088CC") });
        server.addTopics(5, 3, 100);
        sourceId = follow(QStringLiteral("/c/support/5.json"), QStringLiteral("Support"));
        REQUIRE(refresh(sourceId).isEmpty());
    }

    qint64 itemOfTopic(int topicId) { return DiscourseProfile::itemOfTopic(sourceId, topicId); }
    QString load(qint64 itemId) { return loadThread(itemId); }
};

/// The post ids a posts.json request asked for.
QStringList askedIds(const TestRequest &r)
{
    const QUrlQuery query(QUrl(QString::fromLatin1(r.path)).query(QUrl::FullyDecoded));
    return query.allQueryItemValues(QStringLiteral("post_ids[]"));
}

} // namespace

TEST_CASE("A long topic is fetched whole, in order, in chunks, its quotes, previews and images kept",
    "[discourse][thread]")
{
    const int n = GENERATE(45, 360);
    INFO(n << " posts");
    ThreadEnv env(QStringLiteral("/forum"));
    env.server.setPosts(101, n);
    const qint64 item = env.itemOfTopic(101);
    CHECK(env.load(item).isEmpty());

    const QList<ThreadPost> posts = env.engine->threadPosts().posts(item);
    REQUIRE(posts.size() == n);
    for (int i = 0; i < posts.size(); ++i)
        CHECK(posts.at(i).number == i + 1);
    CHECK(posts.first().html.contains(DiscourseServer::postText(101, 1)));
    CHECK(posts.last().html.contains(DiscourseServer::postText(101, n)));
    const QList<DiscourseServer::Post> served = env.server.posts(101);
    for (const DiscourseServer::Post &p : served) {
        CHECK(posts.at(p.number - 1).remoteId == QString::number(p.id));
        CHECK(posts.at(p.number - 1).author == p.username);
        CHECK(posts.at(p.number - 1).replyTo == p.replyToNumber);
    }
    // Avatars and images resolve under the subfolder, as the forum gave them.
    CHECK(posts.first().avatar.startsWith(env.server.base().toString() + QStringLiteral("/user_avatar/")));
    // What real posts carry survives the sanitizer: a quote (post 5), a link
    // preview (post 7), an uploaded image (post 9); a script does not (post 3).
    CHECK(posts.at(4).html.contains(QStringLiteral("<blockquote")));
    CHECK(posts.at(4).html.contains(QStringLiteral("in part.")));
    CHECK(posts.at(6).html.contains(QStringLiteral("An example article")));
    CHECK(posts.at(6).html.contains(QStringLiteral("What the linked page says about itself.")));
    CHECK(posts.at(8).html.contains(env.server.base().toString() + QStringLiteral("/uploads/default/original/1X/")));
    CHECK_FALSE(posts.at(2).html.contains(QStringLiteral("<script")));
    CHECK_FALSE(posts.at(2).html.contains(QStringLiteral("javascript:")));

    // 20 came with the topic; the others in chunks of at most 20.
    CHECK(env.server.http().requestCount("/forum/t/101.json") == 1);
    QList<TestRequest> chunks;
    for (const TestRequest &r : env.server.http().requests()) {
        if (r.path.startsWith("/forum/t/101/posts.json?"))
            chunks << r;
    }
    CHECK(chunks.size() == (n - 20 + DiscourseThreads::ChunkSize - 1) / DiscourseThreads::ChunkSize);
    int asked = 0;
    for (const TestRequest &r : chunks) {
        CHECK(askedIds(r).size() <= DiscourseThreads::ChunkSize);
        asked += int(askedIds(r).size());
    }
    CHECK(asked == n - 20);
}

TEST_CASE("A hostile post is sanitized before it is cached", "[discourse][thread]")
{
    ThreadEnv env;
    env.server.setPosts(100, 5);
    const qint64 item = env.itemOfTopic(100);
    REQUIRE(env.load(item).isEmpty());
    const QList<ThreadPost> posts = env.engine->threadPosts().posts(item);
    REQUIRE(posts.size() == 5);
    const QString hostile = posts.at(2).html;
    CHECK(hostile.contains(DiscourseServer::postText(100, 3)));
    for (const char *bad : { "<script", "javascript:", "onclick", "<form" })
        CHECK_FALSE(hostile.contains(QLatin1String(bad), Qt::CaseInsensitive));
}

TEST_CASE("A thread read once reads offline, and follows the forum when it changes", "[discourse][thread]")
{
    ThreadEnv env;
    env.server.setPosts(102, 30);
    const qint64 item = env.itemOfTopic(102);
    REQUIRE(env.load(item).isEmpty());
    REQUIRE(env.engine->threadPosts().count(item) == 30);

    SECTION("the forum fails: what was read stays")
    {
        env.server.setFault("/t/102.json", TestResponse::error(500, "<html>down</html>"));
        CHECK_FALSE(env.load(item).isEmpty());
        CHECK(env.engine->threadPosts().count(item) == 30);
    }
    SECTION("a chunk fails halfway: nothing half is written")
    {
        env.server.setPosts(102, 60);
        env.server.setFault("/t/102/posts.json", TestResponse::error(429).header("Retry-After", "60"));
        CHECK_FALSE(env.load(item).isEmpty());
        CHECK(env.engine->threadPosts().count(item) == 30);
    }
    SECTION("a post deleted on the forum goes here too")
    {
        env.server.deletePost(102, 7);
        CHECK(env.load(item).isEmpty());
        const QList<ThreadPost> posts = env.engine->threadPosts().posts(item);
        CHECK(posts.size() == 29);
        CHECK(std::none_of(posts.begin(), posts.end(), [](const ThreadPost &p) { return p.number == 7; }));
    }
    SECTION("the topic is gone")
    {
        env.server.setFault("/t/102.json",
            TestResponse::error(404, R"({"errors":["The requested URL or resource could not be found."],"error_type":"not_found"})"));
        CHECK(env.load(item).contains(QStringLiteral("no such topic")));
        CHECK(env.engine->threadPosts().count(item) == 30);
    }
}

TEST_CASE("Only a forum topic has a thread", "[discourse][thread]")
{
    ThreadEnv env;
    CHECK_FALSE(env.load(999999).isEmpty());
    // Asked twice while under way: one fetch.
    env.server.setPosts(100, 3);
    const qint64 item = env.itemOfTopic(100);
    env.engine->forumThreads().load(item);
    CHECK(env.engine->forumThreads().isLoading(item));
    CHECK(env.load(item).isEmpty());
    CHECK(env.server.http().requestCount("/t/100.json") == 1);
}

TEST_CASE("Closing the profile while a thread is written waits for the write and ends", "[discourse][thread]")
{
    ThreadEnv env;
    env.server.setPosts(101, 400);
    const qint64 item = env.itemOfTopic(101);
    env.engine->forumThreads().load(item);
    // Every chunk answered: the sanitizing and the write are under way, or just done.
    REQUIRE(waitUntil([&] {
        int chunks = 0;
        for (const TestRequest &r : env.server.http().requests())
            chunks += r.path.startsWith("/t/101/posts.json?") ? 1 : 0;
        return chunks == 19;
    }, 20000));
    env.engine.reset();
    // What was written is whole: all of it or none of it.
    Engine::Opened again = Engine::open(env.dir.path());
    REQUIRE(again.engine);
    const int count = again.engine->threadPosts().count(item);
    CHECK((count == 0 || count == 400));
}
