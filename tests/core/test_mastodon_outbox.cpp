// Writes to Mastodon through the outbox, against a scripted server: posts
// queued offline go out once each, with the key honoured and without it, an
// answer lost after the server stored the post does not make a second one, a
// refused token keeps the writes waiting, and a refusal is the server's words.
#include "Engine.h"
#include "MastodonServer.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "sources/mastodon/MastodonDeliverer.h"
#include "sources/mastodon/MastodonMedia.h"
#include "sources/mastodon/MastodonLists.h"
#include "sources/mastodon/MastodonWrites.h"
#include "store/OutboxStore.h"
#include "sync/Outbox.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
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

TEST_CASE("Mastodon outbox: a favourite, boost or bookmark is undone; a post of one's own is deleted, once",
    "[mastodon][outbox]")
{
    WriteEnv env;
    const auto account = env.engine->accounts().byId(env.account);
    REQUIRE(account);
    Source home;
    home.kind = QStringLiteral("mastodon");
    home.url = QUrl(env.server.server().toString() + QStringLiteral("/api/v1/timelines/home#account=%1").arg(env.account));
    // On its own server the account's acct has no domain; elsewhere it has its full address.
    const QString local = account->userName.section(u'@', 0, 0);
    Item own;
    own.meta = QStringLiteral(R"({"status":"4300","acct":"%1"})").arg(local);
    Item someone;
    someone.meta = QStringLiteral(R"({"status":"4301","acct":"%1@elsewhere.example"})").arg(local);
    CHECK(mastodon::targetOf(own, home, { *account }).ownPost);
    CHECK_FALSE(mastodon::targetOf(someone, home, { *account }).ownPost);
    Source elsewhere;
    elsewhere.kind = QStringLiteral("mastodon");
    elsewhere.url = QUrl(QStringLiteral("https://elsewhere.example/api/v1/timelines/tag/leren"));
    Item ownSeenElsewhere;
    ownSeenElsewhere.url = QStringLiteral("https://elsewhere.example/@x/1");
    ownSeenElsewhere.meta = QStringLiteral(R"({"status":"1","acct":"%1"})").arg(account->userName);
    CHECK(mastodon::targetOf(ownSeenElsewhere, elsewhere, { *account }).ownPost);
    Item namesake = ownSeenElsewhere; // the same name on the server it was read from is someone else
    namesake.meta = QStringLiteral(R"({"status":"1","acct":"%1"})").arg(local);
    CHECK_FALSE(mastodon::targetOf(namesake, elsewhere, { *account }).ownPost);
    // Followers-only: boosted by its author alone; direct: by no one.
    own.meta = QStringLiteral(R"({"status":"4300","acct":"%1","visibility":"private"})").arg(local);
    someone.meta = QStringLiteral(R"({"status":"4301","acct":"x@elsewhere.example","visibility":"private"})");
    CHECK(mastodon::targetOf(own, home, { *account }).boostable);
    CHECK_FALSE(mastodon::targetOf(someone, home, { *account }).boostable);
    own.meta = QStringLiteral(R"({"status":"4300","acct":"%1","visibility":"direct"})").arg(local);
    CHECK_FALSE(mastodon::targetOf(own, home, { *account }).boostable);
    own.meta = QStringLiteral(R"({"status":"4300","acct":"%1"})").arg(local);

    for (const char *action : { "unfavourite", "unreblog", "unbookmark" })
        REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.") + QLatin1String(action),
                    mastodon::statusPayload(QStringLiteral("4242")))
            > 0);
    const QJsonObject deletion = mastodon::targetOf(own, home, { *account }).payload();
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.delete"), deletion) > 0);
    // Deleted twice (an answer lost, say): gone is what was asked, not a failure.
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.delete"), deletion) > 0);
    REQUIRE(env.deliverAll());
    CHECK(env.server.actions()
        == QStringList { QStringLiteral("unfavourite 4242"), QStringLiteral("unreblog 4242"),
            QStringLiteral("unbookmark 4242"), QStringLiteral("delete 4300") });
    CHECK(env.stateCount(OutboxEntry::State::Failed) == 0);
    CHECK(env.stateCount(OutboxEntry::State::Sent) == 5);
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

namespace
{

/// A file that says it is a PNG (its signature), with a body of its own.
QString writePng(const QString &path, char fill)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3000, fill));
    return path;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Mastodon outbox: pictures go before the post that shows them, described, and are waited for",
    "[mastodon][outbox][media]")
{
    WriteEnv env;
    env.engine->mastodonDeliverer().setMediaPollMs(20);
    env.server.setMediaProcessing(2); // processed later: asked after twice before it is ready
    QTemporaryDir files;
    const QString cat = writePng(files.filePath(QStringLiteral("kat.png")), 'k');
    const QString dog = writePng(files.filePath(QStringLiteral("hond.png")), 'h');
    mastodon::PostDraft draft;
    draft.text = QStringLiteral("Onze huisdieren");
    QString error;
    for (const auto &[path, alt] : { std::pair { cat, QStringLiteral("Een kat op de bank") }, std::pair { dog, QString() } }) {
        const QString kept = mastodon::keepMediaFile(env.engine->profileDir(), path, &error);
        INFO(error.toStdString());
        REQUIRE_FALSE(kept.isEmpty());
        draft.media.append({ kept, alt });
    }
    CHECK(mastodon::draftProblem(draft).isEmpty());
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"), mastodon::postPayload(draft)) > 0);
    REQUIRE(env.deliverAll());
    CHECK(env.stateCount(OutboxEntry::State::Sent) == 1);

    const auto uploads = env.server.uploads();
    REQUIRE(uploads.size() == 2);
    CHECK(uploads.at(0).description == QStringLiteral("Een kat op de bank"));
    CHECK(uploads.at(0).contentType == "image/png");
    CHECK(uploads.at(0).bytes == bytesOf(cat));
    CHECK(uploads.at(1).bytes == bytesOf(dog));
    const auto posted = env.server.posted();
    REQUIRE(posted.size() == 1);
    CHECK(posted.first().body.value(QLatin1String("media_ids")).toArray()
        == QJsonArray { uploads.at(0).id, uploads.at(1).id });
    // Each was asked after until ready: twice "206", then "200".
    int asked = 0;
    for (const TestRequest &r : env.server.http().requests())
        asked += r.path.startsWith("/api/v1/media/") ? 1 : 0;
    CHECK(asked == 6);
    // The copies went once sent; the user's own files stay.
    for (const mastodon::MediaDraft &m : draft.media)
        CHECK_FALSE(QFile::exists(m.path));
    CHECK(QFile::exists(cat));
}

TEST_CASE("Mastodon outbox: an edit changes a post's words and keeps its pictures", "[mastodon][outbox][media]")
{
    WriteEnv env;
    env.engine->mastodonDeliverer().setMediaPollMs(20);
    QTemporaryDir files;
    mastodon::PostDraft draft;
    draft.text = QStringLiteral("Eerste versie");
    QString error;
    const QString kept = mastodon::keepMediaFile(
        env.engine->profileDir(), writePng(files.filePath(QStringLiteral("bord.png")), 'b'), &error);
    REQUIRE_FALSE(kept.isEmpty());
    draft.media.append({ kept, QStringLiteral("Een whiteboard") });
    draft.sensitive = true; // a picture marked sensitive, with no warning
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"), mastodon::postPayload(draft)) > 0);
    REQUIRE(env.deliverAll());
    REQUIRE(env.server.posted().size() == 1);
    const QString id = env.server.posted().first().id;
    const QJsonValue pictures = env.server.posted().first().body.value(QLatin1String("media_ids"));
    REQUIRE(pictures.toArray().size() == 1);

    // The words as the server keeps them, for the composer.
    std::optional<std::pair<QString, QString>> source;
    env.engine->accounts().secret(env.account, [&](bool, const QString &token, const QString &) {
        mastodon::fetchSource(env.engine->http(), env.server.server(), token, id,
            [&](const QString &text, const QString &spoiler, const QString &) { source = std::pair { text, spoiler }; });
    });
    REQUIRE(waitUntil([&] { return source.has_value(); }, 10000));
    CHECK(source->first == QStringLiteral("Eerste versie"));

    mastodon::PostDraft edited;
    edited.text = QStringLiteral("Tweede versie, met een tikfout minder");
    edited.spoiler = QStringLiteral("Werk");
    REQUIRE(env.engine->outbox().enqueue(env.account, QLatin1String(mastodon::EditAction), mastodon::editPayload(id, edited)) > 0);
    REQUIRE(env.deliverAll());
    CHECK(env.stateCount(OutboxEntry::State::Failed) == 0);
    CHECK(env.server.actions().contains(QStringLiteral("edit ") + id));
    const auto after = env.server.posted();
    REQUIRE(after.size() == 1); // the same post, not a new one
    CHECK(after.first().text == edited.text);
    CHECK(after.first().body.value(QLatin1String("spoiler_text")).toString() == QStringLiteral("Werk"));
    CHECK(after.first().body.value(QLatin1String("sensitive")).toBool());
    CHECK(after.first().body.value(QLatin1String("media_ids")) == pictures);

    // Edited again without the warning: the picture stays marked sensitive.
    edited.spoiler.clear();
    REQUIRE(env.engine->outbox().enqueue(env.account, QLatin1String(mastodon::EditAction), mastodon::editPayload(id, edited)) > 0);
    REQUIRE(env.deliverAll());
    CHECK(env.server.posted().first().body.value(QLatin1String("sensitive")).toBool());
    CHECK(env.server.posted().first().body.value(QLatin1String("spoiler_text")).toString().isEmpty());

    // A server without edits says so.
    std::optional<QString> refused;
    env.engine->accounts().secret(env.account, [&](bool, const QString &token, const QString &) {
        mastodon::fetchSource(env.engine->http(), env.server.server(), token, QStringLiteral("999999"),
            [&](const QString &, const QString &, const QString &error) { refused = error; });
    });
    REQUIRE(waitUntil([&] { return refused.has_value(); }, 10000));
    CHECK_FALSE(refused->isEmpty());
}

TEST_CASE("Mastodon outbox: a picture that is gone fails its post with a word why; a poll goes with its post",
    "[mastodon][outbox][media]")
{
    WriteEnv env;
    mastodon::PostDraft lost;
    lost.text = QStringLiteral("Kijk");
    lost.media.append({ env.dir.filePath(QStringLiteral("outbox-media/missing.png")), QString() });
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"), mastodon::postPayload(lost)) > 0);
    REQUIRE(env.deliverAll());
    REQUIRE(env.stateCount(OutboxEntry::State::Failed) == 1);
    CHECK(env.engine->outboxStore().all().first().lastError.contains(QStringLiteral("no longer there")));
    CHECK(env.server.posted().isEmpty());

    mastodon::PostDraft vote;
    vote.text = QStringLiteral("Koffie of thee?");
    vote.poll = mastodon::PollDraft { { QStringLiteral("Koffie"), QStringLiteral("Thee") }, 3600, true };
    CHECK(mastodon::draftOf(mastodon::postPayload(vote)).poll == vote.poll);
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"), mastodon::postPayload(vote)) > 0);
    REQUIRE(env.deliverAll());
    const auto posted = env.server.posted();
    REQUIRE(posted.size() == 1);
    const QJsonObject poll = posted.first().body.value(QLatin1String("poll")).toObject();
    CHECK(poll.value(QLatin1String("options")).toArray() == QJsonArray { "Koffie", "Thee" });
    CHECK(poll.value(QLatin1String("expires_in")).toInt() == 3600);
    CHECK(poll.value(QLatin1String("multiple")).toBool());

    // Pictures and a poll together, or a poll of one choice: not a post.
    vote.media.append({ QStringLiteral("/x.png"), QString() });
    CHECK_FALSE(mastodon::draftProblem(vote).isEmpty());
    vote.media.clear();
    vote.poll->options = { QStringLiteral("Alleen dit") };
    CHECK_FALSE(mastodon::draftProblem(vote).isEmpty());
}

TEST_CASE("Mastodon outbox: a post for later is scheduled by the server, or held by the outbox when that is too soon",
    "[mastodon][outbox][scheduled]")
{
    WriteEnv env;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    mastodon::PostDraft later;
    later.text = QStringLiteral("Fijne feestdagen");
    later.scheduledAtMs = now + 2 * 3600 * 1000;
    CHECK(mastodon::notBeforeOf(later, now) == 0); // the server holds it
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"), mastodon::postPayload(later)) > 0);
    REQUIRE(env.deliverAll());
    REQUIRE(env.server.scheduled().size() == 1);
    const QDateTime at = QDateTime::fromString(
        env.server.scheduled().first().body.value(QLatin1String("scheduled_at")).toString(), Qt::ISODateWithMs);
    CHECK(qAbs(at.toMSecsSinceEpoch() - later.scheduledAtMs) < 1000);
    CHECK(env.server.posted().isEmpty());
    const OutboxEntry sent = env.engine->outboxStore().all().first();
    CHECK(sent.state == OutboxEntry::State::Sent);
    CHECK(sent.remoteId == env.server.scheduled().first().id);

    // Three seconds out: the outbox keeps it until then, and what comes after it is not held up.
    mastodon::PostDraft soon;
    soon.text = QStringLiteral("Zo meteen");
    soon.scheduledAtMs = QDateTime::currentMSecsSinceEpoch() + 3000;
    const qint64 notBefore = mastodon::notBeforeOf(soon, QDateTime::currentMSecsSinceEpoch());
    CHECK(notBefore == soon.scheduledAtMs);
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"), mastodon::postPayload(soon), nullptr, notBefore) > 0);
    mastodon::PostDraft now2;
    now2.text = QStringLiteral("Nu al");
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"), mastodon::postPayload(now2)) > 0);
    env.engine->outbox().setOnline(true);
    env.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return env.server.posted().size() == 1; }, 2500));
    CHECK(env.server.posted().first().text == QStringLiteral("Nu al"));
    REQUIRE(waitUntil([&] { return env.server.posted().size() == 2; }, 10000));
    CHECK(QDateTime::currentMSecsSinceEpoch() >= soon.scheduledAtMs);
    CHECK(env.server.posted().last().text == QStringLiteral("Zo meteen"));
    CHECK_FALSE(env.server.posted().last().body.contains(QLatin1String("scheduled_at")));
}

TEST_CASE("Mastodon outbox: a post the server holds is replaced by its edit or cancelled, unless it has appeared",
    "[mastodon][outbox][scheduled]")
{
    WriteEnv env;
    const auto schedule = [&](const QString &text) {
        mastodon::PostDraft draft;
        draft.text = text;
        draft.scheduledAtMs = QDateTime::currentMSecsSinceEpoch() + 2 * 3600 * 1000;
        const qint64 id = env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"), mastodon::postPayload(draft));
        REQUIRE(id > 0);
        REQUIRE(env.deliverAll());
        const auto entry = env.engine->outboxStore().byId(id);
        REQUIRE(entry);
        REQUIRE(mastodon::scheduledOnServerAt(*entry, QDateTime::currentMSecsSinceEpoch()) > 0);
        return *entry;
    };
    const auto scheduledTexts = [&] {
        QStringList texts;
        for (const auto &p : env.server.scheduled())
            texts << p.text;
        return texts;
    };

    // Edited: the new version takes the held one's place.
    const OutboxEntry held = schedule(QStringLiteral("Fijne feestdagen"));
    mastodon::PostDraft edited = mastodon::draftOf(held.payload);
    edited.text = QStringLiteral("Fijne feestdagen, allemaal!");
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"),
                mastodon::replacing(mastodon::postPayload(edited), held)) > 0);
    env.engine->outbox().discard(held.id);
    REQUIRE(env.deliverAll());
    CHECK(scheduledTexts() == QStringList { "Fijne feestdagen, allemaal!" });
    CHECK(env.server.actions().contains(QStringLiteral("unschedule ") + held.remoteId));
    CHECK(env.server.posted().isEmpty());

    // Cancelled.
    const auto newest = [&] {
        OutboxEntry last;
        for (const OutboxEntry &e : env.engine->outboxStore().all())
            last = e.id > last.id ? e : last;
        return last;
    };
    const OutboxEntry replacement = newest();
    REQUIRE(mastodon::scheduledOnServerAt(replacement, QDateTime::currentMSecsSinceEpoch()) > 0);
    REQUIRE(env.engine->outbox().enqueue(env.account, QLatin1String(mastodon::UnscheduleAction),
                mastodon::unschedulePayload(replacement)) > 0);
    REQUIRE(env.deliverAll());
    CHECK(scheduledTexts().isEmpty());
    CHECK(newest().state == OutboxEntry::State::Sent);

    // Appeared before the edit reached the server: the edit is not sent as a second post.
    const OutboxEntry published = schedule(QStringLiteral("Al verschenen"));
    env.server.publishScheduled(published.remoteId);
    mastodon::PostDraft late = mastodon::draftOf(published.payload);
    late.text = QStringLiteral("Al verschenen, verbeterd");
    REQUIRE(env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"),
                mastodon::replacing(mastodon::postPayload(late), published)) > 0);
    REQUIRE(env.deliverAll());
    CHECK(newest().state == OutboxEntry::State::Failed);
    CHECK(newest().lastError.contains(QStringLiteral("appeared already")));
    REQUIRE(env.server.posted().size() == 1);
    CHECK(env.server.posted().first().text == QStringLiteral("Al verschenen"));
}

TEST_CASE("Mastodon outbox: a thread written offline goes out in order, each post answering the one before",
    "[mastodon][outbox]")
{
    WriteEnv env;
    env.engine->outbox().setOnline(false);
    const auto queue = [&](const QString &text, qint64 after) {
        mastodon::PostDraft draft;
        draft.text = text;
        draft.inReplyToEntry = after;
        const qint64 id = env.engine->outbox().enqueue(env.account, QStringLiteral("mastodon.post"), mastodon::postPayload(draft));
        REQUIRE(id > 0);
        return id;
    };
    const qint64 first = queue(QStringLiteral("Draadje over leren, 1/3"), 0);
    const qint64 second = queue(QStringLiteral("2/3"), first);
    queue(QStringLiteral("3/3"), second);
    REQUIRE(env.deliverAll());
    auto posted = env.server.posted();
    REQUIRE(posted.size() == 3);
    CHECK(posted.at(0).inReplyTo.isEmpty());
    CHECK(posted.at(1).inReplyTo == posted.at(0).id);
    CHECK(posted.at(2).inReplyTo == posted.at(1).id);

    // The first refused: the answer waits for it, and goes once it went.
    env.server.setRefusePosts(QStringLiteral("Validation failed: Text can't be blank"));
    const qint64 refused = queue(QStringLiteral("Nog een draadje"), 0);
    const qint64 answer = queue(QStringLiteral("met een vervolg"), refused);
    env.engine->outbox().setOnline(true);
    env.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] {
        const auto e = env.engine->outboxStore().byId(answer);
        return e && e->lastError.contains(QStringLiteral("Waits for the post it answers"));
    }, 10000));
    CHECK(env.engine->outboxStore().byId(refused)->state == OutboxEntry::State::Failed);
    CHECK(env.server.posted().size() == 3);
    env.server.setRefusePosts({});
    env.engine->outbox().retry(refused);
    env.engine->outbox().retry(answer);
    REQUIRE(env.deliverAll());
    posted = env.server.posted();
    REQUIRE(posted.size() == 5);
    CHECK(posted.at(4).inReplyTo == posted.at(3).id);

    // Its post cancelled: the answer says so and waits for the user.
    env.engine->outbox().setOnline(false);
    const qint64 gone = queue(QStringLiteral("Toch niet"), 0);
    const qint64 orphan = queue(QStringLiteral("vervolg zonder begin"), gone);
    env.engine->outbox().discard(gone);
    REQUIRE(env.deliverAll());
    CHECK(env.engine->outboxStore().byId(orphan)->state == OutboxEntry::State::Failed);
    CHECK(env.engine->outboxStore().byId(orphan)->lastError.contains(QStringLiteral("cancelled")));
    CHECK(env.server.posted().size() == 5);
}
