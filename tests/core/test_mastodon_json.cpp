// The Mastodon entity decoder on the documentation's own examples, and on
// what other servers and hostile ones send: numeric ids, nulls where the
// documentation says a value, nested boosts, scripts in URLs, not JSON.
#include "TestSupport.h"
#include "sources/mastodon/MastodonJson.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(GILDE_FIXTURES "/mastodon/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray listOf(const QByteArray &entity)
{
    return "[" + entity + "]";
}

} // namespace

TEST_CASE("Mastodon: the documented Status decodes whole", "[mastodon][json]")
{
    QString error;
    const QList<MastodonStatus> list = mastodon::statuses(listOf(fixture("status.json")), &error);
    INFO(error.toStdString());
    REQUIRE(list.size() == 1);
    const MastodonStatus &s = list.first();
    CHECK(s.id == QStringLiteral("103270115826048975"));
    CHECK(s.url == QUrl(QStringLiteral("https://mastodon.social/@Gargron/103270115826048975")));
    CHECK(s.createdAtMs == QDateTime(QDate(2019, 12, 8), QTime(3, 48, 33, 901), Qt::UTC).toMSecsSinceEpoch());
    CHECK(s.visibility == QStringLiteral("public"));
    CHECK(s.language == QStringLiteral("en"));
    CHECK(s.contentHtml.startsWith(QStringLiteral("<p>&quot;I lost my inheritance")));
    CHECK(s.repliesCount == 5);
    CHECK(s.reblogsCount == 6);
    CHECK(s.favouritesCount == 11);
    CHECK_FALSE(s.reblog);
    CHECK(s.inReplyToId.isEmpty());
    CHECK(s.applicationName == QStringLiteral("Web"));
    CHECK(s.account.id == QStringLiteral("1"));
    CHECK(s.account.acct == QStringLiteral("Gargron"));
    CHECK(s.account.displayName == QStringLiteral("Eugen"));
    CHECK(s.account.avatar.host() == QStringLiteral("files.mastodon.social"));
    CHECK(s.account.followersCount == 322930);
    REQUIRE(s.account.fields.size() == 2);
    CHECK_FALSE(s.account.fields[0].verified);
    CHECK(s.account.fields[1].verified);
    REQUIRE(s.card);
    CHECK(s.card->title.contains(QStringLiteral("£193,000")));
    CHECK(s.card->type == QStringLiteral("link"));
    CHECK_FALSE(s.poll);
}

TEST_CASE("Mastodon: polls, media, markers and both instance shapes", "[mastodon][json]")
{
    const QByteArray poll = fixture("poll.json");
    const QByteArray media = fixture("media_image.json");
    const QByteArray status = R"({"id":"9","content":"<p>Vote</p>","poll":)" + poll
        + R"(,"media_attachments":[)" + media + "]}";
    const std::optional<MastodonStatus> s = mastodon::singleStatus(status);
    REQUIRE(s);
    REQUIRE(s->poll);
    CHECK(s->poll->expired);
    CHECK(s->poll->voted);
    CHECK(s->poll->votersCount == -1); // null: a single-choice poll
    CHECK(s->poll->ownVotes == QList<int> { 1 });
    REQUIRE(s->poll->options.size() == 2);
    CHECK(s->poll->options[0].title == QStringLiteral("accept"));
    CHECK(s->poll->options[0].votesCount == 6);
    REQUIRE(s->media.size() == 1);
    CHECK(s->media[0].type == QStringLiteral("image"));
    CHECK(s->media[0].width > 0);
    CHECK_FALSE(s->media[0].previewUrl.isEmpty());

    const auto markers = mastodon::markers(R"({"home":)" + fixture("marker.json") + R"(,"bogus":3})");
    REQUIRE(markers.size() == 1);
    CHECK(markers.value(QStringLiteral("home")).lastReadId == QStringLiteral("103194548672408537"));
    CHECK(markers.value(QStringLiteral("home")).version == 462);

    const auto v2 = mastodon::instance(fixture("instance_v2.json"));
    REQUIRE(v2);
    CHECK(v2->domain == QStringLiteral("mastodon.social"));
    CHECK(v2->streamingUrl == QUrl(QStringLiteral("wss://streaming.mastodon.social")));
    CHECK(v2->maxCharacters == 500);
    CHECK(v2->charactersReservedPerUrl == 23);
    CHECK(v2->maxPollOptions == 4);
    CHECK(v2->supportedMimeTypes.contains(QStringLiteral("image/png")));

    const auto v1 = mastodon::instance(fixture("instance_v1.json"));
    REQUIRE(v1);
    CHECK(v1->domain == QStringLiteral("mastodon.social"));
    CHECK(v1->streamingUrl == QUrl(QStringLiteral("wss://mastodon.social")));
    CHECK(v1->maxMediaAttachments == 4);

    // A fork's v1 with max_toot_chars and no configuration.
    const auto fork = mastodon::instance(R"({"uri":"social.example","max_toot_chars":5000})");
    REQUIRE(fork);
    CHECK(fork->maxCharacters == 5000);
    CHECK(fork->streamingUrl.isEmpty());
}

TEST_CASE("Mastodon: boosts, notifications and threads", "[mastodon][json]")
{
    const QByteArray original = fixture("status.json");
    const QByteArray boost = R"({"id":"200","account":{"id":"7","username":"anna","acct":"anna@example.org",
        "display_name":""},"content":"","reblog":)" + original + "}";
    const auto b = mastodon::singleStatus(boost);
    REQUIRE(b);
    REQUIRE(b->reblog);
    CHECK(b->reblog->id == QStringLiteral("103270115826048975"));
    CHECK(b->account.displayName == QStringLiteral("anna")); // empty display name: the user name

    const QByteArray notes = R"([{"id":"34975861","type":"mention","created_at":"2019-11-23T07:49:02.064Z",
        "account":{"id":"971724","username":"zsc","acct":"zsc"},"status":)" + original + R"(},
        {"id":"34975535","type":"follow","created_at":"2019-11-23T07:29:18.903Z",
         "account":{"id":"971724","username":"zsc","acct":"zsc"}},
        {"type":"favourite"}])";
    const QList<MastodonNotification> n = mastodon::notifications(notes);
    REQUIRE(n.size() == 2); // the one without an id is dropped
    CHECK(n[0].type == QStringLiteral("mention"));
    REQUIRE(n[0].status);
    CHECK(n[0].status->id == QStringLiteral("103270115826048975"));
    CHECK(n[1].type == QStringLiteral("follow"));
    CHECK_FALSE(n[1].status);

    const auto thread = mastodon::context(R"({"ancestors":[)" + original + R"(],"descendants":[]})");
    REQUIRE(thread);
    CHECK(thread->ancestors.size() == 1);
    CHECK(thread->descendants.isEmpty());
}

TEST_CASE("Mastodon: what other servers send decodes leniently", "[mastodon][json]")
{
    // Numeric ids (older Pleroma), nulls and wrong types where values belong.
    const auto s = mastodon::singleStatus(R"({"id":1234567,"account":{"id":42,"username":"p"},
        "content":null,"replies_count":"5","favourites_count":-3,"media_attachments":{},"tags":[1,"x",{"name":"qt"}],
        "created_at":"2024-03-01T10:00:00+01:00","sensitive":"yes"})");
    REQUIRE(s);
    CHECK(s->id == QStringLiteral("1234567"));
    CHECK(s->account.id == QStringLiteral("42"));
    CHECK(s->contentHtml.isEmpty());
    CHECK(s->repliesCount == 0);
    CHECK(s->favouritesCount == 0);
    CHECK(s->media.isEmpty());
    REQUIRE(s->tags.size() == 1);
    CHECK(s->tags[0].name == QStringLiteral("qt"));
    CHECK(s->createdAtMs == QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    CHECK_FALSE(s->sensitive);
}

TEST_CASE("Mastodon: hostile answers are refused or defused", "[mastodon][json]")
{
    QString error;
    CHECK(mastodon::statuses("<html>Bad gateway</html>", &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK(mastodon::statuses(R"({"error":"Not found"})", &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(mastodon::singleStatus("[]"));
    CHECK_FALSE(mastodon::singleStatus(R"({"content":"no id"})"));

    // Only web addresses are kept.
    const auto s = mastodon::singleStatus(R"J({"id":"1","url":"javascript:alert(1)",
        "account":{"id":"2","avatar":"file:///etc/passwd","url":"https://ok.example/@a"},
        "media_attachments":[{"id":"m","type":"image","url":"data:text/html,x"}],
        "card":{"url":"vbscript:x","title":"t","image":"https://img.example/i.png"}})J");
    REQUIRE(s);
    CHECK(s->url.isEmpty());
    CHECK(s->account.avatar.isEmpty());
    CHECK(s->account.url == QUrl(QStringLiteral("https://ok.example/@a")));
    CHECK(s->media.isEmpty());
    REQUIRE(s->card);
    CHECK(s->card->url.isEmpty());
    CHECK_FALSE(s->card->image.isEmpty());

    // Boosts nested far deeper than any server would: bounded, no stack overflow.
    QByteArray deep = R"({"id":"0"})";
    for (int i = 1; i <= 5000; ++i)
        deep = R"({"id":")" + QByteArray::number(i) + R"(","reblog":)" + deep + "}";
    const auto nested = mastodon::singleStatus(deep);
    if (nested) { // Qt's JSON reader may refuse the depth itself
        int depth = 0;
        for (const MastodonStatus *p = &*nested; p->reblog; p = p->reblog.get())
            ++depth;
        CHECK(depth <= 2);
    }

    CHECK(mastodon::error(R"({"error":"invalid_token","error_description":"The access token is invalid"})").error
          == QStringLiteral("invalid_token"));
    CHECK(mastodon::error("oops").error.isEmpty());
}

TEST_CASE("Mastodon: ids order as the servers mean them", "[mastodon][json]")
{
    CHECK(mastodon::compareIds(QStringLiteral("99"), QStringLiteral("100")) < 0);
    CHECK(mastodon::compareIds(QStringLiteral("103270115826048975"), QStringLiteral("103270115826048974")) > 0);
    CHECK(mastodon::compareIds(QStringLiteral("7"), QStringLiteral("7")) == 0);
    // ULIDs (GoToSocial) sort as text.
    CHECK(mastodon::compareIds(QStringLiteral("01HQ8Z0000AAAA"), QStringLiteral("01HQ8Z0000AAAB")) < 0);
}

TEST_CASE("Mastodon JSON: streaming messages, with the payload as text or as an object", "[mastodon][json][streaming]")
{
    const auto text = mastodon::streamEvent(
        R"({"stream":["hashtag","Gilde"],"event":"update","payload":"{\"id\":\"7\",\"content\":\"<p>hi</p>\"}"})");
    REQUIRE(text);
    CHECK(text->stream == QStringList { QStringLiteral("hashtag"), QStringLiteral("Gilde") });
    CHECK(text->event == QStringLiteral("update"));
    CHECK(text->payload == R"({"id":"7","content":"<p>hi</p>"})");

    // Some servers send the entity itself, and the stream as one name.
    const auto object = mastodon::streamEvent(R"({"stream":"user","event":"notification","payload":{"id":"9"}})");
    REQUIRE(object);
    CHECK(object->stream == QStringList { QStringLiteral("user") });
    CHECK(object->payload == R"({"id":"9"})");

    const auto deleted = mastodon::streamEvent(R"({"stream":["user"],"event":"delete","payload":"7"})");
    REQUIRE(deleted);
    CHECK(deleted->payload == "7");

    CHECK_FALSE(mastodon::streamEvent(R"({"error":"Missing access token"})"));
    CHECK_FALSE(mastodon::streamEvent("not json"));
    CHECK_FALSE(mastodon::streamEvent("[1,2]"));
}

TEST_CASE("Mastodon JSON: how the account stands to someone, a request to follow counting as following",
    "[mastodon][json]")
{
    const QByteArray body = R"([{"id":"8","following":false,"muting":true},
        {"id":"7","following":false,"requested":true,"muting":false,"blocking":true,"showing_reblogs":true}])";
    const auto seven = mastodon::relationship(body, QStringLiteral("7"));
    REQUIRE(seven);
    CHECK(seven->following);
    CHECK_FALSE(seven->muting);
    CHECK(seven->blocking);
    const auto eight = mastodon::relationship(body, QStringLiteral("8"));
    REQUIRE(eight);
    CHECK_FALSE(eight->following);
    CHECK(eight->muting);
    QString error;
    CHECK_FALSE(mastodon::relationship(body, QStringLiteral("9"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(mastodon::relationship("{\"error\":\"Record not found\"}", QStringLiteral("7")));
}
