#include "ShaarliSync.h"

#include "ShaarliClient.h"
#include "ShaarliMerge.h"
#include "accounts/Accounts.h"
#include "model/OutboxEntry.h"
#include "store/LinkStore.h"
#include "store/OutboxStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSet>

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
        && local.isPrivate == fromServer.isPrivate;
}

} // namespace

struct ShaarliSync::Run {
    ShaarliPullSummary summary;
    std::unique_ptr<ShaarliClient> client;
    int pages = 0;
    bool changed = false;
};

ShaarliSync::ShaarliSync(
    Accounts &accounts, LinkStore &links, OutboxStore &outbox, HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_links(links)
    , m_outbox(outbox)
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
            const Waiting waiting = waitingChanges(self->m_outbox, run->summary.accountId);
            for (const ShaarliLink &remote : page) {
                ++run->summary.seen;
                const QString remoteId = QString::number(remote.id);
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
                taken.updatedMs = remote.updatedMs;
                taken.remoteId = remoteId;
                taken.remoteUpdatedMs = remote.updatedMs;
                if (self->m_links.save(taken).ok) {
                    ++run->summary.updated;
                    run->changed = true;
                }
            }
            if (page.size() < pageSize || ++run->pages >= MaxPages)
                return self->finish(run);
            self->fetchPage(run, offset + int(page.size()));
        });
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
