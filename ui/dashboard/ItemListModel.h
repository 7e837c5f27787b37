#pragma once

#include "core/model/Column.h"
#include "core/model/Item.h"
#include "core/sync/TimelinePaging.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

#include <optional>

namespace gilde
{

class AvatarCache;
class FeedIconCache;
class ItemStore;
class LinkStore;
class SourceCache;

/// The items of one column, newest first, paged lazily from the cache with a
/// keyset cursor (canFetchMore/fetchMore), so a column scrolls through the
/// whole cache without ever loading it all. New items are inserted at the
/// top (insertNewer) as rows of their own, so rows a view shows keep their
/// identity; read and starred change in place. Reads only small pages, on
/// the thread it lives on.
///
/// A timeline's column (a paged source) also shows the gaps in what the
/// cache holds, as rows of their own (KindRole "gap", a negative ItemIdRole)
/// where the missing posts belong, and knows whether the server has older
/// posts than the cache: the column asks for them at its end.
class ItemListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        SourceIdRole,
        TitleRole,
        AuthorRole,
        ExcerptRole,
        UrlRole,
        PublishedRole, ///< UTC ms
        ReadRole,
        StarredRole,
        SourceTitleRole,
        IconRole, ///< QPixmap, null until the favicon is known
        KindRole,
        SavedRole, ///< the item's link is in the link library
        TopicRole, ///< TopicMeta of a forum topic (category, replies, posters); empty for other items
        AvatarsRole, ///< QList<QPixmap>: a forum topic's posters' avatars that are known, in order
        AuthorAvatarRole, ///< QPixmap: a microblog post's author (or a notification's actor), null until known
    };

    static constexpr int FirstPageSize = 40;
    static constexpr int PageSize = 100;

    ItemListModel(ItemStore &items, SourceCache &sources, FeedIconCache *icons, QObject *parent = nullptr);

    /// Where topic rows get their posters' avatars from (none: rows show none).
    void setAvatars(AvatarCache *avatars);

    /// Replaces what the model shows and loads the first page.
    void setSpec(const StreamSpec &spec);
    StreamSpec spec() const { return m_spec; }
    /// Loads the first page again (after a spec change or a bulk change).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// The paging state of the column's timeline: its gap rows, and whether
    /// older pages remain on the server. Rows below the cache's old end load
    /// from here on if new ones came.
    void setTimeline(const TimelineState &state);
    /// The server has posts older than the last row (ask for them at the end).
    bool hasOlderOnServer() const { return m_timeline && !m_timeline->endReached; }
    /// Asked for: older posts (true until the next setTimeline), a gap's fill.
    void setOlderPending(bool pending) { m_olderPending = pending; }
    bool isOlderPending() const { return m_olderPending; }
    void setGapFilling(int row);
    bool isGap(int row) const;
    /// Gap rows say whether they fill now or when the network is back.
    void setOnline(bool online);

    /// Fetches items newer than the top row and inserts them above it.
    /// Returns how many rows were added.
    int insertNewer();

    const Item *itemAt(int row) const;
    int rowOf(qint64 itemId) const;

    /// Writes to the store and updates the row (and emits itemStateChanged).
    bool setRead(int row, bool read);
    bool setStarred(int row, bool starred);
    /// Marks everything the column's spec covers read, loaded or not.
    int markAllRead();

    /// Another view changed an item's state: update it here if shown.
    void applyItemState(qint64 itemId, bool read, bool starred);
    /// Re-reads read/starred of the loaded rows (after a bulk change elsewhere).
    void refreshStates();
    /// Re-reads the loaded rows of one source, for items a refresh edited;
    /// rows the store no longer has (a deleted post) go.
    void refreshSource(qint64 sourceId);
    /// The favicon of a source arrived: repaint its rows.
    void iconChanged(qint64 sourceId);
    /// Source titles changed: repaint everything.
    void sourcesChanged();

    /// Where to look up which items' links are saved (SavedRole): one query
    /// per page loaded. Without it no item is marked.
    void setLinkStore(const LinkStore *links) { m_links = links; }
    /// The link library changed: looks up the saved marks of the loaded rows again.
    void refreshSaved();

    bool isLoaded() const { return m_loaded; }
    bool atEnd() const { return m_atEnd; }

Q_SIGNALS:
    void itemStateChanged(qint64 itemId, bool read, bool starred);
    /// Rows were loaded, inserted, or changed read state: the unread count may differ.
    void contentChanged();

private:
    /// Newer items are read in batches of this many, at most this many rounds.
    static constexpr int NewerBatch = 200;
    static constexpr int MaxNewerRounds = 10;

    void appendPage(const QList<Item> &page, int requested);
    void rowChanged(int row, const QList<int> &roles);
    /// Rows among `asked` that the store no longer has (a deleted post) go.
    void dropGone(const QList<qint64> &asked, const QList<Item> &stored);
    void rebuildIndex();
    /// Marks the rows [first, last) whose link is saved (one query).
    void lookUpSaved(int first, int last);
    /// Loads what the store now has between the rows around a gap row.
    void spliceAt(int gapRow);
    /// Takes the gap rows out and puts them back where their posts belong.
    void placeGaps();
    Item gapRow(const TimelineGap &gap) const;
    const Item *firstItem() const;
    const Item *lastItem() const;

    ItemStore &m_items;
    const LinkStore *m_links = nullptr;
    QSet<qint64> m_saved; ///< ids of loaded items whose link is saved
    SourceCache &m_sources;
    AvatarCache *m_avatars = nullptr;
    FeedIconCache *m_icons;
    StreamSpec m_spec;
    QList<Item> m_rows;
    QHash<qint64, int> m_rowOfId;
    bool m_atEnd = false;
    bool m_loaded = false;
    std::optional<TimelineState> m_timeline; ///< for a timeline's column
    bool m_olderPending = false;
    bool m_online = true;
    QSet<qint64> m_fillingGaps; ///< gap rows clicked, until the timeline changes
};

} // namespace gilde
