// The Shaarli client's token, accounts checked against a real Shaarli, a
// refused secret, and the merge rules on their own.

#include "Engine.h"
#include "sources/shaarli/ShaarliClient.h"
#include "sources/shaarli/ShaarliMerge.h"
#include "test_shaarli_support.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace gilde;
using namespace gilde::test;

TEST_CASE("Shaarli token: HS512 JWT over {typ, alg} and {iat}, base64url without padding", "[shaarli]")
{
    const QByteArray token = ShaarliClient::jwt(QStringLiteral("s3cret"), 1700000000);
    const QList<QByteArray> parts = token.split('.');
    REQUIRE(parts.size() == 3);
    for (const QByteArray &p : parts) {
        CHECK_FALSE(p.contains('='));
        CHECK_FALSE(p.contains('+'));
        CHECK_FALSE(p.contains('/'));
    }
    const auto decode = [](const QByteArray &p) {
        return QJsonDocument::fromJson(QByteArray::fromBase64(p, QByteArray::Base64UrlEncoding)).object();
    };
    CHECK(decode(parts[0]).value(QLatin1String("typ")).toString() == QStringLiteral("JWT"));
    CHECK(decode(parts[0]).value(QLatin1String("alg")).toString() == QStringLiteral("HS512"));
    CHECK(decode(parts[1]).value(QLatin1String("iat")).toInteger() == 1700000000);
    const QByteArray expected = QMessageAuthenticationCode::hash(
        parts[0] + '.' + parts[1], QByteArrayLiteral("s3cret"), QCryptographicHash::Sha512);
    CHECK(QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding) == expected);
}

TEST_CASE("Shaarli server address: trailing slashes and index.php go", "[shaarli]")
{
    CHECK(ShaarliClient::normalizedServer(QUrl(QStringLiteral("https://h.example/shaarli/")))
        == QUrl(QStringLiteral("https://h.example/shaarli")));
    CHECK(ShaarliClient::normalizedServer(QUrl(QStringLiteral("https://h.example/index.php?do=x")))
        == QUrl(QStringLiteral("https://h.example")));
}

TEST_CASE("Shaarli merge: union of tags, the newer note, a message only for a real conflict", "[shaarli]")
{
    Link local;
    local.url = QUrl(QStringLiteral("https://example.org/a"));
    local.note = QStringLiteral("local");
    local.tags = { QStringLiteral("a"), QStringLiteral("b") };
    local.updatedMs = 2000000;
    ShaarliLink remote;
    remote.url = local.url;
    remote.description = QStringLiteral("remote");
    remote.tags = { QStringLiteral("B"), QStringLiteral("c") };
    remote.updatedMs = 1000000;

    shaarli::Merge m = shaarli::merge(local, remote);
    CHECK(m.conflict);
    CHECK(m.link.tags == QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
    CHECK(m.link.note == QStringLiteral("local"));
    CHECK_FALSE(m.noteFromServer);
    CHECK(m.message
        == QStringLiteral(
            "Merged changes to https://example.org/a: kept tags from both, the newer note from Gilde."));

    remote.updatedMs = 3000000;
    m = shaarli::merge(local, remote);
    CHECK(m.link.note == QStringLiteral("remote"));
    CHECK(m.noteFromServer);
    CHECK(m.message.endsWith(QStringLiteral("the newer note from the server.")));

    remote.description = local.note;
    remote.tags = local.tags;
    m = shaarli::merge(local, remote);
    CHECK_FALSE(m.conflict);
    CHECK(m.message.isEmpty());
}

TEST_CASE(
    "Shaarli account: the secret is checked, kept in the keychain, and a wrong one is refused", "[shaarli]")
{
    ShaarliEnv env;

    const auto wrong = env.addAccount(env.server.url(), QStringLiteral("not the secret"));
    CHECK(wrong.id == 0);
    CHECK(wrong.error.contains(QStringLiteral("401")));
    CHECK(wrong.error.contains(QStringLiteral("Not authorized")));
    CHECK(env.accountStore.all().isEmpty());

    const auto notThere = env.addAccount(QUrl(QStringLiteral("http://127.0.0.1:1")), env.server.secret());
    CHECK(notThere.id == 0);
    CHECK(notThere.error.contains(QStringLiteral("Could not reach")));

    const auto right
        = env.addAccount(QUrl(env.server.url().toString() + QStringLiteral("/")), env.server.secret());
    INFO(right.error.toStdString());
    REQUIRE(right.id > 0);
    CHECK_FALSE(right.replaced);
    const auto stored = env.accountStore.byId(right.id);
    REQUIRE(stored.has_value());
    CHECK(stored->kind == QStringLiteral("shaarli"));
    CHECK(stored->server == env.server.url());
    CHECK(stored->displayName == QStringLiteral("Gilde test Shaarli"));

    // The secret is in the keychain under the account's key, not in the profile.
    std::optional<QString> secret;
    env.secrets.read(env.accounts.secretKey(right.id),
        [&](bool ok, const QString &s, const QString &) { secret = ok ? s : QString(); });
    REQUIRE(waitUntil([&] { return secret.has_value(); }, 15000));
    CHECK(*secret == env.server.secret());
    QFile db(env.t.path);
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK_FALSE(db.readAll().contains(env.server.secret().toUtf8()));

    // Adding it again replaces the secret of the same account.
    const auto again = env.addAccount(env.server.url(), env.server.secret());
    CHECK(again.id == right.id);
    CHECK(again.replaced);
    CHECK(env.accountStore.all().size() == 1);

    std::optional<bool> removed;
    env.accounts.remove(right.id, [&](bool ok, const QString &) { removed = ok; });
    REQUIRE(waitUntil([&] { return removed.has_value(); }, 15000));
    CHECK(*removed);
    CHECK(env.accountStore.all().isEmpty());
}

TEST_CASE("Shaarli: a secret the server refuses fails the entry with the server's 401", "[shaarli]")
{
    ShaarliEnv env;
    // An account whose secret has changed on the server since it was added.
    Account a;
    a.kind = QStringLiteral("shaarli");
    a.server = env.server.url();
    const qint64 account = env.accountStore.add(a);
    REQUIRE(account > 0);
    std::optional<bool> written;
    env.secrets.write(env.accounts.secretKey(account), QStringLiteral("an old secret"),
        [&](bool ok, const QString &) { written = ok; });
    REQUIRE(waitUntil([&] { return written.has_value(); }, 15000));
    REQUIRE(*written);
    env.library.setSyncAccount(account);
    env.save(QStringLiteral("https://example.org/refused"), QStringLiteral("Refused"), {}, {});

    REQUIRE(env.settle());
    const OutboxEntry e = env.entries().first();
    CHECK(e.state == OutboxEntry::State::Failed);
    CHECK(e.attempts == 1);
    CHECK(e.lastError.contains(QStringLiteral("401")));
    CHECK(e.lastError.contains(QStringLiteral("Not authorized")));
    CHECK(env.server.links().isEmpty());
}

TEST_CASE(
    "Engine syncs the link library with the Shaarli account and delivers through the outbox", "[shaarli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString profile = dir.filePath(QStringLiteral("profile"));
    qint64 account = 0;
    {
        auto opened = Engine::open(profile);
        REQUIRE(opened.engine);
        CHECK(opened.engine->linkSyncAccount() == 0);
        Account a;
        a.kind = QStringLiteral("shaarli");
        a.server = QUrl(QStringLiteral("http://127.0.0.1:1"));
        account = opened.engine->accountStore().add(a);
        REQUIRE(account > 0);
    }
    auto opened = Engine::open(profile);
    REQUIRE(opened.engine);
    Engine &engine = *opened.engine;
    CHECK(engine.linkSyncAccount() == account);
    CHECK(engine.outbox().isStarted());
    // A save is queued for the account and handed to the Shaarli deliverer,
    // which finds no secret in the keychain for it and keeps the entry failed.
    Link l;
    l.url = QUrl(QStringLiteral("https://example.org/engine"));
    REQUIRE(engine.library().save(l).error.isEmpty());
    const QList<OutboxEntry> queued = engine.outboxStore().all();
    REQUIRE(queued.size() == 1);
    CHECK(queued.first().accountId == account);
    CHECK(queued.first().action == QStringLiteral("shaarli.save"));
    REQUIRE(waitUntil(
        [&] { return engine.outboxStore().byId(queued.first().id)->state == OutboxEntry::State::Failed; },
        15000));
    CHECK(engine.outboxStore().byId(queued.first().id)->lastError.contains(QStringLiteral("keychain")));
}
