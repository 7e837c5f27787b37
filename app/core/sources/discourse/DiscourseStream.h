#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace gilde
{

/// One topic list of a Discourse forum as a source: its latest topics, a
/// category's, or a tag's, and for a signed-in user their new and unread
/// topics, their messages and their notifications. A source's address is the list's JSON endpoint
/// (https://forum/latest.json, https://forum/c/parent/child/12.json,
/// https://forum/tag/name.json, https://forum/new.json, https://forum/unread.json,
/// https://forum/topics/private-messages/name.json, https://forum/notifications.json),
/// or one topic's posts (https://forum/t/id.json), so the address alone
/// says what to fetch; the forum may live under a subfolder (https://example.org/forum).
struct DiscourseStream {
    enum class Kind { Latest, Category, Tag, New, Unread, Messages, Notifications, Topic };
    Kind kind = Kind::Latest;
    QUrl base; ///< the forum: scheme, host, port and subfolder, no trailing slash
    qint64 categoryId = 0;
    QString categoryPath; ///< Category: the slugs from the top ("parent/child")
    QString tag; ///< Tag: its name
    QString username; ///< Messages: whose
    qint64 topicId = 0; ///< Topic: which

    /// A list only a signed-in user has.
    bool needsAccount() const
    {
        return kind == Kind::New || kind == Kind::Unread || kind == Kind::Messages || kind == Kind::Notifications;
    }
    /// Not topics but the user's notifications, each about a topic (or a badge).
    bool isNotifications() const { return kind == Kind::Notifications; }
    /// A list of topics (not notifications, not one topic's posts).
    bool listsTopics() const { return kind != Kind::Notifications && kind != Kind::Topic; }
    /// One topic followed as it goes on: its posts are the column's rows.
    static DiscourseStream ofTopic(const QUrl &base, qint64 topicId);

    QUrl apiUrl() const; ///< the JSON endpoint, also the source's address
    QUrl webUrl() const; ///< the same list on the forum's pages
    /// A topic's page: https://forum/t/slug/id.
    static QUrl topicUrl(const QUrl &base, const QString &slug, qint64 topicId);

    static std::optional<DiscourseStream> fromSourceUrl(const QUrl &url);
    /// What a page address of the forum says to follow: /c/…/id and /tag/name
    /// pages are those lists, every other page (a topic, the front page) the
    /// latest topics. `base` is the forum the page belongs to.
    static DiscourseStream fromPageUrl(const QUrl &base, const QUrl &page);
};

} // namespace gilde
