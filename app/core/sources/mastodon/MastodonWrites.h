#pragma once

#include "model/Account.h"
#include "model/Item.h"
#include "model/OutboxEntry.h"
#include "model/Source.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gilde
{

/// The payloads of the outbox's "mastodon.*" entries (see MastodonDeliverer),
/// made the same way from the window's keys and from the command line.
namespace mastodon
{

/// The status an item stands for (a boost: the boosted post), from its meta; empty for none.
QString statusIdOf(const Item &item);
/// Who a reply to the item mentions: its author and the people it mentions,
/// without the replying account itself (`ownAcct`, "user" or "user@server").
QStringList replyMentions(const Item &item, const QString &ownAcct);
/// The visibility a reply keeps: never wider than the post it answers.
QString replyVisibility(const Item &item);

/// A picture (or video, or sound) to go with a post: a file Gilde keeps
/// until the post is delivered, and what it shows for those who cannot see it.
struct MediaDraft {
    QString path;
    QString description;
    friend bool operator==(const MediaDraft &, const MediaDraft &) = default;
};

struct PollDraft {
    QStringList options;
    int expiresInSecs = 24 * 3600;
    bool multiple = false;
    friend bool operator==(const PollDraft &, const PollDraft &) = default;
};

struct PostDraft {
    QString text;
    QString spoiler;
    QString visibility; ///< public, unlisted, private, direct; empty: the account's default
    QString language;
    QString inReplyToId;
    QString inReplyToUrl; ///< the parent's address, when it was seen on another server than the account's
    qint64 inReplyToEntry = 0; ///< the parent is the account's own post, still in the outbox as this entry
    bool sensitive = false;
    QList<MediaDraft> media; ///< up to MaxMedia; a post has media or a poll, not both
    std::optional<PollDraft> poll;
    qint64 scheduledAtMs = 0; ///< when the post is to appear; 0: now
};
/// What Mastodon takes with one post.
inline constexpr int MaxMedia = 4;
inline constexpr int MinPollOptions = 2;
inline constexpr int MaxPollOptions = 4;
/// The server schedules a post itself only this far ahead; nearer, the outbox holds it.
inline constexpr qint64 ServerScheduleMinMs = 5 * 60 * 1000;

QJsonObject postPayload(const PostDraft &draft);
/// "mastodon.edit": new words for a published post of the account's own (its
/// text, warning and language); its pictures and who can see it stay.
/// `sourceId`: where the post was edited from, to show it edited there once sent.
QJsonObject editPayload(const QString &statusId, const PostDraft &draft, qint64 sourceId = 0);
inline constexpr char EditAction[] = "mastodon.edit";
/// When the outbox may send the post: its time when that is too near for the
/// server to schedule it (under ServerScheduleMinMs from `nowMs`), else 0.
qint64 notBeforeOf(const PostDraft &draft, qint64 nowMs);
/// Why the draft cannot be posted (translated), empty when it can.
QString draftProblem(const PostDraft &draft);

/// When the post of a sent entry the server holds for later appears (ms), or
/// 0 when it is no such entry, or too near its time to be changed (a minute).
qint64 scheduledOnServerAt(const OutboxEntry &entry, qint64 nowMs);
/// The payload of a post that takes the place of a post the server holds
/// (`scheduled`, see scheduledOnServerAt): the deliverer cancels that one
/// first, and sends this only while the other has not appeared.
QJsonObject replacing(QJsonObject payload, const OutboxEntry &scheduled);
/// "mastodon.unschedule": the server's scheduled post of `scheduled` cancelled.
QJsonObject unschedulePayload(const OutboxEntry &scheduled);
inline constexpr char UnscheduleAction[] = "mastodon.unschedule";
/// The draft a post payload was made from, for the user to edit an entry the server refused.
PostDraft draftOf(const QJsonObject &payload);
/// Makes the draft a reply from `account` to the item: the parent (by id on
/// the account's server, else by address), the thread's people mentioned
/// before the text (unless it names them), and the parent's visibility when
/// the draft says none. False (and `error`) when the item takes no reply.
bool makeReply(PostDraft &draft, const Item &parent, const Source &source, const Account &account, QString *error);
/// {status_id} for favourite, reblog, bookmark and their undoing.
QJsonObject statusPayload(const QString &statusId);

/// What the account reading a post has done to it: "favourited", "reblogged"
/// or "bookmarked", as its server said with the post or as Gilde has queued
/// since. Kept in the item's meta.
bool hasMark(const Item &item, QLatin1String mark);
/// Who wrote the post (of a boost, the boosted post; of a mention or a
/// follow, who did it): their id on the server it was read from and their
/// acct there. Empty when the item says none.
struct PostAuthor {
    QString id;
    QString acct;
};
PostAuthor authorOf(const Item &item);
/// `meta` with the mark set or cleared.
QString withMark(const QString &meta, QLatin1String mark, bool on);

/// Who acts on an item, and on what: the account that reads the item's
/// timeline, else (a public timeline) the first account. A post seen on
/// another server than the account's has another id there: the payload then
/// carries its address ("status_url"), which the deliverer resolves first.
struct ItemTarget {
    qint64 accountId = 0;
    QString statusId; ///< on the server the item came from
    QString statusUrl; ///< set when that server is not the account's
    QString error; ///< translated: why nothing can act on it
    bool ownPost = false; ///< written by the acting account, which may delete it ("mastodon.delete")
    /// A direct post is never boosted, a followers-only one only by its author.
    bool boostable = true;
    /// One's own post read on one's own server, with no poll (whose edit
    /// would start its votes over): its words can be changed ("mastodon.edit").
    bool editable = false;
    QJsonObject payload() const;
};
ItemTarget targetOf(const Item &item, const Source &source, const QList<Account> &mastodonAccounts);

/// The choices of the item's poll, and whether it still takes a vote (from its meta).
struct PollChoices {
    QString pollId;
    QStringList options;
    bool open = false;
};
PollChoices pollOf(const Item &item);
/// "mastodon.vote": a vote for choice `choice` (from 0) of the item's poll,
/// as `target` acts on it: by the poll's id where the account reads it,
/// else by the post's address, which its server resolves first.
QJsonObject votePayload(const ItemTarget &target, const Item &item, int choice);

bool isVisibility(const QString &visibility);

/// Characters as Mastodon counts them against its limit: every web address
/// as `urlLength` (23), a mention of someone elsewhere without the domain.
int characterCount(const QString &text, int urlLength = 23);

} // namespace mastodon
} // namespace gilde
