#include "Outbox.h"

#include "store/OutboxStore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <climits>
#include <optional>

Q_LOGGING_CATEGORY(lcOutbox, "gilde.outbox", QtWarningMsg)

namespace gilde
{

namespace
{

constexpr qint64 DefaultBaseMs = 5000;
constexpr qint64 DefaultCapMs = 3600 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct Outbox::Private {
    Outbox *q;
    OutboxStore &store;
    QList<std::pair<QString, OutboxDeliverer *>> deliverers;
    QTimer timer;
    QRandomGenerator rng { QRandomGenerator::securelySeeded() };
    qint64 baseMs = DefaultBaseMs;
    qint64 capMs = DefaultCapMs;
    bool online = true;
    bool started = false;
    bool pumpQueued = false;
    bool idleSignalled = true;
    /// Account -> entry in flight: one at a time per account keeps its order.
    QHash<qint64, qint64> inFlight;
    /// Entries the user discarded while they were on their way.
    QSet<qint64> discardWhenDone;
    /// Account -> not before (ms): the server's Retry-After holds for all its entries.
    QHash<qint64, qint64> serverWaitUntil;
    /// An attempt ended since sent entries were last pruned.
    bool deliveredSincePrune = false;
    /// Set by deliverNow(): entries last tried before this go regardless of
    /// their backoff; those that fail again in this round wait as usual.
    qint64 forceBefore = 0;

    Private(Outbox *outbox, OutboxStore &s)
        : q(outbox)
        , store(s)
    {
    }

    OutboxDeliverer *delivererFor(const QString &action) const
    {
        OutboxDeliverer *best = nullptr;
        qsizetype bestLength = -1;
        for (const auto &[prefix, deliverer] : deliverers) {
            if (action.startsWith(prefix) && prefix.size() > bestLength) {
                best = deliverer;
                bestLength = prefix.size();
            }
        }
        return best;
    }

    void schedulePump()
    {
        if (pumpQueued)
            return;
        pumpQueued = true;
        QMetaObject::invokeMethod(
            q,
            [this] {
                pumpQueued = false;
                pump();
            },
            Qt::QueuedConnection);
    }

    void emitCount() { Q_EMIT q->countChanged(store.pendingCount()); }

    /// Without it the table grows with every change ever sent.
    void pruneSent()
    {
        deliveredSincePrune = false;
        const int removed = store.pruneSent(nowMs() - SentKeepMs);
        if (removed > 0)
            qCDebug(lcOutbox) << "pruned" << removed << "sent entries";
    }

    /// The first waiting entry of each account, in the order they were queued.
    /// An entry left in Sending and not in flight here was cut off by a stop:
    /// it goes first, as a resumed delivery. One the user scheduled for later
    /// holds up nothing queued after it; `nextScheduled` gets the earliest such time.
    QList<OutboxEntry> heads(qint64 now, qint64 *nextScheduled) const
    {
        QList<OutboxEntry> candidates = store.inState(OutboxEntry::State::Sending);
        candidates += store.inState(OutboxEntry::State::Queued);
        std::stable_sort(
            candidates.begin(), candidates.end(), [](const OutboxEntry &a, const OutboxEntry &b) {
                if (a.createdMs != b.createdMs)
                    return a.createdMs < b.createdMs;
                return a.id < b.id;
            });
        QList<OutboxEntry> out;
        QSet<qint64> seen;
        for (const OutboxEntry &e : std::as_const(candidates)) {
            if (e.state == OutboxEntry::State::Queued && e.notBeforeMs > now) {
                *nextScheduled = std::min(*nextScheduled, e.notBeforeMs);
                continue;
            }
            if (seen.contains(e.accountId))
                continue;
            seen.insert(e.accountId);
            out << e;
        }
        return out;
    }

    void pump()
    {
        timer.stop();
        if (!started || !online) {
            signalIdleIfIdle();
            return;
        }
        const qint64 now = nowMs();
        qint64 nextWake = LLONG_MAX;
        for (const OutboxEntry &head : heads(now, &nextWake)) {
            if (inFlight.contains(head.accountId))
                continue;
            const bool resumed = head.state == OutboxEntry::State::Sending;
            qint64 notBefore = std::max(head.notBeforeMs, serverWaitUntil.value(head.accountId));
            if (!resumed && head.updatedMs >= forceBefore)
                notBefore = std::max(notBefore, head.nextAttemptMs);
            if (notBefore > now) {
                nextWake = std::min(nextWake, notBefore);
                continue;
            }
            // A row that could not be marked (the database busy) is tried again soon.
            if (!send(head, resumed, now))
                nextWake = std::min(nextWake, now + 1000);
        }
        if (nextWake != LLONG_MAX)
            timer.start(int(std::clamp<qint64>(nextWake - now, 0, INT_MAX)));
        signalIdleIfIdle();
    }

    /// False when the entry could not be taken from the queue.
    bool send(const OutboxEntry &entry, bool resumed, qint64 now)
    {
        OutboxDeliverer *deliverer = delivererFor(entry.action);
        if (!deliverer) {
            // Kept, with a reason the user can read: never dropped silently.
            store.markFailed(entry.id, Outbox::tr("Gilde cannot send “%1” changes.").arg(entry.action), now);
            Q_EMIT q->entryChanged(entry.id);
            emitCount();
            schedulePump();
            return true;
        }
        if (!store.markSending(entry.id, now)) {
            qCWarning(lcOutbox) << "could not mark entry" << entry.id << "as sending";
            return false;
        }
        const std::optional<OutboxEntry> fresh = store.byId(entry.id);
        if (!fresh)
            return false;
        inFlight.insert(entry.accountId, entry.id);
        idleSignalled = false;
        Q_EMIT q->entryChanged(entry.id);
        qCDebug(lcOutbox) << "delivering" << entry.id << entry.action << (resumed ? "(resumed)" : "");

        QPointer<Outbox> guard(q);
        auto settled = std::make_shared<bool>(false);
        const qint64 id = entry.id;
        const qint64 account = entry.accountId;
        deliverer->deliver(*fresh, resumed, [guard, settled, id, account](const DeliveryResult &result) {
            if (*settled)
                return;
            *settled = true;
            if (!guard)
                return;
            // Handled from the event loop: a deliverer may answer from inside deliver().
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, id, account, result] {
                    if (guard)
                        guard->d->finished(id, account, result);
                },
                Qt::QueuedConnection);
        });
        return true;
    }

    void finished(qint64 id, qint64 account, const DeliveryResult &result)
    {
        inFlight.remove(account);
        const qint64 now = nowMs();
        const std::optional<OutboxEntry> entry = store.byId(id);
        switch (result.outcome) {
        case DeliveryResult::Outcome::Sent:
            store.markSent(id, result.remoteId, now);
            break;
        case DeliveryResult::Outcome::Transient: {
            const int attempts = entry ? std::max(1, entry->attempts) : 1;
            const qint64 backoff = Outbox::backoffMs(attempts, baseMs, capMs);
            // Equal jitter: never sooner than half the backoff, spread over the rest.
            qint64 delay = backoff / 2 + qint64(rng.generateDouble() * double(backoff - backoff / 2));
            if (result.retryAfterSecs >= 0) {
                const qint64 serverWait = qint64(result.retryAfterSecs) * 1000;
                serverWaitUntil.insert(account, now + serverWait);
                delay = std::max(delay, serverWait);
            }
            if (result.waitSecs >= 0)
                delay = qint64(result.waitSecs) * 1000;
            store.markRetry(id, result.error, now + delay, now);
            qCDebug(lcOutbox) << "entry" << id << "retries in" << delay << "ms:" << result.error;
            break;
        }
        case DeliveryResult::Outcome::Permanent:
            store.markFailed(id, result.error, now);
            break;
        }
        if (discardWhenDone.remove(id))
            store.remove(id);
        deliveredSincePrune = true;
        Q_EMIT q->entryChanged(id);
        Q_EMIT q->attemptFinished(id, result.outcome);
        emitCount();
        pump();
    }

    /// pump() starts everything that can go, so what is not in flight waits.
    bool idleNow() const { return inFlight.isEmpty() && !pumpQueued; }

    void signalIdleIfIdle()
    {
        if (idleSignalled || !idleNow())
            return;
        idleSignalled = true;
        // The end of a delivery round.
        if (deliveredSincePrune)
            pruneSent();
        Q_EMIT q->idle();
    }
};

Outbox::Outbox(OutboxStore &store, QObject *parent)
    : QObject(parent)
    , d(new Private(this, store))
{
    d->timer.setSingleShot(true);
    connect(&d->timer, &QTimer::timeout, this, [this] { d->pump(); });
}

Outbox::~Outbox()
{
    delete d;
}

void Outbox::registerDeliverer(const QString &actionPrefix, OutboxDeliverer *deliverer)
{
    d->deliverers.removeIf([&](const auto &p) { return p.first == actionPrefix; });
    if (deliverer)
        d->deliverers.append({ actionPrefix, deliverer });
}

qint64 Outbox::enqueue(qint64 accountId, const QString &action, const QJsonObject &payload, QString *error,
    qint64 notBeforeMs)
{
    OutboxEntry entry;
    entry.accountId = accountId;
    entry.notBeforeMs = notBeforeMs;
    entry.action = action;
    entry.payload = payload;
    entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.createdMs = nowMs();
    entry.updatedMs = entry.createdMs;
    const qint64 id = d->store.insert(entry, error);
    if (id <= 0) {
        qCWarning(lcOutbox) << "could not queue" << action << "for account" << accountId;
        return 0;
    }
    Q_EMIT entryChanged(id);
    d->emitCount();
    if (d->started) {
        d->idleSignalled = false;
        d->schedulePump();
    }
    return id;
}

void Outbox::start()
{
    // Entries left in Sending are picked up by pump() as resumed deliveries.
    d->pruneSent();
    d->started = true;
    d->idleSignalled = false;
    d->schedulePump();
    d->emitCount();
}

void Outbox::deliverNow()
{
    d->started = true;
    d->forceBefore = nowMs();
    d->idleSignalled = false;
    d->schedulePump();
}

void Outbox::resumeAccount(qint64 accountId)
{
    d->serverWaitUntil.remove(accountId);
    if (!d->store.resumeAccount(accountId, nowMs()))
        return;
    d->idleSignalled = false;
    d->schedulePump();
}

void Outbox::retry(qint64 entryId)
{
    if (!d->store.requeue(entryId, nowMs()))
        return;
    Q_EMIT entryChanged(entryId);
    d->emitCount();
    d->idleSignalled = false;
    d->schedulePump();
}

void Outbox::discard(qint64 entryId)
{
    for (auto it = d->inFlight.cbegin(); it != d->inFlight.cend(); ++it) {
        if (it.value() == entryId) {
            // The server may get it anyway; the row goes once the attempt ends.
            d->discardWhenDone.insert(entryId);
            return;
        }
    }
    if (!d->store.remove(entryId))
        return;
    Q_EMIT entryChanged(entryId);
    d->emitCount();
    d->schedulePump();
}

bool Outbox::canEdit(const OutboxEntry &entry)
{
    return entry.state == OutboxEntry::State::Failed
        || (entry.state == OutboxEntry::State::Queued && entry.attempts == 0);
}

bool Outbox::edit(qint64 entryId, const QJsonObject &payload, std::optional<qint64> notBeforeMs)
{
    const auto entry = d->store.byId(entryId);
    if (!entry || !canEdit(*entry)
        || !d->store.updatePayload(entryId, payload, notBeforeMs.value_or(entry->notBeforeMs), nowMs()))
        return false;
    if (entry->state == OutboxEntry::State::Failed) {
        retry(entryId);
        return true;
    }
    Q_EMIT entryChanged(entryId);
    d->schedulePump(); // a new time may be sooner
    return true;
}

void Outbox::setOnline(bool online)
{
    if (d->online == online)
        return;
    d->online = online;
    if (online) {
        d->idleSignalled = false;
        d->schedulePump();
    } else {
        d->timer.stop();
    }
}

qint64 Outbox::backoffMs(int attempts)
{
    return backoffMs(attempts, DefaultBaseMs, DefaultCapMs);
}

qint64 Outbox::backoffMs(int attempts, qint64 baseMs, qint64 capMs)
{
    qint64 ms = std::max<qint64>(1, baseMs);
    for (int i = 1; i < attempts && ms < capMs; ++i)
        ms *= 2;
    return std::min(ms, capMs);
}

void Outbox::setBackoff(qint64 baseMs, qint64 capMs)
{
    d->baseMs = std::max<qint64>(1, baseMs);
    d->capMs = std::max(d->baseMs, capMs);
}

void Outbox::setRandomSeed(quint32 seed)
{
    d->rng.seed(seed);
}

bool Outbox::isOnline() const
{
    return d->online;
}

bool Outbox::isStarted() const
{
    return d->started;
}

bool Outbox::isIdle() const
{
    return d->idleNow();
}

int Outbox::inFlightCount() const
{
    return int(d->inFlight.size());
}

} // namespace gilde
