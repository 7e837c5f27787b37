#include "SyncEngine.h"

#include "SourceFetcher.h"
#include "SyncWriter.h"
#include "model/Source.h"
#include "net/HttpClient.h"
#include "store/SourceStore.h"
#include "store/TimelineStore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QPointer>
#include <QQueue>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcSync, "gilde.sync", QtWarningMsg)

namespace gilde
{

namespace
{

// Fewer than this many network errors with no success is one bad host, not "offline".
constexpr int OfflineNetworkErrors = 3;
// Pages fetched into a timeline's gaps on their own after a refresh found
// one (40 posts each); the rest when the user asks, at the gap's row.
constexpr int AutoFillPages = 10;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct SyncEngine::Private {
    enum class Listing { All, Ids, Due };
    struct Job {
        Source source;
        PageRequest page;
    };

    SyncEngine *q;
    SourceStore &sources;
    HttpClient &http;
    QThread writerThread;
    SyncWriter *writer = nullptr; // lives on writerThread
    QThreadPool parsePool;
    QTimer autoTimer;
    QTimer indexTimer;
    /// By Source::kind. Shared with the callbacks of fetches still on their way.
    QHash<QString, std::shared_ptr<const SourceFetcher>> fetchers;

    QSet<qint64> inFlight; ///< taken by the round, not yet written
    QQueue<Job> waiting; ///< taken, fetch not started
    std::unique_ptr<TimelineStore> timelines; ///< used on the writer thread only
    QHash<qint64, int> autoFilled; ///< gap pages fetched on their own since the source's last refresh
    int fetching = 0;
    int processing = 0; ///< fetched, being parsed or written
    int listings = 0; ///< source lists being read on the writer
    int maxInFlight = 64;
    bool roundActive = false;
    bool finishPending = false; ///< a call asked for a refreshFinished
    RefreshSummary summary;
    QElapsedTimer roundClock;
    int roundSuccesses = 0;
    int roundNetworkErrors = 0;

    bool systemOnline = true; ///< QNetworkInformation, when it has a backend
    bool fetchOnline = true; ///< what fetches saw
    qint64 lastOfflineProbeMs = 0;
    int probeIntervalMs = 60000;

    Private(SyncEngine *engine, Database *db, SourceStore &s, ItemStore &items, HttpClient &h)
        : q(engine)
        , sources(s)
        , http(h)
        , timelines(db ? std::make_unique<TimelineStore>(*db) : nullptr)
    {
        parsePool.setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
        parsePool.setObjectName(QStringLiteral("gilde-parse"));
        writerThread.setObjectName(QStringLiteral("gilde-writer"));
        QPointer<SyncEngine> guard(engine);
        writer = new SyncWriter(
            s, items, db,
            [guard](const QList<WriteResult> &results) {
                // Runs on the writer thread; dropped once the engine is gone.
                if (guard)
                    QMetaObject::invokeMethod(
                        guard.data(), [guard, results] { guard->d->onResults(results); },
                        Qt::QueuedConnection);
            },
            [guard] {
                if (guard)
                    QMetaObject::invokeMethod(
                        guard.data(), [guard] { guard->d->onWritten(); }, Qt::QueuedConnection);
            });
        writer->moveToThread(&writerThread);
        writerThread.start();
        indexTimer.setSingleShot(true);
        indexTimer.setInterval(2000);
    }

    void addFetcher(std::shared_ptr<const SourceFetcher> fetcher)
    {
        const QString kind = fetcher->kind();
        fetchers.insert(kind, std::move(fetcher));
    }

    template <typename F> void onWriter(F &&f)
    {
        QMetaObject::invokeMethod(writer, std::forward<F>(f), Qt::QueuedConnection);
    }

    void setOnline(bool online)
    {
        if (q->m_online == online)
            return;
        q->m_online = online;
        qCInfo(lcSync) << (online ? "online" : "offline");
        Q_EMIT q->onlineChanged(online);
        if (online && autoTimer.isActive())
            QTimer::singleShot(0, q, [this] { q->refreshDue(); });
    }
    void updateOnline() { setOnline(systemOnline && fetchOnline); }

    /// For a page other than the newest, `page` says which; its cursor is
    /// looked up here (a source with nothing to page is left out).
    void list(Listing kind, const QList<qint64> &ids = {}, PageRequest::Direction page = PageRequest::Direction::Newest)
    {
        ++listings;
        finishPending = true;
        QPointer<SyncEngine> guard(q);
        SourceStore *store = &sources;
        TimelineStore *paging = timelines.get();
        onWriter([guard, store, paging, kind, ids, page] {
            QList<Job> found;
            if (kind == Listing::All) {
                for (const Source &s : store->all())
                    found.append({ s, {} });
            } else if (kind == Listing::Due) {
                for (const Source &s : store->due(nowMs()))
                    found.append({ s, {} });
            } else {
                for (qint64 id : ids) {
                    auto s = store->byId(id);
                    if (!s)
                        continue;
                    if (page == PageRequest::Direction::Newest) {
                        found.append({ *s, {} });
                        continue;
                    }
                    const TimelineState state = paging ? paging->state(id) : TimelineState();
                    if (page == PageRequest::Direction::Older && !state.isEmpty() && !state.endReached)
                        found.append({ *s, { PageRequest::Direction::Older, state.oldest } });
                    else if (page != PageRequest::Direction::Older) {
                        if (auto fill = nextGapRequest(state))
                            found.append({ *s, *fill });
                    }
                }
            }
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(), [guard, found] { guard->d->take(found); }, Qt::QueuedConnection);
        });
    }

    void take(const QList<Job> &found)
    {
        --listings;
        int added = 0;
        int pages = 0; ///< a page below or into a gap is no source refreshed
        for (const Job &job : found) {
            if (inFlight.contains(job.source.id))
                continue; // already on its way in this round
            inFlight.insert(job.source.id);
            waiting.enqueue(job);
            if (job.page.direction == PageRequest::Direction::Newest)
                ++added;
            else
                ++pages;
        }
        if (added + pages > 0) {
            if (!roundActive) {
                roundActive = true;
                summary = RefreshSummary();
                roundSuccesses = roundNetworkErrors = 0;
                roundClock.start();
                indexTimer.stop();
            }
            summary.sources += added;
            if (added > 0)
                Q_EMIT q->refreshStarted(summary.sources);
        }
        pump();
        maybeFinish();
    }

    void pump()
    {
        while (!waiting.isEmpty() && fetching + processing < maxInFlight) {
            const Job job = waiting.dequeue();
            const Source &source = job.source;
            ++fetching;
            const qint64 id = source.id;
            const std::shared_ptr<const SourceFetcher> fetcher = fetchers.value(source.kind);
            if (!fetcher) {
                // A kind this build does not know (a newer profile's, say): said on the source.
                SourceFetcher::Fetched unknown;
                unknown.result.outcome = HttpResult::Outcome::Http;
                unknown.result.errorText = SyncEngine::tr("Gilde cannot fetch sources of the kind “%1”.")
                                               .arg(source.kind);
                QTimer::singleShot(0, q, [this, id, unknown] { fetched(id, {}, unknown); });
                continue;
            }
            QPointer<SyncEngine> guard(q);
            auto done = [guard, id, page = job.page, fetcher](SourceFetcher::Fetched result) {
                if (guard)
                    guard->d->fetched(id, page, std::move(result));
            };
            if (job.page.direction == PageRequest::Direction::Newest)
                fetcher->fetch(source, http, std::move(done));
            else
                fetcher->fetchPage(source, job.page, http, std::move(done));
            Q_EMIT q->sourceRefreshStarted(id);
        }
    }

    void fetched(qint64 id, const PageRequest &page, SourceFetcher::Fetched fetched)
    {
        --fetching;
        ++processing;
        const HttpResult &result = fetched.result;
        if (result.outcome == HttpResult::Outcome::Ok) {
            parse(id, page, std::move(fetched));
            return;
        }
        FetchReport report;
        report.sourceId = id;
        report.page.direction = int(page.direction);
        report.permanentUrl = result.permanentUrl;
        if (result.outcome == HttpResult::Outcome::NotModified) {
            report.kind = FetchReport::Kind::NotModified;
            report.etag = result.etag;
            report.lastModified = result.lastModified;
        } else {
            report.kind = FetchReport::Kind::Failed;
            report.error = result.errorText;
            report.retryAfterSecs = result.retryAfterSecs;
            report.networkError = result.outcome == HttpResult::Outcome::Network
                || result.outcome == HttpResult::Outcome::Timeout;
            if (report.networkError && !systemOnline) {
                // The machine is offline: not the feed's fault, so no backoff is recorded.
                --processing;
                onResults({ WriteResult { id, FetchReport::Kind::Failed, 0, 0, result.errorText, true,
                    int(page.direction), std::nullopt } });
                return;
            }
        }
        SyncWriter *w = writer;
        onWriter([w, report = std::move(report)]() mutable { w->process(std::move(report)); });
    }

    /// What the stream brought (or took back): no round's, straight to the writer.
    void writeStreamed(FetchReport report)
    {
        report.page.direction = int(PageRequest::Direction::Stream);
        ++processing;
        SyncWriter *w = writer;
        onWriter([w, report = std::move(report)]() mutable { w->process(std::move(report)); });
    }

    void parse(qint64 id, const PageRequest &page, SourceFetcher::Fetched fetched)
    {
        SyncWriter *w = writer;
        parsePool.start([w, id, page, fetched = std::move(fetched)]() mutable {
            FetchReport report;
            report.sourceId = id;
            report.page.direction = int(page.direction);
            report.page.cursor = page.cursor;
            report.permanentUrl = fetched.result.permanentUrl;
            report.kind = FetchReport::Kind::Changed;
            report.etag = fetched.result.etag;
            report.lastModified = fetched.result.lastModified;
            if (fetched.interpret) {
                fetched.interpret(report, nowMs());
                fetched.interpret = nullptr; // what it held (a whole feed) goes now, not after the write
            }
            QMetaObject::invokeMethod(
                w, [w, report = std::move(report)]() mutable { w->process(std::move(report)); },
                Qt::QueuedConnection);
        });
    }

    // A report is in the writer's open batch: its slot in the pipeline is
    // free. When nothing else is on its way, the batch need not wait.
    void onWritten()
    {
        --processing;
        pump();
        if (waiting.isEmpty() && fetching == 0 && processing == 0) {
            SyncWriter *w = writer;
            onWriter([w] { w->finishBatch(); });
        }
    }

    void onResults(const QList<WriteResult> &results)
    {
        qCDebug(lcSync).nospace() << "t=" << roundClock.elapsed() << " written " << results.size()
                                  << " fetching=" << fetching << " processing=" << processing
                                  << " waiting=" << waiting.size();
        for (const WriteResult &r : results) {
            const bool streamed = PageRequest::Direction(r.direction) == PageRequest::Direction::Stream;
            if (streamed) {
                // Not part of any round: the columns only need to know.
                if (r.kind != FetchReport::Kind::Failed)
                    Q_EMIT q->sourceRefreshed(r.sourceId, r.added, r.updated);
                if (r.timeline)
                    Q_EMIT q->timelineChanged(r.sourceId, *r.timeline);
                continue;
            }
            inFlight.remove(r.sourceId);
            // Pages below or into a gap bring items, but are no sources refreshed.
            if (PageRequest::Direction(r.direction) == PageRequest::Direction::Newest) {
                switch (r.kind) {
                case FetchReport::Kind::Changed:
                    ++summary.changed;
                    break;
                case FetchReport::Kind::NotModified:
                    ++summary.notModified;
                    break;
                case FetchReport::Kind::Failed:
                    ++summary.failed;
                    break;
                }
            }
            if (r.kind == FetchReport::Kind::Failed) {
                if (r.networkError)
                    ++roundNetworkErrors;
                Q_EMIT q->sourceFailed(r.sourceId, r.error);
            } else {
                summary.added += r.added;
                summary.updated += r.updated;
                ++roundSuccesses;
                if (!fetchOnline) {
                    fetchOnline = true;
                    updateOnline();
                }
                Q_EMIT q->sourceRefreshed(r.sourceId, r.added, r.updated);
            }
            if (r.timeline) {
                Q_EMIT q->timelineChanged(r.sourceId, *r.timeline);
                fillOnItsOwn(r);
            }
        }
        pump();
        maybeFinish();
    }

    // A refresh that found a gap goes on into it, a page at a time, for a
    // while; what remains waits for the user at the gap's row.
    void fillOnItsOwn(const WriteResult &r)
    {
        const auto direction = PageRequest::Direction(r.direction);
        if (direction == PageRequest::Direction::Newest)
            autoFilled.remove(r.sourceId);
        if (direction == PageRequest::Direction::Older || direction == PageRequest::Direction::Stream
            || r.kind == FetchReport::Kind::Failed
            || r.timeline->gaps.isEmpty())
            return;
        int &pages = autoFilled[r.sourceId];
        if (pages >= AutoFillPages)
            return;
        ++pages;
        list(Listing::Ids, { r.sourceId }, PageRequest::Direction::Fill);
    }

    void maybeFinish()
    {
        if (!waiting.isEmpty() || fetching > 0 || processing > 0 || !inFlight.isEmpty() || listings > 0
            || !finishPending)
            return;
        finishPending = false;
        RefreshSummary done = roundActive ? summary : RefreshSummary();
        if (roundActive) {
            done.elapsedMs = roundClock.elapsed();
            roundActive = false;
            if (roundSuccesses == 0 && roundNetworkErrors >= OfflineNetworkErrors) {
                fetchOnline = false;
                lastOfflineProbeMs = nowMs();
                updateOnline();
            }
            indexTimer.start();
        }
        Q_EMIT q->refreshFinished(done);
    }

    void index()
    {
        QPointer<SyncEngine> guard(q);
        SyncWriter *w = writer;
        onWriter([guard, w] {
            const int indexed = w->indexPending();
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(), [guard, indexed] { Q_EMIT guard->indexingFinished(indexed); },
                    Qt::QueuedConnection);
        });
    }

    void watchSystemNetwork()
    {
        // Without a backend (no NetworkManager, a container) we assume online
        // and go by what the fetches see.
        if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend())
            return;
        QNetworkInformation *info = QNetworkInformation::instance();
        if (!info || !info->supports(QNetworkInformation::Feature::Reachability))
            return;
        auto apply = [this](QNetworkInformation::Reachability r) {
            systemOnline = r != QNetworkInformation::Reachability::Disconnected;
            if (systemOnline)
                fetchOnline = true; // the system says we are back: believe it until fetches say otherwise
            updateOnline();
        };
        QObject::connect(info, &QNetworkInformation::reachabilityChanged, q, apply);
        apply(info->reachability());
    }
};

SyncEngine::SyncEngine(SourceStore &sources, ItemStore &items, HttpClient &http, QObject *parent)
    : QObject(parent)
    , d(new Private(this, nullptr, sources, items, http))
{
    connect(&d->autoTimer, &QTimer::timeout, this, &SyncEngine::refreshDue);
    connect(&d->indexTimer, &QTimer::timeout, this, [this] { d->index(); });
    d->watchSystemNetwork();
}

SyncEngine::SyncEngine(
    Database &db, SourceStore &sources, ItemStore &items, HttpClient &http, QObject *parent)
    : QObject(parent)
    , d(new Private(this, &db, sources, items, http))
{
    connect(&d->autoTimer, &QTimer::timeout, this, &SyncEngine::refreshDue);
    connect(&d->indexTimer, &QTimer::timeout, this, [this] { d->index(); });
    d->watchSystemNetwork();
}

void SyncEngine::addFetcher(std::shared_ptr<const SourceFetcher> fetcher)
{
    d->addFetcher(std::move(fetcher));
}

SyncEngine::~SyncEngine()
{
    d->autoTimer.stop();
    d->indexTimer.stop();
    // Parse jobs post to the writer: let them finish first, then let the
    // writer work through its queue (writes already fetched are kept) and stop.
    d->parsePool.waitForDone();
    SyncWriter *w = d->writer;
    w->stop();
    QMetaObject::invokeMethod(
        w,
        [w] {
            w->finishBatch(); // on its thread, while its connection is still open
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    d->writerThread.wait();
    delete w; // its thread has ended: nothing of it runs any more
    delete d;
}

void SyncEngine::setAutoRefresh(int intervalMs)
{
    if (intervalMs <= 0) {
        d->autoTimer.stop();
        return;
    }
    d->autoTimer.start(intervalMs);
    QTimer::singleShot(0, this, &SyncEngine::refreshDue);
}

void SyncEngine::refreshAll()
{
    d->list(Private::Listing::All);
}

void SyncEngine::refresh(const QList<qint64> &sourceIds)
{
    d->list(Private::Listing::Ids, sourceIds);
}

void SyncEngine::fetchOlder(const QList<qint64> &sourceIds)
{
    d->list(Private::Listing::Ids, sourceIds, PageRequest::Direction::Older);
}

void SyncEngine::fillGaps(const QList<qint64> &sourceIds)
{
    for (qint64 id : sourceIds)
        d->autoFilled.remove(id); // the user asked: the pages that follow on their own start again
    d->list(Private::Listing::Ids, sourceIds, PageRequest::Direction::Fill);
}

void SyncEngine::ingest(qint64 sourceId, const QList<Item> &items, const PageReport &page)
{
    FetchReport report;
    report.sourceId = sourceId;
    report.kind = FetchReport::Kind::Changed;
    report.items = items;
    report.page = page;
    report.page.present = true;
    d->writeStreamed(std::move(report));
}

void SyncEngine::withdraw(qint64 sourceId, const QStringList &remoteIds)
{
    if (remoteIds.isEmpty())
        return;
    FetchReport report;
    report.sourceId = sourceId;
    report.kind = FetchReport::Kind::Changed;
    report.withdrawn = remoteIds;
    d->writeStreamed(std::move(report));
}

void SyncEngine::refreshDue()
{
    if (!m_online) {
        const qint64 now = nowMs();
        if (now - d->lastOfflineProbeMs < d->probeIntervalMs) {
            // Offline: don't hammer. Still answer the call, as every refresh call does.
            d->finishPending = true;
            QTimer::singleShot(0, this, [this] { d->maybeFinish(); });
            return;
        }
        d->lastOfflineProbeMs = now;
    }
    d->list(Private::Listing::Due);
}

bool SyncEngine::isBusy() const
{
    return d->roundActive || d->listings > 0;
}

void SyncEngine::setMaxInFlight(int n)
{
    d->maxInFlight = qMax(1, n);
}

int SyncEngine::maxInFlight() const
{
    return d->maxInFlight;
}

void SyncEngine::setOfflineProbeInterval(int ms)
{
    d->probeIntervalMs = qMax(0, ms);
}

void SyncEngine::setIndexDelay(int ms)
{
    d->indexTimer.setInterval(qMax(0, ms));
}

} // namespace gilde
