#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>

#include "TimelinePaging.h"

#include <memory>

class QTimer;

namespace gilde
{

class Database;
class HttpClient;
class ItemStore;
class SourceFetcher;
class SourceStore;
struct Source;

/// What one refresh round did, for a summary line or a status bar.
struct RefreshSummary {
    int sources = 0;
    int changed = 0; ///< 200 with a feed
    int notModified = 0; ///< 304
    int failed = 0;
    int added = 0; ///< new items
    int updated = 0; ///< edited items
    qint64 elapsedMs = 0;
};

/// Decides when to refresh what and runs it for every kind of source: fetch
/// through the kind's SourceFetcher (feeds: a conditional GET), parse on a worker thread, write the batch on a worker
/// thread in one transaction, then record validators, next-due time (feed ttl,
/// backoff on errors) and the error text on the source. One feed's failure
/// never stops the others. Never blocks the thread it lives on: no store call
/// runs there either (reads of the source list included).
///
/// Pipeline: up to maxInFlight() sources are between "fetch started" and
/// "written"; parsing runs on a small thread pool, and one writer thread does
/// all store work, grouping what queues up into one transaction. Each call to
/// refreshAll/refresh/refreshDue ends in one refreshFinished, shared with the
/// round already running if there is one (even when there was nothing to do).
/// refreshFinished comes once every item is stored; full-text indexing of the
/// new items follows on the writer after indexDelay() (indexingFinished).
/// Destroying the engine finishes the writes already queued, then stops.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(SourceStore &sources, ItemStore &items, HttpClient &http, QObject *parent = nullptr);
    /// As above; with the Database, writes of many feeds share one transaction.
    SyncEngine(
        Database &db, SourceStore &sources, ItemStore &items, HttpClient &http, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Serves the sources of `fetcher->kind()` from now on. A source of a kind
    /// nobody serves fails with a message.
    void addFetcher(std::shared_ptr<const SourceFetcher> fetcher);

    /// Checks for due sources every `intervalMs` (and once now). 0 stops it.
    void setAutoRefresh(int intervalMs);
    void refreshAll();
    void refresh(const QList<qint64> &sourceIds);
    void refreshDue();
    /// Paged sources (timelines): fetches the page below what the cache holds
    /// (the user scrolled past its end). Sources at their end are left out.
    void fetchOlder(const QList<qint64> &sourceIds);
    /// Fetches a page into the newest gap of each source that has one, and
    /// goes on into it for a while (a refresh that finds a gap does this too).
    void fillGaps(const QList<qint64> &sourceIds);
    /// Stores what arrived outside a fetch (posts from a live stream) the way
    /// a fetch's are, on the writer; `page` (Stream) keeps the timeline's state.
    void ingest(qint64 sourceId, const QList<Item> &items, const PageReport &page);
    /// Removes items the server says are gone (a post deleted), by remote
    /// id, on the writer thread; sourceRefreshed counts them as updated.
    void withdraw(qint64 sourceId, const QStringList &remoteIds);

    bool isBusy() const;
    bool isOnline() const { return m_online; }

    /// Sources fetched, parsed or written at once (bounds memory). Default 64.
    void setMaxInFlight(int n);
    int maxInFlight() const;
    /// While offline, refreshDue() runs at most once per interval, as a probe. Default 60 s.
    void setOfflineProbeInterval(int ms);
    /// Pause between a round's end and the full-text catch-up. Default 2 s; 0 = at once.
    void setIndexDelay(int ms);

Q_SIGNALS:
    void refreshStarted(int sourceCount);
    /// A source's fetch was handed to the HttpClient.
    void sourceRefreshStarted(qint64 sourceId);
    void sourceRefreshed(qint64 sourceId, int added, int updated);
    void sourceFailed(qint64 sourceId, const QString &error);
    /// A paged source's cache changed: its gaps, whether older pages remain.
    void timelineChanged(qint64 sourceId, const gilde::TimelineState &state);
    void refreshFinished(const gilde::RefreshSummary &summary);
    /// From QNetworkInformation where available, and from what fetches see.
    void onlineChanged(bool online);
    /// The full-text index caught up after a round (`indexed` rows).
    void indexingFinished(int indexed);

private:
    struct Private;
    friend struct Private;
    Private *d;
    bool m_online = true;
};

} // namespace gilde
