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

// Version 2: the link library, accounts on servers and the outbox.
//
// A link remembers where it was found, but losing the item, source or column
// (pruning, unsubscribing) must never lose the link: those references are SET
// NULL. links_fts is an external-content FTS5 table over links_fts_content,
// a view that adds each link's tags as one space-separated column. Link writes
// are few and small, so LinkStore keeps the index in step inside the same
// transaction: it removes a row's terms (reading the old values from the
// view) before a change and adds them again after it.
const QStringList version2 = {
    QStringLiteral(R"(CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        server TEXT NOT NULL DEFAULT '',
        user_name TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        created INTEGER NOT NULL DEFAULT 0
    ))"),
    QStringLiteral("CREATE INDEX accounts_kind ON accounts (kind)"),
    QStringLiteral(R"(CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        action TEXT NOT NULL,
        payload TEXT NOT NULL DEFAULT '{}',
        idempotency_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL DEFAULT 'queued',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt INTEGER NOT NULL DEFAULT 0,
        not_before INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        remote_id TEXT NOT NULL DEFAULT '',
        created INTEGER NOT NULL,
        updated INTEGER NOT NULL
    ))"),
    QStringLiteral("CREATE INDEX outbox_due ON outbox (state, next_attempt)"),
    QStringLiteral("CREATE INDEX outbox_account ON outbox (account_id)"),
    QStringLiteral(R"(CREATE TABLE links (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        read_later INTEGER NOT NULL DEFAULT 0,
        private INTEGER NOT NULL DEFAULT 0,
        saved INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        from_item INTEGER REFERENCES items (id) ON DELETE SET NULL,
        from_source INTEGER REFERENCES sources (id) ON DELETE SET NULL,
        from_column INTEGER REFERENCES columns (id) ON DELETE SET NULL,
        page_text TEXT NOT NULL DEFAULT '',
        text_state INTEGER NOT NULL DEFAULT 0,
        text_error TEXT NOT NULL DEFAULT '',
        remote_id TEXT NOT NULL DEFAULT '',
        remote_updated INTEGER NOT NULL DEFAULT 0
    ))"),
    QStringLiteral("CREATE INDEX links_saved ON links (saved, id)"),
    QStringLiteral("CREATE INDEX links_read_later ON links (saved, id) WHERE read_later = 1"),
    QStringLiteral("CREATE INDEX links_text_pending ON links (id) WHERE text_state = 1"),
    QStringLiteral("CREATE INDEX links_remote ON links (remote_id) WHERE remote_id <> ''"),
    // Deleting an item, source or column looks its links up through these
    // (whole indexes: the foreign-key checks need them).
    QStringLiteral("CREATE INDEX links_from_item ON links (from_item)"),
    QStringLiteral("CREATE INDEX links_from_source ON links (from_source)"),
    QStringLiteral("CREATE INDEX links_from_column ON links (from_column)"),
    QStringLiteral(R"(CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
    ))"),
    QStringLiteral(R"(CREATE TABLE link_tags (
        link_id INTEGER NOT NULL REFERENCES links (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (link_id, tag_id)
    ) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX link_tags_tag ON link_tags (tag_id, link_id)"),
    // The tags in name order, so that the terms removed from the index are
    // exactly the ones that were added.
    QStringLiteral(R"(CREATE VIEW links_fts_content AS
        SELECT id, title, note,
            coalesce((SELECT group_concat(name, ' ') FROM
                (SELECT t.name AS name FROM link_tags lt JOIN tags t ON t.id = lt.tag_id
                 WHERE lt.link_id = links.id ORDER BY t.name)), '') AS tags,
            page_text
        FROM links)"),
    QStringLiteral(R"(CREATE VIRTUAL TABLE links_fts USING fts5 (
        title, note, tags, page_text,
        content = 'links_fts_content', content_rowid = 'id',
        prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2'
    ))"),
};

// Version 3: items no longer store their plain text beside their html.
//
// The text nearly doubled every row, and the single writer of a refresh was
// the limit of ingest. It is derived from the html where it is needed: the
// list makes its excerpt from the start of the html, mute words match
// item_words(title, html) (a function Database adds to every connection),
// and the search index keeps its own copy (now a regular FTS5 table) that
// ItemStore::indexPending() fills from the html, off the refresh path. A
// regular FTS5 table deletes by rowid, so the triggers no longer need the old
// text. The index is rebuilt from zero after the upgrade (watermark 0).
const QStringList version3 = {
    QStringLiteral("DROP TRIGGER items_fts_update"),
    QStringLiteral("DROP TRIGGER items_fts_delete"),
    QStringLiteral("DROP TABLE items_fts"),
    QStringLiteral("ALTER TABLE items DROP COLUMN text"),
    QStringLiteral(R"(CREATE VIRTUAL TABLE items_fts USING fts5 (
        title, text, author,
        prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2'
    ))"),
    QStringLiteral("UPDATE fts_state SET watermark = 0"),
    QStringLiteral("UPDATE items SET needs_index = 0 WHERE needs_index = 1"),
    QStringLiteral(R"(CREATE TRIGGER items_fts_update AFTER UPDATE OF title, html, author ON items
        WHEN old.needs_index = 0 AND old.id <= (SELECT watermark FROM fts_state)
             AND (old.title IS NOT new.title OR old.html IS NOT new.html OR old.author IS NOT new.author)
        BEGIN
            DELETE FROM items_fts WHERE rowid = old.id;
            UPDATE items SET needs_index = 1 WHERE id = old.id;
        END)"),
    QStringLiteral(R"(CREATE TRIGGER items_fts_delete AFTER DELETE ON items
        BEGIN
            DELETE FROM items_fts WHERE rowid = old.id AND old.id <= (SELECT watermark FROM fts_state);
            UPDATE fts_state SET watermark = (SELECT coalesce(max(id), 0) FROM items)
                WHERE watermark > (SELECT coalesce(max(id), 0) FROM items);
        END)"),
};

// Version 4: a source's last error says whether the network failed (no DNS
// answer, no route, a timeout) rather than the feed. Offline, those are not
// the feed's fault, and the window does not show them as its failures.
const QStringList version4 = {
    QStringLiteral("ALTER TABLE sources ADD COLUMN last_error_network INTEGER NOT NULL DEFAULT 0"),
};

// Version 5: items keep what their protocol needs to act on them (a Mastodon
// status's own id, author and visibility for a favourite, a boost or a reply).
const QStringList version5 = {
    QStringLiteral("ALTER TABLE items ADD COLUMN meta TEXT NOT NULL DEFAULT ''"),
};

// Version 6: what a paged source (a Mastodon timeline) has cached, in the
// server's paging ids, and the gaps in it: posts a refresh found missing
// (more had come than one page holds), to be fetched into the cache. Kept
// across restarts, so a gap shows until it is filled.
const QStringList version6 = {
    QStringLiteral(R"(CREATE TABLE timeline_paging (
        source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
        newest TEXT NOT NULL,
        oldest TEXT NOT NULL,
        end_reached INTEGER NOT NULL DEFAULT 0
    ))"),
    QStringLiteral(R"(CREATE TABLE timeline_gaps (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        newer TEXT NOT NULL,
        older TEXT NOT NULL,
        at_ms INTEGER NOT NULL,
        downward INTEGER NOT NULL DEFAULT 0
    ))"),
    QStringLiteral("CREATE INDEX timeline_gaps_source ON timeline_gaps (source_id)"),
};

// Version 7: the posts of threads read (a forum topic's), so that a topic
// opened once reads offline. They go with their topic's item.
const QStringList version7 = {
    QStringLiteral(R"(CREATE TABLE thread_posts (
        item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        remote_id TEXT NOT NULL,
        author TEXT NOT NULL,
        author_name TEXT NOT NULL,
        avatar TEXT NOT NULL,
        published INTEGER NOT NULL,
        reply_to INTEGER NOT NULL DEFAULT 0,
        likes INTEGER NOT NULL DEFAULT 0,
        html TEXT NOT NULL,
        PRIMARY KEY (item_id, number)
    ) WITHOUT ROWID)"),
};

// Version 8: forum topics read here whose reading the forum has not been
// told yet (offline then), so that a restart does not forget to tell it.
const QStringList version8 = {
    QStringLiteral(R"(CREATE TABLE thread_reads_untold (
        item_id INTEGER PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE
    ))"),
};

} // namespace

QList<Migration> schemaMigrations()
{
    return { Migration { 1, version1 }, Migration { 2, version2 }, Migration { 3, version3 },
             Migration { 4, version4 }, Migration { 5, version5 }, Migration { 6, version6 },
             Migration { 7, version7 }, Migration { 8, version8 } };
}

} // namespace gilde
