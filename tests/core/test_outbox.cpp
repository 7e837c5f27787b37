// Outbox delivery against a scripted deliverer: durability, backoff with
// jitter, Retry-After, permanent failures, resume after a crash, and order
// per account.

#include "TestSupport.h"
#include "model/Account.h"
#include "store/AccountStore.h"
#include "store/OutboxStore.h"
#include "sync/Outbox.h"
#include "test_feed_support.h"
#include "test_store_support.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUuid>

#include <deque>

using namespace gilde;
using namespace gilde::test;

namespace
{

qint64 addAccount(AccountStore &accounts, const QString &server = QStringLiteral("https://links.example.org"))
{
    Account a;
    a.kind = QStringLiteral("shaarli");
    a.server = QUrl(server);
    const qint64 id = accounts.add(a);
    REQUIRE(id > 0);
    return id;
}

QJsonObject payload(const QString &name)
{
    return QJsonObject { { QStringLiteral("name"), name } };
}

DeliveryResult result(DeliveryResult::Outcome outcome, const QString &error = {}, int retryAfter = -1)
{
    DeliveryResult r;
    r.outcome = outcome;
    r.error = error;
    r.retryAfterSecs = retryAfter;
    if (outcome == DeliveryResult::Outcome::Sent)
        r.remoteId = QStringLiteral("remote-1");
    return r;
}

/// Answers from a script, or holds the answer until the test releases it.
class ScriptedDeliverer : public OutboxDeliverer
{
public:
    struct Call {
        qint64 entryId;
        QString name;
        bool resumed;
        int attempts;
        qint64 atMs;
    };
    std::deque<DeliveryResult> script; ///< empty: Sent
    bool hold = false;
    QList<Call> calls;
    QList<std::pair<qint64, Done>> held;

    void deliver(const OutboxEntry &entry, bool resumed, Done done) override
    {
        calls.append({ entry.id, entry.payload.value(QLatin1String("name")).toString(), resumed,
            entry.attempts, QDateTime::currentMSecsSinceEpoch() });
        if (hold) {
            held.append({ entry.id, std::move(done) });
            return;
        }
        DeliveryResult r = result(DeliveryResult::Outcome::Sent);
        if (!script.empty()) {
            r = script.front();
            script.pop_front();
        }
        done(r);
    }

    void release(qint64 entryId, const DeliveryResult &r)
    {
        for (qsizetype i = 0; i < held.size(); ++i) {
            if (held[i].first == entryId) {
                auto done = std::move(held[i].second);
                held.removeAt(i);
                done(r);
                return;
            }
        }
        FAIL("no held delivery for entry " << entryId);
    }

    QStringList names() const
    {
        QStringList out;
        for (const Call &c : calls)
            out << c.name;
        return out;
    }
};

struct Fixture {
    TempDb t;
    AccountStore accounts { *t.db };
    OutboxStore store { *t.db };
    Outbox outbox { store };
    ScriptedDeliverer deliverer;
    qint64 account = addAccount(accounts);

    Fixture()
    {
        outbox.registerDeliverer(QStringLiteral("test."), &deliverer);
        outbox.setRandomSeed(7);
    }

    OutboxEntry entry(qint64 id) const
    {
        const auto e = store.byId(id);
        REQUIRE(e.has_value());
        return *e;
    }

    bool inState(qint64 id, OutboxEntry::State s) const
    {
        const auto e = store.byId(id);
        return e && e->state == s;
    }
};

} // namespace

TEST_CASE("Outbox backoff doubles from 5 s up to one hour", "[outbox]")
{
    CHECK(Outbox::backoffMs(1) == 5000);
    CHECK(Outbox::backoffMs(2) == 10000);
    CHECK(Outbox::backoffMs(3) == 20000);
    CHECK(Outbox::backoffMs(10) == 5000LL * 512);
    CHECK(Outbox::backoffMs(11) == 3600 * 1000);
    CHECK(Outbox::backoffMs(500) == 3600 * 1000);
    CHECK(Outbox::backoffMs(3, 100, 250) == 250);
}

TEST_CASE("Outbox enqueue is committed before it returns", "[outbox]")
{
    TempDb t;
    qint64 id = 0;
    {
        AccountStore accounts(*t.db);
        OutboxStore store(*t.db);
        Outbox outbox(store);
        const qint64 account = addAccount(accounts);
        QSignalSpy counts(&outbox, &Outbox::countChanged);
        QString error;
        id = outbox.enqueue(account, QStringLiteral("test.save"), payload(QStringLiteral("a")), &error);
        REQUIRE(id > 0);
        CHECK(error.isEmpty());
        REQUIRE(counts.size() == 1);
        CHECK(counts.first().first().toInt() == 1);
    }
    // Another connection on the file, as after a restart, sees the row.
    auto reopened = Database::open(t.path);
    REQUIRE(reopened.db);
    OutboxStore again(*reopened.db);
    const auto e = again.byId(id);
    REQUIRE(e.has_value());
    CHECK(e->state == OutboxEntry::State::Queued);
    CHECK(e->action == QStringLiteral("test.save"));
    CHECK(e->payload == payload(QStringLiteral("a")));
    CHECK(!QUuid::fromString(e->idempotencyKey).isNull());
    CHECK(e->attempts == 0);
}

TEST_CASE("Outbox enqueue reports a row it could not write", "[outbox]")
{
    Fixture f;
    QString error;
    // No such account: the foreign key refuses the row.
    CHECK(f.outbox.enqueue(f.account + 100, QStringLiteral("test.save"), payload(QStringLiteral("x")), &error)
        == 0);
    CHECK(!error.isEmpty());
}

TEST_CASE("Outbox delivers when started and marks the entry sent", "[outbox]")
{
    Fixture f;
    const qint64 id = f.outbox.enqueue(f.account, QStringLiteral("test.save"), payload(QStringLiteral("a")));
    QSignalSpy idle(&f.outbox, &Outbox::idle);
    // Not before start().
    QCoreApplication::processEvents();
    CHECK(f.deliverer.calls.isEmpty());
    f.outbox.start();
    REQUIRE(waitUntil([&] { return f.inState(id, OutboxEntry::State::Sent); }));
    CHECK(f.entry(id).remoteId == QStringLiteral("remote-1"));
    CHECK(f.entry(id).attempts == 1);
    REQUIRE(f.deliverer.calls.size() == 1);
    CHECK_FALSE(f.deliverer.calls.first().resumed);
    CHECK(f.deliverer.calls.first().attempts == 1);
    REQUIRE(waitUntil([&] { return idle.size() > 0; }));
    CHECK(f.outbox.isIdle());
    CHECK(f.store.pendingCount() == 0);
}

TEST_CASE("Outbox retries transient failures with growing, jittered backoff", "[outbox]")
{
    Fixture f;
    f.outbox.setBackoff(40, 10000);
    f.deliverer.script = { result(DeliveryResult::Outcome::Transient, QStringLiteral("network down")),
        result(DeliveryResult::Outcome::Transient, QStringLiteral("503 from the server")) };
    QList<OutboxEntry> afterFailure;
    QObject::connect(&f.outbox, &Outbox::attemptFinished, [&](qint64 id, DeliveryResult::Outcome outcome) {
        if (outcome == DeliveryResult::Outcome::Transient)
            afterFailure << f.entry(id);
    });
    const qint64 id = f.outbox.enqueue(f.account, QStringLiteral("test.save"), payload(QStringLiteral("a")));
    f.outbox.start();
    REQUIRE(waitUntil([&] { return f.inState(id, OutboxEntry::State::Sent); }, 10000));

    REQUIRE(afterFailure.size() == 2);
    const OutboxEntry first = afterFailure[0];
    CHECK(first.state == OutboxEntry::State::Queued);
    CHECK(first.attempts == 1);
    CHECK(first.lastError == QStringLiteral("network down"));
    const qint64 delay1 = first.nextAttemptMs - first.updatedMs;
    CHECK(delay1 >= 20); // equal jitter: half of 40 ms at least
    CHECK(delay1 <= 40);
    const OutboxEntry second = afterFailure[1];
    CHECK(second.attempts == 2);
    CHECK(second.lastError == QStringLiteral("503 from the server"));
    const qint64 delay2 = second.nextAttemptMs - second.updatedMs;
    CHECK(delay2 >= 40);
    CHECK(delay2 <= 80);

    // Never earlier than the recorded next attempt.
    REQUIRE(f.deliverer.calls.size() == 3);
    CHECK(f.deliverer.calls[1].atMs >= first.nextAttemptMs);
    CHECK(f.deliverer.calls[2].atMs >= second.nextAttemptMs);
    CHECK(f.entry(id).attempts == 3);
    CHECK(f.entry(id).lastError.isEmpty());
}

TEST_CASE("Outbox jitter is reproducible with a seed", "[outbox]")
{
    auto delays = [](quint32 seed) {
        Fixture f;
        f.outbox.setBackoff(100000, 1000000); // no second attempt during the test
        f.outbox.setRandomSeed(seed);
        QList<qint64> out;
        for (int i = 0; i < 3; ++i) {
            const qint64 account = addAccount(f.accounts, QStringLiteral("https://s%1.example").arg(i));
            f.deliverer.script.push_back(result(DeliveryResult::Outcome::Transient, QStringLiteral("down")));
            const qint64 id
                = f.outbox.enqueue(account, QStringLiteral("test.save"), payload(QString::number(i)));
            f.outbox.start();
            REQUIRE(waitUntil(
                [&] { return f.entry(id).attempts == 1 && f.inState(id, OutboxEntry::State::Queued); }));
            out << f.entry(id).nextAttemptMs - f.entry(id).updatedMs;
        }
        return out;
    };
    const QList<qint64> a = delays(42);
    CHECK(a == delays(42));
    for (qint64 d : a) {
        CHECK(d >= 50000);
        CHECK(d <= 100000);
    }
}

TEST_CASE("Outbox honours Retry-After when it is longer than the backoff", "[outbox]")
{
    Fixture f;
    f.outbox.setBackoff(10, 100);
    f.deliverer.script = { result(DeliveryResult::Outcome::Transient, QStringLiteral("slow down"), 1) };
    OutboxEntry afterFailure;
    QObject::connect(&f.outbox, &Outbox::attemptFinished, [&](qint64 id, DeliveryResult::Outcome outcome) {
        if (outcome == DeliveryResult::Outcome::Transient)
            afterFailure = f.entry(id);
    });
    const qint64 id = f.outbox.enqueue(f.account, QStringLiteral("test.save"), payload(QStringLiteral("a")));
    f.outbox.start();
    REQUIRE(waitUntil([&] { return f.inState(id, OutboxEntry::State::Sent); }, 5000));
    CHECK(afterFailure.nextAttemptMs - afterFailure.updatedMs >= 1000);
    REQUIRE(f.deliverer.calls.size() == 2);
    CHECK(f.deliverer.calls[1].atMs >= afterFailure.nextAttemptMs);
}

TEST_CASE("Outbox keeps a permanent failure with the server's message until the user retries", "[outbox]")
{
    Fixture f;
    f.deliverer.script = { result(DeliveryResult::Outcome::Permanent, QStringLiteral("Not authorized")) };
    const qint64 id = f.outbox.enqueue(f.account, QStringLiteral("test.save"), payload(QStringLiteral("a")));
    QSignalSpy idle(&f.outbox, &Outbox::idle);
    f.outbox.start();
    REQUIRE(waitUntil([&] { return f.inState(id, OutboxEntry::State::Failed); }));
    CHECK(f.entry(id).lastError == QStringLiteral("Not authorized"));
    REQUIRE(waitUntil([&] { return idle.size() > 0; }));
    CHECK(f.deliverer.calls.size() == 1);
    CHECK(f.store.pendingCount() == 1); // failed entries still count: the user must act

    f.outbox.retry(id);
    REQUIRE(waitUntil([&] { return f.inState(id, OutboxEntry::State::Sent); }));
    CHECK(f.deliverer.calls.size() == 2);
}

TEST_CASE("Outbox resumes an entry left in flight by a crash", "[outbox]")
{
    TempDb t;
    AccountStore accounts(*t.db);
    OutboxStore store(*t.db);
    const qint64 account = addAccount(accounts);
    qint64 id = 0;
    {
        Outbox before(store);
        id = before.enqueue(account, QStringLiteral("test.save"), payload(QStringLiteral("a")));
        // The program stopped between "sending" and the answer.
        REQUIRE(store.markSending(id, QDateTime::currentMSecsSinceEpoch()));
    }
    Outbox after(store);
    ScriptedDeliverer deliverer;
    after.registerDeliverer(QStringLiteral("test."), &deliverer);
    after.start();
    REQUIRE(waitUntil([&] { return store.byId(id)->state == OutboxEntry::State::Sent; }));
    REQUIRE(deliverer.calls.size() == 1);
    CHECK(deliverer.calls.first().resumed);
    CHECK(store.byId(id)->attempts == 2);
}

TEST_CASE("Outbox sends one entry per account at a time, in order", "[outbox]")
{
    Fixture f;
    f.outbox.setBackoff(10, 50);
    const qint64 other = addAccount(f.accounts, QStringLiteral("https://other.example"));
    f.deliverer.hold = true;
    const qint64 a1 = f.outbox.enqueue(f.account, QStringLiteral("test.save"), payload(QStringLiteral("a1")));
    const qint64 a2 = f.outbox.enqueue(f.account, QStringLiteral("test.save"), payload(QStringLiteral("a2")));
    const qint64 b1 = f.outbox.enqueue(other, QStringLiteral("test.save"), payload(QStringLiteral("b1")));
    f.outbox.start();
    REQUIRE(waitUntil([&] { return f.deliverer.held.size() == 2; }));
    CHECK(f.deliverer.names() == QStringList { QStringLiteral("a1"), QStringLiteral("b1") });
    CHECK(f.outbox.inFlightCount() == 2);

    // A transient failure of a1 keeps a2 behind it.
    f.deliverer.release(a1, result(DeliveryResult::Outcome::Transient, QStringLiteral("down")));
    f.deliverer.release(b1, result(DeliveryResult::Outcome::Sent));
    REQUIRE(waitUntil([&] { return f.deliverer.calls.size() == 3; }));
    CHECK(f.deliverer.calls[2].name == QStringLiteral("a1"));
    CHECK(f.inState(a2, OutboxEntry::State::Queued));
    CHECK(f.entry(a2).attempts == 0);

    f.deliverer.release(a1, result(DeliveryResult::Outcome::Sent));
    REQUIRE(waitUntil([&] { return f.deliverer.calls.size() == 4; }));
    CHECK(f.deliverer.calls[3].name == QStringLiteral("a2"));
    f.deliverer.release(a2, result(DeliveryResult::Outcome::Sent));
    REQUIRE(waitUntil([&] { return f.inState(a2, OutboxEntry::State::Sent); }));
    CHECK(f.inState(a1, OutboxEntry::State::Sent));
    CHECK(f.inState(b1, OutboxEntry::State::Sent));
}

TEST_CASE("Outbox waits while offline", "[outbox]")
{
    Fixture f;
    f.outbox.setOnline(false);
    f.outbox.start();
    const qint64 id = f.outbox.enqueue(f.account, QStringLiteral("test.save"), payload(QStringLiteral("a")));
    QSignalSpy idle(&f.outbox, &Outbox::idle);
    REQUIRE(waitUntil([&] { return idle.size() > 0; }));
    CHECK(f.deliverer.calls.isEmpty());
    CHECK(f.inState(id, OutboxEntry::State::Queued));
    f.outbox.setOnline(true);
    REQUIRE(waitUntil([&] { return f.inState(id, OutboxEntry::State::Sent); }));
}

TEST_CASE("Outbox deliverNow skips the wait of an earlier backoff", "[outbox]")
{
    Fixture f; // default backoff: 5 s and more
    f.deliverer.script = { result(DeliveryResult::Outcome::Transient, QStringLiteral("down")),
        result(DeliveryResult::Outcome::Transient, QStringLiteral("down again")) };
    const qint64 id = f.outbox.enqueue(f.account, QStringLiteral("test.save"), payload(QStringLiteral("a")));
    f.outbox.start();
    REQUIRE(
        waitUntil([&] { return f.entry(id).attempts == 1 && f.inState(id, OutboxEntry::State::Queued); }));
    QSignalSpy idle(&f.outbox, &Outbox::idle);
    f.outbox.deliverNow();
    REQUIRE(waitUntil([&] { return idle.size() > 0; }));
    // Tried once more, and failing again it waits for its backoff.
    CHECK(f.deliverer.calls.size() == 2);
    CHECK(f.entry(id).attempts == 2);
    CHECK(f.entry(id).lastError == QStringLiteral("down again"));
    CHECK(f.entry(id).nextAttemptMs > QDateTime::currentMSecsSinceEpoch());
}

TEST_CASE("Outbox fails an entry no deliverer knows, and discards on request", "[outbox]")
{
    Fixture f;
    const qint64 unknown
        = f.outbox.enqueue(f.account, QStringLiteral("other.post"), payload(QStringLiteral("x")));
    f.outbox.start();
    REQUIRE(waitUntil([&] { return f.inState(unknown, OutboxEntry::State::Failed); }));
    CHECK(f.entry(unknown).lastError.contains(QStringLiteral("other.post")));
    QSignalSpy counts(&f.outbox, &Outbox::countChanged);
    f.outbox.discard(unknown);
    CHECK_FALSE(f.store.byId(unknown).has_value());
    REQUIRE(counts.size() == 1);
    CHECK(counts.first().first().toInt() == 0);
}

TEST_CASE("Outbox prunes sent entries older than 30 days at start and after a round", "[outbox]")
{
    Fixture f;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto sentAt = [&](const QString &key, qint64 atMs) {
        OutboxEntry e;
        e.accountId = f.account;
        e.action = QStringLiteral("test.save");
        e.idempotencyKey = key;
        e.createdMs = atMs;
        const qint64 id = f.store.insert(e);
        REQUIRE(id > 0);
        REQUIRE(f.store.markSending(id, atMs));
        REQUIRE(f.store.markSent(id, QStringLiteral("r"), atMs));
        return id;
    };
    const qint64 old = sentAt(QStringLiteral("old"), now - Outbox::SentKeepMs - 60000);
    const qint64 recent = sentAt(QStringLiteral("recent"), now - Outbox::SentKeepMs + 3600 * 1000);
    f.deliverer.script.push_back(result(DeliveryResult::Outcome::Permanent, QStringLiteral("410 Gone")));
    const qint64 failed
        = f.outbox.enqueue(f.account, QStringLiteral("test.save"), payload(QStringLiteral("f")));

    f.outbox.start();
    CHECK_FALSE(f.store.byId(old));
    CHECK(f.inState(recent, OutboxEntry::State::Sent)); // the outbox view still lists it
    REQUIRE(waitUntil([&] { return f.inState(failed, OutboxEntry::State::Failed) && f.outbox.isIdle(); }));

    // Ages while the program runs: the next round takes it.
    const qint64 aged = sentAt(QStringLiteral("aged"), now - Outbox::SentKeepMs - 1);
    QSignalSpy idle(&f.outbox, &Outbox::idle);
    const qint64 next
        = f.outbox.enqueue(f.account, QStringLiteral("test.save"), payload(QStringLiteral("n")));
    REQUIRE(waitUntil([&] { return f.inState(next, OutboxEntry::State::Sent) && idle.size() > 0; }));
    CHECK_FALSE(f.store.byId(aged));
    CHECK(f.inState(recent, OutboxEntry::State::Sent));
    CHECK(f.inState(next, OutboxEntry::State::Sent));
    CHECK(f.entry(failed).lastError == QStringLiteral("410 Gone"));
}
