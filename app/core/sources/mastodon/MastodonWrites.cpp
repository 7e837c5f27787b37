#include "MastodonWrites.h"

#include "MastodonTimeline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace gilde::mastodon
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MastodonWrites)
};

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
    if (!draft.inReplyToUrl.isEmpty())
        p.insert(QStringLiteral("in_reply_to_url"), draft.inReplyToUrl);
    if (draft.sensitive)
        p.insert(QStringLiteral("sensitive"), true);
    return p;
}

PostDraft draftOf(const QJsonObject &payload)
{
    PostDraft draft;
    draft.text = payload.value(QLatin1String("status")).toString();
    draft.spoiler = payload.value(QLatin1String("spoiler_text")).toString();
    draft.visibility = payload.value(QLatin1String("visibility")).toString();
    draft.language = payload.value(QLatin1String("language")).toString();
    draft.inReplyToId = payload.value(QLatin1String("in_reply_to_id")).toString();
    draft.inReplyToUrl = payload.value(QLatin1String("in_reply_to_url")).toString();
    draft.sensitive = payload.value(QLatin1String("sensitive")).toBool();
    return draft;
}

int characterCount(const QString &text, int urlLength)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s]+"));
    static const QRegularExpression mention(QStringLiteral("(^|[^\\w])@(\\w+)@[\\w.-]+\\w"));
    QString counted = text;
    counted.replace(mention, QStringLiteral("\\1@\\2"));
    int length = 0;
    qsizetype at = 0;
    for (auto it = url.globalMatch(counted); it.hasNext();) {
        const auto m = it.next();
        length += int(counted.mid(at, m.capturedStart() - at).toUcs4().size()) + urlLength;
        at = m.capturedEnd();
    }
    return length + int(counted.mid(at).toUcs4().size());
}

QJsonObject statusPayload(const QString &statusId)
{
    return { { QStringLiteral("status_id"), statusId } };
}

bool makeReply(PostDraft &draft, const Item &parent, const Source &source, const Account &account, QString *error)
{
    const ItemTarget target = targetOf(parent, source, { account });
    if (!target.error.isEmpty()) {
        if (error)
            *error = target.error;
        return false;
    }
    if (target.statusUrl.isEmpty())
        draft.inReplyToId = target.statusId;
    else
        draft.inReplyToUrl = target.statusUrl;
    QStringList mentions;
    for (const QString &m : replyMentions(parent, account.userName)) {
        if (!draft.text.contains(m, Qt::CaseInsensitive))
            mentions << m;
    }
    if (!mentions.isEmpty())
        draft.text = (mentions.join(u' ') + u' ' + draft.text).trimmed() + (draft.text.isEmpty() ? QStringLiteral(" ") : QString());
    if (draft.visibility.isEmpty())
        draft.visibility = replyVisibility(parent);
    return true;
}

QJsonObject ItemTarget::payload() const
{
    QJsonObject p = statusPayload(statusId);
    if (!statusUrl.isEmpty())
        p.insert(QStringLiteral("status_url"), statusUrl);
    return p;
}

ItemTarget targetOf(const Item &item, const Source &source, const QList<Account> &accounts)
{
    ItemTarget t;
    const auto timeline = MastodonTimeline::fromSourceUrl(source.url);
    t.statusId = statusIdOf(item);
    if (source.kind != u"mastodon" || !timeline || t.statusId.isEmpty()) {
        t.error = Text::tr("This is not a Mastodon post.");
        return t;
    }
    if (accounts.isEmpty()) {
        t.error = Text::tr("Add a Mastodon account to reply, favourite or boost.");
        return t;
    }
    const Account *acting = &accounts.first();
    for (const Account &a : accounts) {
        if (a.id == timeline->accountId)
            acting = &a;
    }
    t.accountId = acting->id;
    if (MastodonTimeline::serverOf(acting->server) != timeline->server) {
        t.statusUrl = item.url;
        if (t.statusUrl.isEmpty())
            t.error = Text::tr("This post has no address that another server could find it by.");
    }
    return t;
}

} // namespace gilde::mastodon
