// Writes to Mastodon through the outbox, against a scripted server: posts
// queued offline go out once each, with the key honoured and without it, an
// answer lost after the server stored the post does not make a second one, a
// refused token keeps the writes waiting, and a refusal is the server's words.
#include "Engine.h"
#include "MastodonServer.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "sources/mastodon/MastodonDeliverer.h"
#include "sources/mastodon/MastodonWrites.h"
#include "store/OutboxStore.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct WriteEnv {
    MastodonServer server;
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
    qint64 account = 0;

    WriteEnv()
    {
        REQUIRE(server.listen());
        Engine::Opened opened = Engine::open(dir.path());
        REQUIRE(opened.engine);
        engine = std::move(opened.engine);
        engine->outbox().setBackoff(20, 200);
        std::optional<Accounts::AddResult> added;
        engine->accounts().addMastodon(server.server(), server.token(), [&](const Accounts::AddResult &r) { added = r; });
        REQUIRE(waitUntil([&] { return added.has_value(); }, 10000));
        INFO(added->error.toStdString());
        REQUIRE(added->id > 0);
        account = added->id;
    }

    ~WriteEnv()
    {
        bool done = false;
        engine->accounts().remove(account, [&](bool, const QString &) { done = true; });
        waitUntil([&] { return done; });
    }

    qint64 post(const QString &text)
    {
        mastodon::PostDraft draft;
        draft.text = text;
        return engine->outbox().enqueue(account, QStringLiteral("mastodon.post"), mastodon::postPayload(draft));
    }

    /// Until every entry is sent or failed (retries after a lost answer included).
    bool deliverAll(int timeoutMs = 30000)
    {
        engine->outbox().setOnline(true);
        engine->outbox().deliverNow();
        return waitUntil(
            [&] {
                return stateCount(OutboxEntry::State::Queued) + stateCount(OutboxEntry::State::Sending) == 0;
            },
            timeoutMs);
    }

    int stateCount(OutboxEntry::State state)
    {
        int n = 0;
        for (const OutboxEntry &e : engine->outboxStore().all())
            n += e.state == state;
        return n;
    }
};

} // namespace

TEST_CASE("Mastodon outbox: 200 posts queued offline go out once each, key honoured or not", "[mastodon][outbox]")
{
    const bool ignoreKey = GENERATE(false, true);
    WriteEnv env;
    env.server.setIgnoreIdempotency(ignoreKey);
    env.engine->outbox().setOnline(false);
    for (int i = 0; i < 200; ++i)
        REQUIRE(env.post(QStringLiteral("Offline thought %1").arg(i)) > 0);
    REQUIRE(env.deliverAll());
    const auto posted = env.server.posted();
    QSet<QString> texts;
    for (const auto &p : posted)
        texts.insert(p.text);
    CHECK(posted.size() == 200);
    CHECK(texts.size() == 200);
    CHECK(env.stateCount(OutboxEntry::State::Sent) == 200);
    // The entry's key went out with it.
    CHECK_FALSE(posted.first().key.isEmpty());
}

TEST_CASE("Mastodon outbox: an answer lost after the server stored the post does not post it twice",
    "[mastodon][outbox]")
{
    const bool ignoreKey = GENERATE(false, true);
    WriteEnv env;
    env.server.setIgnoreIdempotency(ignoreKey);
    // A key-honouring server may close without an answer (HTTP may send it
    // again, and the key makes that harmless); one that ignores the key is
    // met with an answer that never comes, so the post is looked for first.
    env.server.dropAnswersAfterPosting(3,
        ignoreKey ? MastodonServer::LostAnswer::Hang : MastodonServer::LostAnswer::Close);
    env.engine->mastodonDeliverer().setTimeoutMs(800);
    for (int i = 0; i < 5; ++i)
        REQUIRE(env.post(QStringLiteral("Said once %1").arg(i)) > 0);
    REQUIRE(env.deliverAll());
    CHECK(env.server.posted().size() == 5);
    CHECK(env.stateCount(OutboxEntry::State::Sent) == 5);
    for (const OutboxEntry &e : env.engine->outboxStore().all())
        CHECK_FALSE(e.remoteId.isEmpty());
}

TEST_CASE("Mastodon outbox: a refused token keeps the writes waiting; a refusal fails with the server's words",
    "[mastodon][outbox]")
{
    WriteEnv env;
    env.server.setTokenFault(MastodonServer::TokenFault::Unauthorized401);
    const qint64 waiting = env.post(QStringLiteral("Waits for a new sign-in"));
    REQUIRE(waiting > 0);
    env.engine->outbox().setOnline(true);
    env.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return !env.engine->outboxStore().byId(waiting)->lastError.isEmpty(); }, 10000));
    auto entry = env.engine->outboxStore().byId(waiting);
    CHECK(entry->state == OutboxEntry::State::Queued);
    CHECK(entry->lastError.contains(QStringLiteral("sign in again")));
    CHECK(entry->nextAttemptMs > QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000);
    CHECK(env.server.posted().isEmpty());

    // Signed in again: it goes out.
    env.server.setTokenFault(MastodonServer::TokenFault::None);
    env.engine->outbox().resumeAccount(env.account);
    REQUIRE(env.deliverAll());
    CHECK(env.server.posted().size() == 1);

    env.server.setRefusePosts(QStringLiteral("Validation failed: Text character limit of 500 exceeded"));
    const qint64 refused = env.post(QStringLiteral("far too long"));
    env.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return env.engine->outboxStore().byId(refused)->state == OutboxEntry::State::Failed; }, 10000));
    CHECK(env.engine->outboxStore().byId(refused)->lastError.contains(QStringLiteral("character limit of 500")));
}

TEST_CASE("Mastodon outbox: favourite, boost and bookmark go to the status they are about", "[mastodon][outbox]")
{
    WriteEnv env;
    for (const char *action : { "favourite", "reblog", "bookmark" })
        REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.") + QLatin1String(action),
                    mastodon::statusPayload(QStringLiteral("103270115826048975")))
            > 0);
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.favourite"),
                mastodon::statusPayload(QStringLiteral("../../admin")))
        > 0);
    REQUIRE(env.deliverAll());
    CHECK(env.server.actions()
        == QStringList { QStringLiteral("favourite 103270115826048975"), QStringLiteral("reblog 103270115826048975"),
            QStringLiteral("bookmark 103270115826048975") });
    // An id that is no id is not sent anywhere.
    CHECK(env.stateCount(OutboxEntry::State::Failed) == 1);
}

TEST_CASE("Mastodon outbox: a post seen on another server is found on the account's own before it is acted on",
    "[mastodon][outbox]")
{
    WriteEnv env;
    Item seen;
    seen.url = QStringLiteral("https://elsewhere.example/@anna/4242");
    seen.meta = QStringLiteral(R"({"status":"4242","acct":"anna@elsewhere.example","visibility":"unlisted"})");
    Source hashtag;
    hashtag.kind = QStringLiteral("mastodon");
    hashtag.url = QUrl(QStringLiteral("https://elsewhere.example/api/v1/timelines/tag/leren"));
    const auto account = env.engine->accounts().byId(env.account);
    REQUIRE(account);

    const mastodon::ItemTarget target = mastodon::targetOf(seen, hashtag, { *account });
    REQUIRE(target.error.isEmpty());
    CHECK(target.accountId == env.account);
    CHECK(target.statusUrl == seen.url);
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.favourite"), target.payload()) > 0);

    mastodon::PostDraft reply;
    reply.text = QStringLiteral("Mooi gezegd");
    QString error;
    REQUIRE(mastodon::makeReply(reply, seen, hashtag, *account, &error));
    CHECK(reply.text == QStringLiteral("@anna@elsewhere.example Mooi gezegd"));
    CHECK(reply.visibility == QStringLiteral("unlisted"));
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"), mastodon::postPayload(reply)) > 0);

    REQUIRE(env.deliverAll());
    CHECK(env.server.actions() == QStringList { QStringLiteral("favourite 777") });
    REQUIRE(env.server.posted().size() == 1);
    CHECK(env.server.posted().first().inReplyTo == QStringLiteral("777"));
}
