// Mastodon through the whole engine, against a scripted server on 127.0.0.1:
// sign-in with PKCE, the account's tab, timelines into the cache, public
// streams from an address, and what a refused token, a 500 or a 429 do.
#include "Engine.h"
#include "MastodonProfile.h"
#include "MastodonServer.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "model/Column.h"
#include "net/HttpClient.h"
#include "sources/feeds/Subscriptions.h"
#include "sources/mastodon/MastodonAccountSetup.h"
#include "sources/mastodon/MastodonSignIn.h"
#include "store/ColumnStore.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

/// Requests to a path, whatever their query.
QList<TestRequest> requestsTo(MastodonServer &server, const QByteArray &path)
{
    QList<TestRequest> out;
    for (const TestRequest &r : server.http().requests()) {
        if (r.path == path || r.path.startsWith(path + '?'))
            out << r;
    }
    return out;
}

} // namespace

TEST_CASE("Mastodon engine: sign-in with PKCE, then the account's tab fills on the first refresh",
    "[mastodon][engine]")
{
    MastodonProfile env;
    env.server.setTimeline("/api/v1/timelines/home", 55);
    env.server.setNotifications();

    MastodonSignIn signIn(env.engine->http(), env.server.server());
    const QString redirect = MastodonSignIn::outOfBandRedirect();
    std::optional<bool> registered;
    signIn.registerApp({ redirect }, [&](bool ok, const QString &) { registered = ok; });
    REQUIRE(waitUntil([&] { return registered.has_value(); }));
    REQUIRE(*registered);

    const QUrl authorization = signIn.authorizationUrl(redirect);
    const QUrlQuery query(authorization);
    CHECK(query.queryItemValue(QStringLiteral("code_challenge_method")) == QStringLiteral("S256"));
    CHECK(query.queryItemValue(QStringLiteral("client_id")) == QStringLiteral("client-1"));
    const QString code = env.server.authorize(authorization);
    REQUIRE_FALSE(code.isEmpty());

    std::optional<QString> token;
    signIn.exchangeCode(code, redirect, [&](bool ok, const QString &t, const QString &error) {
        INFO(error.toStdString());
        token = ok ? t : QString();
    });
    REQUIRE(waitUntil([&] { return token.has_value(); }));
    CHECK(*token == env.server.token());
    // The server saw the verifier, never the other way round.
    CHECK(env.server.lastTokenRequest().contains("code_verifier="));
    CHECK_FALSE(authorization.toString().contains(QStringLiteral("code_verifier")));

    const Accounts::AddResult added = env.addAccount(*token);
    INFO(added.error.toStdString());
    REQUIRE(added.id > 0);
    CHECK(added.account.kind == QStringLiteral("mastodon"));
    CHECK(added.account.userName == QStringLiteral("noiob@127.0.0.1"));

    QList<qint64> sources;
    const qint64 tab = mastodon::addAccountTab(
        env.engine->subscriptions(), env.engine->columns(), added.account, &sources);
    REQUIRE(tab > 0);
    REQUIRE(sources.size() == 2);
    const QList<Column> columns = env.engine->columns().columns(tab);
    REQUIRE(columns.size() == 2);
    CHECK(columns[0].title == QStringLiteral("Home"));
    CHECK(columns[1].title == QStringLiteral("Notifications"));

    env.refresh(sources);
    CHECK(env.itemsOf(sources[0]) == 40); // one page; older ones come when the user scrolls there
    CHECK(env.itemsOf(sources[1]) == 5);
    const QList<TestRequest> home = requestsTo(env.server, "/api/v1/timelines/home");
    REQUIRE_FALSE(home.isEmpty());
    CHECK(home.last().header("authorization") == "Bearer " + env.server.token().toUtf8());
    CHECK(home.last().path.contains("limit=40"));
    CHECK_FALSE(home.last().path.contains("account="));

    // Signing out takes the account's timelines and its tab.
    bool removed = false;
    env.engine->accounts().remove(added.id, [&](bool ok, const QString &) { removed = ok; });
    REQUIRE(waitUntil([&] { return removed; }));
    CHECK_FALSE(env.engine->sources().byId(sources[0]));
    CHECK(env.engine->columns().columns(tab).isEmpty());
}

TEST_CASE("Mastodon engine: a code is exchanged only with its own verifier", "[mastodon][engine]")
{
    MastodonProfile env;
    const QString redirect = MastodonSignIn::outOfBandRedirect();
    MastodonSignIn first(env.engine->http(), env.server.server());
    MastodonSignIn second(env.engine->http(), env.server.server());
    int registered = 0;
    first.registerApp({ redirect }, [&](bool ok, const QString &) { registered += ok; });
    second.registerApp({ redirect }, [&](bool ok, const QString &) { registered += ok; });
    REQUIRE(waitUntil([&] { return registered == 2; }));
    const QString code = env.server.authorize(first.authorizationUrl(redirect));
    std::optional<QString> error;
    second.exchangeCode(code, redirect, [&](bool ok, const QString &, const QString &e) { error = ok ? QString() : e; });
    REQUIRE(waitUntil([&] { return error.has_value(); }));
    CHECK(error->contains(QStringLiteral("grant is invalid")));
}

TEST_CASE("Mastodon engine: a token the server refuses is not kept", "[mastodon][engine]")
{
    MastodonProfile env;
    const Accounts::AddResult r = env.addAccount(QStringLiteral("not-the-token"));
    CHECK(r.id == 0);
    CHECK(r.error.contains(QStringLiteral("does not accept this token")));
    CHECK(env.engine->accounts().all().isEmpty());
}

TEST_CASE("Mastodon engine: a revoked token (401 or 422) asks to sign in again and keeps what was read",
    "[mastodon][engine]")
{
    const auto fault = GENERATE(MastodonServer::TokenFault::Unauthorized401, MastodonServer::TokenFault::Unprocessable422);
    MastodonProfile env;
    env.server.setTimeline("/api/v1/timelines/home", 10);
    env.server.setNotifications();
    const Accounts::AddResult added = env.addAccount(env.server.token());
    REQUIRE(added.id > 0);
    QList<qint64> sources;
    mastodon::addAccountTab(env.engine->subscriptions(), env.engine->columns(), added.account, &sources);
    env.refresh(sources);
    REQUIRE(env.itemsOf(sources[0]) == 10);

    env.server.setTokenFault(fault);
    env.refresh(sources);
    const auto home = env.engine->sources().byId(sources[0]);
    REQUIRE(home);
    CHECK(home->lastError.contains(QStringLiteral("sign in again")));
    CHECK(env.itemsOf(sources[0]) == 10);
}

TEST_CASE("Mastodon engine: a hashtag from its address reads without an account; 500 and 429 are said",
    "[mastodon][engine]")
{
    MastodonProfile env;
    env.server.setTimeline("/api/v1/timelines/tag/gilde", 12);
    std::optional<Subscriptions::Probe> probe;
    env.engine->subscriptions().probeText(env.server.url(QStringLiteral("/tags/gilde")).toString(),
        [&](const Subscriptions::Probe &p) { probe = p; });
    REQUIRE(waitUntil([&] { return probe.has_value(); }));
    INFO(probe->error.toStdString());
    REQUIRE(probe->feeds.size() == 1);
    const DiscoveredFeed timeline = probe->feeds.first();
    CHECK(timeline.sourceKind == QStringLiteral("mastodon"));
    CHECK(timeline.title == QStringLiteral("#gilde"));

    const qint64 id = env.engine->subscriptions().subscribe(timeline.url, timeline.title, {}, timeline.sourceKind);
    REQUIRE(id > 0);
    env.refresh({ id });
    CHECK(env.itemsOf(id) == 12);
    const QList<TestRequest> asked = requestsTo(env.server, "/api/v1/timelines/tag/gilde");
    REQUIRE_FALSE(asked.isEmpty());
    CHECK(asked.last().header("authorization").isEmpty());

    env.server.setFault("/api/v1/timelines/tag/gilde", TestResponse::error(500, "{\"error\":\"Something broke\"}"));
    env.refresh({ id });
    auto source = env.engine->sources().byId(id);
    REQUIRE(source);
    CHECK(source->lastError.contains(QStringLiteral("Something broke")));
    CHECK(env.itemsOf(id) == 12);

    env.server.setFault("/api/v1/timelines/tag/gilde", TestResponse::error(429).header("Retry-After", "600"));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    env.refresh({ id });
    source = env.engine->sources().byId(id);
    REQUIRE(source);
    CHECK(source->errorCount >= 1);
    CHECK(source->nextRefreshMs >= before + 600 * 1000);
}

TEST_CASE("Mastodon engine: a person's page is their posts; a blog's tag page stays a feed question",
    "[mastodon][engine]")
{
    MastodonProfile env;
    std::optional<Subscriptions::Probe> probe;
    env.engine->subscriptions().probeText(env.server.url(QStringLiteral("/@noiob")).toString(),
        [&](const Subscriptions::Probe &p) { probe = p; });
    REQUIRE(waitUntil([&] { return probe.has_value(); }));
    INFO(probe->error.toStdString());
    REQUIRE(probe->feeds.size() == 1);
    CHECK(probe->feeds.first().url.path() == QStringLiteral("/api/v1/accounts/23634/statuses"));
    CHECK(probe->feeds.first().title == QStringLiteral("ikea shark fan account (@noiob@awoo.space)"));

    probe.reset();
    env.engine->subscriptions().probeText(env.server.url(QStringLiteral("/@nobody")).toString(),
        [&](const Subscriptions::Probe &p) { probe = p; });
    REQUIRE(waitUntil([&] { return probe.has_value(); }));
    CHECK(probe->error.contains(QStringLiteral("has no account @nobody")));

    // Not a Mastodon server: the address is asked as a web page for its feeds.
    TestHttpServer blog;
    REQUIRE(blog.listen());
    blog.route("/tags/cooking", TestResponse::ok("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                                                 "href=\"/tags/cooking.xml\"></head></html>",
                                    "text/html"));
    probe.reset();
    env.engine->subscriptions().probeText(blog.url(QStringLiteral("/tags/cooking")).toString(),
        [&](const Subscriptions::Probe &p) { probe = p; });
    REQUIRE(waitUntil([&] { return probe.has_value(); }));
    REQUIRE(probe->feeds.size() == 1);
    CHECK(probe->feeds.first().sourceKind == QStringLiteral("feed"));
    CHECK(probe->feeds.first().url.path() == QStringLiteral("/tags/cooking.xml"));
}

TEST_CASE("Mastodon engine: a search column holds the posts the server finds, and pages further", "[mastodon][engine]")
{
    MastodonProfile env;
    env.server.setSearchResults(QStringLiteral("leren & delen"), 50);
    const Accounts::AddResult added = env.addAccount(env.server.token());
    REQUIRE(added.id > 0);
    const qint64 source = env.follow(MastodonTimeline::Kind::Search, added.id, QStringLiteral("leren & delen"));
    env.refresh({ source });
    QList<Item> found = env.listOf(source);
    REQUIRE(found.size() == 40);
    CHECK(found.first().text.contains(QStringLiteral("Over leren & delen, deel 50")));
    // The query went out as typed, for posts, as the account.
    bool asked = false;
    for (const TestRequest &r : env.server.http().requests()) {
        if (!r.path.startsWith("/api/v2/search"))
            continue;
        const QUrlQuery query(QUrl::fromEncoded("http://x" + r.path).query());
        CHECK(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded) == QStringLiteral("leren & delen"));
        CHECK(r.header("authorization") == "Bearer " + env.server.token().toUtf8());
        asked = true;
    }
    CHECK(asked);

    QSignalSpy finished(&env.engine->sync(), &SyncEngine::refreshFinished);
    env.engine->sync().fetchOlder({ source });
    REQUIRE(waitUntil([&] { return finished.count() > 0; }, 10000));
    found = env.listOf(source);
    CHECK(found.size() == 50);
    CHECK(found.last().text.contains(QStringLiteral("deel 1")));
}
