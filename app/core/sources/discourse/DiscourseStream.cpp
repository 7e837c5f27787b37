#include "DiscourseStream.h"

#include <QRegularExpression>

namespace gilde
{

namespace
{

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(base.path() + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

/// Splits a path below the forum into the list it names: ("c", "parent/child", 12),
/// ("tag", "name"), ("latest"). `suffix` is ".json" for API paths, "" for pages.
struct ListPath {
    DiscourseStream::Kind kind = DiscourseStream::Kind::Latest;
    QString slugs;
    qint64 id = 0;
    QString tag;
    QString username;
    qint64 topicId = 0;
    qsizetype prefixLength = -1; ///< where the list's part of the path starts; -1 = none found
};

ListPath parseListPath(const QString &path, const QString &suffix)
{
    ListPath out;
    const QString s = QRegularExpression::escape(suffix);
    // Slugs of a category are [^/]+; the id is its last segment. The prefix
    // is lazy so that a subfolder ("/forum") stays part of the base.
    static const QString idPart = QStringLiteral("(\\d+)");
    const QRegularExpression category(QStringLiteral("^(.*?)/c/((?:[^/]+/)*?)") + idPart + s + QStringLiteral("/?$"));
    const QRegularExpression tag(QStringLiteral("^(.*?)/tags?/([^/]+)") + s + QStringLiteral("/?$"));
    const QRegularExpression latest(QStringLiteral("^(.*?)/(latest|new|unread|notifications)") + s + QStringLiteral("/?$"));
    const QRegularExpression messages(QStringLiteral("^(.*?)/topics/private-messages/([^/]+)") + s + QStringLiteral("/?$"));
    // /t/{id}.json, /t/{slug}/{id}.json; a page may name a post (/t/slug/id/4).
    const QRegularExpression topic(
        QStringLiteral("^(.*?)/t/(?:[^/]+/)?(\\d+)") + (suffix.isEmpty() ? QStringLiteral("(?:/\\d+)?") : s) + QStringLiteral("/?$"));
    if (const auto m = category.match(path); m.hasMatch()) {
        out.kind = DiscourseStream::Kind::Category;
        out.slugs = m.captured(2);
        if (out.slugs.endsWith(u'/'))
            out.slugs.chop(1);
        out.id = m.captured(3).toLongLong();
        out.prefixLength = m.capturedLength(1);
    } else if (const auto m = tag.match(path); m.hasMatch()) {
        out.kind = DiscourseStream::Kind::Tag;
        out.tag = m.captured(2);
        out.prefixLength = m.capturedLength(1);
    } else if (const auto m = latest.match(path); m.hasMatch()) {
        const QString which = m.captured(2);
        out.kind = which == u"new"    ? DiscourseStream::Kind::New
            : which == u"unread"        ? DiscourseStream::Kind::Unread
            : which == u"notifications" ? DiscourseStream::Kind::Notifications
                                        : DiscourseStream::Kind::Latest;
        out.prefixLength = m.capturedLength(1);
    } else if (const auto m = messages.match(path); m.hasMatch()) {
        out.kind = DiscourseStream::Kind::Messages;
        out.username = m.captured(2);
        out.prefixLength = m.capturedLength(1);
    } else if (const auto m = topic.match(path); m.hasMatch()) {
        out.kind = DiscourseStream::Kind::Topic;
        out.topicId = m.captured(2).toLongLong();
        out.prefixLength = out.topicId > 0 ? m.capturedLength(1) : -1;
    }
    return out;
}

} // namespace

QUrl DiscourseStream::apiUrl() const
{
    switch (kind) {
    case Kind::Latest:
        return withPath(base, QStringLiteral("/latest.json"));
    case Kind::Category:
        return withPath(base,
            QStringLiteral("/c/%1%2.json")
                .arg(categoryPath.isEmpty() ? QString() : categoryPath + u'/')
                .arg(categoryId));
    case Kind::Tag:
        return withPath(base, QStringLiteral("/tag/%1.json").arg(tag));
    case Kind::New:
        return withPath(base, QStringLiteral("/new.json"));
    case Kind::Unread:
        return withPath(base, QStringLiteral("/unread.json"));
    case Kind::Messages:
        return withPath(base, QStringLiteral("/topics/private-messages/%1.json").arg(username));
    case Kind::Notifications:
        return withPath(base, QStringLiteral("/notifications.json"));
    case Kind::Topic:
        return withPath(base, QStringLiteral("/t/%1.json").arg(topicId));
    }
    return {};
}

QUrl DiscourseStream::webUrl() const
{
    if (kind == Kind::Messages)
        return withPath(base, QStringLiteral("/u/%1/messages").arg(username));
    if (kind == Kind::Notifications) // the forum sends the signed-in user to theirs
        return withPath(base, QStringLiteral("/my/notifications"));
    QUrl url = apiUrl();
    QString path = url.path();
    if (path.endsWith(u".json"))
        path.chop(5);
    url.setPath(path);
    return url;
}

DiscourseStream DiscourseStream::ofTopic(const QUrl &base, qint64 topicId)
{
    DiscourseStream s;
    s.kind = Kind::Topic;
    s.base = base;
    s.topicId = topicId;
    return s;
}

QUrl DiscourseStream::topicUrl(const QUrl &base, const QString &slug, qint64 topicId)
{
    return withPath(base,
        QStringLiteral("/t/%1/%2").arg(slug.isEmpty() ? QStringLiteral("topic") : slug).arg(topicId));
}

std::optional<DiscourseStream> DiscourseStream::fromSourceUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return std::nullopt;
    const QString path = url.path();
    const ListPath list = parseListPath(path, QStringLiteral(".json"));
    if (list.prefixLength < 0)
        return std::nullopt;
    DiscourseStream s;
    s.kind = list.kind;
    s.categoryId = list.id;
    s.categoryPath = list.slugs;
    s.tag = list.tag;
    s.username = list.username;
    s.topicId = list.topicId;
    s.base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    s.base.setPath(path.left(list.prefixLength));
    return s;
}

DiscourseStream DiscourseStream::fromPageUrl(const QUrl &base, const QUrl &page)
{
    DiscourseStream s;
    s.base = base;
    const QString path = page.path();
    if (!path.startsWith(base.path()))
        return s;
    const ListPath list = parseListPath(path.mid(base.path().size()), QString());
    if (list.prefixLength != 0 || list.kind == Kind::Topic)
        return s; // a topic, a user, the front page: the forum's latest
    s.kind = list.kind;
    s.categoryId = list.id;
    s.categoryPath = list.slugs;
    s.tag = list.tag;
    s.username = list.username;
    return s;
}

} // namespace gilde
