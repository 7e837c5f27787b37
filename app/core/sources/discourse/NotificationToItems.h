#pragma once

#include "DiscourseEntities.h"
#include "model/Item.h"

#include <QList>
#include <QUrl>

namespace gilde::discourse
{

/// A notifications column's rows: one per notification, titled as the forum
/// says it ("anna replied to you in “Topic”"), read when the forum has it
/// read. One about a topic is a topic item (opening it reads the thread and
/// the writing keys reply to it) linking to the post it is about; a badge is
/// an article linking to the badge's page.
QList<Item> itemsFromNotifications(const QList<DiscourseNotification> &notifications, const QUrl &base, qint64 sourceId);

/// The row's title of one notification, translated.
QString notificationTitle(const DiscourseNotification &notification);

} // namespace gilde::discourse
