#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>

class QTimer;

namespace gilde {

class HttpClient;
class ItemStore;
class SourceStore;
struct Source;

/// What one refresh round did, for a summary line or a status bar.
struct RefreshSummary {
    int sources = 0;
    int changed = 0;     ///< 200 with a feed
    int notModified = 0; ///< 304
    int failed = 0;
    int added = 0;       ///< new items
    int updated = 0;     ///< edited items
    qint64 elapsedMs = 0;
};

/// Decides when to refresh what and runs it: fetch through HttpClient
/// (conditional GET), parse on a worker thread, write the batch on a worker
/// thread in one transaction, then record validators, next-due time (feed ttl,
/// backoff on errors) and the error text on the source. One feed's failure
/// never stops the others. Never blocks the thread it lives on.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(SourceStore &sources, ItemStore &items, HttpClient &http, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Checks for due sources every `intervalMs` (and once now). 0 stops it.
    void setAutoRefresh(int intervalMs);
    void refreshAll();
    void refresh(const QList<qint64> &sourceIds);
    void refreshDue();

    bool isBusy() const;
    bool isOnline() const { return m_online; }

Q_SIGNALS:
    void refreshStarted(int sourceCount);
    void sourceRefreshed(qint64 sourceId, int added, int updated);
    void sourceFailed(qint64 sourceId, const QString &error);
    void refreshFinished(const gilde::RefreshSummary &summary);
    /// From QNetworkInformation where available, and from what fetches see.
    void onlineChanged(bool online);

private:
    struct Private;
    Private *d;
    bool m_online = true;
};

} // namespace gilde
