#include "MastodonWrites.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gilde::mastodon
{

namespace
{

QJsonObject metaOf(const Item &item)
{
    return QJsonDocument::fromJson(item.meta.toUtf8()).object();
}

/// "user@server" and "user" name the same account on "server".
bool sameAcct(const QString &a, const QString &b)
{
    const QString x = a.section(u'@', 0, 0);
    const QString y = b.section(u'@', 0, 0);
    if (x.compare(y, Qt::CaseInsensitive) != 0)
        return false;
    const QString hx = a.section(u'@', 1);
    const QString hy = b.section(u'@', 1);
    return hx.isEmpty() || hy.isEmpty() || hx.compare(hy, Qt::CaseInsensitive) == 0;
}

} // namespace

QString statusIdOf(const Item &item)
{
    return metaOf(item).value(QLatin1String("status")).toString();
}

QStringList replyMentions(const Item &item, const QString &ownAcct)
{
    const QJsonObject meta = metaOf(item);
    QStringList accts { meta.value(QLatin1String("acct")).toString() };
    for (const QJsonValue &v : meta.value(QLatin1String("mentions")).toArray())
        accts << v.toString();
    QStringList out;
    for (const QString &acct : accts) {
        if (acct.isEmpty() || sameAcct(acct, ownAcct))
            continue;
        const QString mention = u'@' + acct;
        if (!out.contains(mention, Qt::CaseInsensitive))
            out << mention;
    }
    return out;
}

QString replyVisibility(const Item &item)
{
    const QString v = metaOf(item).value(QLatin1String("visibility")).toString();
    return isVisibility(v) ? v : QString();
}

bool isVisibility(const QString &visibility)
{
    static const QStringList known { QStringLiteral("public"), QStringLiteral("unlisted"), QStringLiteral("private"),
        QStringLiteral("direct") };
    return known.contains(visibility);
}

QJsonObject postPayload(const PostDraft &draft)
{
    QJsonObject p { { QStringLiteral("status"), draft.text } };
    if (!draft.spoiler.isEmpty())
        p.insert(QStringLiteral("spoiler_text"), draft.spoiler);
    if (!draft.visibility.isEmpty())
        p.insert(QStringLiteral("visibility"), draft.visibility);
    if (!draft.language.isEmpty())
        p.insert(QStringLiteral("language"), draft.language);
    if (!draft.inReplyToId.isEmpty())
        p.insert(QStringLiteral("in_reply_to_id"), draft.inReplyToId);
    if (draft.sensitive)
        p.insert(QStringLiteral("sensitive"), true);
    return p;
}

QJsonObject statusPayload(const QString &statusId)
{
    return { { QStringLiteral("status_id"), statusId } };
}

} // namespace gilde::mastodon
