#include "SyncWriter.h"

#include "RefreshPolicy.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "store/TimelineStore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace gilde
{

void applyReport(Source &source, const FetchReport &report, qint64 nowMs)
{
    source.lastRefreshMs = nowMs;
    if (report.permanentUrl.isValid() && !report.permanentUrl.isEmpty())
        source.url = report.permanentUrl;
    switch (report.kind) {
    case FetchReport::Kind::Changed:
        if (source.title.isEmpty())
            source.title = report.title;
        if (source.siteUrl.isEmpty())
            source.siteUrl = report.siteUrl;
        if (source.iconUrl.isEmpty())
            source.iconUrl = report.iconUrl;
        source.ttlMinutes = report.ttlMinutes;
        Q_FALLTHROUGH();
    case FetchReport::Kind::NotModified:
        // A 304 without validators keeps the ones we have.
        if (report.kind == FetchReport::Kind::Changed || !report.etag.isEmpty())
            source.etag = report.etag;
        if (report.kind == FetchReport::Kind::Changed || !report.lastModified.isEmpty())
            source.lastModified = report.lastModified;
        source.lastSuccessMs = nowMs;
        source.errorCount = 0;
        source.lastError.clear();
        source.lastErrorNetwork = false;
        source.nextRefreshMs = RefreshPolicy::nextAfterSuccess(nowMs, source.ttlMinutes);
        break;
    case FetchReport::Kind::Failed:
        source.errorCount += 1;
        source.lastError = report.error;
        source.lastErrorNetwork = report.networkError;
        source.nextRefreshMs = RefreshPolicy::nextAfterFailure(
            nowMs, source.ttlMinutes, source.errorCount, report.retryAfterSecs);
        break;
    }
}

SyncWriter::SyncWriter(
    SourceStore &sources, ItemStore &items, Database *db, Deliver deliver, std::function<void()> written)
    : m_sources(sources)
    , m_items(items)
    , m_db(db)
    , m_timelines(db ? std::make_unique<TimelineStore>(*db) : nullptr)
    , m_deliver(std::move(deliver))
    , m_written(std::move(written))
    , m_commitTimer(new QTimer(this))
{
    m_commitTimer->setSingleShot(true);
    connect(m_commitTimer, &QTimer::timeout, this, &SyncWriter::commitBatch);
    if (m_db) {
        // Called on the waiting thread; the writer answers on its own.
        m_db->setWriteWaitListener([this] {
            QMetaObject::invokeMethod(this, &SyncWriter::yieldToWaitingWriter, Qt::QueuedConnection);
        });
    }
}

SyncWriter::~SyncWriter()
{
    if (m_db)
        m_db->setWriteWaitListener(nullptr);
}

void SyncWriter::finishBatch()
{
    if (m_tx || !m_results.isEmpty())
        commitBatch();
}

void SyncWriter::process(FetchReport report)
{
    yieldToWaitingWriter();
    if (!m_batchOpen) {
        // Everything already queued behind this job lands in the same
        // transaction: the commit is queued after it.
        m_batchOpen = true;
        m_batchAge.start();
        if (m_db) {
            m_tx.emplace(m_db->connection());
            if (!m_tx->isOpen())
                m_tx.reset(); // each store call then commits on its own
        }
        QMetaObject::invokeMethod(this, &SyncWriter::queueDrained, Qt::QueuedConnection);
    }

    WriteResult result;
    result.sourceId = report.sourceId;
    result.kind = report.kind;
    result.error = report.error;
    result.networkError = report.networkError;
    result.direction = report.page.direction;

    std::optional<Source> source = m_sources.byId(report.sourceId);
    if (!source) {
        // Removed while it was being fetched: nothing to store.
        result.kind = FetchReport::Kind::Failed;
        result.error = tr("The feed was removed during the refresh");
        m_results.append(result);
        if (m_written)
            m_written();
        return;
    }
    if (report.kind == FetchReport::Kind::Changed && !report.withdrawn.isEmpty()) {
        const int removed = m_items.removeRemote(report.sourceId, report.withdrawn);
        if (removed < 0)
            qCWarning(lcSync) << "could not remove what source" << report.sourceId << "withdrew";
        else
            result.updated += removed;
    }
    // A withdrawal alone is no page of the source: nothing to fold into its timeline.
    const bool withdrawalOnly = report.items.isEmpty() && !report.withdrawn.isEmpty();
    if (report.kind == FetchReport::Kind::Changed && !withdrawalOnly) {
        const ItemStore::IngestStats stats = m_items.upsert(report.sourceId, report.items);
        report.items = {}; // the batch may be long; free this feed's items now
        if (stats.ok) {
            result.added = stats.added;
            result.updated += stats.updated;
            if (report.page.present && m_timelines) {
                TimelineState timeline = m_timelines->state(report.sourceId);
                foldPage(timeline, report.page);
                if (!m_timelines->save(report.sourceId, timeline))
                    qCWarning(lcSync) << "could not save the paging state of source" << report.sourceId;
                result.timeline = std::move(timeline);
            }
        } else {
            report.kind = FetchReport::Kind::Failed;
            report.error = stats.error;
            result.kind = report.kind;
            result.error = stats.error;
        }
    }
    // A page below the cache or into a gap is no refresh: the schedule stays.
    // (A failure is the source's all the same: its column says so.)
    const bool refresh = PageRequest::Direction(report.page.direction) == PageRequest::Direction::Newest;
    if (refresh || report.kind == FetchReport::Kind::Failed) {
        applyReport(*source, report, QDateTime::currentMSecsSinceEpoch());
        if (!m_sources.saveRefreshState(*source))
            qCWarning(lcSync) << "could not save the refresh state of source" << report.sourceId;
    }
    m_results.append(result);
    if (m_written)
        m_written();
}

void SyncWriter::queueDrained()
{
    const qint64 age = m_batchAge.elapsed();
    if (!m_tx || m_stopping || age >= MinBatchMs)
        commitBatch();
    else if (!m_commitTimer->isActive())
        m_commitTimer->start(int(MinBatchMs - age)); // feeds parsed meanwhile join the batch
}

void SyncWriter::yieldToWaitingWriter()
{
    if (!m_db || !m_db->takeWriteWanted() || !m_tx)
        return;
    commitBatch();
    // The waiting connection retries every millisecond: give it that time
    // before this thread takes the lock again for the next feed.
    QThread::msleep(2);
}

void SyncWriter::commitBatch()
{
    m_commitTimer->stop();
    m_batchOpen = false;
    if (m_tx) {
        if (!m_tx->commit()) {
            const QString error = Database::writeErrorMessage(m_tx->lastError());
            for (WriteResult &r : m_results) {
                r.kind = FetchReport::Kind::Failed;
                r.added = r.updated = 0;
                r.error = error;
            }
        }
        m_tx.reset();
    }
    if (m_results.isEmpty())
        return;
    QList<WriteResult> results;
    results.swap(m_results);
    m_deliver(results);
}

int SyncWriter::indexPending()
{
    if (m_stopping)
        return 0;
    return m_items.indexPending();
}

} // namespace gilde
