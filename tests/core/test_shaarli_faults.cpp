// Delivery to a real Shaarli through a proxy that fails on request: the
// entry waits and retries on a refused connection, a 500, a 429 (no sooner
// than its Retry-After) and a timeout, and is never sent twice.

#include "test_shaarli_support.h"

using namespace gilde;
using namespace gilde::test;

namespace
{

struct FaultEnv : ShaarliEnv {
    FaultProxy proxy { server.port() };
    QList<OutboxEntry> afterFailure; ///< the entry's row after each transient failure

    FaultEnv()
    {
        REQUIRE(proxy.listen());
        connect(proxy.url());
        QObject::connect(
            &outbox, &Outbox::attemptFinished, [this](qint64 id, DeliveryResult::Outcome outcome) {
                if (outcome == DeliveryResult::Outcome::Transient)
                    afterFailure << *outboxStore.byId(id);
            });
    }

    void expectDeliveredOnce(const QString &url)
    {
        const OutboxEntry e = entries().first();
        INFO(e.lastError.toStdString());
        CHECK(e.state == OutboxEntry::State::Sent);
        CHECK(onServer(url).size() == 1);
        CHECK(server.links().size() == 1);
    }
};

} // namespace

TEST_CASE("Shaarli faults: server down keeps the entry queued with the network error", "[shaarli]")
{
    FaultEnv env;
    env.proxy.setMode(FaultProxy::Mode::Refuse);
    const QString url = QStringLiteral("https://example.org/down");
    env.save(url, QStringLiteral("Down"), {}, {});
    env.outbox.start();
    REQUIRE(waitUntil([&] { return !env.afterFailure.isEmpty(); }, 15000));
    const OutboxEntry waiting = env.afterFailure.first();
    CHECK(waiting.state == OutboxEntry::State::Queued);
    CHECK(waiting.attempts == 1);
    CHECK(waiting.lastError.contains(QStringLiteral("refused")));
    CHECK(waiting.nextAttemptMs > waiting.updatedMs);

    env.proxy.setMode(FaultProxy::Mode::Pass);
    REQUIRE(env.settle());
    env.expectDeliveredOnce(url);
}

TEST_CASE("Shaarli faults: a 500 is retried", "[shaarli]")
{
    FaultEnv env;
    env.proxy.setMode(FaultProxy::Mode::Answer500, 1);
    const QString url = QStringLiteral("https://example.org/five-hundred");
    env.save(url, QStringLiteral("500"), {}, {});
    REQUIRE(env.settle());
    REQUIRE(env.afterFailure.size() == 1);
    CHECK(env.afterFailure.first().lastError.contains(QStringLiteral("500")));
    CHECK(env.proxy.faults() == 1);
    env.expectDeliveredOnce(url);
    CHECK(env.entries().first().attempts == 2);
}

TEST_CASE("Shaarli faults: a 429 waits for its Retry-After", "[shaarli]")
{
    FaultEnv env;
    env.proxy.setRetryAfter(1);
    env.proxy.setMode(FaultProxy::Mode::Answer429, 1);
    const QString url = QStringLiteral("https://example.org/too-many");
    env.save(url, QStringLiteral("429"), {}, {});
    REQUIRE(env.settle());
    REQUIRE(env.afterFailure.size() == 1);
    const OutboxEntry waited = env.afterFailure.first();
    CHECK(waited.lastError.contains(QStringLiteral("Slow down a bit")));
    // The backoff alone would be 50 ms at most.
    CHECK(waited.nextAttemptMs - waited.updatedMs >= 1000);
    env.expectDeliveredOnce(url);
    CHECK(env.entries().first().updatedMs >= waited.nextAttemptMs);
}

TEST_CASE("Shaarli faults: a slow server times out, and the retry sends it once", "[shaarli]")
{
    FaultEnv env;
    env.deliverer.setTimeoutMs(300);
    env.proxy.setDelay(1500);
    env.proxy.setMode(FaultProxy::Mode::Delay, 1);
    const QString url = QStringLiteral("https://example.org/slow");
    env.save(url, QStringLiteral("Slow"), {}, {});
    REQUIRE(env.settle());
    REQUIRE(env.afterFailure.size() == 1);
    CHECK(env.afterFailure.first().lastError.contains(QStringLiteral("stopped answering")));
    env.expectDeliveredOnce(url);
}
