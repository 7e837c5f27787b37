// The fake forum's read state: what POST /topics/timings reports a signed-in
// user read, and the last_read_post_number and unread_posts their lists then
// carry for the topics they opened.
#include "DiscourseServer.h"

#include "DiscourseServerSupport.h"

#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrlQuery>

namespace gilde::test
{

int DiscourseServer::lastReadPostNumber(int topicId, const QString &user) const
{
    QMutexLocker lock(&m_mutex);
    return m_lastRead.value(user).value(topicId);
}

QList<QByteArray> DiscourseServer::timingRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_timingRequests;
}

TestResponse DiscourseServer::timings(const TestRequest &request, const QString &user)
{
    if (request.method != "POST")
        return discourse::notFound();
    if (user.isEmpty())
        return discourse::refusal(403, QStringLiteral("You need to be logged in to do that."), QStringLiteral("not_logged_in"));
    // topic_id=12&topic_time=4000&timings[1]=2000&timings[2]=2000, as the web client posts it.
    const QUrlQuery form(QString::fromUtf8(request.body));
    const int topicId = form.queryItemValue(QStringLiteral("topic_id")).toInt();
    static const QRegularExpression timing(QStringLiteral("^timings\\[(\\d+)\\]$"));
    QMutexLocker lock(&m_mutex);
    m_timingRequests << request.body;
    const auto topic = m_topics.find(topicId);
    if (topic == m_topics.end())
        return discourse::refusal(400, QStringLiteral("param is missing or the value is empty: topic_id"));
    int highest = 0;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        const auto m = timing.match(key);
        if (m.hasMatch() && value.toInt() > 0)
            highest = std::max(highest, m.captured(1).toInt());
    }
    int &lastRead = m_lastRead[user][topicId];
    lastRead = std::max(lastRead, std::min(highest, topic->highestPost > 0 ? topic->highestPost : topic->postsCount));
    TestResponse r = TestResponse::ok(QByteArray(), "text/plain; charset=utf-8");
    r.conditional = false;
    return r;
}

void DiscourseServer::addReadStateLocked(QJsonObject &json, const Topic &topic, const QString &viewer) const
{
    const int highest = topic.highestPost > 0 ? topic.highestPost : topic.postsCount;
    const QHash<int, int> byTopic = m_lastRead.value(viewer);
    const auto read = byTopic.constFind(topic.id);
    if (read == byTopic.constEnd()) {
        json.insert(QStringLiteral("unseen"), true);
        return;
    }
    json.insert(QStringLiteral("unseen"), false);
    json.insert(QStringLiteral("last_read_post_number"), *read);
    json.insert(QStringLiteral("unread_posts"), std::max(0, highest - *read));
    json.insert(QStringLiteral("new_posts"), 0);
    json.insert(QStringLiteral("notification_level"), 1);
}

} // namespace gilde::test
