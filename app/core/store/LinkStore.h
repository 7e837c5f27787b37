#pragma once

#include "model/Link.h"

#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace gilde
{

class Database;
class Transaction;

/// All SQL about saved links, tags and the links full-text index.
class LinkStore
{
public:
    explicit LinkStore(Database &db);

    struct Saved {
        qint64 id = 0;
        bool existed = false; ///< the normalized URL was saved already: updated in place
        bool ok = true;
        QString error; ///< translated
    };
    /// Inserts or, for a URL already saved, updates title/note/tags/readLater
    /// (tags are replaced by `link.tags`). `link.url` must be normalized.
    /// With `link.id` set to a saved link, that link is updated, its address
    /// included (an error when another link has the new address). An update
    /// keeps where the link was found and the earliest saved time; it changes
    /// the page text and its state only when `link.textState` is not None,
    /// and the remote id only when `link.remoteId` is set.
    Saved save(const Link &link);
    /// Tags as stored: trimmed, lower-cased, inner white space as '-', split
    /// at commas, without duplicates, sorted.
    static QStringList normalizedTags(const QStringList &tags);
    /// Many saves in one commit (an import): the saves made while it is open
    /// become savepoints of it. Commit with commit(); destroyed without it,
    /// everything since is rolled back.
    std::unique_ptr<Transaction> beginBatch();
    std::optional<Link> byId(qint64 id) const;
    std::optional<Link> byUrl(const QUrl &normalizedUrl) const;
    std::optional<Link> byRemoteId(const QString &remoteId) const;
    /// Every link with a remote id (synced with the server), by id; without pageText.
    QList<Link> withRemoteId() const;
    bool remove(qint64 id);

    struct Query {
        QString tag; ///< "" = any
        bool readLaterOnly = false;
        QString search; ///< FTS over title, note, tags and page text; "" = none
    };
    /// Newest saved first, keyset by (savedMs, id) strictly before `before`
    /// ({0,0} = from the top).
    /// List rows leave `pageText` empty (byId() has it).
    QList<Link> page(const Query &q, qint64 beforeSavedMs, qint64 beforeId, int limit) const;
    QList<Link> all() const; ///< for export, oldest first; without pageText

    QList<TagCount> tags() const; ///< by count desc, then name
    QList<TagCount> tagsWithPrefix(const QString &prefix, int limit) const;
    bool renameTag(const QString &from, const QString &to); ///< merges when `to` exists
    bool deleteTag(const QString &tag); ///< links stay

    /// `error` says why, for Failed; it is cleared otherwise.
    bool setPageText(qint64 id, const QString &text, Link::TextState state, const QString &error = {});
    QList<Link> needingPageText(int limit) const; ///< textState Pending
    bool setRemote(qint64 id, const QString &remoteId, qint64 remoteUpdatedMs);
    /// Unlinks every link from the server it was synced with (the account
    /// went); returns how many were.
    int forgetRemoteIds();

    /// Of these (already normalized) URLs, the ones that are saved: cheap, for
    /// marking items in other columns. URLs as QUrl::toString(QUrl::FullyEncoded).
    QSet<QString> savedAmong(const QStringList &normalizedUrls) const;

private:
    Database &m_db;
};

} // namespace gilde
