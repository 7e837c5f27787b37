#include "ShaarliJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace gilde
{

namespace
{

qint64 parseTime(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

QJsonObject ShaarliLink::toJson() const
{
    QJsonObject o {
        { QStringLiteral("url"), url.toString(QUrl::FullyEncoded) },
        { QStringLiteral("title"), title },
        { QStringLiteral("description"), description },
        { QStringLiteral("tags"), QJsonArray::fromStringList(tags) },
        { QStringLiteral("private"), isPrivate },
    };
    if (createdMs > 0) {
        // PHP's DATE_ATOM: an explicit offset, never "Z".
        o.insert(QStringLiteral("created"),
            QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                + QStringLiteral("+00:00"));
    }
    return o;
}

ShaarliLink ShaarliLink::fromJson(const QJsonObject &o)
{
    ShaarliLink l;
    l.id = o.value(QLatin1String("id")).toInteger(-1);
    l.url = QUrl(o.value(QLatin1String("url")).toString());
    l.title = o.value(QLatin1String("title")).toString();
    l.description = o.value(QLatin1String("description")).toString();
    for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray()) {
        if (!t.toString().isEmpty())
            l.tags << t.toString();
    }
    l.isPrivate = o.value(QLatin1String("private")).toBool();
    l.createdMs = parseTime(o.value(QLatin1String("created")).toString());
    l.updatedMs = parseTime(o.value(QLatin1String("updated")).toString());
    if (l.updatedMs == 0)
        l.updatedMs = l.createdMs;
    return l;
}

std::optional<ShaarliInfo> parseShaarliInfo(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (!o.contains(QLatin1String("global_counter")))
        return std::nullopt;
    ShaarliInfo info;
    info.linkCount = o.value(QLatin1String("global_counter")).toInt();
    const QJsonObject settings = o.value(QLatin1String("settings")).toObject();
    info.title = settings.value(QLatin1String("title")).toString();
    info.timezone = settings.value(QLatin1String("timezone")).toString();
    return info;
}

std::optional<QList<ShaarliLink>> parseShaarliLinks(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isArray())
        return std::nullopt;
    QList<ShaarliLink> links;
    for (const QJsonValue &v : doc.array())
        links << ShaarliLink::fromJson(v.toObject());
    return links;
}

std::optional<ShaarliLink> parseShaarliLink(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (!o.contains(QLatin1String("id")))
        return std::nullopt;
    return ShaarliLink::fromJson(o);
}

std::optional<QList<TagCount>> parseShaarliTags(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isArray())
        return std::nullopt;
    QList<TagCount> tags;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        tags.append(
            { o.value(QLatin1String("name")).toString(), o.value(QLatin1String("occurrences")).toInt() });
    }
    return tags;
}

QString shaarliServerMessage(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Wrapped in an array, so that a bare JSON string parses too.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + trimmed + "]", &error);
    if (error.error == QJsonParseError::NoError && doc.isArray()) {
        const QJsonValue v = doc.array().at(0);
        if (v.isString())
            return v.toString();
        if (v.isObject())
            return v.toObject().value(QLatin1String("message")).toString();
    }
    return {};
}

} // namespace gilde
