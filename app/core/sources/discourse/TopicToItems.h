#pragma once

#include "DiscourseEntities.h"
#include "model/Item.h"

#include <QHash>
#include <QUrl>

namespace gilde::discourse
{

/// Topics of a list as items (kind "topic"), ordered as the forum orders
/// them: by last activity, so a topic with new replies comes up again.
/// `categories` (by id) names and colours each topic's category; a topic
/// whose category is unknown just has none. The item's meta is a TopicMeta:
/// what a topic row shows. A topic a signed-in user has read to its end on
/// the forum comes read.
QList<Item> itemsFromTopics(const DiscourseTopicList &list, const QUrl &base,
    const QHash<qint64, DiscourseCategory> &categories, qint64 sourceId);

/// The posts of one topic as items (kind "post"), for a column that follows
/// the topic: each post's sanitized HTML, its author, its place in the
/// thread as its address; dated when written.
QList<Item> itemsFromPosts(const DiscourseThread &thread, const QList<DiscoursePost> &posts, const QUrl &base, qint64 sourceId);

/// An avatar template ("/user_avatar/host/name/{size}/1_2.png") as an address.
QUrl avatarUrl(const QUrl &base, const QString &avatarTemplate, int size);

} // namespace gilde::discourse
