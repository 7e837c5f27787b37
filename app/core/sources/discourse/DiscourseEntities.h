#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gilde
{

/// A person as a topic list names them (its "users").
struct DiscourseUser {
    qint64 id = 0;
    QString username;
    QString name;
    QString avatarTemplate; ///< "/user_avatar/host/name/{size}/1_2.png": {size} is filled in by the client
};

/// One topic as a topic list (/latest.json, /c/…/id.json, /tag/…json) shows it.
struct DiscourseTopic {
    qint64 id = 0;
    QString title; ///< plain text (fancy_title is the HTML-escaped one)
    QString slug;
    QString excerpt; ///< only some lists send one (pinned topics, some themes); plain text with entities
    QString imageUrl;
    qint64 categoryId = 0;
    int postsCount = 0;
    int replyCount = 0;
    int likeCount = 0;
    int views = 0;
    qint64 createdAtMs = 0;
    qint64 bumpedAtMs = 0; ///< the last activity that moves it up the list
    qint64 lastPostedAtMs = 0;
    bool pinned = false;
    bool closed = false;
    bool archived = false;
    QStringList tags;
    int highestPostNumber = 0;
    /// For a signed-in user: the last post they read (-1: the forum did not
    /// say, 0: never opened), and how many posts since are unread.
    int lastReadPostNumber = -1;
    int unreadPosts = 0;
    qint64 originalPosterId = 0;
    QList<qint64> posterIds; ///< as the list gives them: the original poster first, the latest last
    QString lastPosterUsername;
};

struct DiscourseTopicList {
    QList<DiscourseTopic> topics;
    QHash<qint64, DiscourseUser> users;
    QString moreTopicsUrl; ///< the next page ("/latest?page=1"); empty on the last
};

/// A category (or subcategory: parentId set) as /site.json and /categories.json list them.
struct DiscourseCategory {
    qint64 id = 0;
    QString name;
    QString slug;
    QString color; ///< "0088CC", without '#'
    QString textColor;
    QString description; ///< plain text
    qint64 parentId = 0;
    int position = 0;
    int topicCount = 0;
    bool readRestricted = false;
};

/// One post of a topic, as /t/{id}.json and /t/{id}/posts.json give it.
struct DiscoursePost {
    qint64 id = 0;
    int number = 0; ///< post_number: its place in the topic, from 1
    QString username;
    QString name;
    QString avatarTemplate;
    qint64 createdAtMs = 0;
    QString cooked; ///< the forum's HTML, not yet sanitized
    int replyToNumber = 0;
    int likeCount = 0;
    qint64 topicId = 0;
    QString raw; ///< what its author typed: only in /posts/{id}.json and a new post's answer
    bool liked = false; ///< the signed-in user likes it (its like "acted")
};

/// One entry of a user's activity (/user_actions.json): a topic they
/// started (type 4) or a reply they wrote (type 5), newest first.
struct DiscourseUserAction {
    int type = 0;
    qint64 topicId = 0;
    qint64 postId = 0;
    int postNumber = 0;
    qint64 categoryId = 0;
    QString title; ///< the topic's
    qint64 createdAtMs = 0;
};

/// One of the signed-in user's notifications (/notifications.json): someone
/// replied, mentioned, quoted, liked, wrote a message; a badge granted.
struct DiscourseNotification {
    qint64 id = 0;
    int type = 0; ///< notification_type: 1 mentioned, 2 replied, 3 quoted, 5 liked, 6 message, 12 badge, …
    bool read = false;
    qint64 createdAtMs = 0;
    qint64 topicId = 0; ///< 0 for one about no topic (a badge)
    int postNumber = 0;
    QString slug;
    QString topicTitle; ///< plain text
    QString actor; ///< data.display_username (or original_username, username)
    QString badgeName;
    qint64 badgeId = 0;
    QString badgeSlug;
};

/// A topic's thread: the first posts and the ids of all of them (the stream),
/// whose rest a client asks for in chunks.
struct DiscourseThread {
    qint64 topicId = 0;
    QString title;
    QString slug;
    int postsCount = 0;
    QList<DiscoursePost> posts;
    QList<qint64> stream;
};

/// What a refused request's body says: {"errors": [...], "error_type": "..."}.
struct DiscourseError {
    QString message; ///< the first of "errors", in the forum's words
    QString type; ///< "not_found", "invalid_access", "rate_limit", ...
    int waitSeconds = 0; ///< extras.wait_seconds of a rate limit
};

} // namespace gilde
