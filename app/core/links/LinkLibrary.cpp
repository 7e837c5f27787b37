#include "LinkLibrary.h"

#include "PageText.h"
#include "UrlNormalizer.h"
#include "net/HttpClient.h"
#include "store/Database.h"
#include "store/LinkStore.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

namespace gilde
{

Q_LOGGING_CATEGORY(lcLinks, "gilde.links")

namespace
{

// Pages are fetched for their text only: no need for more than this.
constexpr qint64 PageMaxBytes = 8 * 1024 * 1024;
constexpr int PageTimeoutMs = 20000;
constexpr int PageTotalTimeoutMs = 60000;
// Links whose text one fetchPendingTexts() call asks for.
constexpr int TextBatch = 100;
// Imported links per commit. A chunk holds the write lock, so a save from
// the window waits for at most one chunk.
constexpr int ImportChunk = 250;

QByteArray htmlAccept()
{
    return QByteArrayLiteral("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.left(contentType.indexOf(';')).trimmed().toLower();
    if (type == "text/html" || type == "application/xhtml+xml")
        return true;
    if (!type.isEmpty() && type != "text/plain" && type != "application/octet-stream")
        return false;
    // A missing or generic type: the first bytes say whether it is a page.
    const QByteArray head = body.left(1024).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")
        || head.contains("<body");
}

} // namespace

LinkLibrary::LinkLibrary(LinkStore &store, HttpClient &http, Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_http(http)
    , m_outbox(outbox)
{
}

QJsonObject LinkLibrary::savePayload(const Link &link)
{
    return QJsonObject {
        { QStringLiteral("linkId"), link.id },
        { QStringLiteral("url"), link.url.toString(QUrl::FullyEncoded) },
        { QStringLiteral("title"), link.title },
        { QStringLiteral("note"), link.note },
        { QStringLiteral("tags"), QJsonArray::fromStringList(link.tags) },
        { QStringLiteral("private"), link.isPrivate },
        { QStringLiteral("readLater"), link.readLater },
        { QStringLiteral("updatedMs"), link.updatedMs },
    };
}

LinkLibrary::SaveResult LinkLibrary::saveTo(LinkStore &store, Link &link)
{
    SaveResult result;
    const QUrl url = normalizeUrl(link.url);
    if (url.isEmpty()) {
        result.error = tr("This is not a web address: %1").arg(link.url.toString());
        return result;
    }
    const std::optional<Link> before = link.id > 0 ? store.byId(link.id) : store.byUrl(url);
    link.url = url;
    link.tags = LinkStore::normalizedTags(link.tags);
    if (link.updatedMs <= 0)
        link.updatedMs = QDateTime::currentMSecsSinceEpoch();
    // A new page (or a new address) needs its text; an edit keeps the old one.
    if ((!before || before->url != url) && link.textState == Link::TextState::None) {
        link.textState = Link::TextState::Pending;
        link.pageText.clear();
    }

    const LinkStore::Saved saved = store.save(link);
    if (!saved.ok) {
        result.error = saved.error;
        return result;
    }
    result.id = saved.id;
    result.updatedExisting = saved.existed;
    link.id = saved.id;
    return result;
}

LinkLibrary::SaveResult LinkLibrary::save(Link link)
{
    SaveResult result = saveTo(m_store, link);
    if (result.id == 0)
        return result;
    if (m_syncAccount != 0) {
        QString error;
        if (!queueSave(link, &error))
            result.error = tr("Saved here, but not queued for the server: %1").arg(error);
    }
    Q_EMIT linksChanged();
    return result;
}

bool LinkLibrary::queueSave(const Link &link, QString *error)
{
    if (m_syncAccount == 0)
        return true;
    // What the store made of it: tags merged by a rename, the earliest save.
    const std::optional<Link> stored = m_store.byId(link.id);
    const Link &l = stored ? *stored : link;
    return m_outbox.enqueue(m_syncAccount, QStringLiteral("shaarli.save"), savePayload(l), error) > 0;
}

bool LinkLibrary::remove(qint64 linkId)
{
    const std::optional<Link> link = m_store.byId(linkId);
    if (!link || !m_store.remove(linkId))
        return false;
    if (m_syncAccount != 0 && !link->remoteId.isEmpty()) {
        const QJsonObject payload { { QStringLiteral("remoteId"), link->remoteId },
            { QStringLiteral("url"), link->url.toString(QUrl::FullyEncoded) } };
        QString error;
        if (m_outbox.enqueue(m_syncAccount, QStringLiteral("shaarli.delete"), payload, &error) == 0)
            qCWarning(lcLinks) << "removal not queued for the server:" << error;
    }
    Q_EMIT linksChanged();
    return true;
}

QList<qint64> LinkLibrary::linksTagged(const QString &tag) const
{
    QList<qint64> ids;
    LinkStore::Query q;
    q.tag = tag;
    qint64 beforeSaved = 0, beforeId = 0;
    for (;;) {
        const QList<Link> page = m_store.page(q, beforeSaved, beforeId, 500);
        for (const Link &l : page)
            ids << l.id;
        if (page.size() < 500)
            break;
        beforeSaved = page.last().savedMs;
        beforeId = page.last().id;
    }
    return ids;
}

void LinkLibrary::queueSaves(const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        const std::optional<Link> link = m_store.byId(id);
        QString error;
        if (link && !queueSave(*link, &error))
            qCWarning(lcLinks) << "tag change not queued for the server:" << error;
    }
}

bool LinkLibrary::renameTag(const QString &from, const QString &to)
{
    const QList<qint64> affected = m_syncAccount != 0 ? linksTagged(from) : QList<qint64>();
    if (!m_store.renameTag(from, to))
        return false;
    queueSaves(affected);
    Q_EMIT linksChanged();
    return true;
}

bool LinkLibrary::deleteTag(const QString &tag)
{
    const QList<qint64> affected = m_syncAccount != 0 ? linksTagged(tag) : QList<qint64>();
    if (!m_store.deleteTag(tag))
        return false;
    queueSaves(affected);
    Q_EMIT linksChanged();
    return true;
}

LinkLibrary::ImportResult LinkLibrary::importLinks(const QList<Link> &links)
{
    ImportHooks hooks;
    if (m_syncAccount != 0)
        hooks.queueSave = [this](const Link &stored, QString *error) {
            return m_outbox.enqueue(m_syncAccount, QStringLiteral("shaarli.save"), savePayload(stored), error)
                > 0;
        };
    const ImportResult result = importInto(m_store, links, hooks);
    if (result.added + result.updated > 0)
        Q_EMIT linksChanged();
    return result;
}

LinkLibrary::ImportResult LinkLibrary::importInto(
    LinkStore &store, const QList<Link> &links, const ImportHooks &hooks)
{
    ImportResult result;
    // Commits in chunks: one commit per link would write every touched page
    // again. A chunk whose commit fails is lost as a whole.
    std::unique_ptr<Transaction> batch;
    ImportResult chunk;
    int handled = 0;
    auto commitChunk = [&] {
        if (batch && !batch->commit()) {
            result.failed += chunk.added + chunk.updated;
            if (result.error.isEmpty())
                result.error = Database::writeErrorMessage(batch->lastError());
        } else {
            result.added += chunk.added;
            result.updated += chunk.updated;
        }
        batch.reset();
        chunk = ImportResult();
        if (hooks.progress)
            hooks.progress(handled);
    };
    for (Link link : links) {
        if (!batch) {
            if (hooks.stop && hooks.stop->load())
                break;
            batch = store.beginBatch();
        }
        ++handled;
        const QUrl url = normalizeUrl(link.url);
        const std::optional<Link> existing = url.isEmpty() ? std::nullopt : store.byUrl(url);
        if (existing) {
            // What the library knew stays, what the file adds joins it.
            link.id = existing->id;
            link.tags = LinkStore::normalizedTags(existing->tags + link.tags);
            if (link.title.isEmpty())
                link.title = existing->title;
            if (link.note.isEmpty())
                link.note = existing->note;
            link.readLater = link.readLater || existing->readLater;
            link.isPrivate = link.isPrivate || existing->isPrivate;
            link.fromItemId = link.fromSourceId = link.fromColumnId = 0;
        }
        if (link.updatedMs <= 0)
            link.updatedMs = link.savedMs;
        const SaveResult saved = saveTo(store, link);
        if (saved.id == 0) {
            ++result.failed;
            if (result.error.isEmpty())
                result.error = saved.error;
            continue;
        }
        ++(saved.updatedExisting ? chunk.updated : chunk.added);
        if (hooks.queueSave) {
            // What the store made of it: tags merged by a rename, the earliest save.
            const std::optional<Link> stored = store.byId(link.id);
            QString error;
            if (!hooks.queueSave(stored ? *stored : link, &error))
                qCWarning(lcLinks) << "imported link not queued for the server:" << error;
        }
        if (chunk.added + chunk.updated >= ImportChunk)
            commitChunk();
    }
    commitChunk();
    return result;
}

void LinkLibrary::fetchPendingTexts()
{
    const QList<Link> pending = m_store.needingPageText(TextBatch);
    for (const Link &link : pending) {
        if (m_fetching.contains(link.id))
            continue;
        m_fetching.insert(link.id);
        HttpRequest request;
        request.url = link.url;
        request.accept = htmlAccept();
        request.maxBytes = PageMaxBytes;
        request.timeoutMs = PageTimeoutMs;
        request.totalTimeoutMs = PageTotalTimeoutMs;
        const qint64 id = link.id;
        QPointer<LinkLibrary> self(this);
        m_http.get(request, [self, id](const HttpResult &r) {
            if (self)
                self->pageFetched(id, r);
        });
    }
    if (m_fetching.isEmpty())
        Q_EMIT textFetchFinished();
}

void LinkLibrary::pageFetched(qint64 linkId, const HttpResult &r)
{
    m_fetching.remove(linkId);
    if (r.outcome == HttpResult::Outcome::Ok) {
        if (looksLikeHtml(r.contentType, r.body)) {
            const PageText page = extractPageText(decodePage(r.body, r.contentType));
            m_store.setPageText(linkId, page.text, Link::TextState::Fetched);
            // A link saved without a title (by hand, or from a bare address) gets the page's.
            if (std::optional<Link> link = m_store.byId(linkId);
                link && link->title.isEmpty() && !page.title.isEmpty()) {
                link->title = page.title;
                link->updatedMs = 0;
                link->textState = Link::TextState::None;
                link->pageText.clear();
                save(*link);
            }
        } else {
            m_store.setPageText(linkId, QString(), Link::TextState::Failed,
                tr("The page is not a web page (%1).").arg(QString::fromLatin1(r.contentType)));
        }
        Q_EMIT pageTextChanged(linkId);
    } else if (r.isTransient()) {
        // Offline, a timeout or a busy server: it stays pending for the next round.
        qCDebug(lcLinks) << "page text of link" << linkId << "later:" << r.errorText;
    } else {
        m_store.setPageText(linkId, QString(), Link::TextState::Failed, r.errorText);
        Q_EMIT pageTextChanged(linkId);
    }
    if (m_fetching.isEmpty())
        Q_EMIT textFetchFinished();
}

void LinkLibrary::fetchTitle(const QUrl &url, std::function<void(const QString &title)> done)
{
    const QUrl target = normalizeUrl(url);
    if (target.isEmpty() || !target.scheme().startsWith(QLatin1String("http"))) {
        QMetaObject::invokeMethod(
            this, [done] { done(QString()); }, Qt::QueuedConnection);
        return;
    }
    HttpRequest request;
    request.url = target;
    request.accept = htmlAccept();
    // The title is near the top: no need for the whole of a large page.
    request.maxBytes = 2 * 1024 * 1024;
    request.timeoutMs = 15000;
    request.totalTimeoutMs = 30000;
    QPointer<LinkLibrary> self(this);
    m_http.get(request, [self, done = std::move(done)](const HttpResult &r) {
        if (!self)
            return;
        if (r.outcome != HttpResult::Outcome::Ok || !looksLikeHtml(r.contentType, r.body)) {
            done(QString());
            return;
        }
        done(extractPageTitle(decodePage(r.body, r.contentType)));
    });
}

} // namespace gilde
