// Discourse forums through the whole engine, against a scripted forum on
// 127.0.0.1: recognised from any of its pages, its latest topics, a
// category's and a tag's as sources in the cache, a topic with new replies
// coming up unread, and what a 404, a 429 or a missing /site.json do.
#include "DiscourseProfile.h"
#include "TestSupport.h"
#include "sources/discourse/TopicMeta.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "sync/SyncEngine.h"

#include <QDateTime>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct ForumEnv : DiscourseProfile {
    explicit ForumEnv(const QString &subfolder = {})
        : DiscourseProfile(subfolder)
    {
        server.addCategory({ 5, QStringLiteral("Support"), QStringLiteral("support"), QStringLiteral("0088CC") });
        server.addCategory({ 9, QStringLiteral("Linux"), QStringLiteral("linux"), QStringLiteral("F1592A"), 5 });
        server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
        server.addTopics(5, 4, 100);
        server.addTopics(9, 3, 200, { QStringLiteral("qt6") });
        server.addTopics(7, 2, 300);
    }
};

QStringList titles(const QList<Item> &items)
{
    QStringList out;
    for (const Item &i : items)
        out << i.title;
    return out;
}

} // namespace

TEST_CASE("A forum's front page offers its latest topics and its categories", "[discourse][engine]")
{
    ForumEnv env;
    const Subscriptions::Probe probe = env.probe(env.server.url(QStringLiteral("/")));
    REQUIRE(probe.error.isEmpty());
    REQUIRE(probe.feeds.size() == 4); // latest, Support, Support › Linux, News
    const DiscoveredFeed &latest = probe.feeds.at(0);
    CHECK(latest.sourceKind == QStringLiteral("discourse"));
    CHECK(latest.url == env.server.url(QStringLiteral("/latest.json")));
    CHECK(latest.title == QStringLiteral("Latest · %1").arg(DiscourseServer::forumName()));
    CHECK(latest.suggested);

    QHash<QString, DiscoveredFeed> byTitle;
    for (const DiscoveredFeed &f : probe.feeds)
        byTitle.insert(f.title, f);
    REQUIRE(byTitle.contains(QStringLiteral("Support › Linux")));
    const DiscoveredFeed linux = byTitle.value(QStringLiteral("Support › Linux"));
    CHECK(linux.url == env.server.url(QStringLiteral("/c/support/linux/9.json")));
    CHECK(linux.color == QStringLiteral("F1592A"));
    CHECK(linux.depth == 1);
    CHECK(byTitle.value(QStringLiteral("Support")).depth == 0);
    // A subcategory follows its parent.
    const auto parent = std::find_if(probe.feeds.begin(), probe.feeds.end(),
        [](const DiscoveredFeed &f) { return f.title == u"Support"; });
    REQUIRE(parent + 1 != probe.feeds.end());
    CHECK((parent + 1)->title == QStringLiteral("Support › Linux"));
    // A public forum is read as anyone: no key of any kind goes out.
    for (const TestRequest &r : env.server.http().requests()) {
        CHECK(r.header("user-api-key").isEmpty());
        CHECK(r.header("api-key").isEmpty());
    }
}

TEST_CASE("A category's or a tag's page is offered first, a topic's page gives the forum", "[discourse][engine]")
{
    ForumEnv env(QStringLiteral("/forum"));
    const Subscriptions::Probe category = env.probe(env.server.url(QStringLiteral("/c/support/linux/9")));
    REQUIRE(category.error.isEmpty());
    REQUIRE_FALSE(category.feeds.isEmpty());
    CHECK(category.feeds.first().url == env.server.url(QStringLiteral("/c/support/linux/9.json")));
    CHECK(category.feeds.first().suggested);

    const Subscriptions::Probe tag = env.probe(env.server.url(QStringLiteral("/tag/qt6")));
    REQUIRE(tag.error.isEmpty());
    CHECK(tag.feeds.first().url == env.server.url(QStringLiteral("/tag/qt6.json")));

    const Subscriptions::Probe topic = env.probe(env.server.url(QStringLiteral("/t/topic-101/101")));
    REQUIRE(topic.error.isEmpty());
    CHECK(topic.feeds.first().url == env.server.url(QStringLiteral("/latest.json")));
    CHECK(topic.feeds.first().url.path() == QStringLiteral("/forum/latest.json"));

    // The address of a list itself is that list.
    const Subscriptions::Probe json = env.probe(env.server.url(QStringLiteral("/c/news/7.json")));
    REQUIRE(json.error.isEmpty());
    REQUIRE(json.isFeed);
    CHECK(json.feeds.first().sourceKind == QStringLiteral("discourse"));
}

TEST_CASE("A forum's lists fill the cache with topics by their last activity", "[discourse][engine]")
{
    ForumEnv env;
    const Subscriptions::Probe probe = env.probe(env.server.url(QStringLiteral("/")));
    REQUIRE(probe.feeds.size() == 4);
    const qint64 latest = env.follow(probe.feeds.at(0));
    CHECK(env.refresh(latest).isEmpty());
    QList<Item> items = env.itemsOf(latest);
    REQUIRE(items.size() == 9);
    CHECK(items.first().title == QStringLiteral("Topic 301")); // newest activity first
    CHECK(items.first().kind == QStringLiteral("topic"));
    CHECK(items.first().url == env.server.url(QStringLiteral("/t/topic-301/301")).toString());
    // List pages carry a topic's meta: the row shows its category and replies.
    const TopicMeta news = TopicMeta::fromJson(items.first().meta);
    CHECK(news.topicId == 301);
    CHECK(news.category == QStringLiteral("News"));
    CHECK(news.color == QStringLiteral("25AAE2"));
    CHECK_FALSE(news.posters.isEmpty());
    const auto linuxTopic = std::find_if(items.begin(), items.end(), [](const Item &i) { return i.title == u"Topic 201"; });
    REQUIRE(linuxTopic != items.end());
    CHECK(TopicMeta::fromJson(linuxTopic->meta).category == QStringLiteral("Support › Linux"));

    // Reading an old topic, then a reply arrives: it comes up, unread again.
    const Item old = items.last();
    REQUIRE(env.engine->items().setRead(old.id, true));
    env.server.bumpTopic(old.title.mid(6).toInt(), QDateTime::currentMSecsSinceEpoch() - 1000, 2);
    CHECK(env.refresh(latest).isEmpty());
    items = env.itemsOf(latest);
    REQUIRE(items.size() == 9);
    CHECK(items.first().id == old.id);
    CHECK_FALSE(items.first().read);
    CHECK(TopicMeta::fromJson(items.first().meta).replies > TopicMeta::fromJson(old.meta).replies);

    // A refresh that brings nothing new leaves read topics read.
    REQUIRE(env.engine->items().setRead(old.id, true));
    CHECK(env.refresh(latest).isEmpty());
    CHECK(env.itemsOf(latest).first().read);
}

TEST_CASE("A category's list holds its subcategories' topics, a tag's its own", "[discourse][engine]")
{
    ForumEnv env;
    DiscoveredFeed support;
    support.url = env.server.url(QStringLiteral("/c/support/5.json"));
    support.title = QStringLiteral("Support");
    support.sourceKind = QStringLiteral("discourse");
    const qint64 category = env.follow(support);
    CHECK(env.refresh(category).isEmpty());
    CHECK(env.itemsOf(category).size() == 7);

    DiscoveredFeed tag = support;
    tag.url = env.server.url(QStringLiteral("/tag/qt6.json"));
    tag.title = QStringLiteral("#qt6");
    const qint64 tagged = env.follow(tag);
    CHECK(env.refresh(tagged).isEmpty());
    const QList<Item> items = env.itemsOf(tagged);
    CHECK(titles(items) == QStringList { QStringLiteral("Topic 202"), QStringLiteral("Topic 201"), QStringLiteral("Topic 200") });
    CHECK(TopicMeta::fromJson(items.first().meta).tags == QStringList { QStringLiteral("qt6") });
    // The forum's categories were asked for once, not once per list.
    CHECK(env.server.http().requestCount("/site.json") == 1);
}

TEST_CASE("A forum's refusals reach the column in words, and nothing stored is lost", "[discourse][engine]")
{
    ForumEnv env;
    DiscoveredFeed news;
    news.url = env.server.url(QStringLiteral("/c/news/7.json"));
    news.title = QStringLiteral("News");
    news.sourceKind = QStringLiteral("discourse");
    const qint64 id = env.follow(news);
    REQUIRE(env.refresh(id).isEmpty());
    REQUIRE(env.itemsOf(id).size() == 2);

    SECTION("a category that is gone")
    {
        env.server.setFault("/c/news/7.json",
            TestResponse::error(404, R"({"errors":["The requested URL or resource could not be found."],"error_type":"not_found"})")
                .header("Content-Type", "application/json"));
        const QString error = env.refresh(id);
        CHECK(error.contains(QStringLiteral("category or tag")));
    }
    SECTION("too many requests")
    {
        env.server.setFault("/c/news/7.json",
            TestResponse::error(429, R"({"errors":["You’ve performed this action too many times. Please wait 30 seconds before trying again."],"error_type":"rate_limit","extras":{"wait_seconds":30}})")
                .header("Content-Type", "application/json")
                .header("Retry-After", "30"));
        const QString error = env.refresh(id);
        CHECK(error.contains(QStringLiteral("too many times")));
        const auto source = env.engine->sources().byId(id);
        REQUIRE(source);
        CHECK(source->nextRefreshMs >= QDateTime::currentMSecsSinceEpoch() + 25 * 1000);
    }
    SECTION("a server error")
    {
        env.server.setFault("/c/news/7.json", TestResponse::error(500, "<html>Oops</html>"));
        CHECK_FALSE(env.refresh(id).isEmpty());
    }
    CHECK(env.itemsOf(id).size() == 2);
}

TEST_CASE("Topics come without category names when the forum's site answer fails", "[discourse][engine]")
{
    ForumEnv env;
    env.server.setFault("/site.json", TestResponse::error(500));
    DiscoveredFeed latest;
    latest.url = env.server.url(QStringLiteral("/latest.json"));
    latest.sourceKind = QStringLiteral("discourse");
    const qint64 id = env.follow(latest);
    CHECK(env.refresh(id).isEmpty());
    QList<Item> items = env.itemsOf(id);
    REQUIRE(items.size() == 9);
    CHECK(TopicMeta::fromJson(items.first().meta).category.isEmpty());
    // The next refresh asks again, and names them.
    env.server.clearFault("/site.json");
    env.server.bumpTopic(100, QDateTime::currentMSecsSinceEpoch() - 1000);
    CHECK(env.refresh(id).isEmpty());
    items = env.itemsOf(id);
    CHECK(TopicMeta::fromJson(items.first().meta).category == QStringLiteral("Support"));
}
