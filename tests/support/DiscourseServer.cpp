#include "DiscourseServer.h"

#include "DiscourseServerSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace gilde::test
{

namespace
{

QString normalizedSubfolder(const QString &subfolder)
{
    QString s = subfolder.trimmed();
    while (s.endsWith(u'/'))
        s.chop(1);
    if (!s.isEmpty() && !s.startsWith(u'/'))
        s.prepend(u'/');
    return s;
}

QJsonObject posterJson(const QJsonValue &extras, const char *description, int userId)
{
    return QJsonObject { { QStringLiteral("extras"), extras },
        { QStringLiteral("description"), QLatin1String(description) },
        { QStringLiteral("user_id"), userId },
        { QStringLiteral("primary_group_id"), QJsonValue() } };
}

} // namespace

DiscourseServer::DiscourseServer(const QString &subfolder)
    : m_subfolder(normalizedSubfolder(subfolder))
    , m_startedMs(QDateTime::currentMSecsSinceEpoch())
{
    m_http.setFallback([this](const TestRequest &request) { return dispatch(request); });
}

bool DiscourseServer::listen()
{
    return m_http.listen();
}

QUrl DiscourseServer::base() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_http.port()).arg(m_subfolder));
}

QUrl DiscourseServer::url(const QString &path) const
{
    return QUrl(base().toString() + path);
}

void DiscourseServer::addCategory(const Category &category)
{
    QMutexLocker lock(&m_mutex);
    for (Category &c : m_categories) {
        if (c.id == category.id) {
            c = category;
            return;
        }
    }
    m_categories.append(category);
}

void DiscourseServer::addTopics(int categoryId, int count, int firstId, const QStringList &tags)
{
    const QList<discourse::User> &users = discourse::users();
    QMutexLocker lock(&m_mutex);
    for (const QString &tag : tags) {
        if (!m_tags.contains(tag))
            m_tags.append(tag);
    }
    for (int id = firstId; id < firstId + count; ++id) {
        // Varied but reproducible: the same ids make the same forum in every run.
        Topic t;
        t.id = id;
        t.categoryId = categoryId;
        t.tags = tags;
        t.postsCount = 1 + (id * 7) % 5;
        t.replyCount = t.postsCount > 2 && id % 2 ? t.postsCount - 2 : t.postsCount - 1;
        t.views = 5 + (id * 13) % 90;
        t.likeCount = id % 4;
        t.opUserId = users.at(id % users.size()).id;
        t.lastUserId = t.postsCount > 1 ? users.at((id + 2) % users.size()).id : t.opUserId;
        m_topics.insert(id, t);
    }
}

void DiscourseServer::bumpTopic(int topicId, qint64 bumpedAtMs, int newPosts)
{
    const QList<discourse::User> &users = discourse::users();
    QMutexLocker lock(&m_mutex);
    auto it = m_topics.find(topicId);
    if (it == m_topics.end())
        return;
    it->bumpedAtMs = bumpedAtMs;
    it->postsCount += newPosts;
    it->replyCount += newPosts;
    // The reply comes from someone other than the original poster and the last one.
    qsizetype next = 0;
    while (next < users.size() && users.at(next).id != it->lastUserId)
        ++next;
    do
        next = (next + 1) % users.size();
    while (users.at(next).id == it->opUserId);
    it->lastUserId = users.at(next).id;
    if (it->highestPost > 0) {
        // A thread's new replies are generated posts too, and its last poster is theirs.
        it->highestPost += newPosts;
        it->lastUserId = posterOf(*it, it->highestPost);
    }
    const int highest = it->highestPost > 0 ? it->highestPost : it->postsCount;
    for (int n = highest - newPosts + 1; n <= highest; ++n)
        publishCreatedLocked(topicId, n);
}

void DiscourseServer::setPinned(int topicId, bool pinned)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_topics.find(topicId);
    if (it != m_topics.end())
        it->pinned = pinned;
}

void DiscourseServer::setFault(const QByteArray &path, const TestResponse &response)
{
    m_http.route(m_subfolder.toUtf8() + path, response);
}

void DiscourseServer::clearFault(const QByteArray &path)
{
    m_http.removeRoute(m_subfolder.toUtf8() + path);
}

TestResponse DiscourseServer::dispatch(const TestRequest &request)
{
    const qsizetype q = request.path.indexOf('?');
    const QUrlQuery query(q < 0 ? QString() : QString::fromUtf8(request.path.mid(q + 1)));
    QString path = QUrl::fromPercentEncoding(q < 0 ? request.path : request.path.left(q));
    if (!m_subfolder.isEmpty()) {
        // Outside its subfolder the host is not the forum's.
        if (path != m_subfolder && !path.startsWith(m_subfolder + u'/'))
            return discourse::notFound();
        path = path.mid(m_subfolder.size());
    }
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (path.startsWith(u"/message-bus/") && path.endsWith(u"/poll"))
        return messageBus(request);
    if (path == u"/topics/timings")
        return timings(request, signedInAs(request));
    if (path.startsWith(u"/user-api-key/") || path == u"/session/current.json")
        return keyRoute(request, path, query);
    if (isWriteRoute(path))
        return writeRoute(request, path, query);
    if (request.method != "GET" && request.method != "HEAD")
        return discourse::notFound();
    const int pageNumber = std::max(0, query.queryItemValue(QStringLiteral("page")).toInt());

    if (path == u"/latest.json") {
        const QString viewer = signedInAs(request);
        QMutexLocker lock(&m_mutex);
        const QJsonObject list = topicListLocked(orderedLocked([](const Topic &t) { return t.categoryId != 0; }), pageNumber,
            QStringLiteral("/latest"), viewer);
        return discourse::jsonResponse(list, "list/latest");
    }
    if (path == u"/site.json") {
        QMutexLocker lock(&m_mutex);
        return discourse::jsonResponse(siteLocked(), "site/site");
    }
    if (path == u"/categories.json") {
        QMutexLocker lock(&m_mutex);
        return discourse::jsonResponse(categoriesLocked(), "categories/index");
    }
    if (path.startsWith(u"/c/") && path.endsWith(u".json"))
        return categoryTopics(path, pageNumber, signedInAs(request));
    if (path == u"/new.json" || path == u"/unread.json" || path.startsWith(u"/topics/private-messages/"))
        return userTopics(path, pageNumber, signedInAs(request));
    if (path.startsWith(u"/tag/") && path.endsWith(u".json"))
        return tagTopics(path, pageNumber);
    if (path == u"/notifications.json")
        return notifications(signedInAs(request));
    if (path == u"/latest.rss")
        return rss();
    if (path.startsWith(u"/user_avatar/") && path.endsWith(u".png"))
        return avatar(path);
    if (path.startsWith(u"/t/") && path.endsWith(u".json"))
        return topicRoute(path, q < 0 ? QByteArray() : request.path.mid(q + 1));
    static const QRegularExpression topicPage(QStringLiteral("^/t/[^/]+/\\d+(/\\d+)?$"));
    if (path == u"/" || path == u"/latest" || path.startsWith(u"/c/") || path.startsWith(u"/tag/")
        || topicPage.match(path).hasMatch())
        return page(path);
    return discourse::notFound();
}

TestResponse DiscourseServer::categoryTopics(const QString &path, int pageNumber, const QString &viewer)
{
    const bool signedIn = !viewer.isEmpty();
    // /c/<id>.json, /c/<slug>/<id>.json, /c/<parent>/<slug>/<id>.json, each
    // optionally with /l/latest before .json (the next pages' form).
    QString rest = path.mid(3, path.size() - 3 - 5);
    if (rest.endsWith(u"/l/latest"))
        rest.chop(9);
    const QStringList parts = rest.split(u'/');
    bool isNumber = false;
    const int id = parts.last().toInt(&isNumber);
    QMutexLocker lock(&m_mutex);
    const Category *category = isNumber ? categoryLocked(id) : nullptr;
    if (!category || parts.size() > 3)
        return discourse::notFound();
    if (parts.size() >= 2 && parts.at(parts.size() - 2) != category->slug)
        return discourse::notFound();
    if (parts.size() == 3) {
        const Category *parent = categoryLocked(category->parentId);
        if (!parent || parent->slug != parts.first())
            return discourse::notFound();
    }
    if (category->restricted && !signedIn) {
        return TestResponse::error(403,
            R"({"errors":["You are not permitted to view the requested resource."],"error_type":"invalid_access"})")
            .header("Content-Type", "application/json; charset=utf-8");
    }
    // A category's list includes its subcategories' topics, as Discourse's default does.
    const auto inCategory = [this, id](const Topic &t) {
        const Category *c = categoryLocked(t.categoryId);
        return t.categoryId == id || (c && c->parentId == id);
    };
    const QString more = QStringLiteral("/c/%1/%2/l/latest").arg(categoryPathLocked(*category)).arg(id);
    return discourse::jsonResponse(topicListLocked(orderedLocked(inCategory), pageNumber, more, viewer), "list/category_default");
}

TestResponse DiscourseServer::tagTopics(const QString &path, int pageNumber)
{
    QString name = path.mid(5, path.size() - 5 - 5);
    if (name.endsWith(u"/l/latest"))
        name.chop(9);
    QMutexLocker lock(&m_mutex);
    const qsizetype index = m_tags.indexOf(name);
    if (index < 0)
        return discourse::notFound();
    const QList<std::pair<Topic, Times>> topics = orderedLocked([&name](const Topic &t) { return t.tags.contains(name); });
    QJsonObject body = topicListLocked(topics, pageNumber, QStringLiteral("/tag/%1/l/latest").arg(name));
    QJsonObject list = body.value(QLatin1String("topic_list")).toObject();
    list.insert(QStringLiteral("tags"), QJsonArray { QJsonObject { { QStringLiteral("id"), int(index + 1) },
                                            { QStringLiteral("name"), name },
                                            { QStringLiteral("topic_count"), int(topics.size()) },
                                            { QStringLiteral("staff"), false } } });
    body.insert(QStringLiteral("topic_list"), list);
    return discourse::jsonResponse(body, "tag/show");
}

QHash<int, DiscourseServer::Times> DiscourseServer::timesLocked() const
{
    // The newest id is the newest topic, an hour before the server was made,
    // each older id a minute before the next; a topic with replies was created
    // half a minute before its last post.
    QHash<int, Times> out;
    qint64 at = m_startedMs - 3600 * 1000;
    for (auto it = m_topics.cend(); it != m_topics.cbegin(); at -= 60 * 1000) {
        const Topic &t = *--it;
        const qint64 bumped = t.bumpedAtMs != 0 ? t.bumpedAtMs : at;
        // A thread's posts are a minute apart, its first post when it was created.
        const qint64 created = t.highestPost > 0 ? bumped - qint64(t.highestPost - 1) * 60 * 1000
            : t.postsCount > 1                  ? at - 30 * 1000
                                                : at;
        out.insert(t.id, Times { created, bumped });
    }
    return out;
}

QList<std::pair<DiscourseServer::Topic, DiscourseServer::Times>> DiscourseServer::orderedLocked(
    const std::function<bool(const Topic &)> &filter) const
{
    const QHash<int, Times> times = timesLocked();
    QList<std::pair<Topic, Times>> out;
    for (const Topic &t : m_topics) {
        if (filter(t))
            out.append({ t, times.value(t.id) });
    }
    // Pinned topics first, then the most recently bumped.
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        if (a.first.pinned != b.first.pinned)
            return a.first.pinned;
        if (a.second.bumpedAtMs != b.second.bumpedAtMs)
            return a.second.bumpedAtMs > b.second.bumpedAtMs;
        return a.first.id > b.first.id;
    });
    return out;
}

QJsonObject DiscourseServer::topicListLocked(
    const QList<std::pair<Topic, Times>> &topics, int pageNumber, const QString &morePath, const QString &viewer) const
{
    QJsonArray topicArray;
    QList<int> userIds;
    const qsizetype from = qsizetype(pageNumber) * perPage;
    for (qsizetype i = from; i < topics.size() && i < from + perPage; ++i) {
        const Topic &t = topics.at(i).first;
        QJsonObject topic = topicJsonLocked(t, topics.at(i).second);
        if (!viewer.isEmpty())
            addReadStateLocked(topic, t, viewer);
        topicArray.append(topic);
        for (int user : { t.opUserId, t.lastUserId }) {
            if (!userIds.contains(user))
                userIds.append(user);
        }
    }
    QJsonArray userArray;
    for (int id : std::as_const(userIds)) {
        const discourse::User &u = discourse::user(id);
        userArray.append(QJsonObject { { QStringLiteral("id"), u.id },
            { QStringLiteral("username"), u.username },
            { QStringLiteral("name"), u.name },
            { QStringLiteral("avatar_template"), avatarTemplate(u.username) } });
    }
    QJsonObject list { { QStringLiteral("can_create_topic"), false },
        { QStringLiteral("per_page"), perPage },
        { QStringLiteral("topics"), topicArray } };
    // Only when there is a next page (a real server names one after any full page).
    if (from + perPage < topics.size())
        list.insert(QStringLiteral("more_topics_url"), QStringLiteral("%1%2?page=%3").arg(m_subfolder, morePath).arg(pageNumber + 1));
    if (!m_tags.isEmpty())
        list.insert(QStringLiteral("top_tags"), tagsJsonLocked(m_tags));
    return QJsonObject { { QStringLiteral("users"), userArray },
        { QStringLiteral("primary_groups"), QJsonArray() },
        { QStringLiteral("topic_list"), list } };
}

QJsonArray DiscourseServer::tagsJsonLocked(const QStringList &names) const
{
    QJsonArray out;
    for (const QString &name : names) {
        out.append(QJsonObject { { QStringLiteral("id"), int(m_tags.indexOf(name) + 1) },
            { QStringLiteral("name"), name },
            { QStringLiteral("slug"), name } });
    }
    return out;
}

QJsonObject DiscourseServer::topicJsonLocked(const Topic &t, const Times &times) const
{
    const QString title = titleOf(t);
    // Posters as Discourse summarises them: extras is null for all but the last poster.
    QJsonArray posters;
    if (t.opUserId == t.lastUserId) {
        posters.append(posterJson(QStringLiteral("latest single"), "Original Poster, Most Recent Poster", t.opUserId));
    } else {
        posters.append(posterJson(QJsonValue(), "Original Poster", t.opUserId));
        posters.append(posterJson(QStringLiteral("latest"), "Most Recent Poster", t.lastUserId));
    }
    QJsonObject o {
        { QStringLiteral("id"), t.id },
        { QStringLiteral("title"), title },
        { QStringLiteral("fancy_title"), title },
        { QStringLiteral("slug"), QStringLiteral("topic-%1").arg(t.id) },
        { QStringLiteral("posts_count"), t.postsCount },
        { QStringLiteral("reply_count"), t.replyCount },
        { QStringLiteral("highest_post_number"), t.highestPost > 0 ? t.highestPost : t.postsCount },
        { QStringLiteral("image_url"), QJsonValue() },
        { QStringLiteral("created_at"), discourse::isoTime(times.createdAtMs) },
        { QStringLiteral("last_posted_at"), discourse::isoTime(times.bumpedAtMs) },
        { QStringLiteral("bumped"), true },
        { QStringLiteral("bumped_at"), discourse::isoTime(times.bumpedAtMs) },
        { QStringLiteral("archetype"), t.categoryId == 0 ? QStringLiteral("private_message") : QStringLiteral("regular") },
        { QStringLiteral("unseen"), false },
        { QStringLiteral("pinned"), t.pinned },
        { QStringLiteral("unpinned"), QJsonValue() },
        // Every topic has its excerpt, as with the always_include_topic_excerpts
        // setting (by default only pinned ones do; the category schema requires it).
        { QStringLiteral("excerpt"), QStringLiteral("The first post of %1, which says what it is about.").arg(title) },
        { QStringLiteral("visible"), true },
        { QStringLiteral("closed"), t.closed },
        { QStringLiteral("archived"), false },
        // An anonymous visitor has no bookmarks or likes: Discourse sends null.
        { QStringLiteral("bookmarked"), QJsonValue() },
        { QStringLiteral("liked"), QJsonValue() },
        { QStringLiteral("views"), t.views },
        { QStringLiteral("like_count"), t.likeCount },
        { QStringLiteral("has_summary"), false },
        { QStringLiteral("last_poster_username"), discourse::user(t.lastUserId).username },
        // A message belongs to no category.
        { QStringLiteral("category_id"), t.categoryId == 0 ? QJsonValue() : QJsonValue(t.categoryId) },
        { QStringLiteral("pinned_globally"), t.pinned },
        { QStringLiteral("featured_link"), QJsonValue() },
        { QStringLiteral("posters"), posters },
    };
    if (!m_tags.isEmpty()) {
        o.insert(QStringLiteral("tags"), tagsJsonLocked(t.tags));
        o.insert(QStringLiteral("tags_descriptions"), QJsonObject());
    }
    return o;
}

const DiscourseServer::Category *DiscourseServer::categoryLocked(int id) const
{
    for (const Category &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString DiscourseServer::categoryPathLocked(const Category &category) const
{
    const Category *parent = categoryLocked(category.parentId);
    return parent ? parent->slug + u'/' + category.slug : category.slug;
}

QString DiscourseServer::avatarTemplate(const QString &username) const
{
    return QStringLiteral("%1/user_avatar/127.0.0.1/%2/{size}/1_2.png").arg(m_subfolder, username);
}

} // namespace gilde::test
