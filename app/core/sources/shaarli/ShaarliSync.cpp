#include "ShaarliSync.h"

#include "ShaarliClient.h"
#include "ShaarliMerge.h"
#include "accounts/Accounts.h"
#include "links/LinkLibrary.h"
#include "model/OutboxEntry.h"
#include "store/LinkStore.h"
#include "store/OutboxStore.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QUuid>

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcShaarliIn, "gilde.shaarli.pull", QtWarningMsg)

namespace gilde
{

namespace
{

constexpr int MaxPages = 10000;

/// The outbox's view of the library: links with a change still to send.
struct Waiting {
    QSet<qint64> saves; ///< link ids
    QSet<QString> deletedRemoteIds;
    QSet<QString> deletedUrls; ///< normalized
};

Waiting waitingChanges(const OutboxStore &outbox, qint64 accountId)
{
    Waiting w;
    QList<OutboxEntry> entries = outbox.inState(OutboxEntry::State::Queued);
    entries += outbox.inState(OutboxEntry::State::Sending);
    entries += outbox.inState(OutboxEntry::State::Failed);
    for (const OutboxEntry &e : std::as_const(entries)) {
        if (e.accountId != accountId)
            continue;
        if (e.action == QLatin1String("shaarli.save")) {
            w.saves.insert(e.payload.value(QLatin1String("linkId")).toInteger());
        } else if (e.action == QLatin1String("shaarli.delete")) {
            const QString remoteId = e.payload.value(QLatin1String("remoteId")).toString();
            if (!remoteId.isEmpty())
                w.deletedRemoteIds.insert(remoteId);
            const QUrl url(e.payload.value(QLatin1String("url")).toString());
            if (url.isValid() && !url.isEmpty())
                w.deletedUrls.insert(shaarli::fromShaarli(ShaarliLink { -1, url }).url.toString());
        }
    }
    return w;
}

bool sameAsServer(const Link &local, const Link &fromServer)
{
    return local.title == fromServer.title && local.note == fromServer.note && local.tags == fromServer.tags
        && local.isPrivate == fromServer.isPrivate && local.readLater == fromServer.readLater;
}

/// A local edit the server has not seen. A delivery stores the server's time
/// of the write, or the edit's own second when the server wrote nothing with
/// a time of its own; Shaarli keeps whole seconds, so an edit counts from the
/// next second on.
bool editedSinceSync(const Link &link)
{
    return link.updatedMs >= link.remoteUpdatedMs + 1000;
}

} // namespace

struct ShaarliSync::Run {
    ShaarliPullSummary summary;
    std::unique_ptr<ShaarliClient> client;
    int pages = 0;
    bool changed = false;
    QSet<QString> seenIds; ///< remote ids of every link the server listed
    QList<Link> missing; ///< synced links not listed, still to ask for by id
    QList<Link> deleted; ///< of those, the ones the server answered 404 for
};

QStringList shaarliPullNotices(const ShaarliPullSummary &p)
{
    if (!p.ok())
        return { ShaarliSync::tr("Syncing links with the Shaarli failed: %1").arg(p.error) };
    QStringList out;
    if (p.removed > 0)
        out << ShaarliSync::tr("%n link(s) deleted on the Shaarli were removed here.", nullptr, p.removed);
    if (p.kept > 0)
        out << ShaarliSync::tr("%n link(s) deleted on the Shaarli were kept, as they changed here since the "
                               "last sync: they go back to the Shaarli.",
            nullptr, p.kept);
    return out + p.messages;
}

QString shaarliPullLine(const ShaarliPullSummary &p)
{
    return ShaarliSync::tr("Pulled %n link(s) from the Shaarli: %1 new, %2 changed there, %3 merged.", nullptr,
        p.seen)
        .arg(p.added)
        .arg(p.updated)
        .arg(p.merged);
}

ShaarliSync::ShaarliSync(
    Accounts &accounts, LinkStore &links, OutboxStore &outbox, HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_links(links)
    , m_outboxStore(outbox)
    , m_http(http)
{
    qRegisterMetaType<ShaarliPullSummary>();
}

void ShaarliSync::pull(qint64 accountId, std::function<void(const ShaarliPullSummary &)> done)
{
    auto running = m_running.find(accountId);
    if (running != m_running.end()) {
        if (done)
            running->append(std::move(done));
        return;
    }
    QList<std::function<void(const ShaarliPullSummary &)>> callbacks;
    if (done)
        callbacks.append(std::move(done));
    m_running.insert(accountId, callbacks);

    auto run = std::make_shared<Run>();
    run->summary.accountId = accountId;
    const std::optional<Account> account = m_accounts.byId(accountId);
    if (!account || account->kind != QLatin1String("shaarli")) {
        run->summary.error = tr("There is no Shaarli account %1.").arg(accountId);
        // Later, like every other answer, so that callers see one order of events.
        QMetaObject::invokeMethod(
            this, [this, run] { finish(run); }, Qt::QueuedConnection);
        return;
    }
    QPointer<ShaarliSync> self(this);
    const QUrl server = account->server;
    m_accounts.secret(accountId, [self, run, server](bool ok, const QString &secret, const QString &error) {
        if (!self)
            return;
        if (!ok) {
            run->summary.error
                = tr("The API secret of this Shaarli account could not be read from the keychain: %1")
                      .arg(error);
            QMetaObject::invokeMethod(
                self.data(),
                [self, run] {
                    if (self)
                        self->finish(run);
                },
                Qt::QueuedConnection);
            return;
        }
        run->client = std::make_unique<ShaarliClient>(self->m_http, server, secret);
        run->client->setTimeoutMs(self->m_timeoutMs);
        self->fetchPage(run, 0);
    });
}

void ShaarliSync::fetchPage(std::shared_ptr<Run> run, int offset)
{
    QPointer<ShaarliSync> self(this);
    const int pageSize = m_pageSize;
    run->client->links(offset, pageSize, QString(),
        [self, run, offset, pageSize](const ShaarliResult &r, const QList<ShaarliLink> &page) {
            if (!self)
                return;
            if (!r.ok()) {
                run->summary.error = r.error;
                return self->finish(run);
            }
            // Read per page: the outbox moves on while we page.
            const Waiting waiting = waitingChanges(self->m_outboxStore, run->summary.accountId);
            for (const ShaarliLink &remote : page) {
                ++run->summary.seen;
                const QString remoteId = QString::number(remote.id);
                run->seenIds.insert(remoteId);
                Link fromServer = shaarli::fromShaarli(remote);
                if (waiting.deletedRemoteIds.contains(remoteId)
                    || waiting.deletedUrls.contains(fromServer.url.toString()))
                    continue;
                std::optional<Link> local = self->m_links.byRemoteId(remoteId);
                if (!local)
                    local = self->m_links.byUrl(fromServer.url);
                if (!local) {
                    const LinkStore::Saved saved = self->m_links.save(fromServer);
                    if (saved.ok) {
                        ++run->summary.added;
                        run->changed = true;
                    } else {
                        qCWarning(lcShaarliIn) << "could not add" << remote.url << saved.error;
                    }
                    continue;
                }
                const bool pending = waiting.saves.contains(local->id);
                // Shaarli keeps whole seconds: an edit there in the second of our
                // last sync shows as a difference at the same time. With nothing
                // of ours waiting, such a difference can only come from there.
                const bool changedThere = local->remoteId != remoteId
                    || remote.updatedMs > local->remoteUpdatedMs
                    || (!pending && remote.updatedMs == local->remoteUpdatedMs
                        && !sameAsServer(*local, fromServer));
                // Synced before read later went to the server as a tag: set by a
                // local edit the server never saw a change for. The flag is sent,
                // not lost to the server's silence. (A flag that came from the
                // server has the server's time as its edit time.)
                if (!pending && local->remoteId == remoteId && remote.updatedMs <= local->remoteUpdatedMs
                    && local->updatedMs > local->remoteUpdatedMs && local->readLater
                    && !fromServer.readLater) {
                    Link asServer = fromServer;
                    asServer.readLater = true;
                    if (sameAsServer(*local, asServer)) {
                        self->queueSave(run->summary.accountId, *local);
                        continue;
                    }
                }
                if (!changedThere)
                    continue;
                // A link never synced has its own history: merged like a change on both sides.
                if (pending || local->remoteId.isEmpty()) {
                    const shaarli::Merge m = shaarli::merge(*local, remote);
                    Link merged = m.link;
                    merged.remoteId = remoteId;
                    merged.remoteUpdatedMs = remote.updatedMs;
                    if (m.conflict) {
                        if (self->m_links.save(merged).ok) {
                            ++run->summary.merged;
                            run->summary.messages << m.message;
                            run->changed = true;
                            Q_EMIT self->merged(local->id, m.message);
                        }
                    } else {
                        self->m_links.setRemote(local->id, remoteId, remote.updatedMs);
                    }
                    continue;
                }
                if (sameAsServer(*local, fromServer)) {
                    self->m_links.setRemote(local->id, remoteId, remote.updatedMs);
                    continue;
                }
                Link taken = *local;
                taken.title = fromServer.title;
                taken.note = fromServer.note;
                taken.tags = fromServer.tags;
                taken.isPrivate = fromServer.isPrivate;
                taken.readLater = fromServer.readLater;
                taken.updatedMs = remote.updatedMs;
                taken.remoteId = remoteId;
                taken.remoteUpdatedMs = remote.updatedMs;
                if (self->m_links.save(taken).ok) {
                    ++run->summary.updated;
                    run->changed = true;
                }
            }
            if (page.size() < pageSize)
                return self->findDeleted(run); // the whole list: only now can absence mean anything
            if (++run->pages >= MaxPages) {
                qCWarning(lcShaarliIn) << "stopped after" << MaxPages << "pages: deletions not looked for";
                return self->finish(run);
            }
            self->fetchPage(run, offset + int(page.size()));
        });
}

void ShaarliSync::findDeleted(std::shared_ptr<Run> run)
{
    const QList<Link> synced = m_links.withRemoteId();
    QList<Link> missing;
    for (const Link &link : synced) {
        if (!run->seenIds.contains(link.remoteId))
            missing << link;
    }
    if (missing.isEmpty())
        return finish(run);
    if (missing.size() == synced.size() && synced.size() > 1) {
        run->summary.messages << tr("None of the %n links synced before is on this Shaarli: nothing was "
                                    "removed here.",
            nullptr, int(synced.size()));
        return finish(run);
    }
    run->missing = missing;
    confirmDeleted(run);
}

void ShaarliSync::confirmDeleted(std::shared_ptr<Run> run)
{
    if (run->missing.isEmpty()) {
        applyDeleted(run);
        return finish(run);
    }
    const Link link = run->missing.takeFirst();
    bool ok = false;
    const qint64 remoteId = link.remoteId.toLongLong(&ok);
    if (!ok)
        return confirmDeleted(run);
    QPointer<ShaarliSync> self(this);
    run->client->link(remoteId, [self, run, link](const ShaarliResult &r, const ShaarliLink &) {
        if (!self)
            return;
        if (r.outcome == ShaarliResult::Outcome::NotFound) {
            run->deleted << link;
        } else if (!r.ok()) {
            // What was answered for counts; the rest waits for the next pull.
            run->summary.error = r.error;
            run->missing.clear();
        }
        self->confirmDeleted(run);
    });
}

void ShaarliSync::applyDeleted(std::shared_ptr<Run> run)
{
    if (run->deleted.isEmpty())
        return;
    // Read again: the library and the outbox moved on while the server was asked.
    const Waiting waiting = waitingChanges(m_outboxStore, run->summary.accountId);
    for (const Link &asked : std::as_const(run->deleted)) {
        const std::optional<Link> link = m_links.byId(asked.id);
        if (!link || link->remoteId != asked.remoteId)
            continue;
        if (waiting.saves.contains(link->id)) {
            // Its change waiting in the outbox brings it back when it is sent.
            ++run->summary.kept;
            continue;
        }
        if (editedSinceSync(*link)) {
            // A local edit wins over a remote delete: sent again as a new
            // link. The dead id goes, so that a later pull does not ask again
            // (should the user discard the change in the outbox).
            if (queueSave(run->summary.accountId, *link)) {
                m_links.setRemote(link->id, QString(), 0);
                ++run->summary.kept;
                run->changed = true;
            }
            continue;
        }
        if (m_links.remove(link->id)) {
            ++run->summary.removed;
            run->changed = true;
        }
    }
}

bool ShaarliSync::queueSave(qint64 accountId, const Link &link)
{
    // The shape LinkLibrary queues: the deliverer sends the library's link by id.
    const QJsonObject payload = LinkLibrary::savePayload(link);
    const QString action = QStringLiteral("shaarli.save");
    QString error;
    qint64 id = 0;
    if (m_outbox) {
        id = m_outbox->enqueue(accountId, action, payload, &error);
    } else {
        OutboxEntry entry;
        entry.accountId = accountId;
        entry.action = action;
        entry.payload = payload;
        entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.createdMs = QDateTime::currentMSecsSinceEpoch();
        id = m_outboxStore.insert(entry, &error);
    }
    if (id <= 0)
        qCWarning(lcShaarliIn) << "could not queue" << link.url << "to be sent again:" << error;
    return id > 0;
}

void ShaarliSync::finish(std::shared_ptr<Run> run)
{
    const auto callbacks = m_running.take(run->summary.accountId);
    if (run->changed)
        Q_EMIT linksChanged();
    Q_EMIT pullFinished(run->summary);
    for (const auto &done : callbacks)
        done(run->summary);
}

} // namespace gilde
