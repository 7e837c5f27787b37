#pragma once

#include "FetchReport.h"
#include "model/Item.h"
#include "model/Source.h"
#include "TimelinePaging.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace gilde
{

class ItemStore;
class SourceStore;
class TimelineStore;

/// What the store made of a report, back on the engine's thread.
struct WriteResult {
    qint64 sourceId = 0;
    FetchReport::Kind kind = FetchReport::Kind::Failed;
    int added = 0;
    int updated = 0;
    QString error;
    bool networkError = false;
    int direction = 0; ///< PageRequest::Direction of the fetch
    /// For a paged source: what its cache holds now (gaps, end reached).
    std::optional<TimelineState> timeline;
};

/// Folds a report into the source's stored refresh state: validators, times,
/// error count and text, next due time, a moved URL and what the feed says
/// about itself where the source knows nothing yet. Pure.
void applyReport(Source &source, const FetchReport &report, qint64 nowMs);

/// The refresh's one writer: lives on its own thread, owns that thread's
/// SQLite connection, and groups the writes that queue up while it works into
/// one transaction (when it has the Database to open one), kept open for at
/// least MinBatchMs while more arrive, unless another connection (a click
/// marking an item read) waits for the write lock: then it commits after the
/// feed at hand and lets that one in. Results go back through `deliver`,
/// called on the writer thread once per committed batch.
class SyncWriter : public QObject
{
    Q_OBJECT
public:
    using Deliver = std::function<void(const QList<WriteResult> &)>;
    /// Every commit writes again each index page its items touched, and new
    /// items land all over the time-ordered indexes: a batch that waits this
    /// long for the next feeds writes those pages once instead of many times.
    static constexpr int MinBatchMs = 200;

    /// `written` is called on the writer thread when a report has been
    /// written into the open batch (its items are freed): the pipeline may
    /// send the next one. `deliver` follows when the batch is committed.
    SyncWriter(SourceStore &sources, ItemStore &items, Database *db, Deliver deliver,
        std::function<void()> written = {});
    ~SyncWriter() override;

    /// Runs on the writer thread (post it there with QMetaObject::invokeMethod).
    void process(FetchReport report);
    /// Full-text catch-up; returns rows indexed. Skipped once stop() was called.
    int indexPending();
    void stop() { m_stopping = true; }
    /// Commits and delivers what is pending now, on the writer thread: at the
    /// end of a round (nothing more is coming) and at shutdown.
    void finishBatch();

private:
    void queueDrained();
    void yieldToWaitingWriter();
    void commitBatch();

    SourceStore &m_sources;
    ItemStore &m_items;
    Database *m_db;
    std::unique_ptr<TimelineStore> m_timelines; ///< with the Database only
    Deliver m_deliver;
    std::function<void()> m_written;
    std::optional<Transaction> m_tx;
    bool m_batchOpen = false;
    QElapsedTimer m_batchAge;
    QTimer *m_commitTimer;
    QList<WriteResult> m_results;
    std::atomic<bool> m_stopping { false };
};

} // namespace gilde
