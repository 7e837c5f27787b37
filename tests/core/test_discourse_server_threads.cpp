// The fake Discourse forum's threads, checked against Discourse's getTopic
// and getSpecificPostsFromTopic schemas: the pages of a topic's posts, the
// posts a client asks for by id, the HTML real posts carry (and one hostile
// post, so that a client's sanitizing is tested against something), deleted
// posts, new replies and faults.
#include "test_discourse_server_support.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace gilde::test;
using namespace gilde::test::discourse_checks;

namespace
{

// Where a thread's JSON differs from the schemas, as real forums' does, and
// nothing else: a reply's reply_to_post_number is a number (the schemas say a
// string), and a post's likes are summarised for an anonymous visitor as
// {"id": 2, "count": N}, without the can_act the getTopic schema requires.
const QList<QRegularExpression> threadDeviations {
    QRegularExpression(QStringLiteral("^post_stream\\.posts\\[\\d+\\]\\.reply_to_post_number: expected string or null, got integer$")),
    QRegularExpression(QStringLiteral("^post_stream\\.posts\\[\\d+\\]\\.actions_summary\\[0\\]\\.count: property not allowed \\(additionalProperties is false\\)$")),
    QRegularExpression(QStringLiteral("^post_stream\\.posts\\[\\d+\\]\\.actions_summary\\[0\\]\\.can_act: required property missing$")),
};

// The deviations found (each one of threadDeviations, which it requires).
QSet<int> requireValidThread(const QJsonObject &body, const char *operation)
{
    QSet<int> found;
    for (const QString &e : validateJson(body, schema(operation))) {
        INFO(operation << ": " << e.toStdString());
        const auto matching = std::find_if(threadDeviations.cbegin(), threadDeviations.cend(),
            [&e](const QRegularExpression &r) { return r.match(e).hasMatch(); });
        REQUIRE(matching != threadDeviations.cend());
        found.insert(int(matching - threadDeviations.cbegin()));
    }
    return found;
}

QJsonArray postsOf(const QJsonObject &body)
{
    return body.value(QLatin1String("post_stream")).toObject().value(QLatin1String("posts")).toArray();
}

QList<int> postNumbersOf(const QJsonArray &posts)
{
    QList<int> numbers;
    for (const QJsonValue &p : posts)
        numbers << p.toObject().value(QLatin1String("post_number")).toInt();
    return numbers;
}

QList<int> range(int from, int to, int topicId = 0)
{
    QList<int> out;
    for (int n = from; n <= to; ++n)
        out << (topicId ? topicId * 10000 + n : n);
    return out;
}

QList<int> intsOf(const QJsonValue &array)
{
    QList<int> out;
    for (const QJsonValue &v : array.toArray())
        out << v.toInt();
    return out;
}

} // namespace

TEST_CASE("Discourse server: a topic's thread validates against getTopic, every page of it", "[discourse][server]")
{
    const QString subfolder = GENERATE(QString(), QStringLiteral("/forum"));
    INFO("subfolder \"" << subfolder.toStdString() << '"');
    DiscourseServer forum(subfolder);
    REQUIRE(forum.listen());
    fillForum(forum);
    forum.setPosts(101, 3);
    forum.setPosts(102, 45);

    const QJsonObject small = getJson(forum.url(QStringLiteral("/t/101.json")));
    CHECK(requireValidThread(small, "getTopic").size() <= 3);
    CHECK(getJson(forum.url(QStringLiteral("/t/topic-101/101.json"))) == small);
    CHECK(intsOf(small.value(QLatin1String("post_stream")).toObject().value(QLatin1String("stream"))) == range(1, 3, 101));
    CHECK(postNumbersOf(postsOf(small)) == range(1, 3));
    CHECK(small.value(QLatin1String("posts_count")).toInt() == 3);
    CHECK(small.value(QLatin1String("highest_post_number")).toInt() == 3);
    // The hostile post really is, so that a client's sanitizing is tested.
    const QString hostile = postsOf(small).at(2).toObject().value(QLatin1String("cooked")).toString();
    CHECK(hostile.startsWith(QStringLiteral("<p>%1</p>").arg(DiscourseServer::postText(101, 3))));
    for (const char *part : { "<script>alert(1)</script>", "href=\"javascript:alert(1)\"", " onclick=\"alert(1)\"", "<form " })
        CHECK(hostile.contains(QLatin1String(part)));
    const QJsonObject first = postsOf(small).at(0).toObject();
    const QJsonObject details = small.value(QLatin1String("details")).toObject();
    CHECK(first.value(QLatin1String("username")) == details.value(QLatin1String("created_by")).toObject().value(QLatin1String("username")));
    CHECK(first.value(QLatin1String("avatar_template")).toString().startsWith(subfolder + QStringLiteral("/user_avatar/127.0.0.1/")));
    CHECK(first.value(QLatin1String("created_at")) == small.value(QLatin1String("created_at")));
    CHECK(postsOf(small).at(2).toObject().value(QLatin1String("created_at")) == small.value(QLatin1String("last_posted_at")));

    const QJsonObject big = getJson(forum.url(QStringLiteral("/t/topic-102/102.json")));
    // Across the 45 posts every deviation occurs, so each is known to be real.
    CHECK(requireValidThread(big, "getTopic").size() == 3);
    CHECK(intsOf(big.value(QLatin1String("post_stream")).toObject().value(QLatin1String("stream"))) == range(1, 45, 102));
    CHECK(postNumbersOf(postsOf(big)) == range(1, 20));
    CHECK(big.value(QLatin1String("chunk_size")).toInt() == 20);
    const QJsonObject second = getJson(forum.url(QStringLiteral("/t/102.json?page=2")));
    requireValidThread(second, "getTopic");
    CHECK(postNumbersOf(postsOf(second)) == range(21, 40));
    CHECK(postNumbersOf(postsOf(getJson(forum.url(QStringLiteral("/t/102.json?page=3"))))) == range(41, 45));
    CHECK(get(forum.url(QStringLiteral("/t/102.json?page=4"))).status == 404);

    // Real posts' HTML: a quote, a reply, a onebox, an image under the subfolder, likes.
    const auto post = [&](int number) { return postsOf(number <= 20 ? big : second).at((number - 1) % 20).toObject(); };
    const auto cooked = [&](int number) { return post(number).value(QLatin1String("cooked")).toString(); };
    for (int n : { 1, 2, 5, 9, 14, 20, 21, 40 })
        CHECK(cooked(n).startsWith(QStringLiteral("<p>%1</p>").arg(DiscourseServer::postText(102, n))));
    CHECK(cooked(5).contains(QLatin1String("<aside class=\"quote no-group\" data-username=\"")));
    CHECK(cooked(5).contains(QLatin1String("data-post=\"3\" data-topic=\"102\"><div class=\"title\">")));
    CHECK_FALSE(cooked(5).contains(DiscourseServer::postText(102, 3)));
    CHECK(cooked(14).contains(QLatin1String("<aside class=\"onebox allowlistedgeneric\" data-onebox-src=\"https://example.org/a\">")));
    CHECK(cooked(9).contains(QStringLiteral("<p><img src=\"%1/uploads/default/original/1X/").arg(subfolder)));
    CHECK(post(4).value(QLatin1String("reply_to_post_number")).toInt() == 3);
    CHECK(post(3).value(QLatin1String("reply_count")).toInt() == 1);
    CHECK(post(5).value(QLatin1String("reply_to_post_number")).isNull());
    CHECK_FALSE(cooked(2).contains(QLatin1String("<script")));
    int liked = 0;
    for (int n = 1; n <= 40; ++n)
        liked += post(n).value(QLatin1String("actions_summary")).toArray().isEmpty() ? 0 : 1;
    CHECK(liked > 10);
    CHECK(liked < 40);

    // What the test API says of the posts is what the JSON says.
    const QList<DiscourseServer::Post> posts = forum.posts(102);
    REQUIRE(posts.size() == 45);
    for (int n : { 1, 4, 5, 33 }) {
        const DiscourseServer::Post &p = posts.at(n - 1);
        CHECK(p.id == post(n).value(QLatin1String("id")).toInt());
        CHECK(p.number == n);
        CHECK(p.username == post(n).value(QLatin1String("username")).toString());
        CHECK(p.replyToNumber == post(n).value(QLatin1String("reply_to_post_number")).toInt());
    }

    // The lists count the thread's posts.
    const QJsonArray latest = topicsOf(getJson(forum.url(QStringLiteral("/latest.json?page=1"))));
    const auto listed = std::find_if(latest.begin(), latest.end(), [](const QJsonValue &t) { return t.toObject().value(QLatin1String("id")).toInt() == 102; });
    REQUIRE(listed != latest.end());
    CHECK(listed->toObject().value(QLatin1String("posts_count")).toInt() == 45);
    CHECK(listed->toObject().value(QLatin1String("highest_post_number")).toInt() == 45);
    CHECK(listed->toObject().value(QLatin1String("reply_count")).toInt() == 44);
    CHECK(listed->toObject().value(QLatin1String("last_posted_at")) == big.value(QLatin1String("last_posted_at")));
}

TEST_CASE("Discourse server: posts.json gives the requested posts of the thread, in order", "[discourse][server]")
{
    DiscourseServer forum(QStringLiteral("/forum"));
    REQUIRE(forum.listen());
    fillForum(forum);
    forum.setPosts(101, 3);
    forum.setPosts(102, 45);

    // Both forms a client may send the array's name in, bracketed and percent-encoded.
    for (const QString &name : { QStringLiteral("post_ids[]"), QStringLiteral("post_ids%5B%5D") }) {
        INFO(name.toStdString());
        QStringList query;
        for (int id : { 1020030, 1020024, 1010001, 1020045, 999, 1020021 })
            query << name + u'=' + QString::number(id);
        const QJsonObject body = getJson(forum.url(QStringLiteral("/t/102/posts.json?") + query.join(u'&')));
        CHECK(requireValidThread(body, "getSpecificPostsFromTopic") == QSet<int> { 0 });
        CHECK(body.value(QLatin1String("id")).toInt() == 102);
        QList<int> ids;
        for (const QJsonValue &p : postsOf(body))
            ids << p.toObject().value(QLatin1String("id")).toInt();
        CHECK(ids == QList<int> { 1020021, 1020024, 1020030, 1020045 });
    }
    CHECK(forum.http().requests().at(0).path.contains("post_ids[]="));
    CHECK(forum.http().requests().at(1).path.contains("post_ids%5B%5D="));

    QStringList tooMany;
    for (int n = 1; n <= DiscourseServer::maxPostIds + 1; ++n)
        tooMany << QStringLiteral("post_ids[]=%1").arg(1020000 + n);
    const Fetched refused = get(forum.url(QStringLiteral("/t/102/posts.json?") + tooMany.join(u'&')));
    CHECK(refused.status == 400);
    CHECK(QJsonDocument::fromJson(refused.body).object().value(QLatin1String("error_type")).toString() == QStringLiteral("invalid_parameters"));

    for (const char *missing : { "/t/999.json", "/t/topic-999/999.json", "/t/999/posts.json?post_ids[]=1", "/t/100.json" }) {
        INFO(missing);
        const Fetched f = get(forum.url(QLatin1String(missing)));
        CHECK(f.status == 404);
        CHECK(QJsonDocument::fromJson(f.body).object().value(QLatin1String("error_type")).toString() == QStringLiteral("not_found"));
    }
}

TEST_CASE("Discourse server: a thread's deleted posts, new replies and faults", "[discourse][server]")
{
    DiscourseServer forum;
    REQUIRE(forum.listen());
    fillForum(forum);
    forum.setPosts(101, 3);
    forum.setPosts(102, 45);

    forum.deletePost(102, 8);
    const QJsonObject topic = getJson(forum.url(QStringLiteral("/t/102.json")));
    requireValidThread(topic, "getTopic");
    QList<int> stream = range(1, 45, 102);
    stream.removeOne(1020008);
    CHECK(intsOf(topic.value(QLatin1String("post_stream")).toObject().value(QLatin1String("stream"))) == stream);
    CHECK(postNumbersOf(postsOf(topic)) == range(1, 7) + range(9, 21));
    CHECK(topic.value(QLatin1String("posts_count")).toInt() == 44);
    CHECK(topic.value(QLatin1String("highest_post_number")).toInt() == 45);
    CHECK(forum.posts(102).size() == 44);
    CHECK(postsOf(getJson(forum.url(QStringLiteral("/t/102/posts.json?post_ids[]=1020008")))).isEmpty());

    // A reply arrives: one more post, the newest, at the bump.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    forum.bumpTopic(101, now);
    const QJsonObject bumped = getJson(forum.url(QStringLiteral("/t/101.json")));
    requireValidThread(bumped, "getTopic");
    REQUIRE(postsOf(bumped).size() == 4);
    CHECK(postsOf(bumped).at(3).toObject().value(QLatin1String("created_at")).toString()
        == QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs));
    CHECK(bumped.value(QLatin1String("details")).toObject().value(QLatin1String("last_poster")).toObject().value(QLatin1String("username"))
        == postsOf(bumped).at(3).toObject().value(QLatin1String("username")));

    forum.setFault("/t/101.json", TestResponse::error(500));
    forum.setFault("/t/101/posts.json", TestResponse::error(429).header("Retry-After", "3"));
    CHECK(get(forum.url(QStringLiteral("/t/101.json"))).status == 500);
    CHECK(get(forum.url(QStringLiteral("/t/101/posts.json?post_ids[]=1010002"))).status == 429);
    CHECK(get(forum.url(QStringLiteral("/t/102.json"))).status == 200);
    CHECK(forum.http().requestCount("/t/101.json") == 2);
    forum.clearFault("/t/101.json");
    CHECK(get(forum.url(QStringLiteral("/t/101.json"))).status == 200);
}
