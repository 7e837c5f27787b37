// Live timelines over the streaming API, against a scripted server on
// 127.0.0.1: one connection per account with every stream its timelines
// need, the token in a header, posts and notifications into the cache as
// they come, a dropped stream reconnected and what it missed fetched by the
// pages (with the gap filled), and a server without streaming simply polled.
#include "Engine.h"
#include "MastodonServer.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "model/Column.h"
#include "sources/feeds/Subscriptions.h"
#include "sources/mastodon/MastodonAccountSetup.h"
#include "sources/mastodon/MastodonStreams.h"
#include "sources/mastodon/MastodonTimeline.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "store/TimelineStore.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct StreamEnv {
    MastodonServer server;
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
    Account account;
    qint64 home = 0;
    qint64 notifications = 0;
    qint64 hashtag = 0;

    explicit StreamEnv(bool streaming)
    {
        REQUIRE(server.listen());
        if (streaming)
            REQUIRE(server.enableStreaming());
        else
            server.setNoStreaming();
        server.setTimeline("/api/v1/timelines/home", 40, 1000);
        server.setTimeline("/api/v1/timelines/tag/gilde", 5, 3000);
        server.setNotifications();
        REQUIRE(dir.isValid());
        Engine::Opened opened = Engine::open(dir.path());
        REQUIRE(opened.engine);
        engine = std::move(opened.engine);
        engine->accounts().setTimeoutMs(5000);
        std::optional<Accounts::AddResult> added;
        engine->accounts().addMastodon(
            server.server(), server.token(), [&](const Accounts::AddResult &r) { added = r; });
        REQUIRE(waitUntil([&] { return added.has_value(); }, 10000));
        INFO(added->error.toStdString());
        REQUIRE(added->id > 0);
        account = added->account;
        QList<qint64> sources;
        REQUIRE(mastodon::addAccountTab(engine->subscriptions(), engine->columns(), account, &sources) > 0);
        REQUIRE(sources.size() == 2);
        home = sources[0];
        notifications = sources[1];
        MastodonTimeline tag;
        tag.kind = MastodonTimeline::Kind::Hashtag;
        tag.server = server.server();
        tag.arg = QStringLiteral("gilde");
        tag.accountId = account.id;
        hashtag = engine->subscriptions().subscribe(tag.sourceUrl(), QStringLiteral("#gilde"), {}, QStringLiteral("mastodon"));
        REQUIRE(hashtag > 0);
        engine->streams().setRetryPauses(50, 200);
    }

    ~StreamEnv()
    {
        engine->streams().stop();
        bool done = false;
        engine->accounts().remove(account.id, [&](bool, const QString &) { done = true; });
        waitUntil([&] { return done; });
    }

    int itemsOf(qint64 sourceId)
    {
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Source;
        spec.sourceId = sourceId;
        return int(engine->items().page(spec, {}, 1000).size());
    }
};

QJsonObject mention(qint64 id, const QJsonObject &status)
{
    return QJsonObject { { QStringLiteral("id"), QString::number(id) }, { QStringLiteral("type"), QStringLiteral("mention") },
        { QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("account"), status.value(QLatin1String("account")) }, { QStringLiteral("status"), status } };
}

} // namespace

TEST_CASE("Mastodon streaming: one connection per account, posts and notifications into the cache as they come",
    "[mastodon][streaming]")
{
    StreamEnv env(true);
    QSignalSpy live(&env.engine->streams(), &MastodonStreams::liveChanged);
    env.engine->startStreaming();
    REQUIRE(waitUntil([&] { return env.engine->streams().isLive(env.account.id); }, 10000));
    REQUIRE(waitUntil([&] { return env.server.streamSubscriptions().size() == 2; }, 5000));
    CHECK(env.server.streamConnections() == 1);
    CHECK(env.server.streamSubscriptions() == QStringList { QStringLiteral("hashtag:gilde"), QStringLiteral("user") });
    // The token goes in a header, never in the address.
    CHECK(env.server.lastStreamAuthorization() == "Bearer " + env.server.token().toUtf8());
    CHECK(env.server.lastStreamUrl().path() == QStringLiteral("/api/v1/streaming"));
    CHECK_FALSE(env.server.lastStreamUrl().toString().contains(env.server.token()));
    // Opening the stream refreshed the timelines it carries.
    REQUIRE(waitUntil([&] { return env.itemsOf(env.home) == 40 && env.itemsOf(env.hashtag) == 5; }, 10000));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    env.server.sendStreamEvent(QStringLiteral("user"), QStringLiteral("update"),
        MastodonServer::status(1040, QStringLiteral("A live post"), now));
    REQUIRE(waitUntil([&] { return env.itemsOf(env.home) == 41; }, 5000));
    CHECK(env.engine->timelines().state(env.home).newest == QStringLiteral("1040"));
    CHECK(env.itemsOf(env.hashtag) == 5); // each stream to its own timelines

    const int before = env.itemsOf(env.notifications);
    env.server.sendStreamEvent(QStringLiteral("user"), QStringLiteral("notification"),
        mention(900, MastodonServer::status(1041, QStringLiteral("@you a question"), now)));
    REQUIRE(waitUntil([&] { return env.itemsOf(env.notifications) == before + 1; }, 5000));
    CHECK(env.itemsOf(env.home) == 41); // a notification is no post of Home

    env.server.sendStreamEvent(QStringLiteral("hashtag:gilde"), QStringLiteral("update"),
        MastodonServer::status(3005, QStringLiteral("Tagged #gilde"), now));
    REQUIRE(waitUntil([&] { return env.itemsOf(env.hashtag) == 6; }, 5000));

    // Noise on the stream changes nothing.
    env.server.sendStreamEvent(QStringLiteral("user"), QStringLiteral("delete"), QJsonObject {});
    env.server.sendStreamEvent(QStringLiteral("user"), QStringLiteral("filters_changed"), QJsonObject {});
    waitUntil([] { return false; }, 200);
    CHECK(env.itemsOf(env.home) == 41);
    CHECK(live.count() == 1);

    // A post its author deleted goes from the timelines that had it; one the
    // user starred stays theirs.
    env.server.sendStreamDelete(QStringLiteral("user"), QStringLiteral("1040"));
    REQUIRE(waitUntil([&] { return env.itemsOf(env.home) == 40; }, 5000));
    StreamSpec home;
    home.kind = StreamSpec::Kind::Source;
    home.sourceId = env.home;
    const QList<Item> rows = env.engine->items().page(home, {}, 1000);
    CHECK(std::none_of(rows.cbegin(), rows.cend(), [](const Item &i) { return i.remoteId == u"1040"; }));
    const auto starred = std::find_if(rows.cbegin(), rows.cend(), [](const Item &i) { return i.remoteId == u"1039"; });
    REQUIRE(starred != rows.cend());
    REQUIRE(env.engine->items().setStarred(starred->id, true));
    QSignalSpy refreshed(&env.engine->sync(), &SyncEngine::sourceRefreshed);
    env.server.sendStreamDelete(QStringLiteral("user"), QStringLiteral("1039"));
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }, 5000));
    CHECK(env.itemsOf(env.home) == 40);
    CHECK(env.engine->items().item(starred->id).has_value());
}

TEST_CASE("Mastodon streaming: a dropped stream reconnects and fetches what it missed, gap and all",
    "[mastodon][streaming]")
{
    StreamEnv env(true);
    QSignalSpy live(&env.engine->streams(), &MastodonStreams::liveChanged);
    env.engine->startStreaming();
    REQUIRE(waitUntil([&] { return env.engine->streams().isLive(env.account.id); }, 10000));
    REQUIRE(waitUntil([&] { return env.itemsOf(env.home) == 40; }, 10000));

    env.server.dropStreams();
    REQUIRE(waitUntil([&] { return !env.engine->streams().isLive(env.account.id); }, 5000));
    // While it was down, 160 posts came: more than a page.
    env.server.setTimeline("/api/v1/timelines/home", 200, 1000);
    REQUIRE(waitUntil([&] { return env.engine->streams().isLive(env.account.id); }, 10000));
    REQUIRE(waitUntil([&] { return env.itemsOf(env.home) == 200; }, 20000));
    REQUIRE(waitUntil([&] { return env.engine->timelines().state(env.home).gaps.isEmpty(); }, 5000));
    CHECK(env.engine->timelines().state(env.home).newest == QStringLiteral("1199"));
    CHECK(live.count() >= 3); // up, down, up again
    CHECK(env.server.streamSubscriptions() == QStringList { QStringLiteral("hashtag:gilde"), QStringLiteral("user") });
}

TEST_CASE("Mastodon streaming: timelines added and removed change the subscriptions of the open connection",
    "[mastodon][streaming]")
{
    StreamEnv env(true);
    env.engine->startStreaming();
    REQUIRE(waitUntil([&] { return env.server.streamSubscriptions().size() == 2; }, 10000));
    MastodonTimeline local;
    local.kind = MastodonTimeline::Kind::Local;
    local.server = env.server.server();
    local.accountId = env.account.id;
    const qint64 id = env.engine->subscriptions().subscribe(local.sourceUrl(), QStringLiteral("Local"), {}, QStringLiteral("mastodon"));
    REQUIRE(id > 0);
    REQUIRE(waitUntil([&] { return env.server.streamSubscriptions().contains(QStringLiteral("public:local")); }, 5000));
    REQUIRE(env.engine->subscriptions().unsubscribe(env.hashtag));
    REQUIRE(waitUntil([&] { return !env.server.streamSubscriptions().contains(QStringLiteral("hashtag:gilde")); }, 5000));
    CHECK(env.server.streamConnections() == 1);
}

TEST_CASE("Mastodon streaming: a server without streaming is polled, and nobody is told", "[mastodon][streaming]")
{
    StreamEnv env(false);
    QSignalSpy live(&env.engine->streams(), &MastodonStreams::liveChanged);
    env.engine->startStreaming();
    // It tries the server itself (which answers 404), and again later.
    REQUIRE(waitUntil(
        [&] {
            int tries = 0;
            for (const TestRequest &r : env.server.http().requests())
                tries += r.path.startsWith("/api/v1/streaming") ? 1 : 0;
            return tries >= 2;
        },
        10000));
    CHECK(live.isEmpty());
    QSignalSpy finished(&env.engine->sync(), &SyncEngine::refreshFinished);
    env.engine->sync().refresh({ env.home });
    REQUIRE(waitUntil([&] { return finished.count() > 0; }, 10000));
    CHECK(env.itemsOf(env.home) == 40);
    CHECK(env.engine->sources().byId(env.home)->lastError.isEmpty());
}

TEST_CASE("Mastodon streaming: which stream carries which timeline", "[mastodon][streaming]")
{
    const QUrl server(QStringLiteral("https://example.social"));
    auto key = [&](MastodonTimeline::Kind kind, const QString &arg = {}, qint64 account = 3) {
        MastodonTimeline t;
        t.kind = kind;
        t.server = server;
        t.arg = arg;
        t.accountId = account;
        return MastodonStreams::streamKeyOf(t.sourceUrl());
    };
    CHECK(key(MastodonTimeline::Kind::Home) == QStringLiteral("user"));
    CHECK(key(MastodonTimeline::Kind::Notifications) == QStringLiteral("user"));
    CHECK(key(MastodonTimeline::Kind::Mentions) == QStringLiteral("user"));
    CHECK(key(MastodonTimeline::Kind::Local) == QStringLiteral("public:local"));
    CHECK(key(MastodonTimeline::Kind::Federated) == QStringLiteral("public"));
    CHECK(key(MastodonTimeline::Kind::Hashtag, QStringLiteral("Gilde")) == QStringLiteral("hashtag:gilde"));
    CHECK(key(MastodonTimeline::Kind::List, QStringLiteral("12")) == QStringLiteral("list:12"));
    CHECK(key(MastodonTimeline::Kind::Bookmarks).isEmpty());
    // Read without an account: polled only.
    CHECK(key(MastodonTimeline::Kind::Hashtag, QStringLiteral("gilde"), 0).isEmpty());
    CHECK(MastodonStreams::streamKeyOf(QUrl(QStringLiteral("https://example.org/feed.xml"))).isEmpty());
}
