#include "NotificationToItems.h"

#include "DiscourseStream.h"
#include "TopicMeta.h"

#include <QCoreApplication>

namespace gilde::discourse
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiscourseNotifications)
};

// Discourse's Notification.types.
enum Type {
    Mentioned = 1,
    Replied = 2,
    Quoted = 3,
    Edited = 4,
    Liked = 5,
    PrivateMessage = 6,
    InvitedToPrivateMessage = 7,
    Posted = 9,
    Linked = 11,
    GrantedBadge = 12,
    InvitedToTopic = 13,
    GroupMentioned = 15,
    WatchingFirstPost = 17,
    TopicReminder = 18,
    LikedConsolidated = 19,
    BookmarkReminder = 24,
    Reaction = 25,
};

QString remoteIdOf(const DiscourseNotification &n)
{
    if (n.id != 0)
        return QStringLiteral("notification:%1").arg(n.id);
    return QStringLiteral("notification:%1:%2:%3:%4").arg(n.type).arg(n.topicId).arg(n.postNumber).arg(n.createdAtMs);
}

QUrl badgeUrl(const QUrl &base, const DiscourseNotification &n)
{
    QUrl url = base;
    url.setPath(base.path() + (n.badgeId > 0 ? QStringLiteral("/badges/%1/%2").arg(n.badgeId).arg(n.badgeSlug) : QStringLiteral("/my/badges")));
    return url;
}

} // namespace

QString notificationTitle(const DiscourseNotification &n)
{
    const QString who = n.actor.isEmpty() ? Text::tr("Someone") : n.actor;
    const QString topic = n.topicTitle.isEmpty() ? Text::tr("a topic") : n.topicTitle;
    switch (n.type) {
    case Mentioned:
        return Text::tr("%1 mentioned you in “%2”").arg(who, topic);
    case GroupMentioned:
        return Text::tr("%1 mentioned your group in “%2”").arg(who, topic);
    case Replied:
        return Text::tr("%1 replied to you in “%2”").arg(who, topic);
    case Quoted:
        return Text::tr("%1 quoted you in “%2”").arg(who, topic);
    case Edited:
        return Text::tr("%1 edited your post in “%2”").arg(who, topic);
    case Liked:
    case LikedConsolidated:
    case Reaction:
        return Text::tr("%1 liked your post in “%2”").arg(who, topic);
    case PrivateMessage:
        return Text::tr("%1 sent you a message: “%2”").arg(who, topic);
    case InvitedToPrivateMessage:
    case InvitedToTopic:
        return Text::tr("%1 invited you to “%2”").arg(who, topic);
    case Posted:
    case WatchingFirstPost:
        return Text::tr("%1 posted in “%2”").arg(who, topic);
    case Linked:
        return Text::tr("%1 linked to your post in “%2”").arg(who, topic);
    case GrantedBadge:
        return Text::tr("You earned the badge “%1”").arg(n.badgeName);
    case TopicReminder:
    case BookmarkReminder:
        return Text::tr("Reminder: “%1”").arg(topic);
    default:
        return n.actor.isEmpty() ? topic : Text::tr("%1 in “%2”").arg(who, topic);
    }
}

QList<Item> itemsFromNotifications(const QList<DiscourseNotification> &notifications, const QUrl &base, qint64 sourceId)
{
    QList<Item> items;
    items.reserve(notifications.size());
    for (const DiscourseNotification &n : notifications) {
        Item item;
        item.sourceId = sourceId;
        item.remoteId = remoteIdOf(n);
        item.title = notificationTitle(n);
        item.author = n.actor;
        item.publishedMs = n.createdAtMs;
        item.updatedMs = n.createdAtMs;
        item.read = n.read;
        if (n.topicId > 0) {
            item.kind = QStringLiteral("topic");
            QUrl url = DiscourseStream::topicUrl(base, n.slug, n.topicId);
            if (n.postNumber > 1)
                url.setPath(url.path() + QStringLiteral("/%1").arg(n.postNumber));
            item.url = url.toString();
            TopicMeta meta;
            meta.topicId = n.topicId;
            meta.notice = true;
            if (!n.actor.isEmpty())
                meta.posters << n.actor;
            item.meta = meta.toJson();
        } else {
            item.url = badgeUrl(base, n).toString();
        }
        items << std::move(item);
    }
    return items;
}

} // namespace gilde::discourse
