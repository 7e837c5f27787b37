// The Mastodon client API's decoders on arbitrary bytes, the same bytes read
// as every kind of answer: statuses, one status, accounts, notifications, a
// thread, markers, both instance shapes, an error body, and as the Link header
// that pages them. What survives decoding must keep the decoders' promises:
// addresses are http(s) web addresses, entities in lists have ids, counts are
// in range, boosts are not nested deeper than two, a failure says why, and
// compareIds orders the ids found.
#include "FuzzSupport.h"
#include "net/LinkHeader.h"
#include "sources/mastodon/MastodonJson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace gilde;

namespace
{

// MastodonJson.cpp's bound on boosts of boosts.
constexpr int MaxReblogDepth = 2;
constexpr int MaxIds = 12;

struct Check {
    const QByteArray &input;
    QStringList ids;

    [[noreturn]] void fail(const char *what, const QString &detail) const
    {
        fuzz::finding(what, QStringLiteral("%1\n-- input:\n%2").arg(detail, QString::fromUtf8(input.left(2000))));
    }

    void webUrl(const QUrl &url, const char *what) const
    {
        if (url.isEmpty())
            return;
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
            fail(what, url.toString());
    }

    // -1 where the server hid the count, else 0 up to the decoder's limit.
    void count(int n, int lowest, const char *what) const
    {
        if (n < lowest || n >= 2000000000)
            fail(what, QString::number(n));
    }

    void id(const QString &id, const char *what)
    {
        if (id.isEmpty())
            fail(what, {});
        if (ids.size() < MaxIds)
            ids << id;
    }

    void emojis(const QList<MastodonEmoji> &list) const
    {
        for (const MastodonEmoji &e : list) {
            if (e.shortcode.isEmpty() || e.url.isEmpty())
                fail("emoji without a shortcode or an address", e.shortcode);
            webUrl(e.url, "emoji address not http(s)");
            webUrl(e.staticUrl, "emoji static address not http(s)");
        }
    }

    void account(const MastodonAccount &a) const
    {
        webUrl(a.url, "account address not http(s)");
        webUrl(a.avatar, "avatar not http(s)");
        webUrl(a.avatarStatic, "static avatar not http(s)");
        webUrl(a.header, "header image not http(s)");
        if (a.displayName.isEmpty() && !a.username.isEmpty())
            fail("account without a display name has a user name", a.username);
        count(a.followersCount, -1, "followers count out of range");
        count(a.followingCount, -1, "following count out of range");
        count(a.statusesCount, -1, "statuses count out of range");
        emojis(a.emojis);
    }

    void status(const MastodonStatus &s, int depth)
    {
        id(s.id, "status without an id");
        if (depth > MaxReblogDepth)
            fail("boosts nested deeper than the bound", QString::number(depth));
        webUrl(s.url, "status address not http(s)");
        account(s.account);
        if (s.reblog)
            status(*s.reblog, depth + 1);
        for (const MastodonMedia &m : s.media) {
            if (m.url.isEmpty() && m.remoteUrl.isEmpty())
                fail("media without an address", m.id);
            webUrl(m.url, "media address not http(s)");
            webUrl(m.previewUrl, "media preview not http(s)");
            webUrl(m.remoteUrl, "media remote address not http(s)");
            count(m.width, 0, "media width out of range");
            count(m.height, 0, "media height out of range");
        }
        for (const MastodonMention &m : s.mentions)
            webUrl(m.url, "mention address not http(s)");
        for (const MastodonTag &t : s.tags)
            webUrl(t.url, "tag address not http(s)");
        emojis(s.emojis);
        if (s.card) {
            webUrl(s.card->url, "card address not http(s)");
            webUrl(s.card->image, "card image not http(s)");
        }
        if (s.poll) {
            count(s.poll->votesCount, 0, "poll votes out of range");
            count(s.poll->votersCount, -1, "poll voters out of range");
            for (const int vote : s.poll->ownVotes) {
                if (vote < 0 || vote >= 1000)
                    fail("own vote out of range", QString::number(vote));
            }
            for (const MastodonPollOption &o : s.poll->options)
                count(o.votesCount, -1, "poll option votes out of range");
        }
        count(s.repliesCount, 0, "replies count out of range");
        count(s.reblogsCount, 0, "boosts count out of range");
        count(s.favouritesCount, 0, "favourites count out of range");
    }

    // A decoder that fails says why; one that says why returns nothing.
    void failure(bool empty, const QString &error, const char *what) const
    {
        if (empty != !error.isEmpty())
            fail(what, error);
    }

    void listFailure(bool empty, const QString &error, const char *what) const
    {
        if (!empty && !error.isEmpty())
            fail(what, error);
    }
};

int sign(int n)
{
    return (n > 0) - (n < 0);
}

// compareIds must be an order: reflexive, antisymmetric and transitive, or a
// sort by it goes wrong (std::sort may even read out of bounds).
void requireOrder(const Check &check)
{
    const QStringList &ids = check.ids;
    for (const QString &a : ids) {
        if (mastodon::compareIds(a, a) != 0)
            check.fail("compareIds: an id differs from itself", a);
        for (const QString &b : ids) {
            const int ab = sign(mastodon::compareIds(a, b));
            if (ab != -sign(mastodon::compareIds(b, a)))
                check.fail("compareIds is not antisymmetric", a + u'\n' + b);
            if (ab > 0)
                continue;
            for (const QString &c : ids) {
                const int bc = sign(mastodon::compareIds(b, c));
                if (bc > 0)
                    continue;
                const int ac = sign(mastodon::compareIds(a, c));
                if (ac > 0 || (ac == 0 && (ab < 0 || bc < 0)) || (ac != 0 && ab == 0 && bc == 0))
                    check.fail("compareIds is not transitive", a + u'\n' + b + u'\n' + c);
            }
        }
    }
}

void requireLinks(const Check &check, const QHash<QString, QUrl> &links)
{
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        const QString &rel = it.key();
        if (rel.isEmpty())
            check.fail("Link header: an empty relation type", {});
        for (const QChar c : rel) {
            if ((c >= u'A' && c <= u'Z') || c == u' ' || c == u',' || c == u';' || c == u'<' || c == u'>')
                check.fail("Link header: a relation type not a lower-case token", rel);
        }
        if (it.value().isEmpty())
            check.fail("Link header: a relation without a target", rel);
        check.webUrl(it.value(), "Link header target not http(s)");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    Check check { body, {} };
    QString error;

    const QList<MastodonStatus> statuses = mastodon::statuses(body, &error);
    check.listFailure(statuses.isEmpty(), error, "statuses returned with an error");
    for (const MastodonStatus &s : statuses)
        check.status(s, 0);

    error.clear();
    const std::optional<MastodonStatus> one = mastodon::singleStatus(body, &error);
    check.failure(!one, error, "singleStatus: a failure without a reason, or a reason without a failure");
    if (one)
        check.status(*one, 0);

    error.clear();
    const std::optional<MastodonAccount> account = mastodon::singleAccount(body, &error);
    check.failure(!account, error, "singleAccount: a failure without a reason, or a reason without a failure");
    if (account) {
        check.id(account->id, "account without an id");
        check.account(*account);
    }

    error.clear();
    const QList<MastodonAccount> accounts = mastodon::accounts(body, &error);
    check.listFailure(accounts.isEmpty(), error, "accounts returned with an error");
    for (const MastodonAccount &a : accounts) {
        check.id(a.id, "account in a list without an id");
        check.account(a);
    }

    error.clear();
    const QList<MastodonNotification> notifications = mastodon::notifications(body, &error);
    check.listFailure(notifications.isEmpty(), error, "notifications returned with an error");
    for (const MastodonNotification &n : notifications) {
        check.id(n.id, "notification without an id");
        check.account(n.account);
        if (n.status)
            check.status(*n.status, 0);
    }

    error.clear();
    const std::optional<MastodonContext> context = mastodon::context(body, &error);
    check.failure(!context, error, "context: a failure without a reason, or a reason without a failure");
    if (context) {
        // A thread's statuses are not filtered by id: check what they hold.
        for (const QList<MastodonStatus> *list : { &context->ancestors, &context->descendants }) {
            for (const MastodonStatus &s : *list) {
                MastodonStatus copy = s;
                if (copy.id.isEmpty())
                    copy.id = QStringLiteral("-");
                check.status(copy, 0);
            }
        }
    }

    error.clear();
    const QHash<QString, MastodonMarker> markers = mastodon::markers(body, &error);
    check.listFailure(markers.isEmpty(), error, "markers returned with an error");
    for (const MastodonMarker &m : markers) {
        check.id(m.lastReadId, "marker without a last read id");
        check.count(m.version, 0, "marker version out of range");
    }

    error.clear();
    const std::optional<MastodonInstance> instance = mastodon::instance(body, &error);
    check.failure(!instance, error, "instance: a failure without a reason, or a reason without a failure");
    if (instance) {
        const QString scheme = instance->streamingUrl.scheme();
        if (!instance->streamingUrl.isEmpty() && scheme != u"wss" && scheme != u"ws" && scheme != u"https"
            && scheme != u"http")
            check.fail("streaming address not ws(s) or http(s)", instance->streamingUrl.toString());
        for (const int n : { instance->maxCharacters, instance->charactersReservedPerUrl,
                             instance->maxMediaAttachments, instance->maxPollOptions,
                             instance->maxPollOptionCharacters, instance->minPollExpirationSecs,
                             instance->maxPollExpirationSecs })
            check.count(n, 0, "instance limit out of range");
    }

    (void)mastodon::error(body);

    // A streaming message: its payload is JSON text again, decoded as the
    // stream decodes it (a status for "update", a notification otherwise).
    if (const std::optional<MastodonStreamEvent> event = mastodon::streamEvent(body)) {
        if (event->event.isEmpty())
            check.fail("stream event without an event name", event->event);
        const QJsonObject payload = QJsonDocument::fromJson(event->payload).object();
        const MastodonStatus s = mastodon::status(payload);
        if (!s.id.isEmpty())
            check.status(s, 0);
        const MastodonNotification n = mastodon::notification(payload);
        if (!n.id.isEmpty()) {
            check.account(n.account);
            if (n.status)
                check.status(*n.status, 0);
        }
    }

    // Lines of the input are ids too, so that the order meets any text.
    for (const QByteArray &line : body.split('\n')) {
        if (check.ids.size() >= MaxIds)
            break;
        check.ids << QString::fromUtf8(line);
    }
    requireOrder(check);

    requireLinks(check, parseLinkHeader(body));
    requireLinks(check, parseLinkHeader(body, QUrl(QStringLiteral("https://social.example/api/v1/timelines/home"))));
    return 0;
}
