// The fake Discourse forum the Discourse tests run against, checked against
// Discourse's own JSON schemas of its API (tests/fixtures/discourse/schemas)
// so that it stays true to real forums: first the schema validator itself, so
// it cannot pass by accident, then every JSON route over real HTTP, at the
// host's root and under a subfolder, then the HTML and the feed a forum's
// address leads to. Its threads are tested in test_discourse_server_threads.cpp.
#include "test_discourse_server_support.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace gilde::test;
using namespace gilde::test::discourse_checks;

TEST_CASE("JSON Schema: the validator finds what is wrong, with its path", "[discourse][server]")
{
    const QJsonObject rules = QJsonDocument::fromJson(R"({
        "type": "object", "additionalProperties": false, "required": ["id", "tags"],
        "properties": {
            "id": {"type": "integer"},
            "score": {"type": "number"},
            "title": {"type": ["string", "null"]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "any": {"type": "array", "items": {}}
        }})").object();
    REQUIRE_FALSE(rules.isEmpty());

    SECTION("a valid value has no errors")
    {
        const QJsonObject ok = QJsonDocument::fromJson(
            R"({"id": 7, "score": 1.5, "title": null, "tags": ["a"], "any": [1, "x", null, {}]})").object();
        CHECK(validateJson(ok, rules).isEmpty());
    }
    SECTION("a wrong type")
    {
        CHECK(validateJson(QJsonDocument::fromJson(R"({"id": "7", "tags": []})").object(), rules)
            == QStringList { QStringLiteral("id: expected integer, got string") });
        // An integer is a number without a fractional part; a number may have one.
        CHECK(validateJson(QJsonDocument::fromJson(R"({"id": 7.5, "tags": []})").object(), rules)
            == QStringList { QStringLiteral("id: expected integer, got number") });
        CHECK(validateJson(QJsonDocument::fromJson(R"({"id": 7, "score": 2, "tags": []})").object(), rules).isEmpty());
        CHECK(validateJson(QJsonDocument::fromJson(R"({"id": 7, "title": 3, "tags": []})").object(), rules)
            == QStringList { QStringLiteral("title: expected string or null, got integer") });
        CHECK(validateJson(QJsonArray(), rules) == QStringList { QStringLiteral("(root): expected object, got array") });
    }
    SECTION("a missing required property")
    {
        CHECK(validateJson(QJsonDocument::fromJson(R"({"id": 7})").object(), rules)
            == QStringList { QStringLiteral("tags: required property missing") });
    }
    SECTION("an extra property where additionalProperties is false")
    {
        CHECK(validateJson(QJsonDocument::fromJson(R"({"id": 7, "tags": [], "more": 1})").object(), rules)
            == QStringList { QStringLiteral("more: property not allowed (additionalProperties is false)") });
    }
    SECTION("a bad array element")
    {
        CHECK(validateJson(QJsonDocument::fromJson(R"({"id": 7, "tags": ["a", 3, "c"]})").object(), rules)
            == QStringList { QStringLiteral("tags[1]: expected string, got integer") });
    }
    SECTION("a schema keyword it does not know is an error, not a pass")
    {
        const QJsonObject withEnum = QJsonDocument::fromJson(R"({"type": "string", "enum": ["a"]})").object();
        CHECK(validateJson(QJsonValue(QStringLiteral("b")), withEnum)
            == QStringList { QStringLiteral("(root): schema keyword \"enum\" is not supported") });
    }
    SECTION("a nested error in a real schema names the whole path")
    {
        DiscourseServer forum;
        REQUIRE(forum.listen());
        fillForum(forum);
        QJsonObject body = getJson(forum.url(QStringLiteral("/latest.json")));
        QJsonObject list = body.value(QLatin1String("topic_list")).toObject();
        QJsonArray topics = list.value(QLatin1String("topics")).toArray();
        QJsonObject fourth = topics.at(3).toObject();
        fourth.insert(QStringLiteral("bumped_at"), QJsonValue());
        topics.replace(3, fourth);
        list.insert(QStringLiteral("topics"), topics);
        body.insert(QStringLiteral("topic_list"), list);
        CHECK(validateJson(body, schema("listLatestTopics"))
            == QStringList { QStringLiteral("topic_list.topics[3].bumped_at: expected string, got null") });
    }
}

TEST_CASE("Discourse server: the schemas are all there, with their licence", "[discourse][server]")
{
    for (const char *name : { "listLatestTopics", "listCategoryTopics", "getSite", "listCategories", "getTag",
             "getTopic", "getSpecificPostsFromTopic" }) {
        INFO(name);
        CHECK_FALSE(loadSchema(QLatin1String(name) + QStringLiteral(".response_200")).isEmpty());
    }
    CHECK(fixture(QStringLiteral("discourse/schemas/LICENSE.discourse_api_docs.txt")).startsWith("MIT License"));
    CHECK(loadSchema(QStringLiteral("noSuchOperation")).isEmpty());
}

TEST_CASE("Discourse server: every JSON route validates against Discourse's schema", "[discourse][server]")
{
    const QString subfolder = GENERATE(QString(), QStringLiteral("/forum"));
    INFO("subfolder \"" << subfolder.toStdString() << '"');
    DiscourseServer forum(subfolder);
    REQUIRE(forum.listen());
    fillForum(forum);
    CHECK(forum.base().toString() == QStringLiteral("http://127.0.0.1:%1%2").arg(forum.http().port()).arg(subfolder));

    SECTION("latest, both pages")
    {
        const QJsonObject first = getJson(forum.url(QStringLiteral("/latest.json")));
        requireValid(first, "listLatestTopics");
        const QJsonObject list = first.value(QLatin1String("topic_list")).toObject();
        CHECK(list.value(QLatin1String("per_page")).toInt() == 30);
        CHECK(topicsOf(first).size() == 30);
        CHECK(list.value(QLatin1String("more_topics_url")).toString() == subfolder + QStringLiteral("/latest?page=1"));

        const QJsonObject second = getJson(forum.url(QStringLiteral("/latest.json?page=1")));
        requireValid(second, "listLatestTopics");
        CHECK(topicsOf(second).size() == 57 - 30);
        CHECK_FALSE(second.value(QLatin1String("topic_list")).toObject().contains(QLatin1String("more_topics_url")));
        // Newest first, across both pages, no topic twice.
        const QList<int> ids = idsOf(topicsOf(first)) + idsOf(topicsOf(second));
        CHECK(ids.first() == 304);
        CHECK(ids.last() == 100);
        CHECK(QSet<int>(ids.begin(), ids.end()).size() == 57);
    }
    SECTION("site")
    {
        const QJsonObject site = getJson(forum.url(QStringLiteral("/site.json")));
        requireValid(site, "getSite");
        const QJsonArray categories = site.value(QLatin1String("categories")).toArray();
        REQUIRE(categories.size() == 3);
        CHECK(categories.at(2).toObject().value(QLatin1String("parent_category_id")).toInt() == 6);
        CHECK(categories.at(1).toObject().value(QLatin1String("color")).toString() == QStringLiteral("F7941D"));
        CHECK(categories.at(1).toObject().value(QLatin1String("topic_url")).toString()
            == subfolder + QStringLiteral("/t/about-the-support-category/6"));
    }
    SECTION("categories")
    {
        const QJsonObject body = getJson(forum.url(QStringLiteral("/categories.json")));
        requireValid(body, "listCategories");
        const QJsonArray categories = body.value(QLatin1String("category_list")).toObject().value(QLatin1String("categories")).toArray();
        REQUIRE(categories.size() == 2); // top-level only
        CHECK(categories.at(1).toObject().value(QLatin1String("subcategory_ids")).toArray() == QJsonArray { 7 });
    }
    SECTION("a category by slug and id, by id alone, and a subcategory under its parent's slug")
    {
        // Fewer topics than a page: see the next test for a full one.
        const QJsonObject support = getJson(forum.url(QStringLiteral("/c/support/6.json")));
        requireValid(support, "listCategoryTopics");
        CHECK(topicsOf(support).size() == 12 + 5); // with its subcategory's topics
        const QJsonObject byId = getJson(forum.url(QStringLiteral("/c/6.json")));
        requireValid(byId, "listCategoryTopics");
        CHECK(idsOf(topicsOf(byId)) == idsOf(topicsOf(support)));
        const QJsonObject clients = getJson(forum.url(QStringLiteral("/c/support/clients/7.json")));
        requireValid(clients, "listCategoryTopics");
        CHECK(idsOf(topicsOf(clients)) == QList<int> { 304, 303, 302, 301, 300 });
        CHECK(get(forum.url(QStringLiteral("/c/general/clients/7.json"))).status == 404);
        CHECK(get(forum.url(QStringLiteral("/c/support/99.json"))).status == 404);
    }
    SECTION("users and their avatars are on the forum's host, under its subfolder")
    {
        const QJsonObject body = getJson(forum.url(QStringLiteral("/latest.json")));
        const QJsonArray users = body.value(QLatin1String("users")).toArray();
        REQUIRE_FALSE(users.isEmpty());
        const QJsonObject user = users.first().toObject();
        CHECK(user.value(QLatin1String("avatar_template")).toString()
            == QStringLiteral("%1/user_avatar/127.0.0.1/%2/{size}/1_2.png").arg(subfolder, user.value(QLatin1String("username")).toString()));
    }
    // An anonymous client, as for any public forum: no key is sent.
    for (const TestRequest &r : forum.http().requests()) {
        CHECK(r.header("api-key").isEmpty());
        CHECK(r.path.startsWith(subfolder.toUtf8() + '/'));
    }
}

TEST_CASE("Discourse server: the signed-in lists (new, unread, messages) validate as topic lists", "[discourse][server]")
{
    DiscourseServer forum;
    REQUIRE(forum.listen());
    fillForum(forum);
    forum.addTopics(0, 3, 900); // messages: topics in no category
    forum.setAdminKey(QStringLiteral("admin"));
    const QList<std::pair<QByteArray, QByteArray>> asUser { { "Api-Key", "admin" },
        { "Api-Username", DiscourseServer::signedInUser().toUtf8() } };
    const auto listOf = [&](const QString &path) {
        const Fetched r = send("GET", forum.url(path), {}, asUser);
        REQUIRE(r.status == 200);
        return QJsonDocument::fromJson(r.body).object();
    };
    const QJsonObject fresh = listOf(QStringLiteral("/new.json"));
    requireValid(fresh, "listLatestTopics");
    CHECK_FALSE(topicsOf(fresh).isEmpty());
    const QJsonObject unread = listOf(QStringLiteral("/unread.json"));
    requireValid(unread, "listLatestTopics");
    CHECK_FALSE(topicsOf(unread).isEmpty());
    const QJsonObject messages = listOf(QStringLiteral("/topics/private-messages/") + DiscourseServer::signedInUser() + QStringLiteral(".json"));
    CHECK(idsOf(topicsOf(messages)) == QList<int> { 902, 901, 900 });
    // A message is in no category: real forums say null where the schema has
    // a number, and that is the only difference.
    const QStringList errors = validateJson(messages, schema("listLatestTopics"));
    CHECK(errors.size() == 3);
    for (const QString &e : errors)
        CHECK(e.endsWith(QStringLiteral(".category_id: expected integer, got null")));
    // As anyone: refused, as a forum refuses.
    CHECK(get(forum.url(QStringLiteral("/new.json"))).status == 403);
}

TEST_CASE("Discourse server: a full category page names its next page, as real forums do", "[discourse][server]")
{
    DiscourseServer forum;
    REQUIRE(forum.listen());
    fillForum(forum);
    // listCategoryTopics forbids more_topics_url (its spec's list had one page),
    // but a real forum sends it after a full page; the server keeps the real
    // behaviour, and that is the only difference from the schema.
    const QJsonObject general = getJson(forum.url(QStringLiteral("/c/general/5.json")));
    CHECK(topicsOf(general).size() == 30);
    const QString more = general.value(QLatin1String("topic_list")).toObject().value(QLatin1String("more_topics_url")).toString();
    CHECK(more == QStringLiteral("/c/general/5/l/latest?page=1"));
    CHECK(validateJson(general, schema("listCategoryTopics"))
        == QStringList { QStringLiteral("topic_list.more_topics_url: property not allowed (additionalProperties is false)") });
    // Its next page, where a client finds it (the path with .json).
    const QJsonObject next = getJson(forum.url(QStringLiteral("/c/general/5/l/latest.json?page=1")));
    requireValid(next, "listCategoryTopics");
    CHECK(topicsOf(next).size() == 10);
}

TEST_CASE("Discourse server: tagged topics validate in the tag's list and the latest", "[discourse][server]")
{
    const QString subfolder = GENERATE(QString(), QStringLiteral("/forum"));
    DiscourseServer forum(subfolder);
    REQUIRE(forum.listen());
    forum.addCategory({ 5, QStringLiteral("General"), QStringLiteral("general"), QStringLiteral("0088CC") });
    forum.addTopics(5, 6, 100);
    forum.addTopics(5, 4, 200, { QStringLiteral("gilde"), QStringLiteral("release") });

    const QJsonObject tag = getJson(forum.url(QStringLiteral("/tag/gilde.json")));
    requireValid(tag, "getTag");
    CHECK(idsOf(topicsOf(tag)) == QList<int> { 203, 202, 201, 200 });
    const QJsonObject tagged = topicsOf(tag).first().toObject();
    CHECK(tagged.value(QLatin1String("tags")).toArray().at(1).toObject().value(QLatin1String("name")).toString() == QStringLiteral("release"));
    CHECK(tag.value(QLatin1String("topic_list")).toObject().value(QLatin1String("tags")).toArray().first().toObject().value(QLatin1String("topic_count")).toInt() == 4);

    const QJsonObject latest = getJson(forum.url(QStringLiteral("/latest.json")));
    requireValid(latest, "listLatestTopics");
    requireValid(getJson(forum.url(QStringLiteral("/site.json"))), "getSite");
    CHECK(get(forum.url(QStringLiteral("/tag/nosuchtag.json"))).status == 404);
}

TEST_CASE("Discourse server: where it differs from the schemas, it does as real forums do", "[discourse][server]")
{
    DiscourseServer forum;
    REQUIRE(forum.listen());
    fillForum(forum);
    const QJsonObject latest = getJson(forum.url(QStringLiteral("/latest.json?page=1")));
    const QStringList errors = validateJson(latest, loadSchema(QStringLiteral("listLatestTopics.response_200")));
    CHECK_FALSE(errors.isEmpty());
    static const QRegularExpression allowed(QStringLiteral("\\.(extras|bookmarked|liked|image_url): expected \\w+, got null$"));
    for (const QString &e : errors) {
        INFO(e.toStdString());
        CHECK(allowed.match(e).hasMatch());
    }

    // Once a forum tags topics, every topic in a list carries its tags, which
    // listCategoryTopics (written where tagging was off) does not allow.
    forum.addTopics(5, 2, 500, { QStringLiteral("gilde") });
    const QJsonObject general = getJson(forum.url(QStringLiteral("/c/general/5/l/latest.json?page=1")));
    const QStringList tagged = validateJson(general, schema("listCategoryTopics"));
    CHECK_FALSE(tagged.isEmpty());
    static const QRegularExpression tags(QStringLiteral("^topic_list\\.topics\\[\\d+\\]\\.tags(_descriptions)?: property not allowed"));
    for (const QString &e : tagged) {
        INFO(e.toStdString());
        CHECK(tags.match(e).hasMatch());
    }
}

TEST_CASE("Discourse server: times, order, pins and bumps are a forum's", "[discourse][server]")
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    DiscourseServer forum;
    REQUIRE(forum.listen());
    fillForum(forum);
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));

    QJsonObject newest = topicsOf(getJson(forum.url(QStringLiteral("/latest.json")))).first().toObject();
    CHECK(newest.value(QLatin1String("id")).toInt() == 304);
    for (const char *key : { "created_at", "bumped_at", "last_posted_at" })
        CHECK(iso.match(newest.value(QLatin1String(key)).toString()).hasMatch());
    const qint64 bumped = QDateTime::fromString(newest.value(QLatin1String("bumped_at")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    CHECK(std::abs(bumped - (before - 3600 * 1000)) < 60 * 1000);

    forum.setPinned(120, true);
    forum.bumpTopic(101, before, 2);
    const QJsonArray topics = topicsOf(getJson(forum.url(QStringLiteral("/latest.json"))));
    CHECK(idsOf(topics).mid(0, 3) == QList<int> { 120, 101, 304 });
    const QJsonObject pinned = topics.at(0).toObject();
    CHECK(pinned.value(QLatin1String("pinned")).toBool());
    const QJsonObject replied = topics.at(1).toObject();
    CHECK(replied.value(QLatin1String("bumped_at")).toString() == QDateTime::fromMSecsSinceEpoch(before, Qt::UTC).toString(Qt::ISODateWithMs));
    CHECK(replied.value(QLatin1String("last_posted_at")) == replied.value(QLatin1String("bumped_at")));
    CHECK(replied.value(QLatin1String("posts_count")).toInt() == 1 + (101 * 7) % 5 + 2);
    const QJsonArray posters = replied.value(QLatin1String("posters")).toArray();
    REQUIRE(posters.size() == 2);
    CHECK(posters.at(1).toObject().value(QLatin1String("extras")).toString() == QStringLiteral("latest"));
}

TEST_CASE("Discourse server: the front page says it is Discourse, and where", "[discourse][server]")
{
    const QString subfolder = GENERATE(QString(), QStringLiteral("/forum"));
    DiscourseServer forum(subfolder);
    REQUIRE(forum.listen());
    fillForum(forum);
    const QString base = forum.base().toString();

    const Fetched front = get(QUrl(base + u'/'));
    REQUIRE(front.status == 200);
    CHECK(front.contentType == "text/html; charset=utf-8");
    const QString html = QString::fromUtf8(front.body);
    CHECK(html.contains(QLatin1String("<meta name=\"generator\" content=\"Discourse 3.3.2 - https://github.com/discourse/discourse version ")));
    CHECK(html.contains(QLatin1String("<meta name=\"discourse_theme_id\" content=\"2\">")));
    CHECK(html.contains(QStringLiteral("data-base-uri=\"%1\"").arg(subfolder)));
    CHECK(html.contains(QStringLiteral("<link rel=\"alternate nofollow\" type=\"application/rss+xml\" title=\"Latest topics\" href=\"%1/latest.rss\"").arg(base)));
    CHECK(html.contains(QLatin1String("<title>Gilde Test Forum</title>")));
    CHECK(html.contains(QStringLiteral("href=\"%1/t/topic-304/304\"").arg(base)));

    for (const QString &path : { QStringLiteral("/latest"), QStringLiteral("/t/topic-200/200"), QStringLiteral("/c/support/6") }) {
        INFO(path.toStdString());
        const Fetched page = get(forum.url(path));
        CHECK(page.status == 200);
        CHECK(page.body.contains("<meta name=\"generator\" content=\"Discourse 3.3.2"));
    }
    CHECK(QString::fromUtf8(get(forum.url(QStringLiteral("/t/topic-200/200"))).body).contains(QLatin1String("<title>Topic 200 - Gilde Test Forum</title>")));

    const Fetched missing = get(forum.url(QStringLiteral("/no/such/page.json")));
    CHECK(missing.status == 404);
    CHECK(missing.contentType == "application/json; charset=utf-8");
    CHECK(QJsonDocument::fromJson(missing.body).object().value(QLatin1String("error_type")).toString() == QStringLiteral("not_found"));
    if (!subfolder.isEmpty())
        CHECK(get(forum.http().url(QStringLiteral("/latest.json"))).status == 404); // outside the subfolder
}

TEST_CASE("Discourse server: the latest topics' feed is RSS 2.0", "[discourse][server]")
{
    DiscourseServer forum(QStringLiteral("/forum"));
    REQUIRE(forum.listen());
    fillForum(forum);
    const Fetched feed = get(forum.url(QStringLiteral("/latest.rss")));
    REQUIRE(feed.status == 200);
    CHECK(feed.contentType == "application/rss+xml; charset=utf-8");
    QXmlStreamReader xml(feed.body);
    QStringList links;
    bool rss2 = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"rss")
            rss2 = xml.attributes().value(QLatin1String("version")) == u"2.0";
        if (xml.isStartElement() && xml.name() == u"link" && xml.namespaceUri().isEmpty())
            links << xml.readElementText();
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(rss2);
    REQUIRE(links.size() == 1 + 30);
    CHECK(links.at(1) == forum.url(QStringLiteral("/t/topic-304/304")).toString());
}

TEST_CASE("Discourse server: a fault overrides a path until cleared", "[discourse][server]")
{
    DiscourseServer forum(QStringLiteral("/forum"));
    REQUIRE(forum.listen());
    fillForum(forum);
    forum.setFault("/latest.json", TestResponse::error(429, "{\"errors\":[\"Slow down\"]}").header("Retry-After", "7"));
    CHECK(get(forum.url(QStringLiteral("/latest.json?page=1"))).status == 429);
    CHECK(forum.http().requestCount("/forum/latest.json?page=1") == 1);
    forum.clearFault("/latest.json");
    CHECK(get(forum.url(QStringLiteral("/latest.json"))).status == 200);
}
