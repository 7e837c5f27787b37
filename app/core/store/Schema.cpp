#include "Schema.h"

namespace gilde
{

namespace
{

// Version 1: what 0.1 needs (feeds, their items, the dashboard layout).
//
// items_fts is an external-content FTS5 table over items (no second copy of the
// article text). Ingest never writes it: rows with id above fts_state.watermark
// are not indexed yet, and ItemStore::indexPending() catches up. An edit of an
// indexed row must remove the old terms with the *old* values, which only exist
// at update time, so a trigger does that and flags the row (needs_index) for
// re-indexing; the partial index keeps that lookup free for everything else.
// Deleting an indexed row removes its terms the same way; deleting the highest
// ids lowers the watermark so that reused ids are indexed again.
const QStringList version1 = {
    QStringLiteral(R"(CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'feed',
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        site_url TEXT NOT NULL DEFAULT '',
        icon_url TEXT NOT NULL DEFAULT '',
        folder TEXT NOT NULL DEFAULT '',
        etag BLOB,
        last_modified BLOB,
        ttl_minutes INTEGER NOT NULL DEFAULT 0,
        last_refresh INTEGER NOT NULL DEFAULT 0,
        last_success INTEGER NOT NULL DEFAULT 0,
        next_refresh INTEGER NOT NULL DEFAULT 0,
        error_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT ''
    ))"),
    QStringLiteral("CREATE INDEX sources_folder ON sources (folder)"),
    QStringLiteral("CREATE INDEX sources_due ON sources (next_refresh)"),
    QStringLiteral(R"(CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'article',
        author TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        html TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        thumbnail TEXT NOT NULL DEFAULT '',
        media TEXT NOT NULL DEFAULT '',
        published INTEGER NOT NULL,
        updated INTEGER NOT NULL DEFAULT 0,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0,
        hash INTEGER NOT NULL DEFAULT 0,
        needs_index INTEGER NOT NULL DEFAULT 0,
        UNIQUE (source_id, remote_id)
    ))"),
    // `read` rides along so that unread counts of sources and folders are
    // answered from the index alone.
    QStringLiteral("CREATE INDEX items_source_published ON items (source_id, published, id, read)"),
    QStringLiteral("CREATE INDEX items_published ON items (published, id)"),
    // Unread columns and unread counts read this instead of scanning every
    // row; it costs ingest about a tenth (each new item is unread).
    QStringLiteral("CREATE INDEX items_unread ON items (published, id) WHERE read = 0"),
    QStringLiteral("CREATE INDEX items_starred ON items (published, id) WHERE starred = 1"),
    QStringLiteral("CREATE INDEX items_reindex ON items (id) WHERE needs_index = 1"),
    QStringLiteral(R"(CREATE VIRTUAL TABLE items_fts USING fts5 (
        title, text, author,
        content = 'items', content_rowid = 'id',
        prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2'
    ))"),
    QStringLiteral("CREATE TABLE fts_state (watermark INTEGER NOT NULL)"),
    QStringLiteral("INSERT INTO fts_state (watermark) VALUES (0)"),
    QStringLiteral(R"(CREATE TRIGGER items_fts_update AFTER UPDATE OF title, text, author ON items
        WHEN old.needs_index = 0 AND old.id <= (SELECT watermark FROM fts_state)
             AND (old.title IS NOT new.title OR old.text IS NOT new.text OR old.author IS NOT new.author)
        BEGIN
            INSERT INTO items_fts (items_fts, rowid, title, text, author)
                VALUES ('delete', old.id, old.title, old.text, old.author);
            UPDATE items SET needs_index = 1 WHERE id = old.id;
        END)"),
    QStringLiteral(R"(CREATE TRIGGER items_fts_delete AFTER DELETE ON items
        BEGIN
            INSERT INTO items_fts (items_fts, rowid, title, text, author)
                SELECT 'delete', old.id, old.title, old.text, old.author
                WHERE old.needs_index = 0 AND old.id <= (SELECT watermark FROM fts_state);
            UPDATE fts_state SET watermark = (SELECT coalesce(max(id), 0) FROM items)
                WHERE watermark > (SELECT coalesce(max(id), 0) FROM items);
        END)"),
    QStringLiteral(R"(CREATE TABLE tabs (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT ''
    ))"),
    QStringLiteral(R"(CREATE TABLE columns (
        id INTEGER PRIMARY KEY,
        tab_id INTEGER NOT NULL REFERENCES tabs (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        spec TEXT NOT NULL DEFAULT '{}',
        width INTEGER NOT NULL DEFAULT 360
    ))"),
    QStringLiteral("CREATE INDEX columns_tab ON columns (tab_id, position)"),
};

} // namespace

QList<Migration> schemaMigrations()
{
    return { Migration { 1, version1 } };
}

} // namespace gilde
