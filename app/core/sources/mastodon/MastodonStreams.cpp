#include "MastodonStreams.h"

#include "MastodonJson.h"
#include "MastodonTimeline.h"
#include "StatusToItems.h"
#include "model/Source.h"
#include "net/HttpClient.h"
#include "store/AccountStore.h"
#include "store/SourceStore.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcStream, "gilde.stream", QtWarningMsg)

namespace gilde
{

struct MastodonStreams::Connection {
    qint64 accountId = 0;
    QUrl server;
    QUrl streamingUrl; ///< resolved once per connection
    bool resolving = false;
    QWebSocket socket;
    QTimer retry;
    int attempts = 0;
    bool live = false;
    QElapsedTimer openedFor;
    /// Stream key → the timelines it carries, with their kind.
    QHash<QString, QList<std::pair<qint64, MastodonTimeline::Kind>>> routes;
    QSet<QString> subscribed;
};

namespace
{

/// The subscription message of a stream key.
QJsonObject subscription(const QString &type, const QString &key)
{
    QJsonObject o { { QStringLiteral("type"), type } };
    const qsizetype colon = key.indexOf(u':');
    const QString head = colon < 0 ? key : key.left(colon);
    if (head == u"hashtag") {
        o.insert(QStringLiteral("stream"), QStringLiteral("hashtag"));
        o.insert(QStringLiteral("tag"), key.mid(colon + 1));
    } else if (head == u"list") {
        o.insert(QStringLiteral("stream"), QStringLiteral("list"));
        o.insert(QStringLiteral("list"), key.mid(colon + 1));
    } else {
        o.insert(QStringLiteral("stream"), key);
    }
    return o;
}

/// The key of the stream an event came on: ["hashtag", "Gilde"] → "hashtag:gilde".
QString keyOfEvent(const QStringList &stream)
{
    if (stream.isEmpty())
        return {};
    const QString &head = stream.first();
    if ((head == u"hashtag" || head == u"hashtag:local") && stream.size() > 1)
        return QStringLiteral("hashtag:") + stream.at(1).toLower();
    if (head == u"list" && stream.size() > 1)
        return QStringLiteral("list:") + stream.at(1);
    return head;
}

/// Where the streaming API is: the server's word, made a WebSocket address.
QUrl socketUrl(QUrl base)
{
    if (base.scheme() == u"https")
        base.setScheme(QStringLiteral("wss"));
    else if (base.scheme() == u"http")
        base.setScheme(QStringLiteral("ws"));
    QString path = base.path();
    if (!path.endsWith(u"/api/v1/streaming")) {
        while (path.endsWith(u'/'))
            path.chop(1);
        base.setPath(path + QStringLiteral("/api/v1/streaming"));
    }
    return base;
}

PageReport pageOfOne(const QString &id, qint64 createdAtMs)
{
    PageReport page;
    page.present = true;
    page.newest = page.oldest = id;
    page.oldestMs = createdAtMs;
    page.count = 1;
    return page;
}

} // namespace

MastodonStreams::MastodonStreams(SourceStore &sources, AccountStore &accounts, HttpClient &http, SyncEngine &sync,
    TokenFor tokenFor, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_accounts(accounts)
    , m_http(http)
    , m_sync(sync)
    , m_tokenFor(std::move(tokenFor))
{
}

MastodonStreams::~MastodonStreams()
{
    stop();
}

QString MastodonStreams::streamKeyOf(const QUrl &sourceUrl)
{
    const auto timeline = MastodonTimeline::fromSourceUrl(sourceUrl);
    if (!timeline || timeline->accountId == 0)
        return {};
    switch (timeline->kind) {
    case MastodonTimeline::Kind::Home:
    case MastodonTimeline::Kind::Notifications:
    case MastodonTimeline::Kind::Mentions:
        return QStringLiteral("user");
    case MastodonTimeline::Kind::Local:
        return QStringLiteral("public:local");
    case MastodonTimeline::Kind::Federated:
        return QStringLiteral("public");
    case MastodonTimeline::Kind::Hashtag:
        return QStringLiteral("hashtag:") + timeline->arg.toLower();
    case MastodonTimeline::Kind::List:
        return QStringLiteral("list:") + timeline->arg;
    case MastodonTimeline::Kind::Bookmarks:
    case MastodonTimeline::Kind::Favourites:
    case MastodonTimeline::Kind::Account:
    case MastodonTimeline::Kind::Search:
        break;
    }
    return {};
}

void MastodonStreams::start()
{
    m_running = true;
    reconcile();
    // Back online (or started again): whoever waits to retry tries now.
    for (auto &[id, c] : m_connections) {
        if (!c->live && c->retry.isActive()) {
            c->retry.stop();
            c->attempts = 0;
            open(*c);
        }
    }
}

void MastodonStreams::stop()
{
    m_running = false;
    for (auto &[id, c] : m_connections) {
        c->retry.stop();
        c->socket.disconnect(this);
        c->socket.abort();
        if (c->live)
            Q_EMIT liveChanged(id, false);
    }
    m_connections.clear();
}

bool MastodonStreams::isLive(qint64 accountId) const
{
    const auto it = m_connections.find(accountId);
    return it != m_connections.end() && it->second->live;
}

void MastodonStreams::setRetryPauses(int firstMs, int maxMs)
{
    m_firstRetryMs = qMax(1, firstMs);
    m_maxRetryMs = qMax(m_firstRetryMs, maxMs);
}

void MastodonStreams::reconcile()
{
    if (!m_running)
        return;
    QHash<qint64, QHash<QString, QList<std::pair<qint64, MastodonTimeline::Kind>>>> wanted;
    for (const Source &s : m_sources.all()) {
        if (s.kind != u"mastodon")
            continue;
        const QString key = streamKeyOf(s.url);
        if (key.isEmpty())
            continue;
        const auto timeline = MastodonTimeline::fromSourceUrl(s.url);
        wanted[timeline->accountId][key].append({ s.id, timeline->kind });
    }
    QHash<qint64, QUrl> servers;
    for (const Account &a : m_accounts.ofKind(QStringLiteral("mastodon")))
        servers.insert(a.id, a.server);

    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if (!wanted.contains(it->first) || !servers.contains(it->first)) {
            Connection &c = *it->second;
            c.retry.stop();
            c.socket.disconnect(this);
            c.socket.abort();
            if (c.live)
                Q_EMIT liveChanged(c.accountId, false);
            it = m_connections.erase(it);
        } else {
            ++it;
        }
    }
    for (auto w = wanted.cbegin(); w != wanted.cend(); ++w) {
        const qint64 accountId = w.key();
        if (!servers.contains(accountId))
            continue;
        auto &slot = m_connections[accountId];
        const bool fresh = !slot;
        if (fresh) {
            slot = std::make_unique<Connection>();
            slot->accountId = accountId;
            slot->server = servers.value(accountId);
            slot->retry.setSingleShot(true);
            Connection *c = slot.get();
            connect(&c->retry, &QTimer::timeout, this, [this, c] { open(*c); });
            connect(&c->socket, &QWebSocket::connected, this, [this, c] {
                c->live = true;
                c->openedFor.start();
                c->subscribed.clear();
                for (auto r = c->routes.cbegin(); r != c->routes.cend(); ++r)
                    subscribe(*c, r.key());
                qCInfo(lcStream) << "stream of account" << c->accountId << "open";
                Q_EMIT liveChanged(c->accountId, true);
                // What came while the stream was down comes by the pages.
                QList<qint64> ids;
                for (const auto &list : std::as_const(c->routes)) {
                    for (const auto &[id, kind] : list)
                        ids << id;
                }
                m_sync.refresh(ids);
            });
            connect(&c->socket, &QWebSocket::disconnected, this, [this, c] { onClosed(c->accountId); });
            // A refused upgrade (no streaming there) or a TLS error may end without "disconnected".
            connect(&c->socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this, c] {
                if (c->socket.state() == QAbstractSocket::UnconnectedState)
                    onClosed(c->accountId);
            });
            connect(&c->socket, &QWebSocket::textMessageReceived, this,
                [this, c](const QString &message) { onMessage(*c, message); });
        }
        Connection &c = *slot;
        const auto routes = w.value();
        if (c.live) {
            for (const QString &key : c.subscribed) {
                if (!routes.contains(key))
                    c.socket.sendTextMessage(QString::fromUtf8(
                        QJsonDocument(subscription(QStringLiteral("unsubscribe"), key)).toJson(QJsonDocument::Compact)));
            }
            for (auto r = c.subscribed.begin(); r != c.subscribed.end();)
                r = routes.contains(*r) ? std::next(r) : c.subscribed.erase(r);
        }
        c.routes = routes;
        if (c.live) {
            for (auto r = routes.cbegin(); r != routes.cend(); ++r) {
                if (!c.subscribed.contains(r.key()))
                    subscribe(c, r.key());
            }
        }
        if (fresh)
            open(c);
    }
}

void MastodonStreams::subscribe(Connection &c, const QString &key)
{
    c.subscribed.insert(key);
    c.socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(subscription(QStringLiteral("subscribe"), key)).toJson(QJsonDocument::Compact)));
}

void MastodonStreams::open(Connection &c)
{
    if (!m_running || c.resolving)
        return;
    if (!c.streamingUrl.isEmpty()) {
        connectSocket(c);
        return;
    }
    // The server names its streaming address (often a host of its own).
    c.resolving = true;
    const qint64 accountId = c.accountId;
    QPointer<MastodonStreams> guard(this);
    auto ask = std::make_shared<std::function<void(int)>>();
    *ask = [this, guard, accountId, ask](int version) {
        auto it = m_connections.find(accountId);
        if (it == m_connections.end())
            return;
        HttpRequest request;
        request.url = it->second->server.resolved(
            QUrl(version == 2 ? QStringLiteral("/api/v2/instance") : QStringLiteral("/api/v1/instance")));
        request.accept = QByteArrayLiteral("application/json");
        m_http.get(request, [this, guard, accountId, version, ask](const HttpResult &result) {
            if (!guard)
                return;
            auto it = m_connections.find(accountId);
            if (it == m_connections.end())
                return;
            Connection &c = *it->second;
            std::optional<MastodonInstance> instance;
            if (result.outcome == HttpResult::Outcome::Ok)
                instance = mastodon::instance(result.body);
            if (instance && !instance->streamingUrl.isEmpty()) {
                c.streamingUrl = socketUrl(instance->streamingUrl);
            } else if (version == 2 && result.outcome != HttpResult::Outcome::Network
                && result.outcome != HttpResult::Outcome::Timeout) {
                (*ask)(1);
                return;
            } else if (instance || result.outcome == HttpResult::Outcome::Http) {
                c.streamingUrl = socketUrl(c.server); // Mastodon's default: the server itself
            }
            c.resolving = false;
            if (c.streamingUrl.isEmpty()) {
                onClosed(accountId); // no network: try again later
                return;
            }
            connectSocket(c);
        });
    };
    (*ask)(2);
}

void MastodonStreams::connectSocket(Connection &c)
{
    const qint64 accountId = c.accountId;
    QPointer<MastodonStreams> guard(this);
    m_tokenFor(accountId, [this, guard, accountId](bool ok, const QString &token, const QString &) {
        if (!guard || !m_running)
            return;
        auto it = m_connections.find(accountId);
        if (it == m_connections.end())
            return;
        Connection &c = *it->second;
        if (!ok || token.isEmpty()) {
            onClosed(accountId);
            return;
        }
        // The token goes in a header, never in the address.
        QNetworkRequest request(c.streamingUrl);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        c.socket.open(request);
    });
}

void MastodonStreams::onClosed(qint64 accountId)
{
    auto it = m_connections.find(accountId);
    if (it == m_connections.end())
        return;
    Connection &c = *it->second;
    if (c.live) {
        c.live = false;
        qCInfo(lcStream) << "stream of account" << accountId << "closed:" << c.socket.closeReason();
        Q_EMIT liveChanged(accountId, false);
        // A connection that held a while starts the pauses over.
        if (c.openedFor.isValid() && c.openedFor.elapsed() > 30000)
            c.attempts = 0;
    }
    if (!m_running || c.retry.isActive())
        return;
    const qint64 pause = std::min<qint64>(m_maxRetryMs, qint64(m_firstRetryMs) << std::min(c.attempts, 20));
    const qint64 jitter = QRandomGenerator::global()->bounded(pause / 4 + 1);
    ++c.attempts;
    c.retry.start(int(pause + jitter));
}

void MastodonStreams::onMessage(Connection &c, const QString &message)
{
    const std::optional<MastodonStreamEvent> event = mastodon::streamEvent(message.toUtf8());
    if (!event)
        return;
    const auto routes = c.routes.value(keyOfEvent(event->stream));
    if (routes.isEmpty())
        return;
    if (event->event == u"delete") {
        // Its author deleted the post (or took back a boost): its rows go
        // from the timelines here, as from the web client's.
        const QString id = QString::fromUtf8(event->payload).trimmed();
        if (id.isEmpty() || id.size() > 64)
            return;
        for (const auto &[sourceId, kind] : routes) {
            if (kind != MastodonTimeline::Kind::Notifications && kind != MastodonTimeline::Kind::Mentions)
                m_sync.withdraw(sourceId, { id });
        }
        return;
    }
    const QJsonObject payload = QJsonDocument::fromJson(event->payload).object();
    if (payload.isEmpty())
        return;
    if (event->event == u"update" || event->event == u"status.update") {
        const MastodonStatus status = mastodon::status(payload);
        if (status.id.isEmpty())
            return;
        for (const auto &[sourceId, kind] : routes) {
            if (kind == MastodonTimeline::Kind::Notifications || kind == MastodonTimeline::Kind::Mentions)
                continue;
            const QList<Item> items = mastodon::itemsFromStatuses({ status }, sourceId);
            if (!items.isEmpty())
                m_sync.ingest(sourceId, items, pageOfOne(status.id, status.createdAtMs));
        }
    } else if (event->event == u"notification") {
        const MastodonNotification n = mastodon::notification(payload);
        if (n.id.isEmpty())
            return;
        for (const auto &[sourceId, kind] : routes) {
            if (kind != MastodonTimeline::Kind::Notifications
                && !(kind == MastodonTimeline::Kind::Mentions && n.type == u"mention"))
                continue;
            const QList<Item> items = mastodon::itemsFromNotifications({ n }, sourceId);
            if (!items.isEmpty())
                m_sync.ingest(sourceId, items, pageOfOne(n.id, n.createdAtMs));
        }
    }
}

} // namespace gilde
