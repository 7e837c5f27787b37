#include "SourceCache.h"

#include "core/store/SourceStore.h"

#include <algorithm>

namespace gilde
{

namespace
{
bool inFolder(const QString &sourceFolder, const QString &folder)
{
    return sourceFolder == folder || sourceFolder.startsWith(folder + QLatin1Char('/'));
}
} // namespace

SourceCache::SourceCache(SourceStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    reload();
}

void SourceCache::reload()
{
    m_sources.clear();
    const QList<Source> all = m_store.all();
    m_sources.reserve(all.size());
    for (const Source &s : all)
        m_sources.insert(s.id, s);
    Q_EMIT changed();
}

void SourceCache::reloadOne(qint64 sourceId)
{
    if (auto s = m_store.byId(sourceId))
        m_sources.insert(sourceId, *s);
    else
        m_sources.remove(sourceId);
    Q_EMIT sourceChanged(sourceId);
}

const Source *SourceCache::source(qint64 id) const
{
    auto it = m_sources.constFind(id);
    return it == m_sources.constEnd() ? nullptr : &it.value();
}

QString SourceCache::title(qint64 id) const
{
    const Source *s = source(id);
    return s ? displayName(*s) : QString();
}

QList<Source> SourceCache::all() const
{
    return m_sources.values();
}

QString SourceCache::displayName(const Source &source)
{
    if (!source.title.trimmed().isEmpty())
        return source.title.trimmed();
    if (!source.siteUrl.host().isEmpty())
        return source.siteUrl.host();
    return source.url.host();
}

bool SourceCache::covers(const StreamSpec &spec, qint64 sourceId) const
{
    const Source *s = source(sourceId);
    return spec.covers(sourceId, s ? s->folder : QString()) && (s || spec.kind != StreamSpec::Kind::Folder);
}

QList<qint64> SourceCache::sourcesOf(const StreamSpec &spec) const
{
    QList<qint64> ids;
    switch (spec.kind) {
    case StreamSpec::Kind::Source:
        if (m_sources.contains(spec.sourceId))
            ids << spec.sourceId;
        break;
    case StreamSpec::Kind::Folder:
        for (const Source &s : m_sources) {
            if (inFolder(s.folder, spec.folder))
                ids << s.id;
        }
        break;
    case StreamSpec::Kind::Starred:
    case StreamSpec::Kind::Links:
        break;
    default:
        ids = m_sources.keys();
    }
    return ids;
}

QList<const Source *> SourceCache::failing(const StreamSpec &spec) const
{
    QList<const Source *> out;
    const QList<qint64> ids = sourcesOf(spec);
    for (qint64 id : ids) {
        const Source *s = source(id);
        if (s && counts(*s))
            out << s;
    }
    std::sort(out.begin(), out.end(), [](const Source *a, const Source *b) {
        return a->lastRefreshMs > b->lastRefreshMs || (a->lastRefreshMs == b->lastRefreshMs && a->id < b->id);
    });
    return out;
}

int SourceCache::failingCount() const
{
    int n = 0;
    for (const Source &s : m_sources)
        n += counts(s) ? 1 : 0;
    return n;
}

bool SourceCache::counts(const Source &source) const
{
    if (source.lastError.isEmpty())
        return false;
    return !source.lastErrorNetwork || (m_online && !m_refreshing);
}

void SourceCache::setNetworkState(bool online, bool refreshing)
{
    m_online = online;
    m_refreshing = refreshing;
}

bool SourceCache::anyEverFetched() const
{
    return std::any_of(m_sources.cbegin(), m_sources.cend(), [](const Source &s) { return s.lastSuccessMs > 0; });
}

} // namespace gilde
