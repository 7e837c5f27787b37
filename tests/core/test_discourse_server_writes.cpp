// The fake Discourse forum's writes, checked against Discourse's schemas: a
// new post's answer (createTopicPostPM), one post (getPost), a like's answer
// (performPostAction) and a user's activity (listUserActions); what a second like and an anonymous write get.
#include "test_discourse_server_support.h"

#include <QRegularExpression>

using namespace gilde::test;
using namespace gilde::test::discourse_checks;

namespace
{

constexpr char AdminKey[] = "admin-key-for-schemas";

/// A write as the admin key's user "alice", or as anyone.
Fetched write(const QByteArray &method, const QUrl &url, const QByteArray &body, bool signedIn = true)
{
    QList<std::pair<QByteArray, QByteArray>> headers { { "Content-Type", "application/json" } };
    if (signedIn)
        headers += { { "Api-Key", AdminKey }, { "Api-Username", "alice" } };
    return send(method, url, body, headers);
}

// Where the answers differ from the schemas, as real forums' do, and nothing
// else: a reply's post number and a user action's post id are numbers where
// the schemas say strings.
const QList<QRegularExpression> writeDeviations {
    QRegularExpression(QStringLiteral("^reply_to_post_number: expected string or null, got integer$")),
    QRegularExpression(QStringLiteral("^user_actions\\[\\d+\\]\\.post_id: expected string or null, got integer$")),
};

void requireValidWrite(const QJsonObject &body, const char *operation)
{
    for (const QString &e : validateJson(body, schema(operation))) {
        INFO(operation << ": " << e.toStdString());
        CHECK(std::any_of(writeDeviations.cbegin(), writeDeviations.cend(),
            [&e](const QRegularExpression &r) { return r.match(e).hasMatch(); }));
    }
}

} // namespace

TEST_CASE("Discourse server: writes answer in the shapes of Discourse's schemas", "[discourse][server]")
{
    DiscourseServer forum;
    REQUIRE(forum.listen());
    forum.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    forum.addTopics(7, 2, 100);
    forum.setPosts(100, 5);
    forum.setAdminKey(QString::fromLatin1(AdminKey));

    const QByteArray reply = R"({"topic_id":100,"reply_to_post_number":3,"raw":"A reply long enough for the forum."})";
    Fetched f = write("POST", forum.url(QStringLiteral("/posts.json")), reply);
    REQUIRE(f.status == 200);
    const QJsonObject created = QJsonDocument::fromJson(f.body).object();
    requireValidWrite(created, "createTopicPostPM");
    CHECK(created.value(QLatin1String("post_number")).toInt() == 6);
    CHECK(created.value(QLatin1String("raw")).toString() == QStringLiteral("A reply long enough for the forum."));
    CHECK(created.value(QLatin1String("yours")).toBool());

    f = write("POST", forum.url(QStringLiteral("/posts.json")),
        R"({"title":"A new topic with a title","category":7,"raw":"The opening post of a new topic."})");
    REQUIRE(f.status == 200);
    const int newTopic = QJsonDocument::fromJson(f.body).object().value(QLatin1String("topic_id")).toInt();
    CHECK(newTopic > 101);

    const QJsonObject post = getJson(forum.url(QStringLiteral("/posts/%1.json").arg(100 * 10000 + 6)));
    requireValidWrite(post, "getPost");
    CHECK(post.value(QLatin1String("reply_to_post_number")).toInt() == 3);

    const QJsonObject activity = getJson(forum.url(QStringLiteral("/user_actions.json?username=alice&filter=4,5&offset=0")));
    requireValidWrite(activity, "listUserActions");
    const QJsonArray actions = activity.value(QLatin1String("user_actions")).toArray();
    REQUIRE(actions.size() == 2);
    CHECK(actions.at(0).toObject().value(QLatin1String("action_type")).toInt() == 4);
    CHECK(actions.at(0).toObject().value(QLatin1String("topic_id")).toInt() == newTopic);
    CHECK(actions.at(1).toObject().value(QLatin1String("action_type")).toInt() == 5);

    // The new topic is in the category's list, with its title.
    const QJsonArray topics = topicsOf(getJson(forum.url(QStringLiteral("/c/news/7.json"))));
    CHECK(topics.first().toObject().value(QLatin1String("title")).toString() == QStringLiteral("A new topic with a title"));

    // A like, once; a second is refused, as Discourse refuses it; anyone may not write.
    const QByteArray like = R"({"id":1000002,"post_action_type_id":2})";
    f = write("POST", forum.url(QStringLiteral("/post_actions.json")), like);
    REQUIRE(f.status == 200);
    requireValidWrite(QJsonDocument::fromJson(f.body).object(), "performPostAction");
    CHECK(write("POST", forum.url(QStringLiteral("/post_actions.json")), like).status == 403);
    CHECK(forum.likedPosts() == QList<int> { 1000002 });
    CHECK(write("POST", forum.url(QStringLiteral("/posts.json")), reply, false).status == 403);
    CHECK(write("POST", forum.url(QStringLiteral("/posts.json")), R"({"topic_id":100,"raw":"short"})").status == 422);
    CHECK(write("DELETE", forum.url(QStringLiteral("/post_actions/1000002.json?post_action_type_id=2")), {}).status == 200);
    CHECK(forum.likedPosts().isEmpty());
}
