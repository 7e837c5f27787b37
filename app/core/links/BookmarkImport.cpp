#include "BookmarkImport.h"

#include "LinkLibrary.h"
#include "NetscapeBookmarks.h"
#include "model/OutboxEntry.h"
#include "store/OutboxStore.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QPromise>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace gilde
{

Q_DECLARE_LOGGING_CATEGORY(lcLinks)

namespace
{

/// As Outbox::enqueue writes it, but on the worker's connection inside the
/// import's chunk; the Outbox is told once the import is over.
bool queueInStore(OutboxStore &store, qint64 accountId, const Link &link, QString *error)
{
    OutboxEntry entry;
    entry.accountId = accountId;
    entry.action = QStringLiteral("shaarli.save");
    entry.payload = LinkLibrary::savePayload(link);
    entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.createdMs = QDateTime::currentMSecsSinceEpoch();
    entry.updatedMs = entry.createdMs;
    return store.insert(entry, error) > 0;
}

BookmarkImport::Report runImport(const QString &path, LinkStore &store, OutboxStore *outboxStore,
    qint64 accountId, const std::atomic<bool> &stop, QPromise<BookmarkImport::Report> &promise)
{
    BookmarkImport::Report report;
    report.path = path;
    QFile f(path);
    QByteArray data;
    if (f.open(QIODevice::ReadOnly))
        data = f.readAll();
    if (!f.isOpen() || f.error() != QFileDevice::NoError) {
        report.status = BookmarkImport::Report::Status::Unreadable;
        report.error = f.errorString();
        return report;
    }
    f.close();
    const BookmarkFile file = readNetscapeBookmarks(data);
    data = QByteArray();
    if (!file.recognized) {
        report.status = BookmarkImport::Report::Status::NotBookmarks;
        return report;
    }
    report.skipped = file.skipped;
    const int total = int(file.links.size());
    promise.setProgressRange(0, total);
    promise.setProgressValue(0);

    LinkLibrary::ImportHooks hooks;
    if (outboxStore && accountId != 0) {
        hooks.queueSave = [outboxStore, accountId](const Link &stored, QString *error) {
            return queueInStore(*outboxStore, accountId, stored, error);
        };
    }
    int handled = 0;
    hooks.progress = [&promise, &handled](int done) {
        handled = done;
        promise.setProgressValue(done);
    };
    hooks.stop = &stop;
    const LinkLibrary::ImportResult r = LinkLibrary::importInto(store, file.links, hooks);
    report.added = r.added;
    report.updated = r.updated;
    report.failed = r.failed;
    report.error = r.error;
    if (handled < total)
        report.status = BookmarkImport::Report::Status::Stopped;
    return report;
}

} // namespace

BookmarkImport::BookmarkImport(
    LinkLibrary &library, LinkStore &store, OutboxStore &outboxStore, Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_store(store)
    , m_outboxStore(outboxStore)
    , m_outbox(outbox)
{
    qRegisterMetaType<gilde::BookmarkImport::Report>();
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BookmarkImport::workerFinished);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, this, [this](int, int maximum) {
        m_total = maximum;
        Q_EMIT progress(m_done, m_total);
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        m_done = value;
        Q_EMIT progress(m_done, m_total);
    });
}

BookmarkImport::~BookmarkImport()
{
    if (m_stop)
        m_stop->store(true);
    m_watcher.disconnect(this);
    m_pool.waitForDone();
    // The views are going away with their owner; the changes queued for the
    // server still go.
    if (m_running && m_outbox.isStarted())
        m_outbox.start();
}

bool BookmarkImport::start(const QString &path)
{
    if (m_running)
        return false;
    m_running = true;
    m_done = 0;
    m_total = 0;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    // What the worker uses outlives it: this object waits for it on destruction.
    LinkStore *store = &m_store;
    OutboxStore *outboxStore = &m_outboxStore;
    const qint64 accountId = m_library.syncAccount();
    std::shared_ptr<std::atomic<bool>> stop = m_stop;
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [path, store, outboxStore, accountId, stop](QPromise<Report> &promise) {
            promise.addResult(runImport(path, *store, outboxStore, accountId, *stop, promise));
        }));
    Q_EMIT started(path);
    return true;
}

void BookmarkImport::waitForFinished()
{
    if (!m_running)
        return;
    m_pool.waitForDone();
    workerFinished();
}

void BookmarkImport::workerFinished()
{
    if (!m_running)
        return;
    m_running = false;
    Report report;
    if (m_watcher.future().resultCount() > 0)
        report = m_watcher.result();
    m_done = report.added + report.updated + report.failed;
    if (report.added + report.updated > 0) {
        Q_EMIT m_library.linksChanged();
        // The worker queued the changes for the server in the store: the outbox sends them now.
        if (m_outbox.isStarted())
            m_outbox.start();
    }
    if (report.status == Report::Status::Done || report.status == Report::Status::Stopped)
        qCInfo(lcLinks) << "imported" << report.path << "added" << report.added << "updated" << report.updated
                        << "failed" << report.failed;
    else
        qCInfo(lcLinks) << "nothing imported from" << report.path << report.error;
    Q_EMIT finished(report);
}

} // namespace gilde
