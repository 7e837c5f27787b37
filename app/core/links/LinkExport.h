#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>

namespace gilde
{

class LinkStore;

/// Writes the link library to a file without blocking its thread: the links
/// are read on a worker (its own SQLite connection) and written there with
/// QSaveFile, so that a large library or a slow disk never holds up the
/// window. One export at a time; destroying it waits for the worker.
class LinkExport : public QObject
{
    Q_OBJECT
public:
    enum class Format {
        Bookmarks, ///< Netscape HTML (writeNetscapeBookmarks)
        ReadingList, ///< Markdown (markdownReadingList)
    };
    struct Report {
        QString path;
        int count = 0; ///< links written
        bool ok = false;
        QString error; ///< the system's reason, when !ok
    };

    explicit LinkExport(LinkStore &store, QObject *parent = nullptr);
    ~LinkExport() override;

    /// `tag` "" = every link; `heading` is the reading list's title. False
    /// (and nothing starts) while an export runs.
    bool start(const QString &path, Format format, const QString &tag = {}, const QString &heading = {});
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const gilde::LinkExport::Report &report);

private:
    void workerFinished();

    LinkStore &m_store;
    QThreadPool m_pool; ///< one thread: its connection closes with it
    QFutureWatcher<Report> m_watcher;
    bool m_running = false;
};

} // namespace gilde

Q_DECLARE_METATYPE(gilde::LinkExport::Report)
