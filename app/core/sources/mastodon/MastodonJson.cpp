#include "MastodonJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonParseError>

namespace gilde::mastodon
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MastodonJson)
};

// A boost of a boost does not exist; a hostile server nesting them deeply
// must not take the stack with it.
constexpr int MaxReblogDepth = 2;

QString str(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) { // ids as numbers (older Pleroma); integral, so no exponent
        // Only what a qint64 holds converts to one: 2^63 is exact as a double.
        constexpr double Limit = 9223372036854775808.0;
        const double d = v.toDouble();
        return d >= -Limit && d < Limit ? QString::number(qint64(d)) : QString();
    }
    return {};
}

QUrl url(const QJsonObject &o, QLatin1String key)
{
    const QString s = str(o, key);
    if (s.isEmpty())
        return {};
    const QUrl u(s);
    // Only web addresses: anything else from a server is not followed.
    return u.isValid() && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http")) ? u
                                                                                                         : QUrl();
}

int integer(const QJsonObject &o, QLatin1String key, int fallback)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    return d >= 0 && d < 2e9 ? int(d) : fallback;
}

bool flag(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toBool(false);
}

qint64 time(const QJsonObject &o, QLatin1String key)
{
    const QString s = str(o, key);
    if (s.isEmpty())
        return 0;
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

template <typename T, typename F> QList<T> list(const QJsonValue &v, F decode)
{
    QList<T> out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &e : a) {
        if (e.isObject())
            out << decode(e.toObject());
    }
    return out;
}

MastodonEmoji emoji(const QJsonObject &o)
{
    return { str(o, QLatin1String("shortcode")), url(o, QLatin1String("url")), url(o, QLatin1String("static_url")) };
}

QList<MastodonEmoji> emojis(const QJsonObject &o)
{
    QList<MastodonEmoji> out = list<MastodonEmoji>(o.value(QLatin1String("emojis")), emoji);
    out.removeIf([](const MastodonEmoji &e) { return e.shortcode.isEmpty() || e.url.isEmpty(); });
    return out;
}

MastodonMedia media(const QJsonObject &o)
{
    MastodonMedia m;
    m.id = str(o, QLatin1String("id"));
    m.type = str(o, QLatin1String("type"));
    m.url = url(o, QLatin1String("url"));
    m.previewUrl = url(o, QLatin1String("preview_url"));
    m.remoteUrl = url(o, QLatin1String("remote_url"));
    m.description = str(o, QLatin1String("description"));
    m.blurhash = str(o, QLatin1String("blurhash"));
    const QJsonObject original = o.value(QLatin1String("meta")).toObject().value(QLatin1String("original")).toObject();
    m.width = integer(original, QLatin1String("width"), 0);
    m.height = integer(original, QLatin1String("height"), 0);
    return m;
}

MastodonCard card(const QJsonObject &o)
{
    MastodonCard c;
    c.url = url(o, QLatin1String("url"));
    c.title = str(o, QLatin1String("title"));
    c.description = str(o, QLatin1String("description"));
    c.type = str(o, QLatin1String("type"));
    c.providerName = str(o, QLatin1String("provider_name"));
    c.image = url(o, QLatin1String("image"));
    return c;
}

MastodonPoll poll(const QJsonObject &o)
{
    MastodonPoll p;
    p.id = str(o, QLatin1String("id"));
    p.expiresAtMs = time(o, QLatin1String("expires_at"));
    p.expired = flag(o, QLatin1String("expired"));
    p.multiple = flag(o, QLatin1String("multiple"));
    p.votesCount = integer(o, QLatin1String("votes_count"), 0);
    p.votersCount = integer(o, QLatin1String("voters_count"), -1);
    p.voted = flag(o, QLatin1String("voted"));
    const QJsonArray own = o.value(QLatin1String("own_votes")).toArray();
    for (const QJsonValue &v : own) {
        if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1000)
            p.ownVotes << int(v.toDouble());
    }
    p.options = list<MastodonPollOption>(o.value(QLatin1String("options")), [](const QJsonObject &opt) {
        return MastodonPollOption { str(opt, QLatin1String("title")), integer(opt, QLatin1String("votes_count"), -1) };
    });
    return p;
}

MastodonStatus statusAt(const QJsonObject &o, int depth)
{
    MastodonStatus s;
    s.id = str(o, QLatin1String("id"));
    s.uri = str(o, QLatin1String("uri"));
    s.url = url(o, QLatin1String("url"));
    s.createdAtMs = time(o, QLatin1String("created_at"));
    s.editedAtMs = time(o, QLatin1String("edited_at"));
    s.account = account(o.value(QLatin1String("account")).toObject());
    s.contentHtml = str(o, QLatin1String("content"));
    s.spoilerText = str(o, QLatin1String("spoiler_text"));
    s.sensitive = flag(o, QLatin1String("sensitive"));
    s.visibility = str(o, QLatin1String("visibility"));
    s.language = str(o, QLatin1String("language"));
    s.inReplyToId = str(o, QLatin1String("in_reply_to_id"));
    s.inReplyToAccountId = str(o, QLatin1String("in_reply_to_account_id"));
    const QJsonValue reblog = o.value(QLatin1String("reblog"));
    if (reblog.isObject() && depth < MaxReblogDepth) {
        MastodonStatus boosted = statusAt(reblog.toObject(), depth + 1);
        if (!boosted.id.isEmpty())
            s.reblog = std::make_shared<const MastodonStatus>(std::move(boosted));
    }
    s.media = list<MastodonMedia>(o.value(QLatin1String("media_attachments")), media);
    s.media.removeIf([](const MastodonMedia &m) { return m.url.isEmpty() && m.remoteUrl.isEmpty(); });
    s.mentions = list<MastodonMention>(o.value(QLatin1String("mentions")), [](const QJsonObject &m) {
        return MastodonMention { str(m, QLatin1String("id")), str(m, QLatin1String("username")),
                                 str(m, QLatin1String("acct")), url(m, QLatin1String("url")) };
    });
    s.tags = list<MastodonTag>(o.value(QLatin1String("tags")), [](const QJsonObject &t) {
        return MastodonTag { str(t, QLatin1String("name")), url(t, QLatin1String("url")) };
    });
    s.emojis = emojis(o);
    if (const QJsonValue c = o.value(QLatin1String("card")); c.isObject())
        s.card = card(c.toObject());
    if (const QJsonValue p = o.value(QLatin1String("poll")); p.isObject())
        s.poll = poll(p.toObject());
    s.filtered = list<MastodonFilterMatch>(o.value(QLatin1String("filtered")), [](const QJsonObject &f) {
        const QJsonObject filter = f.value(QLatin1String("filter")).toObject();
        return MastodonFilterMatch { str(filter, QLatin1String("title")), str(filter, QLatin1String("filter_action")) };
    });
    s.repliesCount = integer(o, QLatin1String("replies_count"), 0);
    s.reblogsCount = integer(o, QLatin1String("reblogs_count"), 0);
    s.favouritesCount = integer(o, QLatin1String("favourites_count"), 0);
    s.favourited = flag(o, QLatin1String("favourited"));
    s.reblogged = flag(o, QLatin1String("reblogged"));
    s.bookmarked = flag(o, QLatin1String("bookmarked"));
    s.pinned = flag(o, QLatin1String("pinned"));
    s.applicationName = str(o.value(QLatin1String("application")).toObject(), QLatin1String("name"));
    return s;
}

std::optional<QJsonDocument> document(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Text::tr("The server's answer is not JSON (%1).").arg(parseError.errorString());
        return std::nullopt;
    }
    return doc;
}

std::optional<QJsonArray> array(const QByteArray &body, QString *error)
{
    const std::optional<QJsonDocument> doc = document(body, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        if (error)
            *error = Text::tr("The server answered with something other than a list.");
        return std::nullopt;
    }
    return doc->array();
}

std::optional<QJsonObject> object(const QByteArray &body, QString *error)
{
    const std::optional<QJsonDocument> doc = document(body, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        if (error)
            *error = Text::tr("The server answered with something other than an object.");
        return std::nullopt;
    }
    return doc->object();
}

template <typename T, typename F> QList<T> listOf(const QByteArray &body, QString *error, F decode)
{
    const std::optional<QJsonArray> a = array(body, error);
    if (!a)
        return {};
    QList<T> out = list<T>(*a, decode);
    out.removeIf([](const T &e) { return e.id.isEmpty(); });
    return out;
}

// One entity, which must have an id.
template <typename T, typename F>
std::optional<T> single(const QByteArray &body, QString *error, F decode, const QString &notIt)
{
    const std::optional<QJsonObject> o = object(body, error);
    if (!o)
        return std::nullopt;
    T entity = decode(*o);
    if (entity.id.isEmpty()) {
        if (error)
            *error = notIt;
        return std::nullopt;
    }
    return entity;
}


} // namespace

MastodonAccount account(const QJsonObject &o)
{
    MastodonAccount a;
    a.id = str(o, QLatin1String("id"));
    a.username = str(o, QLatin1String("username"));
    a.acct = str(o, QLatin1String("acct"));
    a.displayName = str(o, QLatin1String("display_name"));
    a.noteHtml = str(o, QLatin1String("note"));
    a.url = url(o, QLatin1String("url"));
    a.avatar = url(o, QLatin1String("avatar"));
    a.avatarStatic = url(o, QLatin1String("avatar_static"));
    a.header = url(o, QLatin1String("header"));
    a.locked = flag(o, QLatin1String("locked"));
    a.bot = flag(o, QLatin1String("bot"));
    a.group = flag(o, QLatin1String("group"));
    a.followersCount = integer(o, QLatin1String("followers_count"), -1);
    a.followingCount = integer(o, QLatin1String("following_count"), -1);
    a.statusesCount = integer(o, QLatin1String("statuses_count"), -1);
    a.emojis = emojis(o);
    a.fields = list<MastodonField>(o.value(QLatin1String("fields")), [](const QJsonObject &f) {
        return MastodonField { str(f, QLatin1String("name")), str(f, QLatin1String("value")),
                               !str(f, QLatin1String("verified_at")).isEmpty() };
    });
    if (a.displayName.isEmpty())
        a.displayName = a.username;
    return a;
}

MastodonStatus status(const QJsonObject &json)
{
    return statusAt(json, 0);
}

MastodonNotification notification(const QJsonObject &o)
{
    MastodonNotification n;
    n.id = str(o, QLatin1String("id"));
    n.type = str(o, QLatin1String("type"));
    n.createdAtMs = time(o, QLatin1String("created_at"));
    n.account = account(o.value(QLatin1String("account")).toObject());
    if (const QJsonValue s = o.value(QLatin1String("status")); s.isObject()) {
        MastodonStatus st = status(s.toObject());
        if (!st.id.isEmpty())
            n.status = std::move(st);
    }
    return n;
}

QList<MastodonStatus> statuses(const QByteArray &body, QString *error)
{
    return listOf<MastodonStatus>(body, error, status);
}

QList<MastodonStatus> foundStatuses(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> o = object(body, error);
    if (!o)
        return {};
    QList<MastodonStatus> out = list<MastodonStatus>(o->value(QLatin1String("statuses")), status);
    out.removeIf([](const MastodonStatus &s) { return s.id.isEmpty(); });
    return out;
}

QList<MastodonAccount> accounts(const QByteArray &body, QString *error)
{
    return listOf<MastodonAccount>(body, error, account);
}

QList<MastodonNotification> notifications(const QByteArray &body, QString *error)
{
    return listOf<MastodonNotification>(body, error, notification);
}

std::optional<MastodonRelationship> relationship(const QByteArray &body, const QString &personId, QString *error)
{
    const std::optional<QJsonArray> a = array(body, error);
    if (!a)
        return std::nullopt;
    for (const QJsonValue &v : *a) {
        const QJsonObject r = v.toObject();
        if (str(r, QLatin1String("id")) != personId)
            continue;
        MastodonRelationship out;
        out.following = flag(r, QLatin1String("following")) || flag(r, QLatin1String("requested"));
        out.muting = flag(r, QLatin1String("muting"));
        out.blocking = flag(r, QLatin1String("blocking"));
        return out;
    }
    if (error)
        *error = Text::tr("The server did not say how the account stands to them.");
    return std::nullopt;
}

QList<MastodonList> lists(const QByteArray &body, QString *error)
{
    QList<MastodonList> out = listOf<MastodonList>(body, error, [](const QJsonObject &o) {
        return MastodonList { str(o, QLatin1String("id")), str(o, QLatin1String("title")) };
    });
    static const QRegularExpression pathWord(QStringLiteral("^[A-Za-z0-9_]{1,100}$"));
    out.removeIf([](const MastodonList &l) { return !pathWord.match(l.id).hasMatch(); });
    return out;
}

std::optional<MastodonStatus> singleStatus(const QByteArray &body, QString *error)
{
    return single<MastodonStatus>(body, error, status, Text::tr("The server's answer is not a post."));
}

std::optional<MastodonAccount> singleAccount(const QByteArray &body, QString *error)
{
    return single<MastodonAccount>(body, error, account, Text::tr("The server's answer is not an account."));
}

std::optional<MastodonContext> context(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> o = object(body, error);
    if (!o)
        return std::nullopt;
    MastodonContext c;
    c.ancestors = list<MastodonStatus>(o->value(QLatin1String("ancestors")), status);
    c.descendants = list<MastodonStatus>(o->value(QLatin1String("descendants")), status);
    return c;
}

QHash<QString, MastodonMarker> markers(const QByteArray &body, QString *error)
{
    QHash<QString, MastodonMarker> out;
    const std::optional<QJsonObject> o = object(body, error);
    if (!o)
        return out;
    for (auto it = o->constBegin(); it != o->constEnd(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject m = it.value().toObject();
        MastodonMarker marker { str(m, QLatin1String("last_read_id")), integer(m, QLatin1String("version"), 0),
                                time(m, QLatin1String("updated_at")) };
        if (!marker.lastReadId.isEmpty())
            out.insert(it.key(), marker);
    }
    return out;
}

std::optional<MastodonInstance> instance(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> o = object(body, error);
    if (!o)
        return std::nullopt;
    MastodonInstance i;
    // v2 names it domain, v1 uri (a bare host there, despite the name).
    i.domain = str(*o, QLatin1String("domain"));
    if (i.domain.isEmpty())
        i.domain = str(*o, QLatin1String("uri"));
    i.title = str(*o, QLatin1String("title"));
    i.version = str(*o, QLatin1String("version"));
    const QJsonObject conf = o->value(QLatin1String("configuration")).toObject();
    i.streamingUrl = QUrl(str(conf.value(QLatin1String("urls")).toObject(), QLatin1String("streaming")));
    if (i.streamingUrl.isEmpty())
        i.streamingUrl = QUrl(str(o->value(QLatin1String("urls")).toObject(), QLatin1String("streaming_api")));
    if (const QString scheme = i.streamingUrl.scheme();
        scheme != QLatin1String("wss") && scheme != QLatin1String("https") && scheme != QLatin1String("ws")
        && scheme != QLatin1String("http"))
        i.streamingUrl.clear();
    const QJsonObject st = conf.value(QLatin1String("statuses")).toObject();
    i.maxCharacters = integer(st, QLatin1String("max_characters"),
                              integer(*o, QLatin1String("max_toot_chars"), i.maxCharacters));
    i.charactersReservedPerUrl
        = integer(st, QLatin1String("characters_reserved_per_url"), i.charactersReservedPerUrl);
    i.maxMediaAttachments = integer(st, QLatin1String("max_media_attachments"), i.maxMediaAttachments);
    const QJsonObject polls = conf.value(QLatin1String("polls")).toObject();
    i.maxPollOptions = integer(polls, QLatin1String("max_options"), i.maxPollOptions);
    i.maxPollOptionCharacters
        = integer(polls, QLatin1String("max_characters_per_option"), i.maxPollOptionCharacters);
    i.minPollExpirationSecs = integer(polls, QLatin1String("min_expiration"), i.minPollExpirationSecs);
    i.maxPollExpirationSecs = integer(polls, QLatin1String("max_expiration"), i.maxPollExpirationSecs);
    const QJsonObject mediaConf = conf.value(QLatin1String("media_attachments")).toObject();
    for (const QJsonValue &v : mediaConf.value(QLatin1String("supported_mime_types")).toArray()) {
        if (v.isString())
            i.supportedMimeTypes << v.toString();
    }
    for (const QJsonValue &v : o->value(QLatin1String("languages")).toArray()) {
        if (v.isString())
            i.languages << v.toString();
    }
    return i;
}

std::optional<MastodonStreamEvent> streamEvent(const QByteArray &message)
{
    const std::optional<QJsonObject> o = object(message, nullptr);
    if (!o)
        return std::nullopt;
    MastodonStreamEvent e;
    e.event = str(*o, QLatin1String("event"));
    if (e.event.isEmpty())
        return std::nullopt;
    const QJsonValue stream = o->value(QLatin1String("stream"));
    if (stream.isArray()) {
        for (const QJsonValue &v : stream.toArray()) {
            if (v.isString())
                e.stream << v.toString();
        }
    } else if (stream.isString()) {
        e.stream << stream.toString();
    }
    // The payload is JSON text; some servers send the object itself.
    const QJsonValue payload = o->value(QLatin1String("payload"));
    if (payload.isString())
        e.payload = payload.toString().toUtf8();
    else if (payload.isObject())
        e.payload = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
    return e;
}

MastodonError error(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(body, &parseError).object();
    return { str(o, QLatin1String("error")), str(o, QLatin1String("error_description")) };
}

} // namespace gilde::mastodon
