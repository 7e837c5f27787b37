#include "MastodonServer.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrlQuery>

namespace gilde::test
{

namespace
{

QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

/// The documented entities' pictures (avatars, emoji, media) live on
/// mastodon.social's file host; served here, they point at a closed port on
/// loopback instead, so that a test that paints a row never reaches out.
QJsonValue onLoopback(const QJsonValue &v)
{
    static const QString host = QStringLiteral("https://files.mastodon.social/");
    if (v.isString() && v.toString().startsWith(host))
        return QStringLiteral("http://127.0.0.1:9/files/") + v.toString().mid(host.size());
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = onLoopback(it.value());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = onLoopback(*it);
        return a;
    }
    return v;
}

QJsonObject fixtureObject(const char *name)
{
    return onLoopback(QJsonDocument::fromJson(fixture(QStringLiteral("mastodon/") + QLatin1String(name))).object()).toObject();
}

QUrlQuery formOf(const TestRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.body));
}

QUrlQuery queryOf(const TestRequest &request)
{
    const qsizetype q = request.path.indexOf('?');
    return QUrlQuery(q < 0 ? QString() : QString::fromUtf8(request.path.mid(q + 1)));
}

} // namespace

TestResponse MastodonServer::jsonResponse(const QJsonValue &v, int status)
{
    TestResponse r = TestResponse::ok(json(v), "application/json; charset=utf-8");
    r.status = status;
    r.conditional = false;
    return r;
}

MastodonServer::MastodonServer()
    : m_epochMs(QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000)
{
    m_http.route("/api/v1/instance", jsonResponse(fixtureObject("instance_v1.json")));
    m_http.route("/api/v1/markers", [this](const TestRequest &request) { return markers(request); });
    m_http.route("/api/v2/media", [this](const TestRequest &request) { return media(request); });
    m_http.route("/api/v1/scheduled_statuses", [this](const TestRequest &request) { return scheduledList(request); });
    m_http.route("/api/v1/accounts/relationships", [this](const TestRequest &request) {
        TestResponse refusal;
        if (!authorized(request, &refusal))
            return refusal;
        const QString id = queryOf(request).queryItemValue(QStringLiteral("id[]"));
        QMutexLocker lock(&m_mutex);
        // As the actions so far left it: "follow 7" … "unfollow 7", and so on.
        QJsonObject relationship { { QStringLiteral("id"), id }, { QStringLiteral("requested"), false } };
        for (const auto &[verb, field] : { std::pair { "follow", "following" }, std::pair { "mute", "muting" }, std::pair { "block", "blocking" } }) {
            bool on = false;
            for (const QString &done : std::as_const(m_actions)) {
                if (done == QLatin1String(verb) + u' ' + id)
                    on = true;
                else if (done == QStringLiteral("un") + QLatin1String(verb) + u' ' + id)
                    on = false;
            }
            relationship.insert(QLatin1String(field), on);
        }
        return jsonResponse(QJsonArray { relationship });
    });
    m_http.route("/api/v1/lists", [this](const TestRequest &request) {
        TestResponse refusal;
        if (!authorized(request, &refusal))
            return refusal;
        QMutexLocker lock(&m_mutex);
        QJsonArray lists;
        for (const auto &[id, title] : std::as_const(m_lists))
            lists.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), title },
                { QStringLiteral("replies_policy"), QStringLiteral("list") } });
        return jsonResponse(lists);
    });
    m_http.route("/api/v2/instance", jsonResponse(fixtureObject("instance_v2.json")));
    m_http.route("/api/v1/apps", [this](const TestRequest &request) {
        const QUrlQuery form = formOf(request);
        if (request.method != "POST" || form.queryItemValue(QStringLiteral("client_name")).isEmpty())
            return jsonResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("Validation failed") } }, 422);
        QMutexLocker lock(&m_mutex);
        ++m_apps;
        return jsonResponse(QJsonObject {
            { QStringLiteral("id"), QString::number(m_apps) },
            { QStringLiteral("name"), form.queryItemValue(QStringLiteral("client_name")) },
            { QStringLiteral("client_id"), QStringLiteral("client-%1").arg(m_apps) },
            { QStringLiteral("client_secret"), QStringLiteral("secret-%1").arg(m_apps) },
            { QStringLiteral("redirect_uri"), form.queryItemValue(QStringLiteral("redirect_uris"), QUrl::FullyDecoded) },
        });
    });
    m_http.route("/oauth/authorize", [this](const TestRequest &request) {
        const QUrlQuery query = queryOf(request);
        const QString challenge = query.queryItemValue(QStringLiteral("code_challenge"));
        const QString redirect = query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        if (challenge.isEmpty() || query.queryItemValue(QStringLiteral("code_challenge_method")) != u"S256"
            || query.queryItemValue(QStringLiteral("response_type")) != u"code" || redirect.isEmpty())
            return TestResponse::error(400, "invalid authorization request");
        QMutexLocker lock(&m_mutex);
        const QString code = QStringLiteral("code-%1").arg(m_codeChallenges.size() + 1);
        m_codeChallenges.insert(code, challenge);
        if (redirect == u"urn:ietf:wg:oauth:2.0:oob")
            return TestResponse::ok("<p>Copy this code: <code>" + code.toUtf8() + "</code></p>", "text/html");
        QUrl target(redirect);
        QUrlQuery back;
        back.addQueryItem(QStringLiteral("code"), code);
        back.addQueryItem(QStringLiteral("state"), query.queryItemValue(QStringLiteral("state")));
        target.setQuery(back);
        return TestResponse::redirect(302, target.toEncoded());
    });
    m_http.route("/oauth/token", [this](const TestRequest &request) {
        const QUrlQuery form = formOf(request);
        QMutexLocker lock(&m_mutex);
        m_lastTokenRequest = request.body;
        const QString code = form.queryItemValue(QStringLiteral("code"));
        const QString verifier = form.queryItemValue(QStringLiteral("code_verifier"));
        const QString expected = m_codeChallenges.take(code);
        const QString challenge = QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (expected.isEmpty() || challenge != expected)
            return jsonResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid_grant") },
                                    { QStringLiteral("error_description"),
                                        QStringLiteral("The provided authorization grant is invalid.") } },
                400);
        return jsonResponse(QJsonObject { { QStringLiteral("access_token"), token() },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("scope"), form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded) } });
    });
    m_http.route("/api/v1/accounts/verify_credentials", [this](const TestRequest &request) {
        TestResponse refusal;
        if (!authorized(request, &refusal))
            return refusal;
        // The user's own account: its acct has no domain, as on a real server.
        QJsonObject me = fixtureObject("account.json");
        me.insert(QStringLiteral("acct"), me.value(QLatin1String("username")));
        return jsonResponse(me);
    });
    m_http.route("/api/v1/statuses", [this](const TestRequest &request) {
        TestResponse refusal;
        if (!authorized(request, &refusal))
            return refusal;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString text = body.value(QLatin1String("status")).toString();
        QMutexLocker lock(&m_mutex);
        if (!m_refusePosts.isEmpty())
            return jsonResponse(QJsonObject { { QStringLiteral("error"), m_refusePosts } }, 422);
        const QByteArray key = request.header("idempotency-key");
        if (!m_ignoreIdempotency && !key.isEmpty()) {
            for (const Posted &p : m_posted) {
                if (p.key == key)
                    return jsonResponse(status(p.id.toLongLong(), p.text, QDateTime::currentMSecsSinceEpoch()));
            }
        }
        for (const Posted &p : std::as_const(m_scheduled)) {
            if (!m_ignoreIdempotency && !key.isEmpty() && p.key == key)
                return schedule(p);
        }
        Posted p { QString::number(++m_nextId), text, body.value(QLatin1String("in_reply_to_id")).toString(), key, body };
        for (const QJsonValue &id : body.value(QLatin1String("media_ids")).toArray()) {
            if (m_processing.value(id.toString()) > 0)
                return jsonResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("Cannot attach files that have not finished processing. Try again in a moment!") } }, 422);
        }
        if (body.contains(QLatin1String("scheduled_at")))
            return schedule(p);
        m_posted.append(p);
        if (m_dropAnswers > 0) {
            --m_dropAnswers;
            TestResponse lost;
            lost.behaviour = m_lostAnswer == LostAnswer::Hang ? TestResponse::Behaviour::Hang
                                                              : TestResponse::Behaviour::CloseWithoutResponse;
            return lost;
        }
        QJsonObject s = status(p.id.toLongLong(), text, QDateTime::currentMSecsSinceEpoch());
        s.insert(QStringLiteral("in_reply_to_id"), p.inReplyTo.isEmpty() ? QJsonValue() : QJsonValue(p.inReplyTo));
        TestResponse answer = jsonResponse(s);
        answer.delayMs = m_postDelayMs;
        return answer;
    });
    m_http.route("/api/v1/accounts/23634/statuses", [this](const TestRequest &request) {
        TestResponse refusal;
        if (!authorized(request, &refusal))
            return refusal;
        QMutexLocker lock(&m_mutex);
        QJsonArray list;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (qsizetype i = m_posted.size() - 1; i >= 0 && list.size() < 40; --i) {
            QJsonObject s = status(m_posted[i].id.toLongLong(), m_posted[i].text, now);
            s.insert(QStringLiteral("in_reply_to_id"),
                m_posted[i].inReplyTo.isEmpty() ? QJsonValue() : QJsonValue(m_posted[i].inReplyTo));
            list.append(s);
        }
        return jsonResponse(list);
    });
    // Actions on one status or account: /api/v1/statuses/ID/VERB, /api/v1/accounts/ID/VERB.
    m_http.setFallback([this](const TestRequest &request) {
        static const QRegularExpression action(QStringLiteral("^/api/v1/(statuses|accounts|polls)/(\\w+)/(\\w+)$"));
        if (auto own = ownPost(request))
            return *own;
        if (request.method == "GET" && request.path.startsWith("/api/v1/statuses/"))
            return conversation(request);
        if (request.method == "GET" && request.path.startsWith("/api/v1/media/"))
            return media(request);
        if (request.method == "DELETE" && request.path.startsWith("/api/v1/scheduled_statuses/"))
            return scheduledList(request);
        if (request.method == "DELETE" && request.path.startsWith("/api/v1/statuses/"))
            return deleteStatus(request);
        const auto m = action.match(QString::fromUtf8(request.path));
        if (request.method != "POST" || !m.hasMatch())
            return TestResponse::error(404, "{\"error\":\"Record not found\"}");
        TestResponse refusal;
        if (!authorized(request, &refusal))
            return refusal;
        QMutexLocker lock(&m_mutex);
        if (m.captured(1) == u"polls") {
            // One vote per poll and account, as Mastodon has it.
            const QString vote = QStringLiteral("vote %1 ").arg(m.captured(2));
            for (const QString &done : std::as_const(m_actions)) {
                if (done.startsWith(vote))
                    return jsonResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("Validation failed: You have already voted on this poll") } }, 422);
            }
            const QJsonArray choices = QJsonDocument::fromJson(request.body).object().value(QLatin1String("choices")).toArray();
            m_actions << vote + QString::fromUtf8(QJsonDocument(choices).toJson(QJsonDocument::Compact));
            QJsonObject poll = fixtureObject("poll.json");
            poll.insert(QStringLiteral("id"), m.captured(2));
            return jsonResponse(poll);
        }
        m_actions << m.captured(3) + u' ' + m.captured(2);
        return jsonResponse(status(m.captured(2).toLongLong(), QStringLiteral("acted on"), QDateTime::currentMSecsSinceEpoch()));
    });
    // Any post asked for by its address is known here as 777 (as if fetched from its server).
    m_http.route("/api/v2/search", [this](const TestRequest &request) {
        TestResponse refusal;
        if (!authorized(request, &refusal))
            return refusal;
        const QUrlQuery query = queryOf(request);
        const QString q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        QJsonArray statuses;
        if (query.queryItemValue(QStringLiteral("resolve")) == u"true" && q.startsWith(QStringLiteral("https://")))
            statuses.append(status(777, QStringLiteral("found by its address"), QDateTime::currentMSecsSinceEpoch()));
        QMutexLocker lock(&m_mutex);
        if (const int found = m_searchResults.value(q); found > 0 && query.queryItemValue(QStringLiteral("type")) == u"statuses") {
            const qint64 below = query.hasQueryItem(QStringLiteral("max_id"))
                ? query.queryItemValue(QStringLiteral("max_id")).toLongLong() : 3000 + found;
            const int limit = qBound(1, query.queryItemValue(QStringLiteral("limit")).toInt(), 40);
            for (qint64 id = qMin<qint64>(below, 3000 + found) - 1; id >= 3000 && statuses.size() < limit; --id)
                statuses.append(status(id, QStringLiteral("Over %1, deel %2").arg(q).arg(id - 2999), m_epochMs + (id - 3000) * 60000));
        }
        return jsonResponse(QJsonObject { { QStringLiteral("accounts"), QJsonArray() },
            { QStringLiteral("statuses"), statuses }, { QStringLiteral("hashtags"), QJsonArray() } });
    });
    m_http.route("/api/v1/accounts/lookup", [](const TestRequest &request) {
        const QString acct = queryOf(request).queryItemValue(QStringLiteral("acct"));
        if (acct != u"noiob" && acct != u"noiob@awoo.space")
            return jsonResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("Record not found") } }, 404);
        return jsonResponse(fixtureObject("account.json"));
    });
}

void MastodonServer::setIgnoreIdempotency(bool ignore)
{
    QMutexLocker lock(&m_mutex);
    m_ignoreIdempotency = ignore;
}

void MastodonServer::dropAnswersAfterPosting(int count, LostAnswer how)
{
    QMutexLocker lock(&m_mutex);
    m_dropAnswers = count;
    m_lostAnswer = how;
}

void MastodonServer::setRefusePosts(const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_refusePosts = message;
}

void MastodonServer::setPostDelayMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_postDelayMs = ms;
}

QList<MastodonServer::Posted> MastodonServer::posted() const
{
    QMutexLocker lock(&m_mutex);
    return m_posted;
}

QStringList MastodonServer::actions() const
{
    QMutexLocker lock(&m_mutex);
    return m_actions;
}

bool MastodonServer::listen()
{
    return m_http.listen();
}

QUrl MastodonServer::server() const
{
    QUrl u = m_http.url();
    u.setPath(QString());
    return u;
}

void MastodonServer::setTokenFault(TokenFault fault)
{
    QMutexLocker lock(&m_mutex);
    m_tokenFault = fault;
}

bool MastodonServer::authorized(const TestRequest &request, TestResponse *refusal) const
{
    TokenFault fault;
    {
        QMutexLocker lock(&m_mutex);
        fault = m_tokenFault;
    }
    const bool good = request.header("authorization") == "Bearer " + token().toUtf8();
    if (good && fault == TokenFault::None)
        return true;
    const QJsonObject body { { QStringLiteral("error"), QStringLiteral("The access token is invalid") } };
    *refusal = jsonResponse(body, fault == TokenFault::Unprocessable422 ? 422 : 401);
    return false;
}

QJsonObject MastodonServer::status(qint64 id, const QString &text, qint64 createdAtMs)
{
    QJsonObject s = fixtureObject("status.json");
    s.insert(QStringLiteral("id"), QString::number(id));
    s.insert(QStringLiteral("content"), QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()));
    s.insert(QStringLiteral("created_at"),
        QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    s.insert(QStringLiteral("url"), QStringLiteral("https://mastodon.social/@Gargron/%1").arg(id));
    s.insert(QStringLiteral("uri"), QStringLiteral("https://mastodon.social/users/Gargron/statuses/%1").arg(id));
    return s;
}

void MastodonServer::setTimeline(const QByteArray &path, int count, qint64 firstId)
{
    QJsonArray statuses;
    // A status keeps its time when the timeline grows (as on a real server):
    // a minute apart from a day before the server started.
    const qint64 base = m_epochMs;
    for (int i = count - 1; i >= 0; --i)
        statuses.append(status(firstId + i, QStringLiteral("Status number %1").arg(i + 1), base + qint64(i) * 60000));
    const bool own = path.contains("/home") || path.contains("/notifications") || path.contains("/bookmarks")
        || path.contains("/favourites") || path.contains("/list/");
    m_http.route(path, [this, statuses, own](const TestRequest &request) {
        if (own) {
            TestResponse refusal;
            if (!authorized(request, &refusal))
                return refusal;
        }
        return timeline(request, statuses);
    });
}

TestResponse MastodonServer::timeline(const TestRequest &request, const QJsonArray &statuses)
{
    // Pages as Mastodon does: newest first, `limit` (at most 40); max_id for
    // older ones, since_id for the newest above an id, min_id for the page
    // just above it.
    const QUrlQuery query = queryOf(request);
    const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 1, 40);
    const qint64 maxId = query.queryItemValue(QStringLiteral("max_id")).toLongLong();
    qint64 sinceId = query.queryItemValue(QStringLiteral("since_id")).toLongLong();
    qint64 minId = query.queryItemValue(QStringLiteral("min_id")).toLongLong();
    bool noLink = false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_ignoreMinId && minId != 0)
            minId = 0;
        noLink = m_noLinkHeader;
    }
    QList<QJsonValue> matching;
    for (const QJsonValue &v : statuses) {
        const qint64 id = v.toObject().value(QLatin1String("id")).toString().toLongLong();
        if ((maxId != 0 && id >= maxId) || (sinceId != 0 && id <= sinceId) || (minId != 0 && id <= minId))
            continue;
        matching.append(v);
    }
    // min_id: the `limit` oldest of those above it, still newest first.
    const qsizetype from = minId != 0 ? std::max<qsizetype>(0, matching.size() - limit) : 0;
    QJsonArray page;
    for (qsizetype i = from; i < matching.size() && page.size() < limit; ++i)
        page.append(matching.at(i));
    TestResponse r = jsonResponse(page);
    if (!page.isEmpty() && !noLink) {
        const QByteArray first = page.first().toObject().value(QLatin1String("id")).toString().toUtf8();
        const QByteArray last = page.last().toObject().value(QLatin1String("id")).toString().toUtf8();
        const QByteArray path = request.path.left(request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
        const QByteArray base = m_http.url(QString::fromUtf8(path)).toEncoded();
        r.header("Link", "<" + base + "?max_id=" + last + ">; rel=\"next\", <" + base + "?min_id=" + first + ">; rel=\"prev\"");
    }
    return r;
}

bool MastodonServer::enableStreaming()
{
    m_streamServer = std::make_unique<QWebSocketServer>(
        QStringLiteral("mastodon-streaming"), QWebSocketServer::NonSecureMode);
    if (!m_streamServer->listen(QHostAddress::LocalHost))
        return false;
    QWebSocketServer *server = m_streamServer.get();
    QObject::connect(server, &QWebSocketServer::newConnection, server, [this, server] {
        while (QWebSocket *socket = server->nextPendingConnection()) {
            m_streamAuthorization = socket->request().rawHeader("Authorization");
            m_streamUrl = socket->requestUrl();
            m_streamSubs.insert(socket, {});
            QObject::connect(socket, &QWebSocket::textMessageReceived, server, [this, socket](const QString &text) {
                const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
                QString key = o.value(QLatin1String("stream")).toString();
                if (key == u"hashtag")
                    key += u':' + o.value(QLatin1String("tag")).toString().toLower();
                else if (key == u"list")
                    key += u':' + o.value(QLatin1String("list")).toString();
                QStringList &subs = m_streamSubs[socket];
                if (o.value(QLatin1String("type")).toString() == u"subscribe" && !subs.contains(key))
                    subs << key;
                else if (o.value(QLatin1String("type")).toString() == u"unsubscribe")
                    subs.removeAll(key);
            });
            QObject::connect(socket, &QWebSocket::disconnected, server, [this, socket] {
                m_streamSubs.remove(socket);
                socket->deleteLater();
            });
        }
    });
    // The instance names the streaming host, as mastodon.social's does.
    const QString streaming = QStringLiteral("ws://127.0.0.1:%1").arg(server->serverPort());
    QJsonObject v2 = fixtureObject("instance_v2.json");
    QJsonObject configuration = v2.value(QLatin1String("configuration")).toObject();
    QJsonObject urls = configuration.value(QLatin1String("urls")).toObject();
    urls.insert(QStringLiteral("streaming"), streaming);
    configuration.insert(QStringLiteral("urls"), urls);
    v2.insert(QStringLiteral("configuration"), configuration);
    m_http.route("/api/v2/instance", jsonResponse(v2));
    return true;
}

void MastodonServer::setNoStreaming()
{
    QJsonObject v2 = fixtureObject("instance_v2.json");
    QJsonObject configuration = v2.value(QLatin1String("configuration")).toObject();
    QJsonObject urls = configuration.value(QLatin1String("urls")).toObject();
    urls.remove(QStringLiteral("streaming"));
    configuration.insert(QStringLiteral("urls"), urls);
    v2.insert(QStringLiteral("configuration"), configuration);
    m_http.route("/api/v2/instance", jsonResponse(v2));
    QJsonObject v1 = fixtureObject("instance_v1.json");
    QJsonObject v1urls = v1.value(QLatin1String("urls")).toObject();
    v1urls.remove(QStringLiteral("streaming_api"));
    v1.insert(QStringLiteral("urls"), v1urls);
    m_http.route("/api/v1/instance", jsonResponse(v1));
}

void MastodonServer::sendStreamEvent(const QString &key, const QString &event, const QJsonObject &payload)
{
    sendStreamText(key, event, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

void MastodonServer::sendStreamDelete(const QString &key, const QString &statusId)
{
    sendStreamText(key, QStringLiteral("delete"), statusId);
}

void MastodonServer::sendStreamText(const QString &key, const QString &event, const QString &payload)
{
    QStringList stream { key };
    if (key.startsWith(QLatin1String("hashtag:")) || key.startsWith(QLatin1String("list:")))
        stream = key.split(u':');
    const QJsonObject message { { QStringLiteral("stream"), QJsonArray::fromStringList(stream) },
        { QStringLiteral("event"), event },
        { QStringLiteral("payload"), payload } };
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    for (auto it = m_streamSubs.cbegin(); it != m_streamSubs.cend(); ++it) {
        if (it.value().contains(key))
            it.key()->sendTextMessage(text);
    }
}

int MastodonServer::streamConnections() const
{
    return int(m_streamSubs.size());
}

QStringList MastodonServer::streamSubscriptions() const
{
    QStringList all;
    for (const QStringList &subs : m_streamSubs) {
        for (const QString &key : subs) {
            if (!all.contains(key))
                all << key;
        }
    }
    all.sort();
    return all;
}

void MastodonServer::dropStreams()
{
    const QList<QWebSocket *> sockets = m_streamSubs.keys();
    for (QWebSocket *socket : sockets)
        socket->abort();
}

void MastodonServer::setIgnoreMinId(bool ignore)
{
    QMutexLocker lock(&m_mutex);
    m_ignoreMinId = ignore;
}

void MastodonServer::setNoLinkHeader(bool none)
{
    QMutexLocker lock(&m_mutex);
    m_noLinkHeader = none;
}

void MastodonServer::setNotifications()
{
    QJsonArray list;
    const QJsonObject account = fixtureObject("account.json");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const char *types[] = { "mention", "reblog", "favourite", "follow", "poll" };
    int n = 0;
    for (const char *type : types) {
        QJsonObject o { { QStringLiteral("id"), QString::number(500 - n) },
            { QStringLiteral("type"), QLatin1String(type) },
            { QStringLiteral("created_at"), QDateTime::fromMSecsSinceEpoch(now - n * 60000, Qt::UTC).toString(Qt::ISODateWithMs) },
            { QStringLiteral("account"), account } };
        if (qstrcmp(type, "follow") != 0)
            o.insert(QStringLiteral("status"), status(2000 + n, QStringLiteral("About %1").arg(QLatin1String(type)), now - n * 60000));
        list.append(o);
        ++n;
    }
    m_http.route("/api/v1/notifications", [this, list](const TestRequest &request) {
        TestResponse refusal;
        if (!authorized(request, &refusal))
            return refusal;
        return jsonResponse(list);
    });
}

void MastodonServer::setLists(const QList<std::pair<QString, QString>> &lists)
{
    QMutexLocker lock(&m_mutex);
    m_lists = lists;
}

void MastodonServer::setSearchResults(const QString &query, int count)
{
    QMutexLocker lock(&m_mutex);
    m_searchResults.insert(query, count);
}

void MastodonServer::setFault(const QByteArray &path, const TestResponse &response)
{
    m_http.route(path, response);
}

void MastodonServer::clearFault(const QByteArray &path)
{
    m_http.removeRoute(path);
}

QString MastodonServer::authorize(const QUrl &authorizationUrl)
{
    // The "browser" asks the server's page directly: the test's own loop is not needed.
    const QByteArray path = authorizationUrl.path(QUrl::FullyEncoded).toUtf8() + '?' + authorizationUrl.query(QUrl::FullyEncoded).toUtf8();
    TestRequest request;
    request.method = "GET";
    request.path = path;
    const auto [found, response] = m_http.lookup(request);
    if (!found)
        return {};
    if (response.status == 302) {
        for (const auto &[name, value] : response.headers) {
            if (name.compare("Location", Qt::CaseInsensitive) == 0)
                return QUrlQuery(QUrl::fromEncoded(value)).queryItemValue(QStringLiteral("code"));
        }
        return {};
    }
    if (response.status != 200)
        return {};
    const qsizetype start = response.body.indexOf("<code>");
    const qsizetype end = response.body.indexOf("</code>");
    return start < 0 || end < start ? QString() : QString::fromUtf8(response.body.mid(start + 6, end - start - 6));
}

QByteArray MastodonServer::lastTokenRequest() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastTokenRequest;
}

int MastodonServer::registeredApps() const
{
    QMutexLocker lock(&m_mutex);
    return m_apps;
}

} // namespace gilde::test
