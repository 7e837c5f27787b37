// A Mastodon post opens with its conversation, as in the server's web
// client: what it answers, the post, the replies, in order, fetched from
// /api/v1/statuses/{id}/context into the cache, so that it reads offline;
// as anyone for a public timeline, as the account for its own.
#include "MastodonProfile.h"
#include "sources/Threads.h"
#include "sources/mastodon/MastodonThreads.h"
#include "sources/mastodon/MastodonTimeline.h"
#include "store/ThreadStore.h"

#include <QSignalSpy>

using namespace gilde;
using namespace gilde::test;

namespace
{

/// Loads the thread of `itemId`; the error when it failed, "" when it came.
QString loadThread(Engine &engine, qint64 itemId)
{
    QSignalSpy loaded(&engine.threads(), &Threads::threadLoaded);
    QSignalSpy failed(&engine.threads(), &Threads::threadFailed);
    engine.threads().load(*engine.items().item(itemId));
    REQUIRE(waitUntil([&] { return loaded.count() + failed.count() > 0; }, 10000));
    return failed.isEmpty() ? QString() : failed.first().at(1).toString();
}

qint64 itemWithStatus(MastodonProfile &env, qint64 sourceId, qint64 statusId)
{
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = sourceId;
    for (const Item &listed : env.engine->items().page(spec, {}, 100)) {
        const Item item = *env.engine->items().item(listed.id);
        if (MastodonThreads::statusIdOf(item) == QString::number(statusId))
            return item.id;
    }
    return 0;
}

QList<TestRequest> conversationRequests(MastodonServer &server)
{
    QList<TestRequest> out;
    for (const TestRequest &r : server.http().requests()) {
        if (r.path.startsWith("/api/v1/statuses/"))
            out << r;
    }
    return out;
}

} // namespace

TEST_CASE("A post of a public timeline opens with its conversation, which then reads offline", "[mastodon][thread]")
{
    MastodonProfile env;
    env.server.setTimeline("/api/v1/timelines/tag/gilde", 3, 1000);
    env.server.setConversation(1001, 2, 3);
    const qint64 source = env.followHashtag(QStringLiteral("gilde"));
    REQUIRE(env.itemsOf(source) == 3);
    const qint64 item = itemWithStatus(env, source, 1001);
    REQUIRE(item > 0);
    REQUIRE(Threads::hasThread(*env.engine->items().item(item)));
    CHECK_FALSE(Threads::isForumTopic(*env.engine->items().item(item)));

    REQUIRE(loadThread(*env.engine, item).isEmpty());
    const QList<ThreadPost> posts = env.engine->threadPosts().posts(item);
    REQUIRE(posts.size() == 6);
    for (int n = 1; n <= 6; ++n) {
        INFO(n);
        CHECK(posts.at(n - 1).number == n);
        CHECK(posts.at(n - 1).html.contains(MastodonServer::conversationText(1001, n)));
    }
    CHECK(posts.at(2).remoteId == QStringLiteral("1001")); // the post itself, after what it answers
    CHECK(posts.at(0).replyTo == 0);
    CHECK(posts.at(1).replyTo == 1);
    CHECK(posts.at(2).replyTo == 2);
    CHECK(posts.at(3).replyTo == 3);
    CHECK(posts.at(4).replyTo == 4);
    CHECK(posts.at(5).replyTo == 3); // the second branch answers the post
    CHECK(posts.at(5).likes == 6);
    CHECK(posts.at(0).author == QStringLiteral("Gargron"));
    CHECK_FALSE(posts.at(0).authorName.isEmpty());
    // Asked as anyone: a public timeline has no account.
    const QList<TestRequest> asked = conversationRequests(env.server);
    REQUIRE(asked.size() == 2);
    for (const TestRequest &r : asked)
        CHECK(r.header("authorization").isEmpty());

    // The server gone (a train): what was read stays, with the reason.
    env.server.setFault("/api/v1/statuses/1001/context", TestResponse::error(500));
    env.server.setFault("/api/v1/statuses/1001", TestResponse::error(503));
    CHECK_FALSE(loadThread(*env.engine, item).isEmpty());
    CHECK(env.engine->threadPosts().count(item) == 6);

    // A post the server no longer has says so.
    const qint64 other = itemWithStatus(env, source, 1000);
    REQUIRE(other > 0);
    CHECK(loadThread(*env.engine, other).contains(QStringLiteral("gone")));
    CHECK(env.engine->threadPosts().count(other) == 0);
}

TEST_CASE("An account's post opens with its conversation asked as the account; a refused sign-in says so",
    "[mastodon][thread]")
{
    MastodonProfile env;
    env.server.setTimeline("/api/v1/timelines/home", 2, 2000);
    env.server.setConversation(2001, 0, 1);
    const Accounts::AddResult added = env.addAccount(env.server.token());
    REQUIRE(added.id > 0);
    const qint64 source = env.follow(MastodonTimeline::Kind::Home, added.id);
    env.refresh({ source });
    const qint64 item = itemWithStatus(env, source, 2001);
    REQUIRE(item > 0);

    REQUIRE(loadThread(*env.engine, item).isEmpty());
    CHECK(env.engine->threadPosts().count(item) == 2);
    const QList<TestRequest> asked = conversationRequests(env.server);
    REQUIRE(asked.size() == 2);
    for (const TestRequest &r : asked)
        CHECK(r.header("authorization") == "Bearer " + env.server.token().toUtf8());

    // Some servers answer a revoked token with 422: sign in again, and the cache stays.
    env.server.setTokenFault(MastodonServer::TokenFault::Unprocessable422);
    const QString error = loadThread(*env.engine, item);
    CHECK(error.contains(QStringLiteral("sign in again")));
    CHECK(env.engine->threadPosts().count(item) == 2);
}
