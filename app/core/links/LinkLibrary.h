#pragma once

#include "model/Link.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <atomic>
#include <functional>

namespace gilde
{

class HttpClient;
class LinkStore;
class Outbox;
struct HttpResult;

/// The user's link library as a service: saves with normalization (saving the
/// same page twice updates it and says so), keeps a readable text copy of each
/// page (fetched when online, queued when not), and hands every change to the
/// outbox for the synced server when one is set up.
class LinkLibrary : public QObject
{
    Q_OBJECT
public:
    LinkLibrary(LinkStore &store, HttpClient &http, Outbox &outbox, QObject *parent = nullptr);

    /// The account whose server gets link changes (0 = none: local only).
    void setSyncAccount(qint64 accountId) { m_syncAccount = accountId; }
    qint64 syncAccount() const { return m_syncAccount; }

    struct SaveResult {
        qint64 id = 0;
        bool updatedExisting = false;
        QString error; ///< translated; empty on success
    };
    /// `link.url` may be raw: it is normalized here. Commits before returning.
    SaveResult save(Link link);
    bool remove(qint64 linkId);
    bool renameTag(const QString &from, const QString &to);
    bool deleteTag(const QString &tag);

    struct ImportResult {
        int added = 0;
        int updated = 0; ///< already in the library: tags joined, empty fields filled
        int failed = 0;
        QString error; ///< translated: the first failure
    };
    /// Saves links read from a file (see readNetscapeBookmarks). A link
    /// already saved keeps its tags and gains the file's; its title and note
    /// are the file's unless the file has none. linksChanged() once at the end.
    /// On the calling thread: a large file belongs on a worker (BookmarkImport).
    ImportResult importLinks(const QList<Link> &links);

    /// What importInto() needs besides the links; each part may be empty.
    struct ImportHooks {
        /// Queues a saved link (as stored, tags merged) for the server; called
        /// inside the chunk's transaction, so the link and its entry commit together.
        std::function<bool(const Link &stored, QString *error)> queueSave;
        /// After each committed chunk: links handled so far.
        std::function<void(int done)> progress;
        /// Checked between chunks: set, the rest of the links are left out.
        const std::atomic<bool> *stop = nullptr;
    };
    /// The import itself, without signals and without this object: safe on
    /// any thread (the store uses the calling thread's connection).
    static ImportResult importInto(LinkStore &store, const QList<Link> &links, const ImportHooks &hooks);
    /// save() without signals or queueing, on any thread: normalizes the
    /// address and tags, marks a new page's text as pending. `link` becomes
    /// what was stored (its id included).
    static SaveResult saveTo(LinkStore &store, Link &link);
    /// The outbox payload of a "shaarli.save" for a stored link.
    static QJsonObject savePayload(const Link &link);

    /// Fetches page text for links waiting for it (call when online). Pages
    /// that cannot be had now (offline, timeout, 5xx, 429) stay pending; a
    /// refusal (404, not a web page, TLS) marks the link Failed with the reason.
    void fetchPendingTexts();
    bool isFetchingTexts() const { return !m_fetching.isEmpty(); }

    /// Title of a page, for prefilling the save popup when the item has none.
    void fetchTitle(const QUrl &url, std::function<void(const QString &title)> done);

Q_SIGNALS:
    void linksChanged();
    /// A link's page text arrived (or is known to be unavailable).
    void pageTextChanged(qint64 linkId);
    /// Every fetch fetchPendingTexts() started has ended.
    void textFetchFinished();

private:
    bool queueSave(const Link &link, QString *error);
    void queueSaves(const QList<qint64> &ids);
    QList<qint64> linksTagged(const QString &tag) const;
    void pageFetched(qint64 linkId, const HttpResult &result);

    LinkStore &m_store;
    HttpClient &m_http;
    Outbox &m_outbox;
    qint64 m_syncAccount = 0;
    QSet<qint64> m_fetching;
};

} // namespace gilde
