#include "FeedJson.h"

#include <QJsonArray>

namespace gilde
{

namespace
{

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue date(const QDateTime &dt)
{
    if (!dt.isValid())
        return QJsonValue(QJsonValue::Null);
    return dt.toUTC().toString(Qt::ISODate); // whole seconds, "Z"
}

} // namespace

QJsonObject feedToJson(const ParsedFeed &feed)
{
    QJsonArray entries;
    for (const FeedEntry &e : feed.entries) {
        QJsonArray enclosures;
        for (const Enclosure &enc : e.enclosures) {
            enclosures.append(QJsonObject {
                { QStringLiteral("url"), text(enc.url) },
                { QStringLiteral("type"), text(enc.type) },
                { QStringLiteral("length"), enc.length >= 0 ? QJsonValue(double(enc.length)) : QJsonValue() },
            });
        }
        entries.append(QJsonObject {
            { QStringLiteral("id"), text(e.id) },
            { QStringLiteral("title"), text(e.title) },
            { QStringLiteral("link"), text(e.link) },
            { QStringLiteral("author"), text(e.author) },
            { QStringLiteral("published"), date(e.published) },
            { QStringLiteral("updated"), date(e.updated) },
            { QStringLiteral("summary"), text(e.summary) },
            { QStringLiteral("content"), text(e.content) },
            { QStringLiteral("categories"), QJsonArray::fromStringList(e.categories) },
            { QStringLiteral("enclosures"), enclosures },
        });
    }
    return QJsonObject {
        { QStringLiteral("format"), text(feed.format) },
        { QStringLiteral("title"), text(feed.title) },
        { QStringLiteral("link"), text(feed.link) },
        { QStringLiteral("description"), text(feed.description) },
        { QStringLiteral("language"), text(feed.language) },
        { QStringLiteral("updated"), date(feed.updated) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(feed.warnings) },
        { QStringLiteral("entries"), entries },
    };
}

} // namespace gilde
