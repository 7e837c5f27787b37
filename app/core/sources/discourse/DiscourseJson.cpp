#include "DiscourseJson.h"

#include "sources/feeds/FeedDates.h"
#include "text/HtmlSanitizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace gilde::discourse
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiscourseJson)
};

QString str(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

/// Ids are integers in Discourse; a string of digits (from a proxy or plugin) is taken too.
qint64 id(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d >= 1 && d < 9.0e15 ? qint64(d) : 0;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok && n > 0 ? n : 0;
    }
    return 0;
}

int count(const QJsonObject &o, QLatin1String key)
{
    const double d = o.value(key).toDouble(0);
    return d >= 0 && d < 2.0e9 ? int(d) : 0;
}

qint64 time(const QJsonObject &o, QLatin1String key)
{
    // RFC 3339 with milliseconds; the feeds' parser also takes what plugins send instead.
    const QDateTime t = parseFeedDate(str(o, key));
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

std::optional<QJsonObject> object(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject())
        return doc.object();
    if (error) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : Text::tr("expected a JSON object");
    }
    return std::nullopt;
}

QStringList tags(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &t : v.toArray()) {
        // Names before Discourse 3.4, objects ({id, name, slug}) after.
        const QString name = t.isObject() ? str(t.toObject(), QLatin1String("name")) : t.toString();
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

DiscourseTopic topic(const QJsonObject &o)
{
    DiscourseTopic t;
    t.id = id(o.value(QLatin1String("id")));
    t.title = str(o, QLatin1String("title"));
    t.slug = str(o, QLatin1String("slug"));
    t.excerpt = str(o, QLatin1String("excerpt"));
    t.imageUrl = str(o, QLatin1String("image_url"));
    t.categoryId = id(o.value(QLatin1String("category_id")));
    t.postsCount = count(o, QLatin1String("posts_count"));
    t.replyCount = count(o, QLatin1String("reply_count"));
    t.likeCount = count(o, QLatin1String("like_count"));
    t.views = count(o, QLatin1String("views"));
    t.createdAtMs = time(o, QLatin1String("created_at"));
    t.lastPostedAtMs = time(o, QLatin1String("last_posted_at"));
    t.bumpedAtMs = time(o, QLatin1String("bumped_at"));
    if (t.bumpedAtMs == 0)
        t.bumpedAtMs = t.lastPostedAtMs ? t.lastPostedAtMs : t.createdAtMs;
    t.pinned = o.value(QLatin1String("pinned")).toBool();
    t.closed = o.value(QLatin1String("closed")).toBool();
    t.archived = o.value(QLatin1String("archived")).toBool();
    t.tags = tags(o.value(QLatin1String("tags")));
    t.highestPostNumber = count(o, QLatin1String("highest_post_number"));
    // Only in a signed-in user's lists, and only for topics they opened.
    if (o.value(QLatin1String("last_read_post_number")).isDouble())
        t.lastReadPostNumber = count(o, QLatin1String("last_read_post_number"));
    // unread_posts since Discourse 2.9; before it, unread and new_posts.
    t.unreadPosts = o.contains(QLatin1String("unread_posts"))
        ? count(o, QLatin1String("unread_posts"))
        : count(o, QLatin1String("unread")) + count(o, QLatin1String("new_posts"));
    t.lastPosterUsername = str(o, QLatin1String("last_poster_username"));
    for (const QJsonValue &p : o.value(QLatin1String("posters")).toArray()) {
        const QJsonObject poster = p.toObject();
        const qint64 user = id(poster.value(QLatin1String("user_id")));
        if (user == 0)
            continue;
        t.posterIds << user;
        // "Original Poster", "Original Poster, Most Recent Poster": in English
        // whatever the forum's language, as the API sends it untranslated.
        if (t.originalPosterId == 0 && str(poster, QLatin1String("description")).contains(u"Original Poster"))
            t.originalPosterId = user;
    }
    if (t.originalPosterId == 0 && !t.posterIds.isEmpty())
        t.originalPosterId = t.posterIds.first();
    return t;
}

DiscourseUser user(const QJsonObject &o)
{
    DiscourseUser u;
    u.id = id(o.value(QLatin1String("id")));
    u.username = str(o, QLatin1String("username"));
    u.name = str(o, QLatin1String("name"));
    u.avatarTemplate = str(o, QLatin1String("avatar_template"));
    return u;
}

DiscourseCategory category(const QJsonObject &o)
{
    DiscourseCategory c;
    c.id = id(o.value(QLatin1String("id")));
    c.name = str(o, QLatin1String("name"));
    c.slug = str(o, QLatin1String("slug"));
    c.color = str(o, QLatin1String("color"));
    c.textColor = str(o, QLatin1String("text_color"));
    c.description = str(o, QLatin1String("description_text"));
    if (c.description.isEmpty())
        c.description = str(o, QLatin1String("description"));
    c.parentId = id(o.value(QLatin1String("parent_category_id")));
    c.position = count(o, QLatin1String("position"));
    c.topicCount = count(o, QLatin1String("topic_count"));
    c.readRestricted = o.value(QLatin1String("read_restricted")).toBool();
    return c;
}

DiscoursePost post(const QJsonObject &o)
{
    DiscoursePost p;
    p.id = id(o.value(QLatin1String("id")));
    p.number = count(o, QLatin1String("post_number"));
    p.username = str(o, QLatin1String("username"));
    p.name = str(o, QLatin1String("name"));
    p.avatarTemplate = str(o, QLatin1String("avatar_template"));
    p.createdAtMs = time(o, QLatin1String("created_at"));
    p.cooked = str(o, QLatin1String("cooked"));
    p.replyToNumber = count(o, QLatin1String("reply_to_post_number"));
    p.topicId = id(o.value(QLatin1String("topic_id")));
    p.raw = str(o, QLatin1String("raw"));
    // Likes are the actions of type 2; older forums count them only there.
    for (const QJsonValue &a : o.value(QLatin1String("actions_summary")).toArray()) {
        const QJsonObject action = a.toObject();
        if (id(action.value(QLatin1String("id"))) != 2)
            continue;
        p.likeCount = count(action, QLatin1String("count"));
        p.liked = action.value(QLatin1String("acted")).toBool();
    }
    if (o.contains(QLatin1String("like_count")))
        p.likeCount = count(o, QLatin1String("like_count"));
    return p;
}

QList<DiscoursePost> postsOf(const QJsonObject &postStream)
{
    QList<DiscoursePost> out;
    for (const QJsonValue &v : postStream.value(QLatin1String("posts")).toArray()) {
        DiscoursePost p = post(v.toObject());
        if (p.id != 0 && p.number > 0)
            out << std::move(p);
    }
    return out;
}

std::optional<QJsonObject> postStream(const QJsonObject &root, QString *error)
{
    const QJsonValue stream = root.value(QLatin1String("post_stream"));
    if (stream.isObject())
        return stream.toObject();
    if (error)
        *error = Text::tr("no posts in the answer");
    return std::nullopt;
}

} // namespace

DiscourseThread thread(const QByteArray &body, QString *error)
{
    DiscourseThread t;
    const auto root = object(body, error);
    const auto stream = root ? postStream(*root, error) : std::nullopt;
    if (!stream)
        return t;
    t.topicId = id(root->value(QLatin1String("id")));
    t.title = str(*root, QLatin1String("title"));
    t.slug = str(*root, QLatin1String("slug"));
    t.postsCount = count(*root, QLatin1String("posts_count"));
    t.posts = postsOf(*stream);
    for (const QJsonValue &v : stream->value(QLatin1String("stream")).toArray()) {
        if (const qint64 postId = id(v))
            t.stream << postId;
    }
    return t;
}

QList<DiscoursePost> posts(const QByteArray &body, QString *error)
{
    const auto root = object(body, error);
    const auto stream = root ? postStream(*root, error) : std::nullopt;
    return stream ? postsOf(*stream) : QList<DiscoursePost>();
}

DiscourseTopicList topicList(const QByteArray &body, QString *error)
{
    DiscourseTopicList list;
    const auto root = object(body, error);
    if (!root)
        return list;
    const QJsonValue topicList = root->value(QLatin1String("topic_list"));
    if (!topicList.isObject()) {
        if (error)
            *error = Text::tr("no topic list in the answer");
        return list;
    }
    const QJsonObject tl = topicList.toObject();
    for (const QJsonValue &v : tl.value(QLatin1String("topics")).toArray()) {
        DiscourseTopic t = topic(v.toObject());
        if (t.id != 0)
            list.topics << std::move(t);
    }
    list.moreTopicsUrl = str(tl, QLatin1String("more_topics_url"));
    for (const QJsonValue &v : root->value(QLatin1String("users")).toArray()) {
        DiscourseUser u = user(v.toObject());
        if (u.id != 0)
            list.users.insert(u.id, std::move(u));
    }
    return list;
}

bool isTopicList(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() && doc.object().value(QLatin1String("topic_list")).isObject();
}

QList<DiscourseCategory> categories(const QByteArray &body, QString *error)
{
    QList<DiscourseCategory> out;
    const auto root = object(body, error);
    if (!root)
        return out;
    // /site.json has them flat; /categories.json under category_list, each
    // top-level one with its subcategories inside when include_subcategories is set.
    QJsonArray list = root->value(QLatin1String("categories")).toArray();
    if (list.isEmpty())
        list = root->value(QLatin1String("category_list")).toObject().value(QLatin1String("categories")).toArray();
    if (list.isEmpty() && !root->contains(QLatin1String("categories"))
        && !root->contains(QLatin1String("category_list"))) {
        if (error)
            *error = Text::tr("no categories in the answer");
        return out;
    }
    QSet<qint64> seen;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        DiscourseCategory c = category(o);
        if (c.id == 0 || seen.contains(c.id))
            continue;
        seen.insert(c.id);
        const qint64 parent = c.id;
        out << std::move(c);
        for (const QJsonValue &s : o.value(QLatin1String("subcategory_list")).toArray()) {
            DiscourseCategory sub = category(s.toObject());
            if (sub.id == 0 || seen.contains(sub.id))
                continue;
            if (sub.parentId == 0)
                sub.parentId = parent;
            seen.insert(sub.id);
            out << std::move(sub);
        }
    }
    return out;
}

DiscourseError error(const QByteArray &body)
{
    DiscourseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &v : errors) {
        if (v.isString() && !v.toString().trimmed().isEmpty()) {
            e.message = v.toString().trimmed();
            break;
        }
    }
    if (e.message.isEmpty())
        e.message = str(o, QLatin1String("error")).trimmed();
    e.type = str(o, QLatin1String("error_type"));
    e.waitSeconds = count(o.value(QLatin1String("extras")).toObject(), QLatin1String("wait_seconds"));
    return e;
}

std::optional<DiscourseUser> currentUser(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object().value(QLatin1String("current_user")).toObject();
    DiscourseUser u = user(o);
    if (u.username.isEmpty())
        return std::nullopt;
    return u;
}

std::optional<DiscoursePost> singlePost(const QByteArray &body)
{
    const std::optional<QJsonObject> o = object(body, nullptr);
    if (!o)
        return std::nullopt;
    DiscoursePost p = post(*o);
    if (p.id == 0 || p.number <= 0)
        return std::nullopt;
    return p;
}

QList<DiscourseUserAction> userActions(const QByteArray &body)
{
    QList<DiscourseUserAction> out;
    const std::optional<QJsonObject> o = object(body, nullptr);
    if (!o)
        return out;
    for (const QJsonValue &v : o->value(QLatin1String("user_actions")).toArray()) {
        const QJsonObject a = v.toObject();
        DiscourseUserAction u;
        u.type = count(a, QLatin1String("action_type"));
        u.topicId = id(a.value(QLatin1String("topic_id")));
        // A number on real forums, a string in the published schema.
        u.postId = id(a.value(QLatin1String("post_id")));
        u.postNumber = count(a, QLatin1String("post_number"));
        u.categoryId = id(a.value(QLatin1String("category_id")));
        u.title = str(a, QLatin1String("title"));
        u.createdAtMs = time(a, QLatin1String("created_at"));
        if (u.topicId != 0 && u.postId != 0)
            out << u;
    }
    return out;
}

QList<DiscourseNotification> notifications(const QByteArray &body, QString *error)
{
    QList<DiscourseNotification> out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    QJsonArray list;
    if (doc.isArray())
        list = doc.array();
    else if (doc.isObject() && doc.object().value(QLatin1String("notifications")).isArray())
        list = doc.object().value(QLatin1String("notifications")).toArray();
    else {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : Text::tr("expected a list of notifications");
        }
        return out;
    }
    for (const QJsonValue &v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        DiscourseNotification n;
        n.id = id(o.value(QLatin1String("id")));
        n.type = count(o, QLatin1String("notification_type"));
        n.read = o.value(QLatin1String("read")).toBool();
        n.createdAtMs = time(o, QLatin1String("created_at"));
        n.topicId = id(o.value(QLatin1String("topic_id")));
        n.postNumber = count(o, QLatin1String("post_number"));
        n.slug = str(o, QLatin1String("slug"));
        n.topicTitle = str(data, QLatin1String("topic_title"));
        if (n.topicTitle.isEmpty()) // fancy_title is HTML-escaped
            n.topicTitle = htmlToPlainText(str(o, QLatin1String("fancy_title")));
        for (const char *key : { "display_username", "original_username", "username" }) {
            n.actor = str(data, QLatin1String(key));
            if (!n.actor.isEmpty())
                break;
        }
        n.badgeName = str(data, QLatin1String("badge_name"));
        n.badgeId = id(data.value(QLatin1String("badge_id")));
        n.badgeSlug = str(data, QLatin1String("badge_slug"));
        // Forums before 1.1 gave no ids; what the entry is about still names it.
        if (n.id != 0 || n.topicId != 0 || !n.badgeName.isEmpty())
            out << n;
    }
    return out;
}

} // namespace gilde::discourse
