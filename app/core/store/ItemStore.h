#pragma once

#include "model/Column.h"
#include "model/Item.h"

#include <QList>
#include <QSet>

#include <optional>

namespace gilde
{

class Database;

/// All SQL about items: ingest, keyset pages for columns, read/star state and
/// full-text search. Safe to call from any thread (one connection per thread).
///
/// Search sees what indexPending() has indexed: ingest does not touch the
/// full-text index (it would cost ingest four fifths of its speed), so whoever
/// writes items (SyncEngine after each refresh round, on a worker thread) calls
/// indexPending() afterwards. A Search column considers the 2,000 most recently
/// stored matches, newest first.
class ItemStore
{
public:
    explicit ItemStore(Database &db);

    struct IngestStats {
        int added = 0;
        int updated = 0; ///< existing (source, remoteId) whose content changed
        int unchanged = 0;
        bool ok = true;
        QString error; ///< e.g. disk full; nothing of the batch was written
    };
    /// Writes a batch for one source in one transaction. Existing rows keep
    /// their read/starred state and first-seen time; edited ones are updated.
    /// An item without remoteId is keyed by its url and title; one with
    /// publishedMs 0 gets the time it was first seen. On failure nothing of
    /// the batch is written and `error` says why, for the user.
    IngestStats upsert(qint64 sourceId, const QList<Item> &items);

    std::optional<Item> item(qint64 id) const; ///< with html

    /// Newest first, strictly older than `before` (null = from the top).
    /// `html` is left empty and `text` is a short excerpt.
    QList<Item> page(const StreamSpec &spec, PageCursor before, int limit) const;
    /// Items newer than the given top row, newest first (for "new at the top"):
    /// the `limit` ones directly above `top`, so repeated calls leave no gap.
    /// A null `top` gives the first page.
    QList<Item> newerThan(const StreamSpec &spec, PageCursor top, int limit) const;
    int unreadCount(const StreamSpec &spec) const;

    struct State {
        qint64 id = 0;
        bool read = false;
        bool starred = false;
    };
    /// Read and starred marks of a stream's newest `limit` items, without
    /// their content: cheap enough to re-check everything a column shows.
    QList<State> states(const StreamSpec &spec, int limit) const;
    /// The given items as list pages give them; ids no longer stored are left out.
    QList<Item> listItems(const QList<qint64> &ids) const;

    /// Removes the items of a source with these remote ids (a post its
    /// author deleted), starred ones excepted; how many went, -1 on failure.
    int removeRemote(qint64 sourceId, const QStringList &remoteIds);

    bool setRead(qint64 itemId, bool read);
    bool setStarred(qint64 itemId, bool starred);
    /// What the source's own client keeps of the item (a post's favourite,
    /// say) changed here before the next refresh tells it.
    bool setMeta(qint64 itemId, const QString &meta);
    /// The posts of one author (their id on the server, as a post's meta
    /// "account" names it) in a source, boosts of them included.
    QStringList remoteIdsByAuthor(qint64 sourceId, const QString &authorId) const;
    int markAllRead(const StreamSpec &spec); ///< returns rows changed

    /// Brings items_fts up to date with items written since the last call.
    /// Ingest leaves indexing to this so refresh stays fast; cheap when nothing is pending.
    int indexPending();
    /// Items written but not yet in items_fts (new or edited).
    qint64 pendingIndexCount() const;
    /// Empties items_fts and indexes every item again (repair; slow on a large profile).
    bool rebuildSearchIndex();
    /// FTS5's own check of items_fts against items. Only meaningful with
    /// nothing pending (right after indexPending()), since pending rows differ.
    bool checkSearchIndex() const;
    qint64 count() const;

private:
    Database &m_db;
};

} // namespace gilde
