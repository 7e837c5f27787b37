// Discourse's JSON, its addresses and its pages, decoded without a server:
// lenient with what forums of different versions send, strict about what a
// list is, and the forum found from any of its pages.
#include "TestSupport.h"
#include "sources/discourse/DiscourseJson.h"
#include "sources/discourse/DiscourseProbe.h"
#include "sources/discourse/DiscourseStream.h"
#include "sources/discourse/TopicMeta.h"
#include "sources/discourse/TopicToItems.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{

const QByteArray latest = R"({
  "users": [
    {"id": 1, "username": "anne", "name": "Anne", "avatar_template": "/user_avatar/forum.example/anne/{size}/1_2.png"},
    {"id": 2, "username": "bram", "name": null, "avatar_template": "https://avatars.example/letter/b/{size}.png"}
  ],
  "primary_groups": [],
  "topic_list": {
    "can_create_topic": false,
    "more_topics_url": "/latest?no_definitions=true&page=1",
    "per_page": 30,
    "topics": [
      {"id": 42, "title": "Welcome & hello", "fancy_title": "Welcome &amp; hello", "slug": "welcome-hello",
       "posts_count": 5, "reply_count": 3, "highest_post_number": 5, "image_url": "/uploads/default/1.png",
       "created_at": "2026-11-30T09:00:00.000Z", "last_posted_at": "2026-12-01T10:00:00.000Z",
       "bumped": true, "bumped_at": "2026-12-01T10:00:00.000Z", "pinned": true, "closed": false,
       "archived": false, "views": 100, "like_count": 7, "category_id": 5,
       "excerpt": "Read this first &hellip;", "tags": ["intro", {"id": 3, "name": "meta", "slug": "meta"}],
       "posters": [
         {"extras": null, "description": "Original Poster", "user_id": 1, "primary_group_id": null},
         {"extras": "latest", "description": "Most Recent Poster", "user_id": 2, "primary_group_id": null}
       ]},
      {"id": "43", "title": "No dates", "slug": "no-dates", "posters": [{"description": "Original Poster, Most Recent Poster", "user_id": 2}]},
      {"title": "No id: dropped"},
      "not an object"
    ]
  }
})";

} // namespace

TEST_CASE("A topic list decodes what forums send, leniently", "[discourse][json]")
{
    QString error;
    const DiscourseTopicList list = discourse::topicList(latest, &error);
    REQUIRE(error.isEmpty());
    REQUIRE(list.topics.size() == 2);
    const DiscourseTopic &t = list.topics.at(0);
    CHECK(t.id == 42);
    CHECK(t.title == QStringLiteral("Welcome & hello"));
    CHECK(t.replyCount == 3);
    CHECK(t.postsCount == 5);
    CHECK(t.pinned);
    CHECK(t.categoryId == 5);
    CHECK(t.tags == QStringList { QStringLiteral("intro"), QStringLiteral("meta") });
    CHECK(t.originalPosterId == 1);
    CHECK(t.posterIds == QList<qint64> { 1, 2 });
    CHECK(t.bumpedAtMs == QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00.000Z"), Qt::ISODateWithMs).toMSecsSinceEpoch());
    CHECK(list.topics.at(1).id == 43); // an id as a string of digits
    CHECK(list.topics.at(1).originalPosterId == 2);
    CHECK(list.users.size() == 2);
    CHECK(list.moreTopicsUrl.startsWith(QStringLiteral("/latest?")));
}

TEST_CASE("What is not a topic list is an error, not an empty column", "[discourse][json]")
{
    for (const QByteArray &body : { QByteArray("<html>"), QByteArray("[]"), QByteArray("{\"users\": []}"),
             QByteArray("{\"topic_list\": 3}") }) {
        QString error;
        const DiscourseTopicList list = discourse::topicList(body, &error);
        CHECK(list.topics.isEmpty());
        CHECK_FALSE(error.isEmpty());
    }
    CHECK(discourse::isTopicList(latest));
    CHECK_FALSE(discourse::isTopicList("{\"category_list\": {}}"));
}

TEST_CASE("Categories come flat from site.json and nested from categories.json", "[discourse][json]")
{
    const QByteArray site = R"({"categories": [
        {"id": 5, "name": "Support", "slug": "support", "color": "0088CC", "text_color": "FFFFFF", "position": 2,
         "description_text": "Ask here", "topic_count": 12},
        {"id": 9, "name": "Linux", "slug": "linux", "color": "F1592A", "parent_category_id": 5, "position": 3},
        {"id": 5, "name": "Duplicate", "slug": "dup"},
        {"name": "No id"}
    ]})";
    QString error;
    const QList<DiscourseCategory> flat = discourse::categories(site, &error);
    REQUIRE(error.isEmpty());
    REQUIRE(flat.size() == 2);
    CHECK(flat.at(0).name == QStringLiteral("Support"));
    CHECK(flat.at(0).color == QStringLiteral("0088CC"));
    CHECK(flat.at(0).description == QStringLiteral("Ask here"));
    CHECK(flat.at(1).parentId == 5);

    const QByteArray nested = R"({"category_list": {"categories": [
        {"id": 1, "name": "General", "slug": "general", "color": "25AAE2",
         "subcategory_list": [{"id": 2, "name": "Off-topic", "slug": "off-topic", "color": "BF1E2E"}]}
    ]}})";
    const QList<DiscourseCategory> tree = discourse::categories(nested, &error);
    REQUIRE(tree.size() == 2);
    CHECK(tree.at(1).parentId == 1); // a subcategory without parent_category_id is its list's child

    CHECK(discourse::categories("{\"topic_list\": {}}", &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("A refusal says what the forum said", "[discourse][json]")
{
    const DiscourseError e = discourse::error(
        R"({"errors": ["You’ve performed this action too many times. Please wait 37 seconds before trying again."],
            "error_type": "rate_limit", "extras": {"wait_seconds": 37}})");
    CHECK(e.message.startsWith(QStringLiteral("You’ve performed")));
    CHECK(e.type == QStringLiteral("rate_limit"));
    CHECK(e.waitSeconds == 37);
    CHECK(discourse::error("<html>502</html>").message.isEmpty());
}

TEST_CASE("A list's address says which forum and which list", "[discourse][stream]")
{
    struct Case {
        const char *url;
        DiscourseStream::Kind kind;
        const char *base;
        qint64 id;
        const char *path;
        const char *tag;
    };
    const Case cases[] = {
        { "https://forum.example/latest.json", DiscourseStream::Kind::Latest, "https://forum.example", 0, "", "" },
        { "https://example.org/forum/latest.json", DiscourseStream::Kind::Latest, "https://example.org/forum", 0, "", "" },
        { "https://forum.example/c/support/5.json", DiscourseStream::Kind::Category, "https://forum.example", 5,
            "support", "" },
        { "https://forum.example/c/support/linux/9.json", DiscourseStream::Kind::Category, "https://forum.example",
            9, "support/linux", "" },
        { "https://forum.example/c/2024/12.json", DiscourseStream::Kind::Category, "https://forum.example", 12,
            "2024", "" },
        { "https://forum.example/c/7.json", DiscourseStream::Kind::Category, "https://forum.example", 7, "", "" },
        { "http://127.0.0.1:8080/forum/tag/qt6.json", DiscourseStream::Kind::Tag, "http://127.0.0.1:8080/forum", 0,
            "", "qt6" },
        { "https://forum.example/new.json", DiscourseStream::Kind::New, "https://forum.example", 0, "", "" },
        { "https://example.org/forum/unread.json", DiscourseStream::Kind::Unread, "https://example.org/forum", 0, "", "" },
        { "https://example.org/forum/topics/private-messages/alice.json", DiscourseStream::Kind::Messages,
            "https://example.org/forum", 0, "", "" },
        { "https://example.org/forum/notifications.json", DiscourseStream::Kind::Notifications,
            "https://example.org/forum", 0, "", "" },
        { "https://example.org/forum/t/42.json", DiscourseStream::Kind::Topic, "https://example.org/forum", 0, "", "" },
    };
    for (const Case &c : cases) {
        INFO(c.url);
        const auto s = DiscourseStream::fromSourceUrl(QUrl(QString::fromLatin1(c.url)));
        REQUIRE(s);
        CHECK(s->kind == c.kind);
        CHECK(s->base == QUrl(QString::fromLatin1(c.base)));
        CHECK(s->categoryId == c.id);
        CHECK(s->categoryPath == QString::fromLatin1(c.path));
        CHECK(s->tag == QString::fromLatin1(c.tag));
        CHECK(s->apiUrl() == QUrl(QString::fromLatin1(c.url))); // the address round-trips
    }
    // Only a signed-in user has their new and unread topics and messages.
    const auto messages = DiscourseStream::fromSourceUrl(QUrl(QStringLiteral("https://forum.example/topics/private-messages/alice.json")));
    REQUIRE(messages);
    CHECK(messages->username == QStringLiteral("alice"));
    CHECK(messages->needsAccount());
    CHECK(messages->webUrl() == QUrl(QStringLiteral("https://forum.example/u/alice/messages")));
    CHECK(DiscourseStream::fromSourceUrl(QUrl(QStringLiteral("https://forum.example/new.json")))->needsAccount());
    CHECK_FALSE(DiscourseStream::fromSourceUrl(QUrl(QStringLiteral("https://forum.example/latest.json")))->needsAccount());
    // One topic, followed in a column: with or without its slug.
    const auto topicStream = DiscourseStream::fromSourceUrl(QUrl(QStringLiteral("https://forum.example/t/x/5.json")));
    REQUIRE(topicStream);
    CHECK(topicStream->kind == DiscourseStream::Kind::Topic);
    CHECK(topicStream->topicId == 5);
    CHECK(topicStream->apiUrl() == QUrl(QStringLiteral("https://forum.example/t/5.json")));
    CHECK_FALSE(topicStream->needsAccount());
    CHECK_FALSE(DiscourseStream::fromSourceUrl(QUrl(QStringLiteral("https://forum.example/t/x/y.json"))));
    CHECK_FALSE(DiscourseStream::fromSourceUrl(QUrl(QStringLiteral("https://forum.example/feed.xml"))));
    CHECK_FALSE(DiscourseStream::fromSourceUrl(QUrl(QStringLiteral("ftp://forum.example/latest.json"))));

    const QUrl base(QStringLiteral("https://example.org/forum"));
    const DiscourseStream category
        = DiscourseStream::fromPageUrl(base, QUrl(QStringLiteral("https://example.org/forum/c/support/linux/9")));
    CHECK(category.kind == DiscourseStream::Kind::Category);
    CHECK(category.categoryId == 9);
    CHECK(category.webUrl() == QUrl(QStringLiteral("https://example.org/forum/c/support/linux/9")));
    const DiscourseStream topic
        = DiscourseStream::fromPageUrl(base, QUrl(QStringLiteral("https://example.org/forum/t/hello/42")));
    CHECK(topic.kind == DiscourseStream::Kind::Latest);
    CHECK(DiscourseStream::topicUrl(base, QStringLiteral("hello"), 42)
        == QUrl(QStringLiteral("https://example.org/forum/t/hello/42")));
}

TEST_CASE("A Discourse page names its forum and where it lives", "[discourse][probe]")
{
    const QByteArray root = R"(<!DOCTYPE html><html><head>
        <title>Hello - Gilde Forum</title>
        <meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 1234">
        <meta id="data-discourse-setup" data-base-uri="/forum" data-cdn="">
        </head><body><meta name="generator" content="not in the head"></body></html>)";
    const auto forum = discourse::forumOfPage(root, QUrl(QStringLiteral("https://example.org/forum/t/hello/42?page=2")));
    REQUIRE(forum);
    CHECK(forum->base == QUrl(QStringLiteral("https://example.org/forum")));
    CHECK(forum->name == QStringLiteral("Gilde Forum"));

    // Without data-base-uri the path is cut at the first of Discourse's routes.
    const QByteArray old = R"(<html><head><title>Old Forum</title><meta name="discourse_theme_id" content="2"></head>)";
    const auto older = discourse::forumOfPage(old, QUrl(QStringLiteral("https://old.example/c/news/3")));
    REQUIRE(older);
    CHECK(older->base == QUrl(QStringLiteral("https://old.example")));

    const QByteArray blog = R"(<html><head><meta name="generator" content="WordPress 6.4"><title>Blog</title></head>)";
    CHECK_FALSE(discourse::forumOfPage(blog, QUrl(QStringLiteral("https://blog.example/"))));
}

TEST_CASE("Topics become items that sort by their last activity", "[discourse][items]")
{
    const DiscourseTopicList list = discourse::topicList(latest);
    QHash<qint64, DiscourseCategory> categories;
    categories.insert(5, { 5, QStringLiteral("Support"), QStringLiteral("support"), QStringLiteral("0088CC") });
    const QUrl base(QStringLiteral("https://forum.example/sub"));
    const QList<Item> items = discourse::itemsFromTopics(list, base, categories, 7);
    REQUIRE(items.size() == 2);
    const Item &item = items.at(0);
    CHECK(item.kind == QStringLiteral("topic"));
    CHECK(item.remoteId == QStringLiteral("topic:42"));
    CHECK(item.sourceId == 7);
    CHECK(item.url == QStringLiteral("https://forum.example/sub/t/welcome-hello/42"));
    CHECK(item.author == QStringLiteral("anne"));
    CHECK(item.publishedMs == list.topics.at(0).bumpedAtMs);
    CHECK(item.text == QStringLiteral("Read this first …"));
    CHECK(item.thumbnail == QStringLiteral("https://forum.example/uploads/default/1.png"));
    const TopicMeta meta = TopicMeta::fromJson(item.meta);
    CHECK(meta.topicId == 42);
    CHECK(meta.category == QStringLiteral("Support"));
    CHECK(meta.color == QStringLiteral("0088CC"));
    CHECK(meta.replies == 3);
    CHECK(meta.pinned);
    CHECK(meta.posters == QStringList { QStringLiteral("anne"), QStringLiteral("bram") });
    CHECK(meta.avatars.at(0) == QStringLiteral("https://forum.example/user_avatar/forum.example/anne/48/1_2.png"));
    CHECK(meta.avatars.at(1) == QStringLiteral("https://avatars.example/letter/b/48.png"));
    CHECK(TopicMeta::fromJson(meta.toJson()).toJson() == meta.toJson());
    // A topic whose category the forum did not list has none, and no colour.
    CHECK(TopicMeta::fromJson(items.at(1).meta).category.isEmpty());
    CHECK(TopicMeta::fromJson(QStringLiteral("{\"status\": \"1\"}")).topicId == 0);
}

TEST_CASE("Recorded answers of real forums decode", "[discourse][json][corpus]")
{
    // Discourse's own API client's and documentation's recordings, where the
    // shared corpus is present; older shapes than today's, so only leniency is asked.
    const QString root = QStringLiteral(GILDE_CORPORA "/discourse/fixtures");
    if (!QDir(root).exists())
        SUCCEED("corpus not present");
    int lists = 0;
    QDirIterator it(root, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        if (!discourse::isTopicList(body))
            continue;
        INFO(it.filePath().toStdString());
        QString error;
        const DiscourseTopicList list = discourse::topicList(body, &error);
        CHECK(error.isEmpty());
        for (const DiscourseTopic &t : list.topics)
            CHECK(t.id > 0);
        ++lists;
    }
    if (QDir(root).exists())
        CHECK(lists > 0);
}
