// The fake forum's writes: replies and new topics (POST /posts.json), likes
// (/post_actions), one post with its raw text (/posts/{id}.json) and a
// user's activity (/user_actions.json), with the faults a client's outbox
// must survive: answers lost after the write was stored, slow answers, the
// forum's refusals.
#include "DiscourseServer.h"

#include "DiscourseServerSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>

namespace gilde::test
{

namespace
{

// Discourse's defaults: min_post_length and min_topic_title_length.
constexpr int MinPostLength = 20;
constexpr int MinTitleLength = 15;

TestResponse forbidden()
{
    return discourse::refusal(
        403, QStringLiteral("You are not permitted to view the requested resource."), QStringLiteral("invalid_access"));
}

/// A path's number before ".json" (or at its end): /posts/12.json, /post_actions/12.
int trailingId(const QString &path)
{
    QString last = path.section(u'/', -1);
    if (last.endsWith(u".json"))
        last.chop(5);
    bool ok = false;
    const int id = last.toInt(&ok);
    return ok ? id : 0;
}

} // namespace

bool DiscourseServer::isWriteRoute(const QString &path)
{
    return path == u"/posts.json" || path.startsWith(u"/posts/") || path == u"/post_actions.json"
        || path.startsWith(u"/post_actions/") || path == u"/user_actions.json";
}

QList<DiscourseServer::Written> DiscourseServer::written() const
{
    QMutexLocker lock(&m_mutex);
    return m_written;
}

QList<int> DiscourseServer::likedPosts() const
{
    QMutexLocker lock(&m_mutex);
    return m_liked;
}

QList<QByteArray> DiscourseServer::writeRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_writeRequests;
}

void DiscourseServer::loseAnswers(int count)
{
    QMutexLocker lock(&m_mutex);
    m_loseAnswers = count;
}

void DiscourseServer::setWriteDelayMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_writeDelayMs = ms;
}

void DiscourseServer::refuseWrites(int status, const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_refuseStatus = status;
    m_refuseMessage = message;
}

void DiscourseServer::closeTopic(int topicId)
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_topics.find(topicId); it != m_topics.end())
        it->closed = true;
}

TestResponse DiscourseServer::writeRoute(const TestRequest &request, const QString &path, const QUrlQuery &query)
{
    const QString user = signedInAs(request);
    const bool write = request.method == "POST" || request.method == "DELETE";
    QMutexLocker lock(&m_mutex);

    if (!write && path == u"/user_actions.json") {
        // What a user did, newest first: new topics (4) and replies (5), as filter asks.
        const QString username = query.queryItemValue(QStringLiteral("username"));
        const QStringList filter = query.queryItemValue(QStringLiteral("filter")).split(u',', Qt::SkipEmptyParts);
        QJsonArray actions;
        for (qsizetype i = m_written.size() - 1; i >= 0 && actions.size() < 30; --i) {
            const Written &w = m_written.at(i);
            const int type = w.number == 1 ? 4 : 5;
            if (w.username != username || (!filter.isEmpty() && !filter.contains(QString::number(type))))
                continue;
            const auto topic = m_topics.constFind(w.topicId);
            const discourse::User &author = discourse::user(posterOf(*topic, w.number));
            const QString avatar = avatarTemplate(author.username);
            actions.append(QJsonObject {
                { QStringLiteral("excerpt"), w.raw.left(300).toHtmlEscaped() },
                { QStringLiteral("action_type"), type },
                { QStringLiteral("created_at"), discourse::isoTime(m_writtenAtMs.at(i)) },
                { QStringLiteral("avatar_template"), avatar },
                { QStringLiteral("acting_avatar_template"), avatar },
                { QStringLiteral("slug"), QStringLiteral("topic-%1").arg(w.topicId) },
                { QStringLiteral("topic_id"), w.topicId },
                { QStringLiteral("target_user_id"), author.id },
                { QStringLiteral("target_name"), author.name },
                { QStringLiteral("target_username"), author.username },
                { QStringLiteral("post_number"), w.number },
                // A number, as on every real forum (the schema says a string).
                { QStringLiteral("post_id"), w.postId },
                { QStringLiteral("username"), author.username },
                { QStringLiteral("name"), author.name },
                { QStringLiteral("user_id"), author.id },
                { QStringLiteral("acting_username"), author.username },
                { QStringLiteral("acting_name"), author.name },
                { QStringLiteral("acting_user_id"), author.id },
                { QStringLiteral("title"), titleOf(*topic) },
                { QStringLiteral("deleted"), false },
                { QStringLiteral("hidden"), QJsonValue() },
                { QStringLiteral("post_type"), QJsonValue() },
                { QStringLiteral("action_code"), QJsonValue() },
                { QStringLiteral("category_id"), topic->categoryId },
                { QStringLiteral("closed"), topic->closed },
                { QStringLiteral("archived"), false },
            });
        }
        return discourse::jsonResponse(QJsonObject { { QStringLiteral("user_actions"), actions } }, "user_actions/index");
    }
    if (!write && path.startsWith(u"/posts/")) {
        const int id = trailingId(path);
        const auto topic = m_topics.constFind(id / 10000);
        const int n = id % 10000;
        if (topic == m_topics.cend() || !postNumbersLocked(*topic).contains(n))
            return discourse::notFound();
        const Times times = timesLocked().value(topic->id);
        QJsonObject post = writtenPostLocked(postJsonLocked(*topic, times, n), *topic, n, user);
        post.insert(QStringLiteral("post_url"), QStringLiteral("%1/t/topic-%2/%2/%3").arg(m_subfolder).arg(topic->id).arg(n));
        post.insert(QStringLiteral("posts_count"), topic->postsCount);
        return discourse::jsonResponse(post, "posts/show");
    }
    if (!write)
        return discourse::notFound();

    m_writeRequests.append(request.body);
    if (user.isEmpty())
        return forbidden();
    if (m_refuseStatus != 0)
        return discourse::refusal(m_refuseStatus, m_refuseMessage);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    int answered = 0; // the post the answer shows
    int topicId = 0;

    if (request.method == "POST" && path == u"/posts.json") {
        const QString raw = body.value(QLatin1String("raw")).toString();
        if (raw.trimmed().size() < MinPostLength)
            return discourse::refusal(422, QStringLiteral("Body is too short (minimum is %1 characters)").arg(MinPostLength));
        Written w;
        w.username = user;
        w.raw = raw.trimmed();
        topicId = body.value(QLatin1String("topic_id")).toInt();
        if (topicId > 0) {
            auto topic = m_topics.find(topicId);
            if (topic == m_topics.end())
                return discourse::notFound();
            if (topic->closed)
                return discourse::refusal(422, QStringLiteral("This topic is closed; it no longer accepts new replies."));
            if (topic->highestPost == 0)
                topic->highestPost = topic->postsCount; // its thread, as setPosts would make it
            w.number = topic->highestPost + 1;
            w.replyTo = body.value(QLatin1String("reply_to_post_number")).toInt();
            topic->highestPost = w.number;
            topic->postsCount += 1;
            topic->replyCount += 1;
            topic->bumpedAtMs = nowMs;
            w.title = titleOf(*topic);
            w.categoryId = topic->categoryId;
        } else {
            const QString title = body.value(QLatin1String("title")).toString().trimmed();
            if (title.size() < MinTitleLength)
                return discourse::refusal(422, QStringLiteral("Title is too short (minimum is %1 characters)").arg(MinTitleLength));
            const int category = body.value(QLatin1String("category")).toInt();
            if (!categoryLocked(category))
                return discourse::refusal(422, QStringLiteral("Category can't be blank"));
            Topic t;
            t.id = m_topics.isEmpty() ? 1 : m_topics.lastKey() + 1;
            t.categoryId = category;
            t.title = title;
            t.postsCount = 1;
            t.highestPost = 1;
            t.bumpedAtMs = nowMs;
            m_topics.insert(t.id, t);
            topicId = t.id;
            w.number = 1;
            w.title = title;
            w.categoryId = category;
        }
        w.topicId = topicId;
        w.postId = discourse::postId(topicId, w.number);
        m_topics[topicId].written.insert(w.number, int(m_written.size()));
        m_written.append(w);
        m_writtenAtMs.append(nowMs);
        Topic &topic = m_topics[topicId];
        topic.lastUserId = posterOf(topic, w.number);
        if (w.number == 1)
            topic.opUserId = topic.lastUserId;
        publishCreatedLocked(topicId, w.number);
        answered = w.number;
    } else {
        const bool like = request.method == "POST" && path == u"/post_actions.json";
        const int id = like ? body.value(QLatin1String("id")).toInt() : trailingId(path);
        topicId = id / 10000;
        answered = id % 10000;
        const auto topic = m_topics.constFind(topicId);
        if ((!like && !path.startsWith(u"/post_actions/")) || topic == m_topics.cend()
            || !postNumbersLocked(*topic).contains(answered))
            return discourse::notFound();
        // Discourse refuses a second like, and taking back one never given.
        if (like == m_liked.contains(id))
            return forbidden();
        if (like)
            m_liked.append(id);
        else
            m_liked.removeAll(id);
    }
    const Topic &topic = m_topics[topicId];
    const Times times = timesLocked().value(topicId);
    // A new post's answer: the post as the thread has it, less what only a
    // reader's view carries, with where it is and the user's draft state.
    QJsonObject post = writtenPostLocked(postJsonLocked(topic, times, answered), topic, answered, user);
    post.remove(QStringLiteral("read"));
    post.remove(QStringLiteral("link_counts"));
    post.insert(QStringLiteral("post_url"), QStringLiteral("%1/t/topic-%2/%2/%3").arg(m_subfolder).arg(topicId).arg(answered));
    post.insert(QStringLiteral("posts_count"), topic.postsCount);
    post.insert(QStringLiteral("draft_sequence"), 0);
    post.insert(QStringLiteral("flair_group_id"), QJsonValue());
    post.insert(QStringLiteral("badges_granted"), QJsonArray());
    TestResponse r = discourse::jsonResponse(post, "posts/create");
    r.delayMs = m_writeDelayMs;
    if (m_loseAnswers > 0) {
        --m_loseAnswers;
        // Never answered: closing instead would make the client's HTTP stack
        // send the same request again by itself, before any outbox logic.
        r.behaviour = TestResponse::Behaviour::Hang;
    }
    return r;
}

} // namespace gilde::test
