#include "ThreadLoader.h"

#include "store/ThreadStore.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace gilde
{

ThreadLoader::ThreadLoader(ThreadStore &threads, QObject *parent)
    : QObject(parent)
    , m_threads(threads)
{
}

ThreadLoader::~ThreadLoader()
{
    m_writes.waitForFinished();
}

bool ThreadLoader::start(qint64 itemId)
{
    if (m_loading.contains(itemId))
        return false;
    m_loading.insert(itemId);
    return true;
}

void ThreadLoader::fail(qint64 itemId, const QString &error)
{
    m_loading.remove(itemId);
    QMetaObject::invokeMethod(
        this, [this, itemId, error] { Q_EMIT threadFailed(itemId, error); }, Qt::QueuedConnection);
}

void ThreadLoader::write(qint64 itemId, std::function<QList<ThreadPost>()> build)
{
    QPointer<ThreadLoader> self(this);
    ThreadStore *threads = &m_threads;
    // A long thread is a lot of HTML to sanitize and write: not the window's work.
    auto future = QtConcurrent::run([itemId, threads, build = std::move(build)] {
        const QList<ThreadPost> posts = build();
        QString error;
        const bool ok = threads->replace(itemId, posts, &error);
        return std::make_pair(ok ? int(posts.size()) : -1, error);
    });
    // The write itself is waited for at destruction, not its continuation:
    // that one needs this thread's event loop, and goes with this object.
    m_writes.addFuture(QFuture<void>(future));
    future.then(this, [self, itemId](const std::pair<int, QString> &written) {
        if (!self)
            return;
        if (written.first < 0) {
            self->fail(itemId, written.second);
            return;
        }
        self->m_loading.remove(itemId);
        Q_EMIT self->threadLoaded(itemId, written.first);
    });
}

} // namespace gilde
