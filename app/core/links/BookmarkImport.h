#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace gilde
{

class LinkLibrary;
class LinkStore;
class Outbox;
class OutboxStore;

/// Imports a bookmark file (Netscape HTML) without blocking its thread: the
/// file is read, parsed and written on a worker with its own SQLite
/// connection, in chunks (LinkLibrary::importInto). Progress and the result
/// come back on the owner's thread; afterwards the library says
/// linksChanged() and the outbox learns of the changes queued for a synced
/// server (queued in the same commits as the links). One import at a time.
/// Destroying it stops the worker after the chunk it is writing and waits
/// for it: what was committed stays.
class BookmarkImport : public QObject
{
    Q_OBJECT
public:
    struct Report {
        enum class Status {
            Done, ///< the counts say what happened (failed > 0: `error` says why)
            Unreadable, ///< `error` is the system's reason
            NotBookmarks,
            Stopped, ///< stopped before the end; what was committed stays
        };
        Status status = Status::Done;
        QString path;
        int added = 0;
        int updated = 0; ///< already in the library: tags joined
        int skipped = 0; ///< entries without a usable web address
        int failed = 0;
        QString error; ///< translated
    };

    BookmarkImport(LinkLibrary &library, LinkStore &store, OutboxStore &outboxStore, Outbox &outbox,
        QObject *parent = nullptr);
    ~BookmarkImport() override;

    /// False (and nothing starts) while an import runs.
    bool start(const QString &path);
    bool isRunning() const { return m_running; }
    /// Links written so far and in the file (0 while the file is read).
    int done() const { return m_done; }
    int total() const { return m_total; }
    /// Blocks until the worker ended and its result was reported; for shutdown and tests.
    void waitForFinished();

Q_SIGNALS:
    void started(const QString &path);
    void progress(int done, int total);
    void finished(const gilde::BookmarkImport::Report &report);

private:
    void workerFinished();

    LinkLibrary &m_library;
    LinkStore &m_store;
    OutboxStore &m_outboxStore;
    Outbox &m_outbox;
    QThreadPool m_pool; ///< one thread: its connection closes with it
    QFutureWatcher<Report> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_stop;
    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
};

} // namespace gilde

Q_DECLARE_METATYPE(gilde::BookmarkImport::Report)
