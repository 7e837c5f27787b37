#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace gilde
{

/// What a forum topic's row shows besides its title: stored as the item's
/// meta (JSON text) by the fetcher, read back by the list that paints it.
struct TopicMeta {
    qint64 topicId = 0;
    qint64 categoryId = 0;
    QString category; ///< "Parent › Child"; empty when the forum's categories are not known
    QString color; ///< the category's, "0088CC"
    int replies = 0;
    int posts = 0;
    int likes = 0;
    int views = 0;
    int unread = 0; ///< posts the signed-in user has not read, as the forum counts them
    bool pinned = false;
    bool closed = false; ///< closed or archived: no more replies
    bool notice = false; ///< a notification about the topic, not the topic: no counts to show
    QStringList tags;
    QStringList posters; ///< user names, the original poster first
    QStringList avatars; ///< their avatars' addresses, in the same order

    QString toJson() const;
    /// Tolerates anything: an item that is no topic gives an empty value (topicId 0).
    static TopicMeta fromJson(const QString &json);
};

} // namespace gilde

Q_DECLARE_METATYPE(gilde::TopicMeta)
