#include "LinkListModel.h"

#include "ui/common/AccessibleText.h"
#include "ui/common/RelativeTime.h"

namespace gilde
{

namespace
{
// What refresh() re-reads at most; a longer loaded list starts over instead.
constexpr int MaxRefreshRows = 2000;

bool sameShown(const Link &a, const Link &b)
{
    return a.url == b.url && a.title == b.title && a.note == b.note && a.tags == b.tags
        && a.readLater == b.readLater && a.savedMs == b.savedMs && a.fromItemId == b.fromItemId
        && a.textState == b.textState;
}
} // namespace

LinkListModel::LinkListModel(LinkStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

void LinkListModel::setQuery(const LinkStore::Query &query)
{
    m_query = query;
    reload();
}

void LinkListModel::reload()
{
    beginResetModel();
    m_rows = m_store.page(m_query, 0, 0, FirstPageSize);
    m_atEnd = m_rows.size() < FirstPageSize;
    rebuildIndex();
    m_loaded = true;
    endResetModel();
    Q_EMIT contentChanged();
}

void LinkListModel::refresh()
{
    if (!m_loaded)
        return;
    if (m_rows.size() > MaxRefreshRows) {
        reload();
        return;
    }
    // As many as are loaded, plus room for what is new at the top.
    const int want = int(m_rows.size()) + FirstPageSize;
    QList<Link> fresh = m_store.page(m_query, 0, 0, want);
    const bool freshAtEnd = fresh.size() < want;
    // New links come first (newest saved); the rest must be the old rows in order.
    int firstOld = 0;
    while (firstOld < fresh.size() && !m_rowOfId.contains(fresh.at(firstOld).id))
        ++firstOld;
    bool samePrefix = true;
    for (int i = 0; samePrefix && i < m_rows.size(); ++i)
        samePrefix = firstOld + i < fresh.size() && fresh.at(firstOld + i).id == m_rows.at(i).id;
    if (!samePrefix) {
        beginResetModel();
        m_rows = fresh;
        m_atEnd = freshAtEnd;
        rebuildIndex();
        endResetModel();
        Q_EMIT contentChanged();
        return;
    }
    // Changed rows in place.
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Link &f = fresh.at(firstOld + i);
        if (!sameShown(f, m_rows.at(i))) {
            m_rows[i] = f;
            firstChanged = firstChanged < 0 ? i : firstChanged;
            lastChanged = i;
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged), index(lastChanged));
    // More new links than fit above what is loaded may hide older ones below.
    m_atEnd = m_atEnd && freshAtEnd;
    if (firstOld > 0) {
        beginInsertRows({}, 0, firstOld - 1);
        m_rows = fresh.mid(0, firstOld) + m_rows;
        rebuildIndex();
        endInsertRows();
        Q_EMIT contentChanged();
    }
}

int LinkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString LinkListModel::domainOf(const QUrl &url)
{
    QString host = url.host();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

QVariant LinkListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Link &l = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return l.title.isEmpty() ? l.url.toDisplayString() : l.title;
    case Qt::ToolTipRole: {
        QString tip = l.url.toDisplayString();
        if (!l.note.isEmpty())
            tip += QLatin1Char('\n') + l.note;
        return tip + QLatin1Char('\n') + tr("Saved %1").arg(RelativeTime::full(l.savedMs));
    }
    case Qt::AccessibleTextRole:
        return AccessibleText::row(l.readLater ? tr("To read later") : QString(),
            l.title.isEmpty() ? l.url.toDisplayString() : l.title,
            l.tags.isEmpty()
                ? domainOf(l.url)
                : tr("%1, tags: %2", "domain, tags").arg(domainOf(l.url), l.tags.join(QLatin1Char(' '))));
    case LinkIdRole:
        return l.id;
    case UrlRole:
        return l.url.toString(QUrl::FullyEncoded);
    case DomainRole:
        return domainOf(l.url);
    case TagsRole:
        return l.tags;
    case NoteRole:
        return l.note;
    case SavedRole:
        return l.savedMs;
    case ReadLaterRole:
        return l.readLater;
    case FromItemRole:
        return l.fromItemId;
    case TextStateRole:
        return int(l.textState);
    default:
        return {};
    }
}

QHash<int, QByteArray> LinkListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LinkIdRole, "linkId");
    names.insert(TitleRole, "title");
    names.insert(UrlRole, "url");
    names.insert(DomainRole, "domain");
    names.insert(TagsRole, "tags");
    names.insert(NoteRole, "note");
    names.insert(SavedRole, "saved");
    names.insert(ReadLaterRole, "readLater");
    names.insert(FromItemRole, "fromItem");
    names.insert(TextStateRole, "textState");
    return names;
}

bool LinkListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_atEnd;
}

void LinkListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 beforeSaved = m_rows.isEmpty() ? 0 : m_rows.last().savedMs;
    const qint64 beforeId = m_rows.isEmpty() ? 0 : m_rows.last().id;
    const QList<Link> page = m_store.page(m_query, beforeSaved, beforeId, PageSize);
    m_atEnd = page.size() < PageSize;
    QList<Link> fresh;
    for (const Link &l : page) {
        if (!m_rowOfId.contains(l.id))
            fresh << l;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Link &l : std::as_const(fresh)) {
        m_rowOfId.insert(l.id, int(m_rows.size()));
        m_rows << l;
    }
    endInsertRows();
    Q_EMIT contentChanged();
}

const Link *LinkListModel::linkAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LinkListModel::rowOf(qint64 linkId) const
{
    return m_rowOfId.value(linkId, -1);
}

void LinkListModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
}

} // namespace gilde
