// One forum topic followed in a column: its opening posts and its newest
// ones as rows (/t/{id}.json, then /t/{id}/posts.json for the newest), and
// the replies written since on each refresh.
#include "DiscourseProfile.h"
#include "DiscourseServerSupport.h"
#include "TestSupport.h"
#include "sources/discourse/DiscourseStream.h"
#include "sources/discourse/DiscourseWrites.h"
#include "store/SourceStore.h"
#include "store/ItemStore.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

TEST_CASE("A topic followed in a column brings its first and newest posts, then each new one", "[discourse][engine]")
{
    DiscourseProfile env;
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(7, 2, 101);
    env.server.setPosts(101, 45);

    const QString path = DiscourseStream::ofTopic(QUrl(QStringLiteral("https://forum.example")), 101).apiUrl().path();
    CHECK(path == QStringLiteral("/t/101.json"));
    const qint64 source = env.follow(path, QStringLiteral("Topic 101"));
    REQUIRE(env.refresh(source).isEmpty());
    QList<Item> items = env.itemsOf(source);
    REQUIRE(items.size() == 40); // the first 20 and the newest 20
    QSet<QString> texts;
    for (const Item &i : items) {
        CHECK(i.kind == QStringLiteral("post"));
        CHECK(i.title.isEmpty());
        texts.insert(i.text.section(u'\n', 0, 0).trimmed());
    }
    CHECK(texts.contains(DiscourseServer::postText(101, 1)));
    CHECK(texts.contains(DiscourseServer::postText(101, 45)));
    CHECK_FALSE(texts.contains(DiscourseServer::postText(101, 25)));
    const Item newest = *env.engine->items().item(items.first().id);
    CHECK(newest.url.endsWith(QStringLiteral("/t/topic-101/101/45")));
    CHECK(newest.html.contains(DiscourseServer::postText(101, 45)));
    CHECK_FALSE(newest.html.contains(QStringLiteral("<script"))); // sanitized as every post

    env.server.bumpTopic(101, QDateTime::currentMSecsSinceEpoch(), 2);
    REQUIRE(env.refresh(source).isEmpty());
    items = env.itemsOf(source);
    REQUIRE(items.size() == 42);
    CHECK(env.engine->items().item(items.first().id)->html.contains(DiscourseServer::postText(101, 47)));

    // A post's row answers for itself: a reply goes to it (or to the post
    // named), a like to its id; a topic's row is no post.
    const Source followed = *env.engine->sources().byId(source);
    const auto ref = gilde::discourse::postOf(newest, followed);
    REQUIRE(ref);
    CHECK(ref->topicId == 101);
    CHECK(ref->number == 45);
    CHECK(ref->postId == gilde::test::discourse::postId(101, 45));
    ForumDraft draft;
    REQUIRE(gilde::discourse::makeReply(draft, newest, followed, 0, nullptr));
    CHECK(draft.topicId == 101);
    CHECK(draft.replyToNumber == 45);
    CHECK(draft.title == QStringLiteral("Topic 101"));
    CHECK(draft.topicUrl.toString().endsWith(QStringLiteral("/t/topic-101/101")));
    REQUIRE(gilde::discourse::makeReply(draft, newest, followed, 3, nullptr));
    CHECK(draft.replyToNumber == 3);
    Item topicRow = newest;
    topicRow.kind = QStringLiteral("topic");
    CHECK_FALSE(gilde::discourse::postOf(topicRow, followed));

    // A topic that is gone says so in the column, and what was read stays.
    const qint64 gone = env.follow(QStringLiteral("/t/999.json"), QStringLiteral("Gone"));
    CHECK_FALSE(env.refresh(gone).isEmpty());
    CHECK(env.itemsOf(source).size() == 42);
}
