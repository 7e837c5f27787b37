// The fake forum's notifications: the signed-in user's, as
// /notifications.json lists them (the getNotifications schema's shape).
#include "DiscourseServer.h"

#include "DiscourseServerSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutexLocker>

namespace gilde::test
{

int DiscourseServer::addNotification(const Notification &notification)
{
    QMutexLocker lock(&m_mutex);
    Notification n = notification;
    if (n.createdAtMs == 0)
        n.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    m_notifications << n;
    return int(m_notifications.size());
}

TestResponse DiscourseServer::notifications(const QString &user) const
{
    if (user.isEmpty())
        return discourse::refusal(403, QStringLiteral("You need to be logged in to do that."), QStringLiteral("not_logged_in"));
    QMutexLocker lock(&m_mutex);
    QJsonArray list;
    for (int i = int(m_notifications.size()) - 1; i >= 0; --i) {
        const Notification &n = m_notifications.at(i);
        QJsonObject data;
        QJsonObject o { { QStringLiteral("id"), i + 1 }, { QStringLiteral("user_id"), 1 },
            { QStringLiteral("notification_type"), n.type }, { QStringLiteral("read"), n.read },
            { QStringLiteral("created_at"), discourse::isoTime(n.createdAtMs) } };
        const auto topic = m_topics.find(n.topicId);
        if (topic != m_topics.end()) {
            o.insert(QStringLiteral("topic_id"), n.topicId);
            o.insert(QStringLiteral("post_number"), n.postNumber);
            o.insert(QStringLiteral("slug"), QStringLiteral("topic-%1").arg(n.topicId));
            o.insert(QStringLiteral("fancy_title"), titleOf(*topic).toHtmlEscaped());
            data = { { QStringLiteral("topic_title"), titleOf(*topic) },
                { QStringLiteral("original_post_id"), n.topicId * 10000 + n.postNumber },
                { QStringLiteral("original_post_type"), 1 }, { QStringLiteral("original_username"), n.actor },
                { QStringLiteral("revision_number"), QJsonValue::Null },
                { QStringLiteral("display_username"), n.actor } };
        } else {
            o.insert(QStringLiteral("topic_id"), QJsonValue::Null);
            o.insert(QStringLiteral("post_number"), QJsonValue::Null);
            o.insert(QStringLiteral("slug"), QJsonValue::Null);
            data = { { QStringLiteral("badge_id"), 40 + i }, { QStringLiteral("badge_name"), n.badge },
                { QStringLiteral("badge_slug"), n.badge.toLower().replace(u' ', u'-') },
                { QStringLiteral("badge_title"), false }, { QStringLiteral("username"), user } };
        }
        o.insert(QStringLiteral("data"), data);
        list.append(o);
    }
    const QJsonObject body { { QStringLiteral("notifications"), list },
        { QStringLiteral("total_rows_notifications"), list.size() },
        { QStringLiteral("seen_notification_id"), int(m_notifications.size()) },
        { QStringLiteral("load_more_notifications"),
            QStringLiteral("/notifications?offset=60&username=%1").arg(user) } };
    return discourse::jsonResponse(body, "notifications/index");
}

} // namespace gilde::test
