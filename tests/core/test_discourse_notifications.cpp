// A signed-in user's forum notifications as a column: decoded from what
// forums send (the current object and the older bare array), answered by the
// scripted forum in the getNotifications schema's shape, and stored as rows
// titled as the forum says them, read where the forum has them read, each
// opening its topic's thread.
#include "DiscourseProfile.h"
#include "JsonSchema.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "sources/discourse/DiscourseJson.h"
#include "sources/discourse/DiscourseStream.h"
#include "sources/discourse/NotificationToItems.h"
#include "sources/discourse/TopicMeta.h"
#include "store/ItemStore.h"
#include "store/ThreadStore.h"
#include "test_discourse_server_support.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

TEST_CASE("Forum notifications decode from the object forums send now and the bare array of old ones",
    "[discourse][json][notifications]")
{
    const QByteArray current = R"({"notifications":[
        {"id":31,"user_id":1,"notification_type":2,"read":false,"created_at":"2026-11-30T09:15:00.000Z",
         "post_number":4,"topic_id":120,"fancy_title":"Onboarding &amp; mentoring","slug":"onboarding-mentoring",
         "data":{"topic_title":"Onboarding & mentoring","original_post_id":980,"original_post_type":1,
                 "original_username":"bram","revision_number":null,"display_username":"bram"}},
        {"id":30,"user_id":1,"notification_type":12,"read":true,"created_at":"2026-11-29T08:00:00.000Z",
         "post_number":null,"topic_id":null,"slug":null,
         "data":{"badge_id":41,"badge_name":"First Emoji","badge_slug":"first-emoji","badge_title":false,"username":"anna"}},
        {"id":29,"notification_type":6,"read":true,"created_at":"2026-11-28T08:00:00.000Z","post_number":1,
         "topic_id":77,"fancy_title":"Lunch &amp; learn?","slug":"lunch-learn","data":{"original_username":"carla"}},
        {"notification_type":2,"read":false,"data":{}}
      ],"total_rows_notifications":4,"seen_notification_id":31,"load_more_notifications":"/notifications?offset=60&username=anna"})";
    QString error;
    const QList<DiscourseNotification> list = discourse::notifications(current, &error);
    CHECK(error.isEmpty());
    REQUIRE(list.size() == 3); // the last is about nothing
    CHECK(list.at(0).id == 31);
    CHECK(list.at(0).type == 2);
    CHECK_FALSE(list.at(0).read);
    CHECK(list.at(0).topicId == 120);
    CHECK(list.at(0).postNumber == 4);
    CHECK(list.at(0).topicTitle == QStringLiteral("Onboarding & mentoring"));
    CHECK(list.at(0).actor == QStringLiteral("bram"));
    CHECK(list.at(1).badgeName == QStringLiteral("First Emoji"));
    CHECK(list.at(1).topicId == 0);
    CHECK(list.at(2).topicTitle == QStringLiteral("Lunch & learn?")); // from fancy_title, unescaped
    CHECK(list.at(2).actor == QStringLiteral("carla"));

    const QUrl base(QStringLiteral("https://forum.example"));
    const QList<Item> items = discourse::itemsFromNotifications(list, base, 5);
    REQUIRE(items.size() == 3);
    CHECK(items.at(0).title == QStringLiteral("bram replied to you in “Onboarding & mentoring”"));
    CHECK(items.at(0).kind == QStringLiteral("topic"));
    CHECK(items.at(0).url == QStringLiteral("https://forum.example/t/onboarding-mentoring/120/4"));
    CHECK(items.at(0).remoteId == QStringLiteral("notification:31"));
    CHECK_FALSE(items.at(0).read);
    const TopicMeta meta = TopicMeta::fromJson(items.at(0).meta);
    CHECK(meta.topicId == 120);
    CHECK(meta.notice);
    CHECK(items.at(1).title == QStringLiteral("You earned the badge “First Emoji”"));
    CHECK(items.at(1).kind == QStringLiteral("article"));
    CHECK(items.at(1).url == QStringLiteral("https://forum.example/badges/41/first-emoji"));
    CHECK(items.at(1).read);
    CHECK(items.at(2).title == QStringLiteral("carla sent you a message: “Lunch & learn?”"));
    CHECK(items.at(2).url == QStringLiteral("https://forum.example/t/lunch-learn/77"));

    // Forums before 1.1: a bare array, no ids; what each is about names it.
    const QByteArray old = R"([{"notification_type":9,"read":false,"created_at":"2014-04-02T11:58:00.670-04:00",
        "post_number":2,"topic_id":14404,"slug":"json-feed-for-notifications",
        "data":{"topic_title":".json feed for notifications","original_post_id":47600,"original_username":"riking","display_username":"riking"}}])";
    const QList<DiscourseNotification> older = discourse::notifications(old, &error);
    REQUIRE(older.size() == 1);
    const QList<Item> olderItems = discourse::itemsFromNotifications(older, base, 5);
    CHECK(olderItems.first().title == QStringLiteral("riking posted in “.json feed for notifications”"));
    CHECK(olderItems.first().remoteId.startsWith(QStringLiteral("notification:9:14404:2:")));

    for (const QByteArray &junk : { QByteArray("<html>"), QByteArray(R"({"topic_list":{}})"), QByteArray("42") }) {
        error.clear();
        CHECK(discourse::notifications(junk, &error).isEmpty());
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("Discourse server: notifications answer in the getNotifications shape, to the signed-in user only",
    "[discourse][server][notifications]")
{
    using namespace gilde::test::discourse_checks;
    DiscourseServer forum;
    REQUIRE(forum.listen());
    forum.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    forum.addTopics(7, 2, 100);
    forum.setAdminKey(QStringLiteral("admin"));
    forum.addNotification({ 2, 100, 3, QStringLiteral("bob") });
    DiscourseServer::Notification badge;
    badge.type = 12;
    badge.badge = QStringLiteral("First Like");
    badge.read = true;
    forum.addNotification(badge);

    const QUrl url = forum.url(QStringLiteral("/notifications.json"));
    CHECK(get(url).status == 403);
    const Fetched f = send("GET", url, {}, { { "Api-Key", "admin" }, { "Api-Username", "alice" } });
    REQUIRE(f.status == 200);
    const QJsonObject body = QJsonDocument::fromJson(f.body).object();
    const QStringList problems = validateJson(body, schema("getNotifications"));
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    const QJsonArray list = body.value(QLatin1String("notifications")).toArray();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).toObject().value(QLatin1String("notification_type")).toInt() == 12); // newest first
    CHECK(list.at(1).toObject().value(QLatin1String("topic_id")).toInt() == 100);
}

TEST_CASE("A notifications column fills from the forum, keeps what the forum has read, and opens the thread",
    "[discourse][engine][notifications]")
{
    DiscourseProfile env;
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(7, 3, 100);
    env.server.setPosts(101, 6);
    const qint64 hour = 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    env.server.addNotification({ 5, 100, 1, QStringLiteral("carol"), true, {}, now - 2 * hour });
    env.server.addNotification({ 1, 101, 5, QStringLiteral("bob"), false, {}, now - hour });

    // Anonymous: the forum refuses, and the column says to sign in.
    const qint64 source = env.follow(QStringLiteral("/notifications.json"), QStringLiteral("Notifications"));
    CHECK_FALSE(env.refresh(source).isEmpty());
    CHECK(env.itemsOf(source).isEmpty());

    const auto [added, credentials] = env.signIn();
    REQUIRE(env.refresh(source).isEmpty());
    QList<Item> items = env.itemsOf(source);
    REQUIRE(items.size() == 2);
    CHECK(items.at(0).title == QStringLiteral("bob mentioned you in “Topic 101”"));
    CHECK_FALSE(items.at(0).read);
    CHECK(items.at(1).title == QStringLiteral("carol liked your post in “Topic 100”"));
    CHECK(items.at(1).read); // read on the forum already

    // A new one comes on the next refresh; the ones stored keep the user's marks.
    env.engine->items().setRead(items.at(0).id, true);
    env.server.addNotification({ 2, 101, 6, QStringLiteral("dmitri") });
    REQUIRE(env.refresh(source).isEmpty());
    items = env.itemsOf(source);
    REQUIRE(items.size() == 3);
    CHECK(items.at(0).title == QStringLiteral("dmitri replied to you in “Topic 101”"));
    CHECK(items.at(1).read);

    // Opening one reads its topic's thread, as a topic row does.
    CHECK(env.loadThread(items.at(0).id).isEmpty());
    CHECK(env.engine->threadPosts().posts(items.at(0).id).size() == 6);

    bool removed = false;
    env.engine->accounts().remove(added.id, [&](bool, const QString &) { removed = true; });
    waitUntil([&] { return removed; });
}
