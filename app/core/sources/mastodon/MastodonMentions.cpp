#include "MastodonMentions.h"

#include "MastodonTimeline.h"
#include "model/Item.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gilde::mastodon
{

QString mentionedAcct(const Item &item, const QUrl &link, const QUrl &readingServer)
{
    const auto address = MastodonAddress::parse(link.toString());
    if (!address || address->kind != MastodonAddress::Kind::Account)
        return {};
    const QString user = address->value.section(u'@', 0, 0);
    const QString host = link.host();
    const QJsonArray mentions
        = QJsonDocument::fromJson(item.meta.toUtf8()).object().value(QLatin1String("mentions")).toArray();
    for (const QJsonValue &value : mentions) {
        const QString acct = value.toString();
        // A server's page of someone elsewhere: https://social.example/@bob@other.example
        if (address->value.contains(u'@') && acct.compare(address->value, Qt::CaseInsensitive) == 0)
            return acct;
        if (acct.section(u'@', 0, 0).compare(user, Qt::CaseInsensitive) != 0)
            continue;
        // The reading server's own users go by name alone.
        const QString domain = acct.contains(u'@') ? acct.section(u'@', 1) : readingServer.host();
        // A server may serve its domain from a subdomain (acct bob@example.org,
        // profile on social.example.org).
        if (host.compare(domain, Qt::CaseInsensitive) == 0
            || host.endsWith(u'.' + domain, Qt::CaseInsensitive))
            return acct;
    }
    return {};
}

} // namespace gilde::mastodon
