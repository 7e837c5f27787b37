// Statuses and notifications as cached items: what a row and the reader show,
// built from the documented entities, and nothing unsafe on the way.
#include "TestSupport.h"
#include "sources/mastodon/MastodonJson.h"
#include "sources/mastodon/MastodonWrites.h"
#include "sources/mastodon/StatusToItems.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "text/HiddenMedia.h"
#include "test_store_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

QJsonObject documented()
{
    return QJsonDocument::fromJson(fixture(QStringLiteral("mastodon/status.json"))).object();
}

/// A home timeline to cache statuses in.
qint64 addHome(SourceStore &sources)
{
    Source home;
    home.kind = QStringLiteral("mastodon");
    home.url = QUrl(QStringLiteral("https://social.example/api/v1/timelines/home#account=1"));
    const qint64 sourceId = sources.add(home);
    REQUIRE(sourceId > 0);
    return sourceId;
}

Item itemOf(const QJsonObject &status)
{
    const auto items = mastodon::itemsFromStatuses({ mastodon::status(status) }, 7);
    REQUIRE(items.size() == 1);
    return items.first();
}

} // namespace

TEST_CASE("Mastodon items: the documented status as a row and for the reader", "[mastodon][items]")
{
    const Item item = itemOf(documented());
    CHECK(item.sourceId == 7);
    CHECK(item.remoteId == QStringLiteral("103270115826048975"));
    CHECK(item.kind == QStringLiteral("status"));
    CHECK(item.author == QStringLiteral("Eugen (@Gargron)"));
    CHECK(item.title.isEmpty()); // a status has no title: the row shows its text
    CHECK(item.url == QStringLiteral("https://mastodon.social/@Gargron/103270115826048975"));
    CHECK(item.text.contains(QStringLiteral("inheritance")));
    CHECK(item.publishedMs > 0);
}

TEST_CASE("Mastodon items: a boost shows the boosted post and who boosted it", "[mastodon][items]")
{
    QJsonObject inner = documented();
    QJsonObject wrapper = documented();
    wrapper.insert(QStringLiteral("id"), QStringLiteral("900"));
    wrapper.insert(QStringLiteral("content"), QString());
    QJsonObject booster = wrapper.value(QLatin1String("account")).toObject();
    booster.insert(QStringLiteral("display_name"), QStringLiteral("Anna"));
    booster.insert(QStringLiteral("acct"), QStringLiteral("anna@elsewhere.example"));
    wrapper.insert(QStringLiteral("account"), booster);
    wrapper.insert(QStringLiteral("reblog"), inner);
    const Item item = itemOf(wrapper);
    CHECK(item.remoteId == QStringLiteral("900"));
    CHECK(item.author == QStringLiteral("Eugen (@Gargron), boosted by Anna"));
    CHECK(item.html.contains(QStringLiteral("Boosted by Anna")));
    CHECK(item.text.contains(QStringLiteral("inheritance")));
}

TEST_CASE("Mastodon items: what the reading account did to a post is kept, the boosted post's for a boost",
    "[mastodon][items]")
{
    const Item plain = itemOf(documented());
    for (const char *mark : { "favourited", "reblogged", "bookmarked" })
        CHECK_FALSE(mastodon::hasMark(plain, QLatin1String(mark)));

    QJsonObject inner = documented();
    inner.insert(QStringLiteral("favourited"), true);
    inner.insert(QStringLiteral("bookmarked"), true);
    QJsonObject wrapper = documented();
    wrapper.insert(QStringLiteral("id"), QStringLiteral("900"));
    wrapper.insert(QStringLiteral("reblog"), inner);
    wrapper.insert(QStringLiteral("reblogged"), QJsonValue::Null); // a server that leaves it out
    const Item boost = itemOf(wrapper);
    CHECK(mastodon::hasMark(boost, QLatin1String("favourited")));
    CHECK(mastodon::hasMark(boost, QLatin1String("bookmarked")));
    CHECK_FALSE(mastodon::hasMark(boost, QLatin1String("reblogged")));

    // Done or undone here until the next refresh says.
    Item undone = boost;
    undone.meta = mastodon::withMark(boost.meta, QLatin1String("favourited"), false);
    CHECK_FALSE(mastodon::hasMark(undone, QLatin1String("favourited")));
    CHECK(mastodon::hasMark(undone, QLatin1String("bookmarked")));
    CHECK(mastodon::statusIdOf(undone) == mastodon::statusIdOf(boost));
}

TEST_CASE("Mastodon items: custom emoji are pictures in the post, and leave plain-text names", "[mastodon][items]")
{
    QJsonObject s = documented();
    const QJsonArray emojis { QJsonObject { { QStringLiteral("shortcode"), QStringLiteral("blobcat") },
                                  { QStringLiteral("url"), QStringLiteral("https://files.example/e/blobcat.gif") },
                                  { QStringLiteral("static_url"), QStringLiteral("https://files.example/e/blobcat.png") } },
        QJsonObject { { QStringLiteral("shortcode"), QStringLiteral("evil") },
            { QStringLiteral("url"), QStringLiteral("javascript:alert(1)") } } };
    s.insert(QStringLiteral("emojis"), emojis);
    s.insert(QStringLiteral("content"),
        QStringLiteral("<p>Hallo :blobcat: en :unknown: en :evil: <a href=\"https://example.org/:blobcat:\">link</a></p>"));
    QJsonObject account = s.value(QLatin1String("account")).toObject();
    account.insert(QStringLiteral("display_name"), QStringLiteral("Anna :blobcat:"));
    account.insert(QStringLiteral("emojis"), emojis);
    s.insert(QStringLiteral("account"), account);

    const Item item = itemOf(s);
    // The still picture, the shortcode as its text; once, not in the address.
    CHECK(item.html.contains(QStringLiteral("src=\"https://files.example/e/blobcat.png\"")));
    CHECK(item.html.contains(QStringLiteral("alt=\":blobcat:\"")));
    CHECK(item.html.count(QStringLiteral("<img")) == 1);
    CHECK(item.html.contains(QStringLiteral("href=\"https://example.org/:blobcat:\"")));
    CHECK(item.html.contains(QStringLiteral(":unknown:"))); // not the server's: text
    CHECK_FALSE(item.html.contains(QStringLiteral("javascript")));
    CHECK(item.author.startsWith(QStringLiteral("Anna (@")));
}

TEST_CASE("Mastodon items: a content warning is the title; sensitive media are hidden pictures",
    "[mastodon][items]")
{
    QJsonObject s = documented();
    s.insert(QStringLiteral("spoiler_text"), QStringLiteral("spoilers for the finale"));
    s.insert(QStringLiteral("sensitive"), true);
    s.insert(QStringLiteral("media_attachments"),
        QJsonArray { QJsonDocument::fromJson(fixture(QStringLiteral("mastodon/media_image.json"))).object() });
    const Item item = itemOf(s);
    CHECK(item.title == QStringLiteral("Content warning: spoilers for the finale"));
    // The row's excerpt (the start of the text) does not give away what it warns about.
    CHECK(item.text.startsWith(QStringLiteral("Behind a content warning")));
    // The picture is marked hidden (the reader blurs it), in its address and its link's.
    const QRegularExpression hiddenImage(QStringLiteral("<a href=\"[^\"]+#%1\"><img src=\"[^\"]+#%1\"")
                                             .arg(QLatin1String(HiddenMediaFragment)));
    CHECK(item.html.contains(hiddenImage));
    CHECK(item.html.count(QStringLiteral("<img")) == 1);
    CHECK(item.html.contains(QStringLiteral("Sensitive media")));
    CHECK(item.thumbnail.isEmpty()); // the row shows none

    s.insert(QStringLiteral("sensitive"), false);
    const Item open = itemOf(s);
    CHECK(open.html.contains(QStringLiteral("<img")));
    CHECK_FALSE(open.html.contains(QLatin1String(HiddenMediaFragment)));
    CHECK_FALSE(open.thumbnail.isEmpty());
    CHECK(open.mediaJson.contains(QStringLiteral("\"type\":\"image\"")));
}

TEST_CASE("Mastodon items: polls show their results, cards their link", "[mastodon][items]")
{
    QJsonObject s = documented();
    s.insert(QStringLiteral("poll"), QJsonDocument::fromJson(fixture(QStringLiteral("mastodon/poll.json"))).object());
    s.insert(QStringLiteral("card"), QJsonObject { { QStringLiteral("url"), QStringLiteral("https://example.org/article") },
                                         { QStringLiteral("title"), QStringLiteral("An article") },
                                         { QStringLiteral("description"), QStringLiteral("About things") },
                                         { QStringLiteral("type"), QStringLiteral("link") } });
    s.insert(QStringLiteral("media_attachments"), QJsonArray());
    const Item item = itemOf(s);
    CHECK(item.html.contains(QStringLiteral("%</li>")));
    CHECK(item.html.contains(QStringLiteral("vote")));
    CHECK(item.html.contains(QStringLiteral("https://example.org/article")));
    CHECK(item.html.contains(QStringLiteral("An article")));
}

TEST_CASE("Mastodon items: a server filter hides or warns", "[mastodon][items]")
{
    QJsonObject hidden = documented();
    hidden.insert(QStringLiteral("filtered"),
        QJsonArray { QJsonObject { { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("title"), QStringLiteral("Politics") },
                { QStringLiteral("filter_action"), QStringLiteral("hide") } } } } });
    CHECK(mastodon::itemsFromStatuses({ mastodon::status(hidden) }, 1).isEmpty());

    QJsonObject warned = documented();
    warned.insert(QStringLiteral("filtered"),
        QJsonArray { QJsonObject { { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("title"), QStringLiteral("Politics") },
                { QStringLiteral("filter_action"), QStringLiteral("warn") } } } } });
    CHECK(itemOf(warned).title == QStringLiteral("Filtered: Politics"));
}

TEST_CASE("Mastodon items: hostile content is sanitized", "[mastodon][items]")
{
    QJsonObject s = documented();
    s.insert(QStringLiteral("content"),
        QStringLiteral("<p onclick=\"x()\">hi<script>alert(1)</script><a href=\"javascript:alert(2)\">link</a>"
                       "<form><input></form><iframe src=\"https://evil.example\">fallback</iframe></p>"));
    const Item item = itemOf(s);
    CHECK_FALSE(item.html.contains(QStringLiteral("script")));
    CHECK_FALSE(item.html.contains(QStringLiteral("onclick")));
    CHECK_FALSE(item.html.contains(QStringLiteral("javascript:")));
    CHECK_FALSE(item.html.contains(QStringLiteral("<form")));
    CHECK_FALSE(item.html.contains(QStringLiteral("<iframe")));
    CHECK(item.html.contains(QStringLiteral("fallback")));
}

TEST_CASE("Mastodon items: notifications say what happened", "[mastodon][items]")
{
    const QJsonObject account = QJsonDocument::fromJson(fixture(QStringLiteral("mastodon/account.json"))).object();
    const auto make = [&](const char *type, bool withStatus) {
        QJsonObject n { { QStringLiteral("id"), QStringLiteral("42") }, { QStringLiteral("type"), QLatin1String(type) },
            { QStringLiteral("created_at"), QStringLiteral("2024-05-01T09:30:00.000Z") },
            { QStringLiteral("account"), account } };
        if (withStatus)
            n.insert(QStringLiteral("status"), documented());
        const auto items = mastodon::itemsFromNotifications({ mastodon::notification(n) }, 2);
        REQUIRE(items.size() == 1);
        return items.first();
    };
    const Item favourite = make("favourite", true);
    CHECK(favourite.kind == QStringLiteral("notification"));
    CHECK(favourite.remoteId == QStringLiteral("42"));
    CHECK(favourite.title == QStringLiteral("ikea shark fan account favourited your post"));
    CHECK(favourite.text.contains(QStringLiteral("inheritance")));
    const Item mention = make("mention", true);
    CHECK(mention.title.isEmpty()); // the mention is the post itself
    const Item follow = make("follow", false);
    CHECK(follow.title == QStringLiteral("ikea shark fan account followed you"));
    CHECK(follow.url == QStringLiteral("https://awoo.space/@noiob"));
    // Whose column a notification leads to: who did it, when it says.
    CHECK(mastodon::authorOf(mention).acct == QStringLiteral("Gargron"));
    CHECK(mastodon::authorOf(follow).id == account.value(QLatin1String("id")).toString());
    CHECK(mastodon::authorOf(follow).acct == account.value(QLatin1String("acct")).toString());
    CHECK(mastodon::authorOf(favourite).id.isEmpty()); // its meta names the post's author: not who favourited
}

TEST_CASE("Mastodon items: a warned post's row, read back from the cache, keeps what it warns about hidden",
    "[mastodon][items]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sourceId = addHome(sources);

    QJsonObject s = documented();
    s.insert(QStringLiteral("spoiler_text"), QStringLiteral("finale"));
    REQUIRE(items.upsert(sourceId, mastodon::itemsFromStatuses({ mastodon::status(s) }, sourceId)).added == 1);
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = sourceId;
    const QList<Item> page = items.page(spec, {}, 10);
    REQUIRE(page.size() == 1);
    CHECK(page.first().text.startsWith(QStringLiteral("Behind a content warning")));
    CHECK_FALSE(page.first().text.contains(QStringLiteral("inheritance")));
    // The reader has it all.
    CHECK(items.item(page.first().id)->html.contains(QStringLiteral("inheritance")));
}

TEST_CASE("Mastodon items: a column can hide boosts and replies to others, and keeps a thread of one's own",
    "[mastodon][items]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sourceId = addHome(sources);

    const auto withId = [](const QString &id) {
        QJsonObject s = documented();
        s.insert(QStringLiteral("id"), id);
        s.insert(QStringLiteral("uri"), QStringLiteral("https://mastodon.social/statuses/") + id);
        s.insert(QStringLiteral("url"), QStringLiteral("https://mastodon.social/@Gargron/") + id);
        return s;
    };
    const QString own = documented().value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString();
    REQUIRE_FALSE(own.isEmpty());
    QJsonObject boost = withId(QStringLiteral("2"));
    boost.insert(QStringLiteral("reblog"), withId(QStringLiteral("20")));
    QJsonObject reply = withId(QStringLiteral("3"));
    reply.insert(QStringLiteral("in_reply_to_id"), QStringLiteral("30"));
    reply.insert(QStringLiteral("in_reply_to_account_id"), QStringLiteral("999"));
    QJsonObject thread = withId(QStringLiteral("4"));
    thread.insert(QStringLiteral("in_reply_to_id"), QStringLiteral("1"));
    thread.insert(QStringLiteral("in_reply_to_account_id"), own);
    QList<MastodonStatus> statuses;
    for (const QJsonObject &s : { withId(QStringLiteral("1")), boost, reply, thread })
        statuses << mastodon::status(s);
    REQUIRE(items.upsert(sourceId, mastodon::itemsFromStatuses(statuses, sourceId)).added == 4);

    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = sourceId;
    const auto shown = [&](const StreamSpec &s) {
        QStringList ids;
        for (const Item &item : items.page(s, {}, 10))
            ids << item.remoteId;
        ids.sort();
        return ids;
    };
    CHECK(shown(spec) == QStringList { "1", "2", "3", "4" });
    spec.hideBoosts = true;
    CHECK(shown(spec) == QStringList { "1", "3", "4" });
    CHECK(items.unreadCount(spec) == 3);
    spec.hideReplies = true;
    CHECK(shown(spec) == QStringList { "1", "4" });
    spec.hideBoosts = false;
    CHECK(shown(spec) == QStringList { "1", "2", "4" });

    // The column keeps it.
    const StreamSpec back = StreamSpec::fromJson(spec.toJson());
    CHECK(back.hideReplies);
    CHECK_FALSE(back.hideBoosts);
    CHECK(back == spec);
}

TEST_CASE("Mastodon items: a notifications column can leave out kinds of notification", "[mastodon][items]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sourceId = addHome(sources);
    const QJsonObject post = documented();
    QList<MastodonNotification> list;
    int n = 0;
    for (const QString &type : { QStringLiteral("mention"), QStringLiteral("favourite"), QStringLiteral("follow"),
             QStringLiteral("reblog") }) {
        QJsonObject o { { QStringLiteral("id"), QString::number(++n) }, { QStringLiteral("type"), type },
            { QStringLiteral("created_at"), post.value(QLatin1String("created_at")) },
            { QStringLiteral("account"), post.value(QLatin1String("account")) } };
        if (type != u"follow")
            o.insert(QStringLiteral("status"), post);
        list << mastodon::notification(o);
    }
    REQUIRE(items.upsert(sourceId, mastodon::itemsFromNotifications(list, sourceId)).added == 4);

    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = sourceId;
    const auto shown = [&] {
        QStringList ids;
        for (const Item &item : items.page(spec, {}, 10))
            ids << item.remoteId;
        ids.sort();
        return ids;
    };
    CHECK(shown() == QStringList { "1", "2", "3", "4" });
    spec.hiddenNotifications = { QStringLiteral("favourite"), QStringLiteral("follow") };
    CHECK(shown() == QStringList { "1", "4" });
    CHECK(items.unreadCount(spec) == 2);
    // A kind written to trip the query is just a kind nobody has.
    spec.hiddenNotifications = { QStringLiteral("x') OR 1=1 --") };
    CHECK(shown() == QStringList { "1", "2", "3", "4" });
    spec.hiddenNotifications = { QStringLiteral("mention") };
    CHECK(StreamSpec::fromJson(spec.toJson()) == spec);
}

TEST_CASE("Mastodon writes: characters count as the server counts them", "[mastodon][items]")
{
    CHECK(mastodon::characterCount(QStringLiteral("hallo")) == 5);
    CHECK(mastodon::characterCount(QStringLiteral("zie https://example.org/a/very/long/path/that/goes/on?and=on")) == 4 + 23);
    CHECK(mastodon::characterCount(QStringLiteral("@anna@elsewhere.example dank je")) == 5 + 8);
    CHECK(mastodon::characterCount(QStringLiteral("😀")) == 1);
}
