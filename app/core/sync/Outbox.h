#pragma once

#include "model/OutboxEntry.h"

#include <QHash>
#include <QObject>

#include <optional>

#include <functional>

class QTimer;

namespace gilde
{

class OutboxStore;

/// How one delivery attempt ended, as a protocol's deliverer judged it.
struct DeliveryResult {
    enum class Outcome {
        Sent, ///< done; remoteId says what the server calls it
        Transient, ///< network error, timeout, 5xx, 429: try again later
        Permanent, ///< the server refused it (4xx, validation): keep for the user
    };
    Outcome outcome = Outcome::Transient;
    QString remoteId;
    QString error; ///< translated, or the server's own message
    int retryAfterSecs = -1; ///< from Retry-After: the account's writes all wait
    /// This write alone waits this long (for its time, or for another write),
    /// instead of the usual backoff; the account's others are not held up by it.
    int waitSecs = -1;
};

/// Delivers the outbox entries of some actions (e.g. "shaarli.*"). One per
/// protocol, registered with the Outbox.
class OutboxDeliverer
{
public:
    virtual ~OutboxDeliverer() = default;
    using Done = std::function<void(const DeliveryResult &)>;
    /// Sends the entry. When `resumed` is true the entry was in flight when the
    /// program stopped: look on the server first (by idempotency key or by the
    /// payload's natural key) so that a resend never creates a duplicate.
    virtual void deliver(const OutboxEntry &entry, bool resumed, Done done) = 0;
};

/// The durable queue of writes that every protocol uses. enqueue() commits the
/// row before it returns; delivery runs when the network is there, retries
/// transient failures with exponential backoff and jitter, honours Retry-After,
/// stops on permanent errors keeping the server's message, and on start resumes
/// what was in flight. Nothing queued is ever dropped silently. Sent entries
/// stay for the user to look back on for SentKeepMs, then go (at start and
/// after each delivery round); queued, sending and failed ones stay until sent
/// or discarded.
class Outbox : public QObject
{
    Q_OBJECT
public:
    explicit Outbox(OutboxStore &store, QObject *parent = nullptr);
    ~Outbox() override;

    /// How long a sent entry is kept: 30 days.
    static constexpr qint64 SentKeepMs = qint64(30) * 24 * 3600 * 1000;

    /// Registers the deliverer for actions starting with `actionPrefix` (e.g. "shaarli.").
    void registerDeliverer(const QString &actionPrefix, OutboxDeliverer *deliverer);

    /// Durable before it returns: 0 and `error` when the row could not be written.
    /// Not tried before `notBeforeMs` (a time the user picked), when given.
    qint64 enqueue(qint64 accountId, const QString &action, const QJsonObject &payload, QString *error = nullptr,
        qint64 notBeforeMs = 0);

    void start(); ///< prune old sent entries, resume in-flight ones, then deliver what is due
    void deliverNow(); ///< try every queued entry now (user said "send")
    void retry(qint64 entryId); ///< a failed entry back to the queue
    /// The account signed in again: what waited for it (its token was refused) goes now.
    void resumeAccount(qint64 accountId);
    void discard(qint64 entryId);
    /// The user's edit of an entry the server refused (which goes again now)
    /// or of one not tried yet (which keeps its time). False when the entry
    /// may already have reached the server, or could not be written.
    /// `notBeforeMs`, when given, is its new time (0: as soon as it can).
    bool edit(qint64 entryId, const QJsonObject &payload, std::optional<qint64> notBeforeMs = std::nullopt);
    /// Whether edit() would take it: failed, or queued and never tried.
    static bool canEdit(const OutboxEntry &entry);
    void setOnline(bool online);

    /// Backoff for the n-th failed attempt (n >= 1), in ms, before jitter.
    static qint64 backoffMs(int attempts);
    /// The same with another start and cap (doubling from `baseMs` up to `capMs`).
    static qint64 backoffMs(int attempts, qint64 baseMs, qint64 capMs);
    /// Defaults 5 s and 1 h; tests use short ones.
    void setBackoff(qint64 baseMs, qint64 capMs);
    /// Jitter is "equal jitter": half the backoff plus a random part of the
    /// other half. Seeded for reproducible tests; securely seeded otherwise.
    void setRandomSeed(quint32 seed);

    bool isOnline() const;
    bool isStarted() const;
    /// Nothing in flight and nothing that can be sent now (later retries may wait).
    bool isIdle() const;
    int inFlightCount() const;

Q_SIGNALS:
    void entryChanged(qint64 entryId); ///< any state change
    void countChanged(int pending);
    void idle(); ///< nothing due or in flight
    /// One attempt ended (after the entry's row was updated).
    void attemptFinished(qint64 entryId, gilde::DeliveryResult::Outcome outcome);

private:
    struct Private;
    Private *d;
};

} // namespace gilde
