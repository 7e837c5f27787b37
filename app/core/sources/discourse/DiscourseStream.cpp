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
    const QRegularExpression latest(QStringLiteral("^(.*?)/latest") + s + QStringLiteral("/?$"));
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
        out.prefixLength = m.capturedLength(1);
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
    }
    return {};
}

QUrl DiscourseStream::webUrl() const
{
    QUrl url = apiUrl();
    QString path = url.path();
    if (path.endsWith(u".json"))
        path.chop(5);
    url.setPath(path);
    return url;
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
    if (list.prefixLength != 0)
        return s; // a topic, a user, the front page: the forum's latest
    s.kind = list.kind;
    s.categoryId = list.id;
    s.categoryPath = list.slugs;
    s.tag = list.tag;
    return s;
}

} // namespace gilde
