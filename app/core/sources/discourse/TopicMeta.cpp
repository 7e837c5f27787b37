#include "TopicMeta.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gilde
{

namespace
{

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray()) {
        if (s.isString())
            out << s.toString();
    }
    return out;
}

int count(const QJsonObject &o, QLatin1String key)
{
    const double d = o.value(key).toDouble(0);
    return d >= 0 && d < 2.0e9 ? int(d) : 0;
}

} // namespace

QString TopicMeta::toJson() const
{
    QJsonObject o { { QStringLiteral("topic"), topicId }, { QStringLiteral("replies"), replies },
        { QStringLiteral("posts"), posts }, { QStringLiteral("likes"), likes }, { QStringLiteral("views"), views } };
    if (categoryId != 0)
        o.insert(QStringLiteral("categoryId"), categoryId);
    if (!category.isEmpty())
        o.insert(QStringLiteral("category"), category);
    if (!color.isEmpty())
        o.insert(QStringLiteral("color"), color);
    if (pinned)
        o.insert(QStringLiteral("pinned"), true);
    if (closed)
        o.insert(QStringLiteral("closed"), true);
    if (notice)
        o.insert(QStringLiteral("notice"), true);
    if (unread > 0)
        o.insert(QStringLiteral("unread"), unread);
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!posters.isEmpty()) {
        o.insert(QStringLiteral("posters"), QJsonArray::fromStringList(posters));
        o.insert(QStringLiteral("avatars"), QJsonArray::fromStringList(avatars));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TopicMeta TopicMeta::fromJson(const QString &json)
{
    TopicMeta m;
    if (json.isEmpty())
        return m;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    m.topicId = qint64(o.value(QLatin1String("topic")).toDouble(0));
    if (m.topicId <= 0) {
        m.topicId = 0;
        return m;
    }
    m.categoryId = qint64(o.value(QLatin1String("categoryId")).toDouble(0));
    m.category = o.value(QLatin1String("category")).toString();
    m.color = o.value(QLatin1String("color")).toString();
    m.replies = count(o, QLatin1String("replies"));
    m.posts = count(o, QLatin1String("posts"));
    m.likes = count(o, QLatin1String("likes"));
    m.views = count(o, QLatin1String("views"));
    m.pinned = o.value(QLatin1String("pinned")).toBool();
    m.closed = o.value(QLatin1String("closed")).toBool();
    m.notice = o.value(QLatin1String("notice")).toBool();
    m.unread = count(o, QLatin1String("unread"));
    m.tags = strings(o.value(QLatin1String("tags")));
    m.posters = strings(o.value(QLatin1String("posters")));
    m.avatars = strings(o.value(QLatin1String("avatars")));
    return m;
}

} // namespace gilde
