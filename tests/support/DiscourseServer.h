#pragma once

#include "TestHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QUrlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace gilde::test
{

/// A scripted public Discourse forum on 127.0.0.1 for tests, seen as an
/// anonymous visitor sees it: the JSON of the latest topics, a category's
/// topics, a tag's topics, the site and its categories (in the shapes of
/// Discourse's API schemas, tests/fixtures/discourse/schemas), the HTML
/// head a forum's pages carry, the latest topics' RSS feed, and faults to
/// inject. Optionally under a subfolder, as Discourse can be installed.
/// Thread-safe: handlers run on the HTTP server's thread.
///
/// As on a real forum: times are ISO 8601 UTC with milliseconds; a list
/// pages by ?page=N (from 0), 30 topics a page, and names the next page in
/// topic_list.more_topics_url (with the subfolder, without ".json") only when
/// there is one; paths with the subfolder (more_topics_url, avatar_template)
/// are absolute paths on the host, not relative to base(). Tags are objects
/// {id, name, slug}, as the current schemas have them, and appear on every
/// topic (and as top_tags) once any topic has one, as when tagging is on.
/// A topic given posts (setPosts) is served as a thread: /t/{id}.json and
/// /t/{slug}/{id}.json, 20 posts a page (?page=N from 1) with the ids of
/// all, and /t/{id}/posts.json?post_ids[]=… for the rest; any other topic's
/// thread is not found (404).
class DiscourseServer
{
public:
    struct Category {
        int id;
        QString name;
        QString slug;
        QString color; ///< hex without '#', e.g. "0088CC"
        int parentId = 0;
        QString description;
        bool restricted = false; ///< its list only for a signed-in member (403 for anyone else)
    };
    /// What a test may want to know of a generated post.
    struct Post {
        int id; ///< topicId * 10000 + number
        int number; ///< post_number, 1-based within the topic
        QString username;
        int replyToNumber; ///< 0 when not a reply to a specific post
    };

    /// A forum at the host's root, or under `subfolder` ("/forum").
    explicit DiscourseServer(const QString &subfolder = {});
    DiscourseServer(const DiscourseServer &) = delete;
    DiscourseServer &operator=(const DiscourseServer &) = delete;

    bool listen();
    /// http://127.0.0.1:port with the subfolder, without a trailing slash.
    QUrl base() const;
    /// base() + path ("/latest.json?page=1").
    QUrl url(const QString &path) const;
    TestHttpServer &http() { return m_http; }

    static QString forumName() { return QStringLiteral("Gilde Test Forum"); }
    static constexpr int perPage = 30;
    static constexpr int postsPerPage = 20; ///< a topic's posts in one answer, Discourse's chunk size
    static constexpr int maxPostIds = 200; ///< more in one posts.json request is a 400

    void addCategory(const Category &category);
    /// `count` topics in the category with ids from `firstId` upwards, titled
    /// "Topic <id>" (slug "topic-<id>"). Across the forum a higher id is a
    /// newer topic, each created and bumped a minute after the one below it,
    /// the newest an hour before the server was made. Reply counts and
    /// posters vary with the id, the same in every run.
    /// Category 0 makes them the signed-in user's messages, in no public list.
    void addTopics(int categoryId, int count, int firstId, const QStringList &tags = {});
    /// A reply arrives: the topic's last post is at `bumpedAtMs`, by another poster.
    void bumpTopic(int topicId, qint64 bumpedAtMs, int newPosts = 1);
    /// Pinned globally: first in the latest topics, and in its category.
    void setPinned(int topicId, bool pinned);
    /// An answer that overrides a path below base() ("/latest.json") until
    /// cleared (a fault: 500, 429 with Retry-After, a slow body). With a query
    /// it overrides only that query, without one every query.
    void setFault(const QByteArray &path, const TestResponse &response);
    void clearFault(const QByteArray &path);

    /// Gives topic `topicId` (from addTopics) `count` posts in all, the first
    /// its opening post by the original poster, a minute apart up to the
    /// topic's last post; the lists' posts and reply counts, highest post
    /// number and last poster follow (and a later bumpTopic adds posts).
    /// Their HTML varies as real posts' does: every 5th quotes an earlier
    /// post, every 7th has a link's onebox, every 9th an image under the
    /// forum's uploads; every 4th answers the one before it; likes vary.
    /// Post 3 is hostile (a script, a javascript: link, an onclick, a form),
    /// as a client must sanitize what it shows.
    void setPosts(int topicId, int count);
    /// The topic's posts that are not deleted, in order.
    QList<Post> posts(int topicId) const;
    /// The text of a post's first paragraph ("Post 3 of topic 101."), which
    /// appears nowhere else in the topic (quotes quote other words).
    static QString postText(int topicId, int number);
    /// Deleted as a moderator deletes a reply: it leaves the stream and the
    /// counts, its number is not reused. Not the first post (that would delete the topic).
    void deletePost(int topicId, int number);

    // Signing in (DiscourseUserKeys.cpp). A signed-in user's new topics are
    // those with an id divisible by 3, their unread ones those one above. The first of the forum's users is
    // signed in to it in the browser and allows whatever asks:
    // /user-api-key/new answers as the forum does once they did, a fresh
    // key in the payload encrypted to the request's public key, redirected
    // to auth_redirect or shown on a page. /session/current.json names the
    // user of a valid User-Api-Key (or admin Api-Key with Api-Username);
    // POST /user-api-key/revoke revokes the key it comes with.
    /// The payload the forum gave last, as it would show it for pasting.
    QString lastPayload() const;
    /// Keys made and not revoked.
    QStringList activeUserApiKeys() const;
    void revokeUserApiKey(const QString &key);
    /// An admin API key, good with any user's name in Api-Username.
    void setAdminKey(const QString &key);
    static QString signedInUser();

    // Writing (DiscourseServerWrites.cpp), as the signed-in user or an admin
    // key's user: POST /posts.json makes a reply (topic_id, optionally
    // reply_to_post_number) or a new topic (title, category), which then
    // appear in the thread and the lists; POST /post_actions.json likes a
    // post (a second like is refused, 403, as Discourse refuses it); DELETE
    // /post_actions/{id} takes a like back; GET /posts/{id}.json gives a
    // post with its raw text and whether the asking user likes it; GET
    // /user_actions.json?username=…&filter=4,5 lists a user's new topics and
    // replies, newest first. Anyone else is refused, 403.
    struct Written {
        int topicId = 0;
        int number = 0;
        int postId = 0;
        QString username;
        QString raw;
        int replyTo = 0;
        QString title; ///< the topic's
        int categoryId = 0;
    };
    /// Every post written, in the order the forum stored them.
    QList<Written> written() const;
    /// Ids of the posts the signed-in user likes.
    QList<int> likedPosts() const;
    /// The bodies of the write requests received (POST, DELETE), as sent.
    QList<QByteArray> writeRequests() const;
    /// The next `count` writes are carried out, but their answers never come,
    /// as when a network drops mid-request.
    void loseAnswers(int count);
    /// Writes are stored at once and answered this much later.
    void setWriteDelayMs(int ms);
    /// The next writes are refused with `status` and the forum's `message`
    /// ({"errors": [message]}), until cleared with status 0.
    void refuseWrites(int status, const QString &message);
    /// Closed, as a moderator closes a topic: replies to it are refused (422).
    void closeTopic(int topicId);

    // Notifications (DiscourseNotifications.cpp): GET /notifications.json
    // lists the signed-in user's, newest first, as the forum does; anyone
    // else is refused, 403.
    struct Notification {
        int type = 2; ///< Discourse's notification_type: 1 mentioned, 2 replied, 5 liked, 6 message, 12 badge
        int topicId = 0; ///< 0: about no topic (a badge)
        int postNumber = 0;
        QString actor; ///< who did it
        bool read = false;
        QString badge; ///< a badge's name
        qint64 createdAtMs = 0; ///< 0: when added
    };
    /// One more for the signed-in user, newer than all before; its id.
    int addNotification(const Notification &notification);

    // Read state (DiscourseReadState.cpp): POST /topics/timings, as the
    // forum's web client sends what a signed-in user read, moves their last
    // read post; their lists then give each topic they opened its
    // last_read_post_number and unread_posts, as Discourse does.
    /// The last post of the topic `user` read; 0 when never opened.
    int lastReadPostNumber(int topicId, const QString &user = signedInUser()) const;
    /// The bodies of POST /topics/timings received, as sent.
    QList<QByteArray> timingRequests() const;

    // Push channel (DiscourseMessageBus.cpp): POST /message-bus/{client}/poll,
    // as the forum's web client long-polls it. Every new post of a topic
    // (bumpTopic, a reply written) is a "created" message on /topic/{id}; a
    // channel asked from -1 gets where it stands on /__status. A poll with
    // nothing to answer is held this long, then answered [] (0: at once, as a
    // forum with long polling turned off).
    void setBusHoldMs(int ms);
    /// The polls received.
    int busPolls() const;
    /// Every poll answered with `response`; none: as the forum answers.
    void setBusFault(const std::optional<TestResponse> &response);

private:
    struct Topic {
        int id = 0;
        int categoryId = 0;
        QStringList tags;
        int postsCount = 1;
        int replyCount = 0;
        int views = 0;
        int likeCount = 0;
        int opUserId = 0;
        int lastUserId = 0;
        bool pinned = false;
        qint64 bumpedAtMs = 0; ///< 0: when its place among the generated topics says
        int highestPost = 0; ///< its posts 1..highestPost were generated (0: none, not a thread)
        QList<int> deletedPosts;
        QString title; ///< written topics; generated ones are "Topic <id>"
        bool closed = false;
        QMap<int, int> written; ///< post number → index in m_written
    };
    struct Times {
        qint64 createdAtMs;
        qint64 bumpedAtMs;
    };

    TestResponse dispatch(const TestRequest &request);
    TestResponse categoryTopics(const QString &path, int page, const QString &viewer);
    /// Who the request's valid key is for, "" for anyone (DiscourseUserKeys.cpp).
    QString signedInAs(const TestRequest &request) const;
    /// /new.json, /unread.json and /topics/private-messages/NAME.json, for `user` only.
    TestResponse userTopics(const QString &path, int page, const QString &user);
    TestResponse tagTopics(const QString &path, int page);
    TestResponse notifications(const QString &user) const; ///< in DiscourseNotifications.cpp
    TestResponse timings(const TestRequest &request, const QString &user); ///< in DiscourseReadState.cpp
    TestResponse messageBus(const TestRequest &request); ///< in DiscourseMessageBus.cpp
    /// Tells the topic's channel that post `number` was made (DiscourseMessageBus.cpp).
    void publishCreatedLocked(int topicId, int number);
    /// A signed-in viewer's read state of a topic, into its list entry (DiscourseReadState.cpp).
    void addReadStateLocked(QJsonObject &topicJson, const Topic &topic, const QString &viewer) const;
    TestResponse page(const QString &path); ///< the HTML every page of the forum starts with
    TestResponse rss();
    TestResponse avatar(const QString &path) const; ///< a user's picture, in DiscoursePages.cpp
    TestResponse topicRoute(const QString &path, const QByteArray &query); ///< in DiscourseTopicJson.cpp
    /// /user-api-key/..., /session/current.json; in DiscourseUserKeys.cpp.
    TestResponse keyRoute(const TestRequest &request, const QString &path, const QUrlQuery &query);
    /// /posts.json, /posts/{id}.json, /post_actions…, /user_actions.json; in DiscourseServerWrites.cpp.
    TestResponse writeRoute(const TestRequest &request, const QString &path, const QUrlQuery &query);
    static bool isWriteRoute(const QString &path);

    // The rest run with m_mutex held.
    QHash<int, Times> timesLocked() const;
    QList<std::pair<Topic, Times>> orderedLocked(const std::function<bool(const Topic &)> &filter) const;
    /// `viewer`: who is signed in (their read state comes with each topic), "" for anyone.
    QJsonObject topicListLocked(const QList<std::pair<Topic, Times>> &topics, int page, const QString &morePath,
        const QString &viewer = {}) const;
    QJsonObject topicJsonLocked(const Topic &topic, const Times &times) const;
    QJsonArray tagsJsonLocked(const QStringList &names) const;
    QJsonObject siteLocked() const; ///< in DiscourseSiteJson.cpp
    QJsonObject categoriesLocked() const; ///< in DiscourseSiteJson.cpp
    // In DiscourseTopicJson.cpp.
    QList<int> postNumbersLocked(const Topic &topic) const; ///< not deleted, in order
    QJsonObject topicViewLocked(const Topic &topic, const Times &times, int page) const;
    QJsonObject postJsonLocked(const Topic &topic, const Times &times, int number) const;
    QJsonObject userJson(int userId) const; ///< {id, username, name, avatar_template}
    int posterOf(const Topic &topic, int number) const;
    QString titleOf(const Topic &topic) const { return topic.title.isEmpty() ? QStringLiteral("Topic %1").arg(topic.id) : topic.title; }
    /// A written post's JSON over a generated one's; `viewer` sees their likes and raw text.
    QJsonObject writtenPostLocked(QJsonObject post, const Topic &topic, int number, const QString &viewer) const;
    const Category *categoryLocked(int id) const;
    QString categoryPathLocked(const Category &category) const; ///< "parent/slug" or "slug"
    QString avatarTemplate(const QString &username) const;

    const QString m_subfolder;
    const qint64 m_startedMs;
    mutable QMutex m_mutex;
    QList<Category> m_categories;
    QMap<int, Topic> m_topics;
    QStringList m_tags; ///< in the order they first appeared; a tag's id is its index + 1
    QHash<QString, bool> m_userKeys; ///< key → revoked
    QString m_adminKey;
    QString m_lastPayload;
    QList<Written> m_written;
    QList<qint64> m_writtenAtMs; ///< when each of m_written was stored
    QList<int> m_liked;
    QList<QByteArray> m_writeRequests;
    QList<Notification> m_notifications; ///< oldest first; the id is the index + 1
    QHash<QString, QHash<int, int>> m_lastRead; ///< user → topic → last post read
    QList<QByteArray> m_timingRequests;
    struct BusMessage {
        QString channel;
        qint64 id = 0; ///< within its channel, from 1
        QJsonObject data;
    };
    QList<BusMessage> m_bus;
    int m_busHoldMs = 0;
    std::optional<TestResponse> m_busFault;
    int m_busPolls = 0;
    int m_loseAnswers = 0;
    int m_writeDelayMs = 0;
    int m_refuseStatus = 0;
    QString m_refuseMessage;
    // Last, so it is destroyed first: its thread stops before the state its handlers read goes.
    TestHttpServer m_http;
};

} // namespace gilde::test
