#include "ItemListModel.h"

#include "core/sources/discourse/TopicMeta.h"

#include "core/links/UrlNormalizer.h"
#include "core/store/ItemStore.h"
#include "core/store/LinkStore.h"
#include "ui/common/AccessibleText.h"
#include "ui/common/AvatarCache.h"
#include "ui/common/FeedIconCache.h"
#include "ui/common/RelativeTime.h"
#include "ui/common/SourceCache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QSet>

namespace gilde
{

namespace
{
constexpr int MaxStateRefreshRows = 1000;

} // namespace

ItemListModel::ItemListModel(ItemStore &items, SourceCache &sources, FeedIconCache *icons, QObject *parent)
    : QAbstractListModel(parent)
    , m_items(items)
    , m_sources(sources)
    , m_icons(icons)
{
}

void ItemListModel::setAvatars(AvatarCache *avatars)
{
    if (m_avatars)
        disconnect(m_avatars, nullptr, this, nullptr);
    m_avatars = avatars;
    if (avatars) {
        connect(avatars, &AvatarCache::avatarReady, this, [this] {
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { AvatarsRole, AuthorAvatarRole });
        });
    }
}

void ItemListModel::setSpec(const StreamSpec &spec)
{
    m_spec = spec;
    reload();
}

void ItemListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_atEnd = false;
    const QList<Item> page = m_items.page(m_spec, PageCursor {}, FirstPageSize);
    m_rows = page;
    m_atEnd = page.size() < FirstPageSize;
    rebuildIndex();
    m_saved.clear();
    lookUpSaved(0, int(m_rows.size()));
    m_loaded = true;
    endResetModel();
    placeGaps();
    Q_EMIT contentChanged();
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Item &item = m_rows.at(index.row());
    if (item.kind == u"gap") {
        switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
        case Qt::AccessibleTextRole:
            return item.title;
        case Qt::ToolTipRole:
        case ExcerptRole:
            return item.text;
        case ItemIdRole:
            return item.id;
        case SourceIdRole:
            return item.sourceId;
        case PublishedRole:
            return item.publishedMs;
        case KindRole:
            return item.kind;
        case ReadRole:
            return true;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2 · %3")
            .arg(item.title, m_sources.title(item.sourceId), RelativeTime::full(item.publishedMs));
    case Qt::AccessibleTextRole:
        if (item.kind == u"topic") {
            const TopicMeta topic = TopicMeta::fromJson(item.meta);
            return AccessibleText::row(AccessibleText::itemState(item.read, item.starred), item.title,
                tr("%1, %n replies, last activity %2", "category or forum, replies, time", topic.replies)
                    .arg(topic.category.isEmpty() ? m_sources.title(item.sourceId) : topic.category,
                        RelativeTime::format(item.publishedMs)));
        }
        return AccessibleText::row(AccessibleText::itemState(item.read, item.starred), item.title,
            tr("%1, %2", "source, time")
                .arg(m_sources.title(item.sourceId), RelativeTime::format(item.publishedMs)));
    case ItemIdRole:
        return item.id;
    case SourceIdRole:
        return item.sourceId;
    case AuthorRole:
        return item.author;
    case ExcerptRole:
        return item.text;
    case UrlRole:
        return item.url;
    case PublishedRole:
        return item.publishedMs;
    case ReadRole:
        return item.read;
    case StarredRole:
        return item.starred;
    case SourceTitleRole:
        return m_sources.title(item.sourceId);
    case Qt::DecorationRole:
    case IconRole:
        return m_icons ? m_icons->icon(item.sourceId) : QPixmap();
    case KindRole:
        return item.kind;
    case SavedRole:
        return m_saved.contains(item.id);
    case TopicRole:
        return item.kind == u"topic" ? QVariant::fromValue(TopicMeta::fromJson(item.meta)) : QVariant();
    case AvatarsRole:
        return QVariant::fromValue(item.kind == u"topic" && m_avatars
                ? m_avatars->known(TopicMeta::fromJson(item.meta).avatars)
                : QList<QPixmap>());
    case AuthorAvatarRole: {
        if (!m_avatars || (item.kind != u"status" && item.kind != u"notification") || item.meta.isEmpty())
            return QPixmap();
        const QString url = QJsonDocument::fromJson(item.meta.toUtf8()).object().value(QLatin1String("avatar")).toString();
        return url.isEmpty() ? QPixmap() : m_avatars->avatar(url);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(SourceIdRole, "sourceId");
    names.insert(TitleRole, "title");
    names.insert(AuthorRole, "author");
    names.insert(ExcerptRole, "excerpt");
    names.insert(UrlRole, "url");
    names.insert(PublishedRole, "published");
    names.insert(ReadRole, "read");
    names.insert(StarredRole, "starred");
    names.insert(SourceTitleRole, "sourceTitle");
    names.insert(IconRole, "icon");
    names.insert(KindRole, "kind");
    names.insert(SavedRole, "saved");
    names.insert(TopicRole, "topic");
    return names;
}

bool ItemListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_atEnd;
}

void ItemListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    PageCursor cursor;
    if (const Item *last = lastItem())
        cursor = PageCursor { last->publishedMs, last->id };
    appendPage(m_items.page(m_spec, cursor, PageSize), PageSize);
}

void ItemListModel::appendPage(const QList<Item> &page, int requested)
{
    m_atEnd = page.size() < requested;
    QList<Item> fresh;
    fresh.reserve(page.size());
    for (const Item &item : page) {
        if (!m_rowOfId.contains(item.id))
            fresh << item;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Item &item : std::as_const(fresh)) {
        m_rowOfId.insert(item.id, int(m_rows.size()));
        m_rows << item;
    }
    lookUpSaved(first, int(m_rows.size()));
    endInsertRows();
    placeGaps();
    Q_EMIT contentChanged();
}

int ItemListModel::insertNewer()
{
    if (!m_loaded || !firstItem()) {
        const int before = int(m_rows.size());
        reload();
        return int(m_rows.size()) - before;
    }
    // newerThan gives the rows right above the cursor (the oldest of the new
    // come first), so after a long absence a few calls close the gap from
    // below without leaving a hole.
    QList<Item> fresh;
    PageCursor top { firstItem()->publishedMs, firstItem()->id };
    bool more = true;
    for (int round = 0; round < MaxNewerRounds && more; ++round) {
        QList<Item> batch = m_items.newerThan(m_spec, top, NewerBatch);
        more = batch.size() == NewerBatch;
        if (batch.isEmpty())
            break;
        top = PageCursor { batch.first().publishedMs, batch.first().id };
        batch.append(fresh);
        fresh = std::move(batch);
    }
    if (more) {
        // Too much is new to splice in: start over from the top.
        reload();
        return int(m_rows.size());
    }
    fresh.erase(std::remove_if(fresh.begin(), fresh.end(),
                    [this](const Item &item) { return m_rowOfId.contains(item.id); }),
        fresh.end());
    if (fresh.isEmpty())
        return 0;
    const int n = int(fresh.size());
    beginInsertRows({}, 0, n - 1);
    fresh.append(m_rows);
    m_rows = std::move(fresh);
    rebuildIndex();
    lookUpSaved(0, n);
    endInsertRows();
    placeGaps();
    Q_EMIT contentChanged();
    return n;
}

const Item *ItemListModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ItemListModel::rowOf(qint64 itemId) const
{
    return m_rowOfId.value(itemId, -1);
}

bool ItemListModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size() || isGap(row))
        return false;
    Item &item = m_rows[row];
    if (!m_items.setRead(item.id, read))
        return false;
    if (item.read != read) {
        item.read = read;
        rowChanged(row, { ReadRole });
        Q_EMIT contentChanged();
    }
    Q_EMIT itemStateChanged(item.id, item.read, item.starred);
    return true;
}

bool ItemListModel::setStarred(int row, bool starred)
{
    if (row < 0 || row >= m_rows.size() || isGap(row))
        return false;
    Item &item = m_rows[row];
    if (!m_items.setStarred(item.id, starred))
        return false;
    if (item.starred != starred) {
        item.starred = starred;
        rowChanged(row, { StarredRole });
    }
    Q_EMIT itemStateChanged(item.id, item.read, item.starred);
    return true;
}

int ItemListModel::markAllRead()
{
    const int changed = m_items.markAllRead(m_spec);
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row].read = true;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { ReadRole, Qt::AccessibleTextRole });
    Q_EMIT contentChanged();
    return changed;
}

void ItemListModel::applyItemState(qint64 itemId, bool read, bool starred)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    Item &item = m_rows[row];
    if (item.read == read && item.starred == starred)
        return;
    item.read = read;
    item.starred = starred;
    rowChanged(row, { ReadRole, StarredRole });
    Q_EMIT contentChanged();
}

void ItemListModel::refreshStates()
{
    if (m_rows.isEmpty())
        return;
    // The marks of as many rows as are loaded (capped): a small query, and
    // it updates rows in place instead of resetting the view.
    const int n = int(std::min<qsizetype>(m_rows.size(), MaxStateRefreshRows));
    const QList<ItemStore::State> fresh = m_items.states(m_spec, n);
    bool any = false;
    for (const ItemStore::State &f : fresh) {
        const int row = rowOf(f.id);
        if (row < 0)
            continue;
        Item &item = m_rows[row];
        if (item.read != f.read || item.starred != f.starred) {
            item.read = f.read;
            item.starred = f.starred;
            any = true;
        }
    }
    if (any) {
        Q_EMIT dataChanged(
            index(0), index(int(m_rows.size()) - 1), { ReadRole, StarredRole, Qt::AccessibleTextRole });
        Q_EMIT contentChanged();
    }
}

void ItemListModel::refreshSource(qint64 sourceId)
{
    QList<qint64> ids;
    for (const Item &item : std::as_const(m_rows)) {
        if (item.sourceId == sourceId && ids.size() < MaxStateRefreshRows)
            ids << item.id;
    }
    if (ids.isEmpty())
        return;
    const QList<Item> stored = m_items.listItems(ids);
    if (stored.size() < ids.size())
        dropGone(ids, stored);
    int first = -1;
    int last = -1;
    for (const Item &f : stored) {
        const int row = rowOf(f.id);
        if (row < 0)
            continue;
        Item &item = m_rows[row];
        // The position stays: the list keeps what the reader is looking at
        // where it is, even if the feed moved the item's date.
        if (item.title == f.title && item.author == f.author && item.text == f.text && item.url == f.url
            && item.thumbnail == f.thumbnail && item.mediaJson == f.mediaJson && item.read == f.read
            && item.starred == f.starred)
            continue;
        const qint64 published = item.publishedMs;
        item = f;
        item.publishedMs = published;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first < 0)
        return;
    Q_EMIT dataChanged(index(first), index(last));
    Q_EMIT contentChanged();
}

void ItemListModel::iconChanged(qint64 sourceId)
{
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sourceId == sourceId) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last), { Qt::DecorationRole, IconRole });
}

void ItemListModel::sourcesChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(0), index(int(m_rows.size()) - 1), { SourceTitleRole, Qt::AccessibleTextRole });
}

void ItemListModel::lookUpSaved(int first, int last)
{
    if (!m_links || first >= last)
        return;
    QStringList urls;
    QList<QPair<qint64, QString>> keys;
    for (int row = first; row < last; ++row) {
        const Item &item = m_rows.at(row);
        const QString url = normalizedUrlText(normalizeUrl(item.url));
        if (url.isEmpty())
            continue;
        urls << url;
        keys << qMakePair(item.id, url);
    }
    if (urls.isEmpty())
        return;
    const QSet<QString> saved = m_links->savedAmong(urls);
    for (const auto &[id, url] : std::as_const(keys)) {
        if (saved.contains(url))
            m_saved.insert(id);
        else
            m_saved.remove(id);
    }
}

void ItemListModel::refreshSaved()
{
    if (!m_links || m_rows.isEmpty())
        return;
    const QSet<qint64> before = m_saved;
    m_saved.clear();
    lookUpSaved(0, int(m_rows.size()));
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const qint64 id = m_rows.at(row).id;
        if (before.contains(id) != m_saved.contains(id)) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last), { SavedRole });
}

const Item *ItemListModel::firstItem() const
{
    for (const Item &item : m_rows) {
        if (item.kind != u"gap")
            return &item;
    }
    return nullptr;
}

const Item *ItemListModel::lastItem() const
{
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (it->kind != u"gap")
            return &*it;
    }
    return nullptr;
}

void ItemListModel::rowChanged(int row, const QList<int> &roles)
{
    const QModelIndex i = index(row);
    // What a screen reader says of the row names its state: it changes with it.
    Q_EMIT dataChanged(i, i, roles + QList<int> { Qt::AccessibleTextRole });
}

void ItemListModel::dropGone(const QList<qint64> &asked, const QList<Item> &stored)
{
    QSet<qint64> present;
    for (const Item &f : stored)
        present.insert(f.id);
    const QSet<qint64> checked(asked.cbegin(), asked.cend());
    // From the bottom, so that the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const qint64 id = m_rows.at(row).id;
        if (id <= 0 || present.contains(id) || !checked.contains(id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    rebuildIndex();
    Q_EMIT contentChanged();
}

void ItemListModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
}

} // namespace gilde
