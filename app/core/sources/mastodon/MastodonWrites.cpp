#include "MastodonWrites.h"

#include "MastodonTimeline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

bool hasMark(const Item &item, QLatin1String mark)
{
    return metaOf(item).value(mark).toBool();
}

PostAuthor authorOf(const Item &item)
{
    const QJsonObject meta = metaOf(item);
    PostAuthor author { meta.value(QLatin1String("account")).toString(), meta.value(QLatin1String("acct")).toString() };
    // A notification's meta names the one who did it when they wrote the post
    // (a mention) or are the news (a follow); a favourite's names its post's author.
    static const QStringList byActor { QStringLiteral("mention"), QStringLiteral("status"), QStringLiteral("update"),
        QStringLiteral("follow"), QStringLiteral("follow_request") };
    const bool actor = item.kind == u"status"
        || (item.kind == u"notification" && byActor.contains(meta.value(QLatin1String("notification")).toString()));
    if (author.id.isEmpty() || author.acct.isEmpty() || !actor)
        return {};
    return author;
}

QString withMark(const QString &meta, QLatin1String mark, bool on)
{
    QJsonObject o = QJsonDocument::fromJson(meta.toUtf8()).object();
    if (on)
        o.insert(mark, true);
    else
        o.remove(mark);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

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
    if (draft.inReplyToEntry > 0)
        p.insert(QStringLiteral("in_reply_to_entry"), draft.inReplyToEntry);
    if (draft.sensitive)
        p.insert(QStringLiteral("sensitive"), true);
    if (!draft.media.isEmpty()) {
        QJsonArray media;
        for (const MediaDraft &m : draft.media)
            media.append(QJsonObject { { QStringLiteral("path"), m.path }, { QStringLiteral("description"), m.description } });
        p.insert(QStringLiteral("media"), media);
    }
    if (draft.poll) {
        p.insert(QStringLiteral("poll"), QJsonObject {
            { QStringLiteral("options"), QJsonArray::fromStringList(draft.poll->options) },
            { QStringLiteral("expires_in"), draft.poll->expiresInSecs },
            { QStringLiteral("multiple"), draft.poll->multiple } });
    }
    if (draft.scheduledAtMs > 0)
        p.insert(QStringLiteral("scheduled_at_ms"), double(draft.scheduledAtMs));
    return p;
}

QJsonObject editPayload(const QString &statusId, const PostDraft &draft, qint64 sourceId)
{
    QJsonObject p { { QStringLiteral("status_id"), statusId }, { QStringLiteral("status"), draft.text },
        { QStringLiteral("spoiler_text"), draft.spoiler } };
    if (!draft.language.isEmpty())
        p.insert(QStringLiteral("language"), draft.language);
    if (draft.sensitive || !draft.spoiler.isEmpty())
        p.insert(QStringLiteral("sensitive"), true);
    if (sourceId > 0)
        p.insert(QStringLiteral("source_id"), sourceId);
    return p;
}

qint64 notBeforeOf(const PostDraft &draft, qint64 nowMs)
{
    return draft.scheduledAtMs > nowMs && draft.scheduledAtMs < nowMs + ServerScheduleMinMs ? draft.scheduledAtMs : 0;
}

qint64 scheduledOnServerAt(const OutboxEntry &entry, qint64 nowMs)
{
    const qint64 at = qint64(entry.payload.value(QLatin1String("scheduled_at_ms")).toDouble());
    const bool held = entry.action == u"mastodon.post" && entry.state == OutboxEntry::State::Sent
        && !entry.remoteId.isEmpty() && at > nowMs + 60 * 1000;
    return held ? at : 0;
}

QJsonObject replacing(QJsonObject payload, const OutboxEntry &scheduled)
{
    payload.insert(QStringLiteral("replaces_scheduled_id"), scheduled.remoteId);
    payload.insert(QStringLiteral("replaces_status"), scheduled.payload.value(QLatin1String("status")));
    return payload;
}

QJsonObject unschedulePayload(const OutboxEntry &scheduled)
{
    return QJsonObject { { QStringLiteral("scheduled_id"), scheduled.remoteId },
        { QStringLiteral("status"), scheduled.payload.value(QLatin1String("status")) } };
}

QString draftProblem(const PostDraft &draft)
{
    if (draft.text.trimmed().isEmpty() && draft.media.isEmpty())
        return Text::tr("Write something, or add a picture.");
    if (draft.media.size() > MaxMedia)
        return Text::tr("A post takes at most %n pictures.", nullptr, MaxMedia);
    if (draft.poll && !draft.media.isEmpty())
        return Text::tr("A post has either pictures or a poll, not both.");
    if (draft.poll) {
        const qsizetype filled = std::count_if(draft.poll->options.cbegin(), draft.poll->options.cend(),
            [](const QString &o) { return !o.trimmed().isEmpty(); });
        if (filled < MinPollOptions || draft.poll->options.size() > MaxPollOptions || filled != draft.poll->options.size())
            return Text::tr("A poll needs %1 to %2 choices, none of them empty.").arg(MinPollOptions).arg(MaxPollOptions);
    }
    return {};
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
    draft.inReplyToEntry = payload.value(QLatin1String("in_reply_to_entry")).toInteger();
    draft.sensitive = payload.value(QLatin1String("sensitive")).toBool();
    for (const QJsonValue &v : payload.value(QLatin1String("media")).toArray()) {
        const QJsonObject m = v.toObject();
        draft.media.append({ m.value(QLatin1String("path")).toString(), m.value(QLatin1String("description")).toString() });
    }
    if (const QJsonObject poll = payload.value(QLatin1String("poll")).toObject(); !poll.isEmpty()) {
        PollDraft d;
        for (const QJsonValue &o : poll.value(QLatin1String("options")).toArray())
            d.options << o.toString();
        d.expiresInSecs = poll.value(QLatin1String("expires_in")).toInt(d.expiresInSecs);
        d.multiple = poll.value(QLatin1String("multiple")).toBool();
        draft.poll = d;
    }
    draft.scheduledAtMs = qint64(payload.value(QLatin1String("scheduled_at_ms")).toDouble());
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

PollChoices pollOf(const Item &item)
{
    const QJsonObject poll = QJsonDocument::fromJson(item.meta.toUtf8()).object().value(QLatin1String("poll")).toObject();
    PollChoices choices;
    choices.pollId = poll.value(QLatin1String("id")).toString();
    for (const QJsonValue &o : poll.value(QLatin1String("options")).toArray())
        choices.options << o.toString();
    choices.open = !choices.pollId.isEmpty() && !choices.options.isEmpty() && poll.value(QLatin1String("open")).toBool();
    return choices;
}

QJsonObject votePayload(const ItemTarget &target, const Item &item, int choice)
{
    QJsonObject p { { QStringLiteral("choices"), QJsonArray { choice } } };
    // A poll's id is its server's: elsewhere the post is found first, and its poll with it.
    if (target.statusUrl.isEmpty())
        p.insert(QStringLiteral("poll_id"), pollOf(item).pollId);
    else
        p.insert(QStringLiteral("status_url"), target.statusUrl);
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
    // The account's own acct has no domain on its own server; elsewhere it has one.
    const QString acct = metaOf(item).value(QLatin1String("acct")).toString();
    const bool home = MastodonTimeline::serverOf(acting->server) == timeline->server;
    t.ownPost = !acct.isEmpty()
        && (acct.compare(acting->userName, Qt::CaseInsensitive) == 0
            || (home && !acct.contains(u'@') && acct.compare(acting->userName.section(u'@', 0, 0), Qt::CaseInsensitive) == 0));
    const QString visibility = replyVisibility(item);
    t.boostable = visibility != u"direct" && (visibility != u"private" || t.ownPost);
    t.editable = t.ownPost && home && !metaOf(item).contains(QLatin1String("poll"));
    if (!home) {
        t.statusUrl = item.url;
        if (t.statusUrl.isEmpty())
            t.error = Text::tr("This post has no address that another server could find it by.");
    }
    return t;
}

} // namespace gilde::mastodon
