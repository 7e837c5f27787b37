// The fake forum's threads: a topic's posts as /t/{id}.json and
// /t/{id}/posts.json give them (the getTopic and getSpecificPostsFromTopic
// shapes), with the HTML real posts carry (quotes, oneboxes, images) and one
// hostile post a client must sanitize.
#include "DiscourseServer.h"

#include "DiscourseServerSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutexLocker>

#include <algorithm>

namespace gilde::test
{

namespace
{

using discourse::postId;

int replyToOf(int number)
{
    return number % 4 == 0 ? number - 1 : 0;
}

int likesOf(int topicId, int number)
{
    return (topicId * 3 + number * 5) % 6;
}

int readsOf(int topicId, int number)
{
    return 3 + (topicId + number * 7) % 20;
}

int trustLevelOf(int userId)
{
    return 1 + userId % 3;
}

// Query items with names and values percent-decoded, so that "post_ids[]"
// and "post_ids%5B%5D" (as Qt and browsers send it) are the same.
QList<std::pair<QString, QString>> queryItems(const QByteArray &query)
{
    QList<std::pair<QString, QString>> out;
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        QByteArray name = eq < 0 ? item : item.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        out.append({ QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value) });
    }
    return out;
}

TestResponse invalidParameters(const char *name)
{
    TestResponse r = TestResponse::ok(
        QByteArray(R"({"errors":["You supplied invalid parameters to the request: )") + name
            + R"("],"error_type":"invalid_parameters"})",
        "application/json; charset=utf-8");
    r.status = 400;
    r.conditional = false;
    return r;
}

} // namespace

int DiscourseServer::posterOf(const Topic &topic, int number) const
{
    const QList<discourse::User> &users = discourse::users();
    if (const auto w = topic.written.constFind(number); w != topic.written.cend()) {
        const QString &name = m_written.at(*w).username;
        const auto user = std::find_if(users.cbegin(), users.cend(), [&name](const discourse::User &u) { return u.username == name; });
        return user == users.cend() ? users.first().id : user->id;
    }
    return number <= 1 ? topic.opUserId : users.at((topic.id + number * 2) % users.size()).id;
}

void DiscourseServer::setPosts(int topicId, int count)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_topics.find(topicId);
    if (it == m_topics.end())
        return;
    count = std::max(1, count);
    it->highestPost = count;
    it->deletedPosts.clear();
    it->postsCount = count;
    it->replyCount = count - 1;
    it->lastUserId = posterOf(*it, count);
    it->likeCount = 0;
    for (int n = 1; n <= count; ++n)
        it->likeCount += likesOf(topicId, n);
}

QList<DiscourseServer::Post> DiscourseServer::posts(int topicId) const
{
    QMutexLocker lock(&m_mutex);
    QList<Post> out;
    const auto it = m_topics.constFind(topicId);
    if (it == m_topics.cend())
        return out;
    for (int n : postNumbersLocked(*it))
        out.append(Post { postId(topicId, n), n, discourse::user(posterOf(*it, n)).username,
            it->written.contains(n) ? m_written.at(it->written.value(n)).replyTo : replyToOf(n) });
    return out;
}

QString DiscourseServer::postText(int topicId, int number)
{
    return QStringLiteral("Post %1 of topic %2.").arg(number).arg(topicId);
}

void DiscourseServer::deletePost(int topicId, int number)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_topics.find(topicId);
    if (it == m_topics.end() || number < 2 || number > it->highestPost || it->deletedPosts.contains(number))
        return;
    it->deletedPosts.append(number);
    it->postsCount -= 1;
    it->replyCount -= 1;
    it->likeCount -= likesOf(topicId, number);
    it->lastUserId = posterOf(*it, postNumbersLocked(*it).last());
}

QList<int> DiscourseServer::postNumbersLocked(const Topic &topic) const
{
    QList<int> out;
    for (int n = 1; n <= topic.highestPost; ++n) {
        if (!topic.deletedPosts.contains(n))
            out.append(n);
    }
    return out;
}

TestResponse DiscourseServer::topicRoute(const QString &path, const QByteArray &query)
{
    // /t/{id}.json, /t/{slug}/{id}.json, /t/{id}/posts.json. Discourse answers
    // a wrong slug in JSON as the right one (only its HTML pages redirect).
    const QStringList parts = path.mid(3, path.size() - 3 - 5).split(u'/');
    const bool postsRoute = parts.size() == 2 && parts.at(1) == u"posts";
    bool isNumber = false;
    const int id = (postsRoute ? parts.first() : parts.last()).toInt(&isNumber);
    if (!isNumber || parts.size() > 2)
        return discourse::notFound();
    const QList<std::pair<QString, QString>> items = queryItems(query);

    QMutexLocker lock(&m_mutex);
    const auto topic = m_topics.constFind(id);
    // A topic never given posts is not a thread this forum can show.
    if (topic == m_topics.cend() || topic->highestPost == 0)
        return discourse::notFound();
    const Times times = timesLocked().value(id);

    if (!postsRoute) {
        int pageNumber = 1;
        for (const auto &[name, value] : items) {
            if (name == u"page")
                pageNumber = std::max(1, value.toInt());
        }
        // Past the last page Discourse finds nothing to show.
        if (qsizetype(pageNumber - 1) * postsPerPage >= postNumbersLocked(*topic).size())
            return discourse::notFound();
        return discourse::jsonResponse(topicViewLocked(*topic, times, pageNumber), "topics/show");
    }

    QList<int> wanted;
    for (const auto &[name, value] : items) {
        if (name == u"post_ids[]" || name == u"post_ids")
            wanted.append(value.toInt());
    }
    if (wanted.size() > maxPostIds)
        return invalidParameters("post_ids");
    QJsonArray posts;
    for (int n : postNumbersLocked(*topic)) {
        if (wanted.contains(postId(id, n)))
            posts.append(postJsonLocked(*topic, times, n));
    }
    return discourse::jsonResponse(QJsonObject { { QStringLiteral("post_stream"),
                                                     QJsonObject { { QStringLiteral("posts"), posts } } },
                                       { QStringLiteral("id"), id } },
        "topics/posts");
}

QJsonObject DiscourseServer::userJson(int userId) const
{
    const discourse::User &u = discourse::user(userId);
    return QJsonObject { { QStringLiteral("id"), u.id },
        { QStringLiteral("username"), u.username },
        { QStringLiteral("name"), u.name },
        { QStringLiteral("avatar_template"), avatarTemplate(u.username) } };
}

QJsonObject DiscourseServer::topicViewLocked(const Topic &t, const Times &times, int pageNumber) const
{
    const QList<int> numbers = postNumbersLocked(t);
    QJsonArray stream;
    QJsonArray posts;
    QList<std::pair<int, int>> postCounts; // user id, posts, in the order they first posted
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const int n = numbers.at(i);
        stream.append(postId(t.id, n));
        if (i >= qsizetype(pageNumber - 1) * postsPerPage && i < qsizetype(pageNumber) * postsPerPage)
            posts.append(postJsonLocked(t, times, n));
        const int user = posterOf(t, n);
        auto counted = std::find_if(postCounts.begin(), postCounts.end(), [user](const auto &p) { return p.first == user; });
        if (counted == postCounts.end())
            postCounts.append({ user, 1 });
        else
            ++counted->second;
    }
    // Most posts first, as Discourse lists a topic's participants.
    std::stable_sort(postCounts.begin(), postCounts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QJsonArray participants;
    for (const auto &[user, count] : std::as_const(postCounts)) {
        QJsonObject p = userJson(user);
        p.insert(QStringLiteral("post_count"), count);
        for (const char *key : { "primary_group_name", "flair_name", "flair_url", "flair_color", "flair_bg_color" })
            p.insert(QLatin1String(key), QJsonValue());
        p.insert(QStringLiteral("admin"), false);
        p.insert(QStringLiteral("moderator"), false);
        p.insert(QStringLiteral("trust_level"), trustLevelOf(user));
        participants.append(p);
    }
    QJsonObject details { { QStringLiteral("can_edit"), false },
        { QStringLiteral("notification_level"), 1 },
        { QStringLiteral("participants"), participants },
        { QStringLiteral("created_by"), userJson(t.opUserId) },
        { QStringLiteral("last_poster"), userJson(t.lastUserId) } };
    // A real forum leaves out of an anonymous visitor's details the moderation
    // flags that are false for them; the schema requires them, and no client
    // acts on them, so they are sent false.
    for (const char *flag : { "can_move_posts", "can_delete", "can_remove_allowed_users", "can_create_post",
             "can_reply_as_new_topic", "can_convert_topic", "can_review_topic", "can_close_topic", "can_archive_topic",
             "can_split_merge_topic", "can_edit_staff_notes", "can_toggle_topic_visibility", "can_pin_unpin_topic",
             "can_moderate_category" })
        details.insert(QLatin1String(flag), false);
    details.insert(QStringLiteral("can_remove_self_id"), 0);

    // The topic's flags an anonymous visitor sees: none raised, none to raise.
    QJsonArray topicActions;
    for (int action : { 4, 8, 10, 7 }) {
        topicActions.append(QJsonObject { { QStringLiteral("id"), action }, { QStringLiteral("count"), 0 },
            { QStringLiteral("hidden"), false }, { QStringLiteral("can_act"), false } });
    }
    const QString title = titleOf(t);
    const qint64 daysAgo = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - times.createdAtMs) / (24 * 3600 * 1000));
    return QJsonObject {
        { QStringLiteral("post_stream"), QJsonObject { { QStringLiteral("posts"), posts }, { QStringLiteral("stream"), stream } } },
        { QStringLiteral("timeline_lookup"), QJsonArray { QJsonArray { 1, daysAgo } } },
        { QStringLiteral("suggested_topics"), QJsonArray() },
        { QStringLiteral("tags"), tagsJsonLocked(t.tags) },
        { QStringLiteral("tags_descriptions"), QJsonObject() },
        { QStringLiteral("id"), t.id },
        { QStringLiteral("title"), title },
        { QStringLiteral("fancy_title"), title },
        { QStringLiteral("posts_count"), t.postsCount },
        { QStringLiteral("created_at"), discourse::isoTime(times.createdAtMs) },
        { QStringLiteral("views"), t.views },
        { QStringLiteral("reply_count"), t.replyCount },
        { QStringLiteral("like_count"), t.likeCount },
        { QStringLiteral("last_posted_at"), discourse::isoTime(times.bumpedAtMs) },
        { QStringLiteral("visible"), true },
        { QStringLiteral("closed"), t.closed },
        { QStringLiteral("archived"), false },
        { QStringLiteral("has_summary"), false },
        { QStringLiteral("archetype"), QStringLiteral("regular") },
        { QStringLiteral("slug"), QStringLiteral("topic-%1").arg(t.id) },
        { QStringLiteral("category_id"), t.categoryId },
        { QStringLiteral("word_count"), int(numbers.size()) * 12 },
        { QStringLiteral("deleted_at"), QJsonValue() },
        { QStringLiteral("user_id"), t.opUserId },
        { QStringLiteral("featured_link"), QJsonValue() },
        { QStringLiteral("pinned_globally"), t.pinned },
        { QStringLiteral("pinned_at"), t.pinned ? QJsonValue(discourse::isoTime(times.createdAtMs)) : QJsonValue() },
        { QStringLiteral("pinned_until"), QJsonValue() },
        { QStringLiteral("image_url"), QJsonValue() },
        { QStringLiteral("slow_mode_seconds"), 0 },
        { QStringLiteral("draft"), QJsonValue() },
        { QStringLiteral("draft_key"), QStringLiteral("topic_%1").arg(t.id) },
        { QStringLiteral("draft_sequence"), 0 },
        { QStringLiteral("unpinned"), QJsonValue() },
        { QStringLiteral("pinned"), t.pinned },
        { QStringLiteral("current_post_number"), 1 },
        { QStringLiteral("highest_post_number"), t.highestPost },
        { QStringLiteral("deleted_by"), QJsonValue() },
        // Deleted posts are hidden from visitors, who are not told there are any.
        { QStringLiteral("has_deleted"), false },
        { QStringLiteral("actions_summary"), topicActions },
        { QStringLiteral("chunk_size"), postsPerPage },
        { QStringLiteral("bookmarked"), false },
        { QStringLiteral("bookmarks"), QJsonArray() },
        { QStringLiteral("topic_timer"), QJsonValue() },
        { QStringLiteral("message_bus_last_id"), 0 },
        { QStringLiteral("participant_count"), int(postCounts.size()) },
        { QStringLiteral("show_read_indicator"), false },
        { QStringLiteral("thumbnails"), QJsonValue() },
        { QStringLiteral("slow_mode_enabled_until"), QJsonValue() },
        { QStringLiteral("details"), details },
    };
}

QJsonObject DiscourseServer::postJsonLocked(const Topic &t, const Times &times, int n) const
{
    const discourse::User &author = discourse::user(posterOf(t, n));
    const QString origin = QStringLiteral("https://example.org/a");
    QString cooked = QStringLiteral("<p>%1</p>").arg(postText(t.id, n));
    if (n == 3) {
        cooked += QStringLiteral("<script>alert(1)</script>"
                                 "<p>Read <a href=\"javascript:alert(1)\">the details</a> or "
                                 "<span onclick=\"alert(1)\">click here</span>.</p>"
                                 "<form action=\"https://example.org/steal\" method=\"post\">"
                                 "<input type=\"password\" name=\"password\"><button>Log in</button></form>");
    }
    if (n % 5 == 0) {
        const int quoted = n - 2;
        const discourse::User &source = discourse::user(posterOf(t, quoted));
        const QString avatar = avatarTemplate(source.username).replace(QLatin1String("{size}"), QLatin1String("48"));
        cooked += QStringLiteral("<aside class=\"quote no-group\" data-username=\"%1\" data-post=\"%2\" data-topic=\"%3\">"
                                 "<div class=\"title\"><div class=\"quote-controls\"></div>"
                                 "<img loading=\"lazy\" alt=\"\" width=\"24\" height=\"24\" src=\"%4\" class=\"avatar\"> %1:</div>"
                                 "<blockquote><p>What %1 wrote in post %2, in part.</p></blockquote></aside>"
                                 "<p>And a <strong>reply</strong> to that.</p>")
                      .arg(source.username)
                      .arg(quoted)
                      .arg(t.id)
                      .arg(avatar);
    }
    if (n % 7 == 0) {
        cooked += QStringLiteral("<aside class=\"onebox allowlistedgeneric\" data-onebox-src=\"%1\">"
                                 "<header class=\"source\"><a href=\"%1\" target=\"_blank\" rel=\"noopener\">example.org</a></header>"
                                 "<article class=\"onebox-body\"><h3><a href=\"%1\" target=\"_blank\" rel=\"noopener\">An example article</a></h3>"
                                 "<p>What the linked page says about itself.</p></article>"
                                 "<div style=\"clear: both\"></div></aside>")
                      .arg(origin);
    }
    if (n % 9 == 0) {
        cooked += QStringLiteral("<p><img src=\"%1/uploads/default/original/1X/%2.png\" alt=\"x\" width=\"690\" height=\"388\"></p>")
                      .arg(m_subfolder, QString::number(postId(t.id, n), 16).rightJustified(40, u'0'));
    }

    QJsonArray links;
    if (n % 7 == 0) {
        links.append(QJsonObject { { QStringLiteral("url"), origin }, { QStringLiteral("internal"), false },
            { QStringLiteral("reflection"), false }, { QStringLiteral("title"), QStringLiteral("An example article") },
            { QStringLiteral("clicks"), n % 3 } });
    }
    // An anonymous visitor may like nothing: Discourse sends only the likes'
    // count, and nothing when there are none.
    QJsonArray actions;
    if (const int likes = likesOf(t.id, n); likes > 0)
        actions.append(QJsonObject { { QStringLiteral("id"), 2 }, { QStringLiteral("count"), likes } });
    const int next = n + 1;
    const bool answered = replyToOf(next) == n && next <= t.highestPost && !t.deletedPosts.contains(next);
    const int reads = readsOf(t.id, n);
    const QString at = discourse::isoTime(times.bumpedAtMs - qint64(t.highestPost - n) * 60 * 1000);

    QJsonObject o {
        { QStringLiteral("id"), postId(t.id, n) },
        { QStringLiteral("name"), author.name },
        { QStringLiteral("username"), author.username },
        { QStringLiteral("avatar_template"), avatarTemplate(author.username) },
        { QStringLiteral("created_at"), at },
        { QStringLiteral("cooked"), cooked },
        { QStringLiteral("post_number"), n },
        { QStringLiteral("post_type"), 1 },
        { QStringLiteral("updated_at"), at },
        { QStringLiteral("reply_count"), answered ? 1 : 0 },
        // A number, as on every real forum (the schema says a string).
        { QStringLiteral("reply_to_post_number"), replyToOf(n) ? QJsonValue(replyToOf(n)) : QJsonValue() },
        { QStringLiteral("quote_count"), n % 5 == 0 ? 1 : 0 },
        { QStringLiteral("incoming_link_count"), n == 1 ? 2 : 0 },
        { QStringLiteral("reads"), reads },
        { QStringLiteral("readers_count"), reads - 1 },
        { QStringLiteral("score"), reads * 0.2 + likesOf(t.id, n) * 15 },
        { QStringLiteral("yours"), false },
        { QStringLiteral("topic_id"), t.id },
        { QStringLiteral("topic_slug"), QStringLiteral("topic-%1").arg(t.id) },
        { QStringLiteral("display_username"), author.name },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("can_edit"), false },
        { QStringLiteral("can_delete"), false },
        { QStringLiteral("can_recover"), false },
        { QStringLiteral("can_see_hidden_post"), false },
        { QStringLiteral("can_wiki"), false },
        { QStringLiteral("link_counts"), links },
        { QStringLiteral("read"), true },
        { QStringLiteral("user_title"), QJsonValue() },
        { QStringLiteral("bookmarked"), false },
        { QStringLiteral("actions_summary"), actions },
        { QStringLiteral("moderator"), false },
        { QStringLiteral("admin"), false },
        { QStringLiteral("staff"), false },
        { QStringLiteral("user_id"), author.id },
        { QStringLiteral("hidden"), false },
        { QStringLiteral("trust_level"), trustLevelOf(author.id) },
        { QStringLiteral("deleted_at"), QJsonValue() },
        { QStringLiteral("user_deleted"), false },
        { QStringLiteral("edit_reason"), QJsonValue() },
        { QStringLiteral("can_view_edit_history"), true },
        { QStringLiteral("wiki"), false },
        // Sent only to reviewers by a real forum; the schema requires them.
        { QStringLiteral("reviewable_id"), 0 },
        { QStringLiteral("reviewable_score_count"), 0 },
        { QStringLiteral("reviewable_score_pending_count"), 0 },
    };
    for (const char *key : { "primary_group_name", "flair_name", "flair_url", "flair_bg_color", "flair_color" })
        o.insert(QLatin1String(key), QJsonValue());
    if (t.written.contains(n) || m_liked.contains(postId(t.id, n)))
        return writtenPostLocked(o, t, n, {});
    return o;
}

QJsonObject DiscourseServer::writtenPostLocked(QJsonObject o, const Topic &t, int n, const QString &viewer) const
{
    const int id = postId(t.id, n);
    const auto w = t.written.constFind(n);
    if (w != t.written.cend()) {
        const Written &p = m_written.at(*w);
        const QString at = discourse::isoTime(m_writtenAtMs.at(*w));
        o.insert(QStringLiteral("cooked"), QStringLiteral("<p>%1</p>").arg(p.raw.toHtmlEscaped()));
        o.insert(QStringLiteral("raw"), p.raw);
        o.insert(QStringLiteral("created_at"), at);
        o.insert(QStringLiteral("updated_at"), at);
        o.insert(QStringLiteral("reply_to_post_number"), p.replyTo > 0 ? QJsonValue(p.replyTo) : QJsonValue());
        o.insert(QStringLiteral("quote_count"), 0);
        o.insert(QStringLiteral("link_counts"), QJsonArray());
        o.insert(QStringLiteral("yours"), !viewer.isEmpty() && viewer == p.username);
    } else {
        o.insert(QStringLiteral("raw"), postText(t.id, n));
    }
    const bool liked = m_liked.contains(id);
    const int likes = (w != t.written.cend() ? 0 : likesOf(t.id, n)) + (liked ? 1 : 0);
    QJsonObject like { { QStringLiteral("id"), 2 } };
    if (likes > 0)
        like.insert(QStringLiteral("count"), likes);
    if (!viewer.isEmpty()) {
        // What the asking user may do: like it, or take their like back.
        like.insert(liked ? QStringLiteral("acted") : QStringLiteral("can_act"), true);
        if (liked)
            like.insert(QStringLiteral("can_undo"), true);
    }
    o.insert(QStringLiteral("actions_summary"),
        likes > 0 || !viewer.isEmpty() ? QJsonArray { like } : QJsonArray());
    return o;
}

} // namespace gilde::test
