#include "TopicToItems.h"

#include "DiscourseStream.h"
#include "TopicMeta.h"
#include "text/HtmlSanitizer.h"


namespace gilde::discourse
{

namespace
{

/// What a row shows of the people in a topic: at most this many avatars.
constexpr int MaxPosters = 5;

QString metaOf(const DiscourseTopic &t, const DiscourseTopicList &list, const QUrl &base,
    const QHash<qint64, DiscourseCategory> &categories)
{
    TopicMeta m;
    m.topicId = t.id;
    m.categoryId = t.categoryId;
    if (const auto c = categories.find(t.categoryId); c != categories.end()) {
        m.category = c->name;
        if (const auto parent = categories.find(c->parentId); parent != categories.end())
            m.category = parent->name + QStringLiteral(" › ") + c->name;
        m.color = c->color;
    }
    m.replies = t.replyCount;
    m.posts = t.postsCount;
    m.likes = t.likeCount;
    m.views = t.views;
    m.unread = t.unreadPosts;
    m.pinned = t.pinned;
    m.closed = t.closed || t.archived;
    m.tags = t.tags;
    for (const qint64 id : t.posterIds) {
        const auto u = list.users.find(id);
        if (u == list.users.end())
            continue;
        m.posters << u->username;
        m.avatars << avatarUrl(base, u->avatarTemplate, 48).toString();
        if (m.posters.size() == MaxPosters)
            break;
    }
    return m.toJson();
}

} // namespace

QUrl avatarUrl(const QUrl &base, const QString &avatarTemplate, int size)
{
    if (avatarTemplate.isEmpty())
        return {};
    QString path = avatarTemplate;
    path.replace(QStringLiteral("{size}"), QString::number(size));
    // Templates are absolute paths on the forum (the subfolder included), or
    // whole addresses on a CDN or letter-avatar service.
    QUrl root = base;
    root.setPath(QString());
    const QUrl url = root.resolved(QUrl(path));
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || scheme == u"http" ? url : QUrl();
}

QList<Item> itemsFromTopics(const DiscourseTopicList &list, const QUrl &base,
    const QHash<qint64, DiscourseCategory> &categories, qint64 sourceId)
{
    QList<Item> items;
    items.reserve(list.topics.size());
    for (const DiscourseTopic &t : list.topics) {
        Item item;
        item.sourceId = sourceId;
        item.kind = QStringLiteral("topic");
        item.remoteId = QStringLiteral("topic:%1").arg(t.id);
        item.title = t.title.trimmed();
        item.url = DiscourseStream::topicUrl(base, t.slug, t.id).toString();
        if (const auto op = list.users.find(t.originalPosterId); op != list.users.end())
            item.author = op->username;
        if (!t.excerpt.isEmpty()) {
            // Excerpts are cooked HTML cut short; they go through the sanitizer as any post.
            item.html = sanitizeHtml(QStringLiteral("<p>") + t.excerpt + QStringLiteral("</p>"), base);
            item.text = htmlToPlainText(t.excerpt);
        }
        const QUrl image = t.imageUrl.isEmpty() ? QUrl() : base.resolved(QUrl(t.imageUrl));
        if (image.scheme() == u"https" || image.scheme() == u"http")
            item.thumbnail = image.toString();
        item.publishedMs = t.bumpedAtMs;
        item.updatedMs = t.bumpedAtMs;
        item.meta = metaOf(t, list, base, categories);
        // Read to its last post on the forum (in its web client, or reported from here).
        item.read = t.lastReadPostNumber > 0 && t.lastReadPostNumber >= t.highestPostNumber;
        items << std::move(item);
    }
    return items;
}

QList<Item> itemsFromPosts(const DiscourseThread &thread, const QList<DiscoursePost> &posts, const QUrl &base, qint64 sourceId)
{
    QList<Item> items;
    items.reserve(posts.size());
    const QUrl topic = DiscourseStream::topicUrl(base, thread.slug, thread.topicId);
    for (const DiscoursePost &p : posts) {
        Item item;
        item.sourceId = sourceId;
        item.kind = QStringLiteral("post");
        item.remoteId = QStringLiteral("post:%1").arg(p.id);
        item.author = p.name.isEmpty() ? p.username : QStringLiteral("%1 (@%2)").arg(p.name, p.username);
        QUrl url = topic;
        url.setPath(topic.path() + QStringLiteral("/%1").arg(p.number));
        item.url = url.toString();
        item.html = sanitizeHtml(p.cooked, base);
        item.text = htmlToPlainText(p.cooked);
        item.publishedMs = p.createdAtMs;
        item.updatedMs = p.createdAtMs;
        items << std::move(item);
    }
    return items;
}

} // namespace gilde::discourse
