// Mastodon timelines as sources: the address round-trips, carries its reading
// account, and what users type for a public stream is recognised (or not);
// a link in a post is a person's only when the post mentions them.
#include "model/Item.h"
#include "sources/mastodon/MastodonMentions.h"
#include "sources/mastodon/MastodonTimeline.h"

#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace gilde;
using Kind = MastodonTimeline::Kind;

namespace
{

MastodonTimeline make(Kind kind, const QString &arg = {}, qint64 account = 0)
{
    MastodonTimeline t;
    t.kind = kind;
    t.server = QUrl(QStringLiteral("https://social.example:8443"));
    t.arg = arg;
    t.accountId = account;
    return t;
}

} // namespace

TEST_CASE("Mastodon timeline: every kind round-trips through its source address", "[mastodon][timeline]")
{
    const QList<MastodonTimeline> all = {
        make(Kind::Home, {}, 3),
        make(Kind::Notifications, {}, 3),
        make(Kind::Mentions, {}, 3),
        make(Kind::Local),
        make(Kind::Federated),
        make(Kind::Hashtag, QStringLiteral("gilde")),
        make(Kind::List, QStringLiteral("12"), 4),
        make(Kind::Bookmarks, {}, 4),
        make(Kind::Favourites, {}, 4),
        make(Kind::Account, QStringLiteral("109302"), 0),
        make(Kind::Search, QStringLiteral("leren"), 4),
        // What a query may hold survives: operators, spaces, '+', '&', '#', '%'.
        make(Kind::Search, QStringLiteral("c++ & \"open source\" #leren 100% from:@anna"), 4),
    };
    for (const MastodonTimeline &t : all) {
        const QUrl url = t.sourceUrl();
        INFO(url.toString().toStdString());
        const auto back = MastodonTimeline::fromSourceUrl(url);
        REQUIRE(back);
        CHECK(back->kind == t.kind);
        CHECK(back->arg == t.arg);
        CHECK(back->accountId == t.accountId);
        CHECK(back->server == t.server);
        // The account never goes out with a request.
        CHECK(back->apiUrl().fragment().isEmpty());
    }
    CHECK(make(Kind::Home, {}, 3).sourceUrl().toString()
        == QStringLiteral("https://social.example:8443/api/v1/timelines/home#account=3"));
    CHECK(make(Kind::Local).apiUrl().toString()
        == QStringLiteral("https://social.example:8443/api/v1/timelines/public?local=true"));
    CHECK(make(Kind::Hashtag, QStringLiteral("gilde")).webUrl().toString()
        == QStringLiteral("https://social.example:8443/tags/gilde"));
    // A search asks for posts only, and is the account's own.
    const QUrl search = make(Kind::Search, QStringLiteral("a&b"), 4).apiUrl();
    CHECK(search.path() == QStringLiteral("/api/v2/search"));
    CHECK(QUrlQuery(search).queryItemValue(QStringLiteral("type")) == QStringLiteral("statuses"));
    CHECK(QUrlQuery(search).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded) == QStringLiteral("a&b"));
    CHECK_FALSE(MastodonTimeline::fromSourceUrl(make(Kind::Search, QStringLiteral("x"), 0).sourceUrl()));
    CHECK_FALSE(MastodonTimeline::fromSourceUrl(make(Kind::Search, QStringLiteral("  "), 4).sourceUrl()));
}

TEST_CASE("Mastodon timeline: two accounts on one server have their own Home", "[mastodon][timeline]")
{
    CHECK(make(Kind::Home, {}, 1).sourceUrl() != make(Kind::Home, {}, 2).sourceUrl());
}

TEST_CASE("Mastodon timeline: addresses that are not one are refused", "[mastodon][timeline]")
{
    for (const char *bad : {
             "https://social.example/api/v1/timelines/home", // an account's own, without the account
             "https://social.example/api/v1/timelines/tag/a%2Fb",
             "https://social.example/api/v1/timelines/tag/",
             "https://social.example/api/v1/accounts/1/followers",
             "https://social.example/feed.xml",
             "javascript:alert(1)",
             "https://social.example/api/v1/timelines/home#account=-1",
         }) {
        INFO(bad);
        CHECK_FALSE(MastodonTimeline::fromSourceUrl(QUrl(QString::fromLatin1(bad))));
    }
}

TEST_CASE("Mastodon address: what people type for a public stream", "[mastodon][timeline]")
{
    using A = MastodonAddress::Kind;
    struct Case {
        const char *text;
        A kind;
        const char *server;
        const char *value;
    };
    const Case cases[] = {
        { "@Gargron@mastodon.social", A::Account, "https://mastodon.social", "Gargron" },
        { "Gargron@mastodon.social", A::Account, "https://mastodon.social", "Gargron" },
        { "https://mastodon.social/@Gargron", A::Account, "https://mastodon.social", "Gargron" },
        { "https://mastodon.social/@someone@other.example", A::Account, "https://mastodon.social",
            "someone@other.example" },
        { "https://gts.example/users/anna", A::Account, "https://gts.example", "anna" },
        { "mastodon.social/tags/opensource", A::Hashtag, "https://mastodon.social", "opensource" },
        { "https://mastodon.social/public/local", A::Local, "https://mastodon.social", "" },
        { "http://127.0.0.1:8080/public", A::Federated, "http://127.0.0.1:8080", "" },
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const auto a = MastodonAddress::parse(QString::fromUtf8(c.text));
        REQUIRE(a);
        CHECK(a->kind == c.kind);
        CHECK(a->server == QUrl(QString::fromUtf8(c.server)));
        CHECK(a->value == QString::fromUtf8(c.value));
    }
    for (const char *not_ : { "https://blog.example/2024/05/post", "example.org", "@nobody", "a b@c d",
             "https://x.example/tags/a/b", "ftp://x.example/@me" }) {
        INFO(not_);
        CHECK_FALSE(MastodonAddress::parse(QString::fromUtf8(not_)));
    }
}

TEST_CASE("A link in a post names a person only when the post mentions them", "[mastodon][timeline]")
{
    Item post;
    post.kind = QStringLiteral("status");
    post.meta = QStringLiteral(R"({"status":"9","mentions":["anna","bob@other.example","carla@example.org"]})");
    const QUrl reading(QStringLiteral("https://social.example"));
    const auto acct = [&](const char *link) {
        return mastodon::mentionedAcct(post, QUrl(QString::fromUtf8(link)), reading);
    };
    CHECK(acct("https://social.example/@anna") == QStringLiteral("anna")); // the reading server's own user
    CHECK(acct("https://other.example/@bob") == QStringLiteral("bob@other.example"));
    CHECK(acct("https://other.example/users/bob") == QStringLiteral("bob@other.example")); // Pleroma, Akkoma
    CHECK(acct("https://OTHER.example/@Bob") == QStringLiteral("bob@other.example"));
    CHECK(acct("https://social.example/@bob@other.example") == QStringLiteral("bob@other.example"));
    // Served from a subdomain of the acct's domain.
    CHECK(acct("https://social.example.org/@carla") == QStringLiteral("carla@example.org"));
    // Not mentioned, though shaped like a profile; or not a profile at all.
    CHECK(acct("https://video.example/@anna").isEmpty()); // another anna
    CHECK(acct("https://video.example/@channel").isEmpty());
    CHECK(acct("https://other.example/@bob/12345").isEmpty()); // a post of bob's
    CHECK(acct("https://other.example/tags/bob").isEmpty());
    post.meta.clear();
    CHECK(acct("https://other.example/@bob").isEmpty());
}
