#include "LinkExport.h"

#include "NetscapeBookmarks.h"
#include "ReadingList.h"
#include "store/LinkStore.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace gilde
{

namespace
{

LinkExport::Report runExport(LinkStore &store, const QString &path, LinkExport::Format format,
    const QString &tag, const QString &heading)
{
    LinkExport::Report report;
    report.path = path;
    QList<Link> links = store.all();
    if (!tag.isEmpty())
        links.removeIf([&tag](const Link &l) { return !l.tags.contains(tag); });
    const QByteArray data = format == LinkExport::Format::Bookmarks
        ? writeNetscapeBookmarks(links)
        : markdownReadingList(heading, links).toUtf8();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) < 0 || !f.commit()) {
        report.error = f.errorString();
        return report;
    }
    report.ok = true;
    report.count = int(links.size());
    return report;
}

} // namespace

LinkExport::LinkExport(LinkStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<gilde::LinkExport::Report>();
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LinkExport::workerFinished);
}

LinkExport::~LinkExport()
{
    // The file is written whole or not at all (QSaveFile): let it finish.
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

bool LinkExport::start(const QString &path, Format format, const QString &tag, const QString &heading)
{
    if (m_running)
        return false;
    m_running = true;
    // The store outlives the worker: this object waits for it on destruction.
    LinkStore *store = &m_store;
    m_watcher.setFuture(QtConcurrent::run(&m_pool,
        [store, path, format, tag, heading] { return runExport(*store, path, format, tag, heading); }));
    return true;
}

void LinkExport::workerFinished()
{
    if (!m_running)
        return;
    m_running = false;
    const Report report = m_watcher.future().resultCount() > 0 ? m_watcher.result() : Report();
    Q_EMIT finished(report);
}

} // namespace gilde
