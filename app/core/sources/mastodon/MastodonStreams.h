#pragma once

#include "MastodonFetcher.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <map>
#include <memory>

namespace gilde
{

class AccountStore;
class HttpClient;
class SourceStore;
class SyncEngine;
struct Source;

/// Live timelines: one WebSocket per signed-in Mastodon account, to the
/// streaming URL its server names (/api/v2/instance, else v1, else the
/// server itself), carrying every stream its timelines need ("user" for Home
/// and notifications, hashtags, local, federated, lists) over one
/// connection. New posts go into the cache through SyncEngine::ingest as
/// they come. When a connection opens (again), the account's timelines are
/// refreshed: what came while it was down is fetched, and a gap shows if it
/// was more than a page. A lost connection is tried again with growing
/// pauses (2 s to 5 min); a server that never takes the connection is
/// simply polled, as every timeline is anyway, and says so nowhere.
class MastodonStreams : public QObject
{
    Q_OBJECT
public:
    using TokenFor = MastodonFetcher::TokenFor;
    MastodonStreams(SourceStore &sources, AccountStore &accounts, HttpClient &http, SyncEngine &sync,
        TokenFor tokenFor, QObject *parent = nullptr);
    ~MastodonStreams() override;

    /// Connects the accounts' streams and keeps them up until stopped.
    void start();
    void stop();
    /// Accounts or timelines changed: opens, closes and subscribes to match.
    void reconcile();
    bool isLive(qint64 accountId) const;
    /// Pauses before connecting again: the first, doubling up to the last (tests shorten them).
    void setRetryPauses(int firstMs, int maxMs);

    /// The stream ("user", "hashtag:gilde", "public:local", "list:7") a
    /// timeline is carried on; empty for one no stream carries.
    static QString streamKeyOf(const QUrl &sourceUrl);

Q_SIGNALS:
    /// An account's stream opened or closed.
    void liveChanged(qint64 accountId, bool live);

private:
    struct Connection;
    void open(Connection &c);
    void connectSocket(Connection &c);
    void onMessage(Connection &c, const QString &message);
    void onClosed(qint64 accountId);
    void subscribe(Connection &c, const QString &key);

    SourceStore &m_sources;
    AccountStore &m_accounts;
    HttpClient &m_http;
    SyncEngine &m_sync;
    TokenFor m_tokenFor;
    bool m_running = false;
    int m_firstRetryMs = 2000;
    int m_maxRetryMs = 5 * 60 * 1000;
    std::map<qint64, std::unique_ptr<Connection>> m_connections;
};

} // namespace gilde
