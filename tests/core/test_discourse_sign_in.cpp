// Signing in to a forum with a User API Key, against the scripted forum on
// 127.0.0.1 with a real RSA key pair: the address for the browser, the
// payload decrypted whether it came on the redirect or was pasted, a payload
// for another request refused, the key kept in the keychain and sent only as
// a header, revoked on sign-out; the admin key alternative; and what a
// signed-in user reads: members-only categories, new, unread and messages.
#include "DiscourseProfile.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "accounts/SecretStore.h"
#include "model/Column.h"
#include "net/HttpClient.h"
#include "sources/discourse/DiscourseAccountSetup.h"
#include "sources/discourse/DiscourseHttp.h"
#include "sources/discourse/DiscourseUserApiKey.h"
#include "store/ColumnStore.h"
#include "store/SourceStore.h"

#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

std::pair<bool, QString> removeAccount(Engine &engine, qint64 id)
{
    std::optional<std::pair<bool, QString>> result;
    engine.accounts().remove(id, [&](bool ok, const QString &error) { result = std::make_pair(ok, error); });
    REQUIRE(waitUntil([&] { return result.has_value(); }, 10000));
    return *result;
}

} // namespace

TEST_CASE("A User API Key request asks the forum for what Gilde needs", "[discourse][signin]")
{
    const auto request = DiscourseUserApiKey::create();
    REQUIRE(request);
    const QUrl url = request->authorizationUrl(QUrl(QStringLiteral("https://forum.example.org/community")));
    CHECK(url.path() == QStringLiteral("/community/user-api-key/new"));
    const QUrlQuery query(url);
    CHECK(query.queryItemValue(QStringLiteral("application_name")) == QStringLiteral("Gilde"));
    CHECK(query.queryItemValue(QStringLiteral("scopes"), QUrl::FullyDecoded)
        == QStringLiteral("read,write,notifications,session_info"));
    CHECK(query.queryItemValue(QStringLiteral("nonce")) == request->nonce());
    CHECK(query.queryItemValue(QStringLiteral("client_id")) == request->clientId());
    // The PEM arrives whole: its '+' is not read as a space.
    CHECK(query.queryItemValue(QStringLiteral("public_key"), QUrl::FullyDecoded).toLatin1() == request->publicKeyPem());
    CHECK(request->publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    CHECK_FALSE(query.hasQueryItem(QStringLiteral("auth_redirect")));
    // Every request is its own.
    const auto other = DiscourseUserApiKey::create();
    REQUIRE(other);
    CHECK(other->nonce() != request->nonce());
    CHECK(other->publicKeyPem() != request->publicKeyPem());
}

TEST_CASE("The forum's payload is decrypted, from the redirect or pasted", "[discourse][signin]")
{
    DiscourseProfile env;
    const auto request = DiscourseUserApiKey::create();
    REQUIRE(request);

    SECTION("shown by the forum and pasted")
    {
        const HttpResult page = env.approve(request->authorizationUrl(env.server.base()));
        REQUIRE(page.outcome == HttpResult::Outcome::Ok);
        const QString payload = env.server.lastPayload();
        CHECK(payload.contains(u'\n')); // as the forum shows it, over several lines
        CHECK(request->isWholePayload(payload));
        CHECK_FALSE(request->isWholePayload(payload.left(100)));
        QString error;
        const auto key = request->keyFromPayload(payload, &error);
        INFO(error.toStdString());
        REQUIRE(key);
        CHECK(env.server.activeUserApiKeys() == QStringList { *key });
        // Pasted from an address bar: escaped, or with '+' turned into spaces.
        CHECK(request->keyFromPayload(QStringLiteral("payload=") + QString::fromLatin1(QUrl::toPercentEncoding(payload))) == key);
        QString spaced = payload;
        spaced.replace(u'+', u' ');
        CHECK(request->keyFromPayload(spaced) == key);
    }
    SECTION("on the redirect to a loopback address")
    {
        TestHttpServer receiver;
        REQUIRE(receiver.listen());
        receiver.route("/discourse-signed-in", TestResponse::ok("<html>Signed in</html>", "text/html"));
        env.approve(request->authorizationUrl(env.server.base(), receiver.url(QStringLiteral("/discourse-signed-in"))));
        const QList<TestRequest> came = receiver.requests();
        REQUIRE(came.size() == 1);
        const QByteArray query = came.first().path.mid(came.first().path.indexOf('?') + 1);
        const QString payload = QUrlQuery(QString::fromLatin1(query)).queryItemValue(QStringLiteral("payload"), QUrl::FullyDecoded);
        const auto key = request->keyFromPayload(payload);
        REQUIRE(key);
        CHECK(env.server.activeUserApiKeys().contains(*key));
    }
    SECTION("a payload for another request is refused")
    {
        const auto other = DiscourseUserApiKey::create();
        REQUIRE(other);
        env.approve(other->authorizationUrl(env.server.base()));
        QString error;
        CHECK_FALSE(request->keyFromPayload(env.server.lastPayload(), &error));
        CHECK(error.contains(QStringLiteral("another request")));
    }
    SECTION("a payload with another nonce is refused")
    {
        QUrl url = request->authorizationUrl(env.server.base());
        url.setQuery(url.query(QUrl::FullyEncoded).replace(request->nonce(), QStringLiteral("0123456789abcdef")), QUrl::StrictMode);
        env.approve(url);
        QString error;
        CHECK_FALSE(request->keyFromPayload(env.server.lastPayload(), &error));
        CHECK(error.contains(QStringLiteral("another request")));
    }
    SECTION("text that is no payload")
    {
        QString error;
        CHECK_FALSE(request->keyFromPayload(QStringLiteral("not base64 at all!"), &error));
        CHECK_FALSE(error.isEmpty());
        CHECK_FALSE(request->keyFromPayload(QStringLiteral("aGVsbG8="), &error));
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("A forum account keeps its key in the keychain, sends it as a header, and revokes it on sign-out", "[discourse][signin]")
{
    DiscourseProfile env(QStringLiteral("/forum"));
    const auto request = DiscourseUserApiKey::create();
    REQUIRE(request);
    env.approve(request->authorizationUrl(env.server.base()));
    const auto key = request->keyFromPayload(env.server.lastPayload());
    REQUIRE(key);

    DiscourseCredentials credentials;
    credentials.userApiKey = *key;
    const Accounts::AddResult added = env.addAccount(QUrl(env.server.base().toString() + u'/'), credentials);
    INFO(added.error.toStdString());
    REQUIRE(added.id > 0);
    CHECK(added.account.kind == QStringLiteral("discourse"));
    CHECK(added.account.userName == DiscourseServer::signedInUser());
    CHECK(added.account.server == env.server.base());
    // In the keychain, not in the profile; on the wire as a header, never in an address.
    std::optional<QString> kept;
    env.engine->secrets().read(env.engine->accounts().secretKey(added.id),
        [&](bool ok, const QString &secret, const QString &) { kept = ok ? secret : QString(); });
    REQUIRE(waitUntil([&] { return kept.has_value(); }, 10000));
    CHECK(DiscourseCredentials::fromSecret(*kept).userApiKey == *key);
    const QList<TestRequest> asked = env.server.http().requests("/forum/session/current.json");
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().header("User-Api-Key") == key->toUtf8());
    for (const TestRequest &r : env.server.http().requests())
        CHECK_FALSE(r.path.contains(key->toUtf8()));

    // Signing out revokes the key on the forum.
    const auto removed = removeAccount(*env.engine, added.id);
    CHECK(removed.first);
    CHECK(removed.second.isEmpty());
    CHECK(env.server.activeUserApiKeys().isEmpty());
    CHECK_FALSE(env.engine->accounts().byId(added.id));
}

TEST_CASE("A key the forum does not know is refused, and sign-out offline still signs out", "[discourse][signin]")
{
    DiscourseProfile env;
    DiscourseCredentials wrong;
    wrong.userApiKey = QStringLiteral("not-a-key");
    const Accounts::AddResult refused = env.addAccount(env.server.base(), wrong);
    CHECK(refused.id == 0);
    CHECK(refused.error.contains(QStringLiteral("does not accept")));
    CHECK(env.engine->accounts().ofKind(QStringLiteral("discourse")).isEmpty());

    // An admin key acts as the user it names.
    env.server.setAdminKey(QStringLiteral("admin-secret"));
    DiscourseCredentials admin;
    admin.apiKey = QStringLiteral("admin-secret");
    admin.apiUsername = QStringLiteral("bob");
    const Accounts::AddResult added = env.addAccount(env.server.base(), admin);
    INFO(added.error.toStdString());
    REQUIRE(added.id > 0);
    CHECK(added.account.userName == QStringLiteral("bob"));
    const TestRequest asked = env.server.http().requests("/session/current.json").last();
    CHECK(asked.header("Api-Key") == "admin-secret");
    CHECK(asked.header("Api-Username") == "bob");
    CHECK(removeAccount(*env.engine, added.id).first);

    // A user key whose forum cannot be reached at sign-out: the account goes, and the user is told.
    const Accounts::AddResult signedIn = env.signIn().first;
    env.server.setFault("/user-api-key/revoke", TestResponse::error(502, "<html>Bad gateway</html>"));
    const auto removed = removeAccount(*env.engine, signedIn.id);
    CHECK(removed.first);
    CHECK(removed.second.contains(QStringLiteral("revoke")));
    CHECK_FALSE(env.engine->accounts().byId(signedIn.id));
}

TEST_CASE("Signed in, a forum's lists come as the user: a members' category too, public ones after a revoke", "[discourse][signin]")
{
    DiscourseProfile env;
    DiscourseServer::Category members { 8, QStringLiteral("Members"), QStringLiteral("members"), QStringLiteral("652D90") };
    members.restricted = true;
    env.server.addCategory(members);
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(8, 2, 800);
    env.server.addTopics(7, 2, 300);
    const qint64 privateList = env.follow(QStringLiteral("/c/members/8.json"), QStringLiteral("Members"));
    const qint64 publicList = env.follow(QStringLiteral("/c/news/7.json"), QStringLiteral("News"));
    // Anonymous: the members' list is refused in words.
    CHECK(env.refresh(privateList).contains(QStringLiteral("signed-in members")));

    const auto [added, credentials] = env.signIn();

    env.server.http().clearRecords();
    CHECK(env.refresh(privateList).isEmpty());
    CHECK(env.itemsOf(privateList).size() == 2);
    const QList<TestRequest> asked = env.server.http().requests("/c/members/8.json");
    REQUIRE_FALSE(asked.isEmpty());
    CHECK(asked.last().header("User-Api-Key") == credentials.userApiKey.toUtf8());

    // Revoked in the browser: the public list still comes, the members' one says why not.
    env.server.revokeUserApiKey(credentials.userApiKey);
    CHECK(env.refresh(publicList).isEmpty());
    CHECK(env.itemsOf(publicList).size() == 2);
    CHECK(env.refresh(privateList).contains(QStringLiteral("sign in to it again")));
    CHECK(env.itemsOf(privateList).size() == 2); // what was read stays
    CHECK(removeAccount(*env.engine, added.id).first);
}

TEST_CASE("Signing in adds a tab of the user's lists; signing out takes them, not the public ones", "[discourse][signin]")
{
    DiscourseProfile env(QStringLiteral("/forum"));
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(7, 6, 300); // 300, 303 new; 301, 304 unread
    env.server.addTopics(0, 2, 900); // the user's messages
    const auto [added, credentials] = env.signIn();
    env.server.addNotification({ 2, 301, 1, QStringLiteral("bob") });

    QList<qint64> sources;
    const qint64 tab = discourse::addAccountTab(env.engine->subscriptions(), env.engine->columns(), added.account, &sources);
    REQUIRE(tab > 0);
    REQUIRE(sources.size() == 5);
    const QList<Column> columns = env.engine->columns().columns(tab);
    REQUIRE(columns.size() == 5);
    CHECK(columns.at(1).title.startsWith(QStringLiteral("New")));
    CHECK(columns.at(3).title.startsWith(QStringLiteral("Notifications")));
    const auto titlesOf = [&](qint64 source) {
        QStringList out;
        for (const Item &i : env.itemsOf(source))
            out << i.title;
        out.sort();
        return out;
    };
    for (const qint64 s : sources) {
        INFO(env.engine->sources().byId(s)->url.toString().toStdString());
        CHECK(env.refresh(s).isEmpty());
    }
    CHECK(titlesOf(sources.at(0)).size() == 6); // the latest: no messages among them
    CHECK(titlesOf(sources.at(1)) == QStringList { QStringLiteral("Topic 300"), QStringLiteral("Topic 303") });
    CHECK(titlesOf(sources.at(2)) == QStringList { QStringLiteral("Topic 301"), QStringLiteral("Topic 304") });
    CHECK(titlesOf(sources.at(3)) == QStringList { QStringLiteral("bob replied to you in “Topic 301”") });
    CHECK(titlesOf(sources.at(4)) == QStringList { QStringLiteral("Topic 900"), QStringLiteral("Topic 901") });

    // Signed out: the user's lists and their columns go; the latest topics stay, read as anyone.
    CHECK(removeAccount(*env.engine, added.id).first);
    CHECK(env.engine->sources().byId(sources.at(0)));
    for (int i = 1; i < 5; ++i)
        CHECK_FALSE(env.engine->sources().byId(sources.at(i)));
    CHECK(env.engine->columns().columns(tab).size() == 1);
    CHECK(env.refresh(sources.at(0)).isEmpty());
}
