#pragma once

#include "model/ThreadPost.h"

#include <QFutureSynchronizer>
#include <QObject>
#include <QSet>

#include <functional>

namespace gilde
{

class ThreadStore;

/// What every fetcher of threads shares (DiscourseThreads, MastodonThreads):
/// which items are on their way, and the end of the way: the posts built
/// (sanitized) and written to ThreadStore on the thread pool, not the
/// window's thread, then threadLoaded; or threadFailed, always later.
class ThreadLoader : public QObject
{
    Q_OBJECT
public:
    /// Waits for a write under way.
    ~ThreadLoader() override;

    bool isLoading(qint64 itemId) const { return m_loading.contains(itemId); }

Q_SIGNALS:
    void threadLoaded(qint64 itemId, int posts);
    /// `error` is translated; what was cached stays.
    void threadFailed(qint64 itemId, const QString &error);

protected:
    ThreadLoader(ThreadStore &threads, QObject *parent);

    /// Marks `itemId` as on its way; false when it already was.
    bool start(qint64 itemId);
    /// Ends the way with `error`, from the event loop.
    void fail(qint64 itemId, const QString &error);
    /// Ends the way with the posts `build` makes, on the thread pool
    /// (`build` must not touch this object); they replace the cached thread.
    void write(qint64 itemId, std::function<QList<ThreadPost>()> build);

private:
    ThreadStore &m_threads;
    QSet<qint64> m_loading;
    /// Writes under way: the store they write to must outlive them.
    QFutureSynchronizer<void> m_writes;
};

} // namespace gilde
