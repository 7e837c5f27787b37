#pragma once

#include "core/model/Column.h"
#include "core/model/Source.h"

#include <QHash>
#include <QObject>

namespace gilde
{

class SourceStore;

/// The GUI's in-memory view of the sources table: titles for the list rows,
/// folders for deciding which columns a refresh touches, and the last error
/// of each for the columns' error lines. A few hundred small rows, reloaded
/// whole when subscriptions change and per source when a refresh reports.
class SourceCache : public QObject
{
    Q_OBJECT
public:
    explicit SourceCache(SourceStore &store, QObject *parent = nullptr);

    void reload();
    /// Re-reads one source (after a refresh changed its state).
    void reloadOne(qint64 sourceId);

    const Source *source(qint64 id) const;
    QString title(qint64 id) const;
    QList<Source> all() const;
    int size() const { return int(m_sources.size()); }

    /// Whether new items of `sourceId` may show in a column with this spec.
    bool covers(const StreamSpec &spec, qint64 sourceId) const;
    /// The sources a column draws from (all of them for All/Unread/Search).
    QList<qint64> sourcesOf(const StreamSpec &spec) const;
    /// The failing sources among those, for an error line.
    QList<const Source *> failing(const StreamSpec &spec) const;
    int failingCount() const;

    /// A failure of the network (no DNS answer, no route, a timeout) is the
    /// feed's only while the engine is online, and waits for the verdict of a
    /// refresh round: offline, the window says so once, not once per feed.
    void setNetworkState(bool online, bool refreshing);
    bool isOffline() const { return !m_online; }
    /// Whether any source has ever answered (false on a first start offline).
    bool anyEverFetched() const;

    /// A short label for a source: its title, else its site's host.
    static QString displayName(const Source &source);

Q_SIGNALS:
    void changed();
    void sourceChanged(qint64 sourceId);

private:
    SourceStore &m_store;
    QHash<qint64, Source> m_sources;
    bool m_online = true;
    bool m_refreshing = false;

    bool counts(const Source &source) const;
};

} // namespace gilde
