#include "Column.h"

#include <QJsonArray>

namespace gilde {

namespace {
const char *kindName(StreamSpec::Kind k)
{
    switch (k) {
    case StreamSpec::Kind::All: return "all";
    case StreamSpec::Kind::Source: return "source";
    case StreamSpec::Kind::Folder: return "folder";
    case StreamSpec::Kind::Unread: return "unread";
    case StreamSpec::Kind::Starred: return "starred";
    case StreamSpec::Kind::Search: return "search";
    case StreamSpec::Kind::Links: return "links";
    }
    return "all";
}
} // namespace

bool StreamSpec::covers(qint64 id, const QString &sourceFolder) const
{
    switch (kind) {
    case Kind::All:
    case Kind::Unread:
    case Kind::Search:
        return true;
    case Kind::Starred: // new items are never starred
    case Kind::Links: // saved links, not items
        return false;
    case Kind::Source:
        return sourceId == id;
    case Kind::Folder:
        return sourceFolder == folder || sourceFolder.startsWith(folder + QLatin1Char('/'));
    }
    return false;
}

QJsonObject StreamSpec::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), QLatin1String(kindName(kind)));
    if (kind == Kind::Source)
        o.insert(QStringLiteral("source"), sourceId);
    if (kind == Kind::Folder)
        o.insert(QStringLiteral("folder"), folder);
    if (kind == Kind::Search || (kind == Kind::Links && !query.isEmpty()))
        o.insert(QStringLiteral("query"), query);
    if (kind == Kind::Links && !tag.isEmpty())
        o.insert(QStringLiteral("tag"), tag);
    if (kind == Kind::Links && readLaterOnly)
        o.insert(QStringLiteral("readLaterOnly"), true);
    if (unreadOnly)
        o.insert(QStringLiteral("unreadOnly"), true);
    if (!muteWords.isEmpty())
        o.insert(QStringLiteral("mute"), QJsonArray::fromStringList(muteWords));
    if (kind == Kind::Source && keepOffline)
        o.insert(QStringLiteral("keepOffline"), true);
    if (hideBoosts)
        o.insert(QStringLiteral("hideBoosts"), true);
    if (hideReplies)
        o.insert(QStringLiteral("hideReplies"), true);
    if (!hiddenNotifications.isEmpty())
        o.insert(QStringLiteral("hideNotifications"), QJsonArray::fromStringList(hiddenNotifications));
    return o;
}

StreamSpec StreamSpec::fromJson(const QJsonObject &o)
{
    StreamSpec s;
    const QString k = o.value(QStringLiteral("kind")).toString();
    for (Kind candidate :
         {Kind::All, Kind::Source, Kind::Folder, Kind::Unread, Kind::Starred, Kind::Search, Kind::Links}) {
        if (k == QLatin1String(kindName(candidate)))
            s.kind = candidate;
    }
    s.sourceId = o.value(QStringLiteral("source")).toInteger();
    s.folder = o.value(QStringLiteral("folder")).toString();
    s.query = o.value(QStringLiteral("query")).toString();
    s.tag = o.value(QStringLiteral("tag")).toString();
    s.readLaterOnly = o.value(QStringLiteral("readLaterOnly")).toBool();
    s.unreadOnly = o.value(QStringLiteral("unreadOnly")).toBool();
    for (const auto &v : o.value(QStringLiteral("mute")).toArray())
        s.muteWords << v.toString();
    s.keepOffline = s.kind == Kind::Source && o.value(QStringLiteral("keepOffline")).toBool();
    s.hideBoosts = o.value(QStringLiteral("hideBoosts")).toBool();
    s.hideReplies = o.value(QStringLiteral("hideReplies")).toBool();
    for (const auto &v : o.value(QStringLiteral("hideNotifications")).toArray()) {
        if (v.isString() && !v.toString().isEmpty())
            s.hiddenNotifications << v.toString();
    }
    return s;
}

} // namespace gilde
