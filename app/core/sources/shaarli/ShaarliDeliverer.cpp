#include "ShaarliDeliverer.h"

#include "ShaarliClient.h"
#include "ShaarliMerge.h"
#include "accounts/Accounts.h"
#include "model/Link.h"
#include "store/LinkStore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>
#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcShaarliOut, "gilde.shaarli", QtWarningMsg)

namespace gilde
{

namespace
{

DeliveryResult fromResult(const ShaarliResult &r)
{
    DeliveryResult d;
    d.outcome = r.outcome == ShaarliResult::Outcome::Transient ? DeliveryResult::Outcome::Transient
                                                               : DeliveryResult::Outcome::Permanent;
    d.error = r.error;
    d.retryAfterSecs = r.retryAfterSecs;
    return d;
}

DeliveryResult permanent(const QString &error)
{
    DeliveryResult d;
    d.outcome = DeliveryResult::Outcome::Permanent;
    d.error = error;
    return d;
}

DeliveryResult sent(const QString &remoteId)
{
    DeliveryResult d;
    d.outcome = DeliveryResult::Outcome::Sent;
    d.remoteId = remoteId;
    return d;
}

/// What Shaarli's full-text search gets to find a URL: without the scheme,
/// which the server may have stored differently.
QString searchTermFor(const QUrl &url)
{
    QString term = url.toString(QUrl::RemoveScheme | QUrl::RemoveFragment | QUrl::FullyEncoded);
    while (term.startsWith(u'/'))
        term.remove(0, 1);
    // Shaarli splits its search on spaces and reads a leading '-' as "without".
    term = term.section(u' ', 0, 0);
    while (term.startsWith(u'-'))
        term.remove(0, 1);
    return term;
}

Link linkFromPayload(const QJsonObject &p)
{
    Link l;
    l.id = p.value(QLatin1String("linkId")).toInteger();
    l.url = QUrl(p.value(QLatin1String("url")).toString());
    l.title = p.value(QLatin1String("title")).toString();
    l.note = p.value(QLatin1String("note")).toString();
    for (const QJsonValue &t : p.value(QLatin1String("tags")).toArray())
        l.tags << t.toString();
    l.isPrivate = p.value(QLatin1String("private")).toBool();
    l.readLater = p.value(QLatin1String("readLater")).toBool();
    l.updatedMs = p.value(QLatin1String("updatedMs")).toInteger();
    l.remoteId = p.value(QLatin1String("remoteId")).toString();
    return l;
}

/// Whether a PUT would change nothing on the server.
bool sameContent(const Link &local, const ShaarliLink &remote)
{
    // Shaarli shows an untitled link with its URL as the title.
    const bool sameTitle
        = local.title == remote.title || (local.title.isEmpty() && remote.title == remote.url.toString());
    return sameTitle && local.note == remote.description && local.isPrivate == remote.isPrivate
        && shaarli::tagsTo(local) == shaarli::tagsFrom(remote.tags)
        && shaarli::sameUrl(local.url, remote.url);
}

} // namespace

struct ShaarliDeliverer::Job {
    OutboxEntry entry;
    bool resumed = false;
    Done done;
    std::unique_ptr<ShaarliClient> client;
    Link local; ///< what goes to the server
    bool inLibrary = false; ///< `local` is a row of the LinkStore (not only the payload)
    QString mergeMessage;
    bool mergedLocally = false;
    bool updatedThere = false; ///< a PUT went through: the server's updated time is the write's

    void fail(const ShaarliResult &r) { done(fromResult(r)); }
};

ShaarliDeliverer::ShaarliDeliverer(Accounts &accounts, LinkStore &links, HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_links(links)
    , m_http(http)
{
}

void ShaarliDeliverer::deliver(const OutboxEntry &entry, bool resumed, Done done)
{
    const std::optional<Account> account = m_accounts.byId(entry.accountId);
    if (!account || account->kind != QLatin1String("shaarli")) {
        done(permanent(tr("The Shaarli account of this change is gone.")));
        return;
    }
    auto job = std::make_shared<Job>();
    job->entry = entry;
    job->resumed = resumed;
    job->done = std::move(done);

    QPointer<ShaarliDeliverer> self(this);
    const QUrl server = account->server;
    m_accounts.secret(
        entry.accountId, [self, job, server](bool ok, const QString &secret, const QString &error) {
            if (!self) {
                job->done(DeliveryResult {}); // Transient: tried again after the next start
                return;
            }
            if (!ok) {
                job->done(permanent(tr("The API secret of this Shaarli account could not be read from the "
                                       "keychain: %1")
                                        .arg(error)));
                return;
            }
            job->client = std::make_unique<ShaarliClient>(self->m_http, server, secret);
            job->client->setTimeoutMs(self->m_timeoutMs);
            if (job->entry.action == QLatin1String("shaarli.save"))
                self->save(job);
            else if (job->entry.action == QLatin1String("shaarli.delete"))
                self->remove(job);
            else
                job->done(permanent(tr("Gilde cannot send “%1” changes.").arg(job->entry.action)));
        });
}

void ShaarliDeliverer::save(std::shared_ptr<Job> job)
{
    const Link fromPayload = linkFromPayload(job->entry.payload);
    const std::optional<Link> stored = m_links.byId(fromPayload.id);
    if (!stored) {
        // Removed from the library since: its delete (if synced) follows in the queue.
        job->done(sent(QString()));
        return;
    }
    job->local = *stored;
    job->inLibrary = true;
    if (job->local.remoteId.isEmpty()) {
        lookUp(job);
        return;
    }
    bool ok = false;
    const qint64 remoteId = job->local.remoteId.toLongLong(&ok);
    if (!ok) {
        lookUp(job);
        return;
    }
    QPointer<ShaarliDeliverer> self(this);
    job->client->link(remoteId, [self, job](const ShaarliResult &r, const ShaarliLink &remote) {
        if (!self)
            return job->done(DeliveryResult {});
        if (r.ok())
            return self->push(job, &remote);
        if (r.outcome == ShaarliResult::Outcome::NotFound) {
            // Deleted on the server since the last sync: the local edit brings it back.
            job->local.remoteId.clear();
            job->local.remoteUpdatedMs = 0;
            return self->lookUp(job);
        }
        job->fail(r);
    });
}

void ShaarliDeliverer::lookUp(std::shared_ptr<Job> job)
{
    QPointer<ShaarliDeliverer> self(this);
    job->client->links(0, 0, searchTermFor(job->local.url),
        [self, job](const ShaarliResult &r, const QList<ShaarliLink> &found) {
            if (!self)
                return job->done(DeliveryResult {});
            if (!r.ok())
                return job->fail(r);
            for (const ShaarliLink &candidate : found) {
                if (shaarli::sameUrl(candidate.url, job->local.url)) {
                    qCDebug(lcShaarliOut) << "found" << job->local.url << "on the server as" << candidate.id;
                    return self->push(job, &candidate);
                }
            }
            ShaarliLink fresh = shaarli::toShaarli(job->local);
            fresh.id = -1;
            job->client->create(fresh, [self, job](const ShaarliResult &created, const ShaarliLink &link) {
                if (!self)
                    return job->done(DeliveryResult {});
                if (created.ok())
                    return self->finish(job, link);
                if (created.outcome == ShaarliResult::Outcome::Conflict && link.id >= 0)
                    return self->push(job, &link); // saved there under a spelling our search missed
                job->fail(created);
            });
        });
}

void ShaarliDeliverer::push(std::shared_ptr<Job> job, const ShaarliLink *remote)
{
    const bool changedThere = job->local.remoteId.isEmpty() || remote->updatedMs > job->local.remoteUpdatedMs;
    if (changedThere && !sameContent(job->local, *remote)) {
        const shaarli::Merge m = shaarli::merge(job->local, *remote);
        if (m.conflict) {
            job->mergeMessage = m.message;
            job->mergedLocally = true;
            job->local = m.link;
        }
    }
    if (sameContent(job->local, *remote))
        return finish(job, *remote);

    ShaarliLink out = shaarli::toShaarli(job->local);
    out.id = remote->id;
    QPointer<ShaarliDeliverer> self(this);
    job->client->update(out, [self, job](const ShaarliResult &r, const ShaarliLink &updated) {
        if (!self)
            return job->done(DeliveryResult {});
        if (r.ok()) {
            job->updatedThere = true;
            return self->finish(job, updated);
        }
        if (r.outcome == ShaarliResult::Outcome::NotFound) {
            ShaarliResult retry = r;
            retry.outcome = ShaarliResult::Outcome::Transient; // deleted just now: look it up again
            return job->fail(retry);
        }
        if (r.outcome == ShaarliResult::Outcome::Conflict) {
            ShaarliResult refused = r;
            refused.outcome = ShaarliResult::Outcome::Permanent;
            refused.error = tr("Another link on the Shaarli has the address %1 already.")
                                .arg(job->local.url.toDisplayString());
            return job->fail(refused);
        }
        job->fail(r);
    });
}

void ShaarliDeliverer::finish(std::shared_ptr<Job> job, const ShaarliLink &stored)
{
    const qint64 linkId = job->local.id;
    const QString remoteId = QString::number(stored.id);
    if (job->inLibrary && !m_links.byId(linkId)) {
        // Removed here while it was on its way: its delete had no id to go by.
        job->client->remove(stored.id, [job, remoteId](const ShaarliResult &r) {
            if (r.ok() || r.outcome == ShaarliResult::Outcome::NotFound)
                return job->done(sent(remoteId));
            job->fail(r);
        });
        return;
    }
    if (job->inLibrary) {
        // The time the library is in step with the server. Without a PUT the
        // server keeps an older time (content the same, or a new link, which
        // Shaarli dates by its created time): the edit's own second stands
        // for it, or a pull would take this edit for one the server never saw.
        qint64 syncedMs = stored.updatedMs;
        if (!job->updatedThere)
            syncedMs = std::max(syncedMs, job->local.updatedMs / 1000 * 1000);
        if (job->mergedLocally) {
            Link merged = job->local;
            merged.remoteId = remoteId;
            merged.remoteUpdatedMs = syncedMs;
            const LinkStore::Saved saved = m_links.save(merged);
            if (!saved.ok)
                qCWarning(lcShaarliOut) << "could not keep the merged link" << linkId << saved.error;
        }
        m_links.setRemote(linkId, remoteId, syncedMs);
        Q_EMIT linkChanged(linkId);
        if (!job->mergeMessage.isEmpty())
            Q_EMIT merged(linkId, job->mergeMessage);
    }
    job->done(sent(remoteId));
}

void ShaarliDeliverer::remove(std::shared_ptr<Job> job)
{
    const Link target = linkFromPayload(job->entry.payload);
    QPointer<ShaarliDeliverer> self(this);
    auto removeId = [self, job](qint64 id) {
        job->client->remove(id, [self, job, id](const ShaarliResult &r) {
            if (r.ok() || r.outcome == ShaarliResult::Outcome::NotFound)
                return job->done(sent(QString::number(id)));
            job->fail(r);
        });
    };
    bool ok = false;
    const qint64 remoteId = target.remoteId.toLongLong(&ok);
    if (ok && remoteId >= 0)
        return removeId(remoteId);
    if (!target.url.isValid() || target.url.isEmpty())
        return job->done(permanent(tr("This change names no link to delete.")));
    job->client->links(0, 0, searchTermFor(target.url),
        [job, target, removeId](const ShaarliResult &r, const QList<ShaarliLink> &found) {
            if (!r.ok())
                return job->fail(r);
            for (const ShaarliLink &candidate : found) {
                if (shaarli::sameUrl(candidate.url, target.url))
                    return removeId(candidate.id);
            }
            job->done(sent(QString())); // not there: nothing to delete
        });
}

} // namespace gilde
