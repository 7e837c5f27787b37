// OutboxStore and AccountStore: durable entries, their state transitions and
// the order they are due in.

#include "model/Account.h"
#include "model/OutboxEntry.h"
#include "store/AccountStore.h"
#include "store/OutboxStore.h"
#include "test_store_support.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace gilde;
using namespace gilde::test;

namespace
{

qint64 addAccount(AccountStore &accounts)
{
    Account a;
    a.kind = QStringLiteral("shaarli");
    a.server = QUrl(QStringLiteral("https://links.example.org/"));
    a.userName = QStringLiteral("ann");
    a.displayName = QStringLiteral("Ann");
    const qint64 id = accounts.add(a);
    REQUIRE(id > 0);
    return id;
}

OutboxEntry entry(qint64 account, const QString &key, qint64 createdMs, qint64 nextAttemptMs = 0)
{
    OutboxEntry e;
    e.accountId = account;
    e.action = QStringLiteral("shaarli.save");
    e.payload = QJsonObject { { QStringLiteral("url"), QStringLiteral("https://example.org/") + key } };
    e.idempotencyKey = key;
    e.createdMs = createdMs;
    e.nextAttemptMs = nextAttemptMs;
    return e;
}

QStringList keys(const QList<OutboxEntry> &entries)
{
    QStringList out;
    for (const OutboxEntry &e : entries)
        out << e.idempotencyKey;
    return out;
}

} // namespace

TEST_CASE("AccountStore adds, lists and removes accounts", "[outbox-store]")
{
    TempDb t;
    AccountStore accounts(*t.db);
    const qint64 id = addAccount(accounts);
    Account m;
    m.kind = QStringLiteral("mastodon");
    m.server = QUrl(QStringLiteral("https://social.example/"));
    const qint64 mid = accounts.add(m);
    REQUIRE(mid > 0);

    const auto a = accounts.byId(id);
    REQUIRE(a);
    CHECK(a->kind == QLatin1String("shaarli"));
    CHECK(a->server == QUrl(QStringLiteral("https://links.example.org/")));
    CHECK(a->userName == QLatin1String("ann"));
    CHECK(a->displayName == QLatin1String("Ann"));
    CHECK(accounts.all().size() == 2);
    CHECK(accounts.ofKind(QStringLiteral("mastodon")).size() == 1);
    CHECK(accounts.ofKind(QStringLiteral("mastodon")).first().id == mid);
    CHECK(accounts.add(Account {}) == 0);

    // An account's queued writes go with it.
    OutboxStore outbox(*t.db);
    REQUIRE(outbox.insert(entry(id, QStringLiteral("k"), 1)) > 0);
    REQUIRE(accounts.remove(id));
    CHECK_FALSE(accounts.byId(id));
    CHECK(outbox.all().isEmpty());
    CHECK_FALSE(accounts.remove(id));
}

TEST_CASE("OutboxStore inserts durable entries with unique idempotency keys", "[outbox-store]")
{
    TempDb t;
    AccountStore accounts(*t.db);
    OutboxStore outbox(*t.db);
    const qint64 acc = addAccount(accounts);

    OutboxEntry e = entry(acc, QStringLiteral("key-1"), 1000);
    e.notBeforeMs = 50;
    const qint64 id = outbox.insert(e);
    REQUIRE(id > 0);
    // Committed: another connection (another thread's) sees it at once.
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    const QString path = t.path;
    t.db.reset();
    auto reopened = Database::open(path);
    REQUIRE(reopened.db);
    OutboxStore again(*reopened.db);
    const auto read = again.byId(id);
    REQUIRE(read);
    CHECK(read->accountId == acc);
    CHECK(read->action == QLatin1String("shaarli.save"));
    CHECK(read->payload == e.payload);
    CHECK(read->idempotencyKey == QLatin1String("key-1"));
    CHECK(read->state == OutboxEntry::State::Queued);
    CHECK(read->attempts == 0);
    CHECK(read->notBeforeMs == 50);
    CHECK(read->createdMs == 1000);

    QString error;
    CHECK(again.insert(entry(acc, QStringLiteral("key-1"), 2000), &error) == 0);
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK(again.insert(entry(acc, QString(), 2000), &error) == 0);
    CHECK_FALSE(error.isEmpty());
    CHECK(again.insert(entry(9999, QStringLiteral("no-account"), 2000)) == 0); // foreign key
    CHECK(again.all().size() == 1);
}

TEST_CASE("OutboxStore moves entries through their states", "[outbox-store]")
{
    TempDb t;
    AccountStore accounts(*t.db);
    OutboxStore outbox(*t.db);
    const qint64 acc = addAccount(accounts);
    const qint64 id = outbox.insert(entry(acc, QStringLiteral("a"), 100));
    REQUIRE(id > 0);
    CHECK(outbox.pendingCount() == 1);

    REQUIRE(outbox.markSending(id, 200));
    auto e = outbox.byId(id);
    CHECK(e->state == OutboxEntry::State::Sending);
    CHECK(e->attempts == 1);
    CHECK(e->updatedMs == 200);
    CHECK(outbox.due(10000).isEmpty());
    CHECK(outbox.inState(OutboxEntry::State::Sending).size() == 1);

    REQUIRE(outbox.markRetry(id, QStringLiteral("503 Service Unavailable"), 5000, 300));
    e = outbox.byId(id);
    CHECK(e->state == OutboxEntry::State::Queued);
    CHECK(e->lastError == QLatin1String("503 Service Unavailable"));
    CHECK(e->nextAttemptMs == 5000);
    CHECK_FALSE(outbox.updatePayload(id, {}, 0, 400)); // tried without an answer: it may be on the server
    CHECK(outbox.due(4999).isEmpty());
    CHECK(outbox.due(5000).size() == 1);

    REQUIRE(outbox.markSending(id, 5000));
    REQUIRE(outbox.markFailed(id, QStringLiteral("400 bad URL"), 5100));
    e = outbox.byId(id);
    CHECK(e->state == OutboxEntry::State::Failed);
    CHECK(e->attempts == 2);
    CHECK(e->lastError == QLatin1String("400 bad URL"));
    CHECK(outbox.pendingCount() == 1);
    CHECK(outbox.due(100000).isEmpty());
    CHECK_FALSE(outbox.markSending(id, 5200)); // a failed entry waits for the user

    const QJsonObject edited { { QStringLiteral("url"), QStringLiteral("https://example.org/fixed") } };
    // Edited for a later time: sent again, but not before it, a retry or not.
    REQUIRE(outbox.updatePayload(id, edited, 9000, 5300));
    REQUIRE(outbox.requeue(id, 5400));
    e = outbox.byId(id);
    CHECK(e->state == OutboxEntry::State::Queued);
    CHECK(e->payload == edited);
    CHECK(e->attempts == 0);
    CHECK(e->notBeforeMs == 9000);
    CHECK(outbox.due(5400).isEmpty());
    CHECK(outbox.due(9000).size() == 1);
    REQUIRE(outbox.updatePayload(id, edited, 0, 5400)); // queued, never tried: still editable
    CHECK(outbox.due(5400).size() == 1);

    REQUIRE(outbox.markSending(id, 5500));
    CHECK_FALSE(outbox.updatePayload(id, {}, 0, 5550)); // not while on its way
    REQUIRE(outbox.markSent(id, QStringLiteral("77"), 5600));
    e = outbox.byId(id);
    CHECK(e->state == OutboxEntry::State::Sent);
    CHECK(e->remoteId == QLatin1String("77"));
    CHECK(e->lastError.isEmpty());
    CHECK(outbox.pendingCount() == 0);
    CHECK_FALSE(outbox.markFailed(id, QStringLiteral("late"), 5700));
    CHECK_FALSE(outbox.markRetry(id, QStringLiteral("late"), 0, 5700));
    CHECK_FALSE(outbox.requeue(id, 5700));
    CHECK(outbox.byId(id)->state == OutboxEntry::State::Sent);

    REQUIRE(outbox.remove(id));
    CHECK_FALSE(outbox.byId(id));
    CHECK_FALSE(outbox.remove(id));
}

TEST_CASE("OutboxStore lists due entries oldest first and all entries newest first", "[outbox-store]")
{
    TempDb t;
    AccountStore accounts(*t.db);
    OutboxStore outbox(*t.db);
    const qint64 acc = addAccount(accounts);
    REQUIRE(outbox.insert(entry(acc, QStringLiteral("c"), 300)) > 0);
    REQUIRE(outbox.insert(entry(acc, QStringLiteral("a"), 100)) > 0);
    REQUIRE(outbox.insert(entry(acc, QStringLiteral("later"), 50, 9000)) > 0);
    OutboxEntry scheduled = entry(acc, QStringLiteral("scheduled"), 60);
    scheduled.notBeforeMs = 8000;
    REQUIRE(outbox.insert(scheduled) > 0);
    const qint64 b = outbox.insert(entry(acc, QStringLiteral("b"), 200));
    REQUIRE(b > 0);
    REQUIRE(outbox.markSending(b, 400));

    CHECK(keys(outbox.due(1000)) == QStringList { QStringLiteral("a"), QStringLiteral("c") });
    CHECK(keys(outbox.due(8500))
        == QStringList { QStringLiteral("scheduled"), QStringLiteral("a"), QStringLiteral("c") });
    CHECK(keys(outbox.due(9000)).size() == 4);
    CHECK(keys(outbox.all())
        == QStringList { QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a"),
            QStringLiteral("scheduled"), QStringLiteral("later") });
    CHECK(outbox.pendingCount() == 5);
    CHECK(keys(outbox.inState(OutboxEntry::State::Sending)) == QStringList { QStringLiteral("b") });
}

TEST_CASE("OutboxStore prunes old sent entries and keeps everything still owed", "[outbox-store]")
{
    TempDb t;
    AccountStore accounts(*t.db);
    const qint64 acc = addAccount(accounts);
    qint64 oldSent = 0, newSent = 0, oldFailed = 0, oldQueued = 0, oldSending = 0;
    {
        OutboxStore outbox(*t.db);
        oldSent = outbox.insert(entry(acc, QStringLiteral("old-sent"), 100));
        newSent = outbox.insert(entry(acc, QStringLiteral("new-sent"), 100));
        oldFailed = outbox.insert(entry(acc, QStringLiteral("old-failed"), 100));
        oldQueued = outbox.insert(entry(acc, QStringLiteral("old-queued"), 100));
        oldSending = outbox.insert(entry(acc, QStringLiteral("old-sending"), 100));
        REQUIRE(outbox.markSending(oldSent, 200));
        REQUIRE(outbox.markSent(oldSent, QStringLiteral("1"), 300));
        REQUIRE(outbox.markSending(newSent, 200));
        REQUIRE(outbox.markSent(newSent, QStringLiteral("2"), 5000));
        REQUIRE(outbox.markSending(oldFailed, 200));
        REQUIRE(outbox.markFailed(oldFailed, QStringLiteral("400 bad URL"), 300));
        REQUIRE(outbox.markSending(oldSending, 300));
    }

    // On the file, as a later start of the program finds it.
    t.db.reset();
    auto reopened = Database::open(t.path);
    REQUIRE(reopened.status == Database::Status::Ok);
    t.db = std::move(reopened.db);
    OutboxStore outbox(*t.db);
    CHECK(outbox.pruneSent(300) == 0); // strictly before
    CHECK(outbox.pruneSent(1000) == 1);
    CHECK_FALSE(outbox.byId(oldSent));
    CHECK(outbox.byId(newSent)->state == OutboxEntry::State::Sent);
    CHECK(outbox.byId(oldFailed)->state == OutboxEntry::State::Failed);
    CHECK(outbox.byId(oldFailed)->lastError == QLatin1String("400 bad URL"));
    CHECK(outbox.byId(oldQueued)->state == OutboxEntry::State::Queued);
    CHECK(outbox.byId(oldSending)->state == OutboxEntry::State::Sending);
    CHECK(outbox.pruneSent(1000) == 0);
    CHECK(outbox.all().size() == 4);
    CHECK(outbox.pruneSent(100000) == 1);
    CHECK(outbox.all().size() == 3);
    CHECK(outbox.pendingCount() == 3);
}
