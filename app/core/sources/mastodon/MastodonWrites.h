#pragma once

#include "model/Account.h"
#include "model/Item.h"
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

struct PostDraft {
    QString text;
    QString spoiler;
    QString visibility; ///< public, unlisted, private, direct; empty: the account's default
    QString language;
    QString inReplyToId;
    QString inReplyToUrl; ///< the parent's address, when it was seen on another server than the account's
    bool sensitive = false;
};
QJsonObject postPayload(const PostDraft &draft);
/// The draft a post payload was made from, for the user to edit an entry the server refused.
PostDraft draftOf(const QJsonObject &payload);
/// Makes the draft a reply from `account` to the item: the parent (by id on
/// the account's server, else by address), the thread's people mentioned
/// before the text (unless it names them), and the parent's visibility when
/// the draft says none. False (and `error`) when the item takes no reply.
bool makeReply(PostDraft &draft, const Item &parent, const Source &source, const Account &account, QString *error);
/// {status_id} for favourite, reblog, bookmark and their undoing.
QJsonObject statusPayload(const QString &statusId);

/// Who acts on an item, and on what: the account that reads the item's
/// timeline, else (a public timeline) the first account. A post seen on
/// another server than the account's has another id there: the payload then
/// carries its address ("status_url"), which the deliverer resolves first.
struct ItemTarget {
    qint64 accountId = 0;
    QString statusId; ///< on the server the item came from
    QString statusUrl; ///< set when that server is not the account's
    QString error; ///< translated: why nothing can act on it
    QJsonObject payload() const;
};
ItemTarget targetOf(const Item &item, const Source &source, const QList<Account> &mastodonAccounts);

bool isVisibility(const QString &visibility);

/// Characters as Mastodon counts them against its limit: every web address
/// as `urlLength` (23), a mention of someone elsewhere without the domain.
int characterCount(const QString &text, int urlLength = 23);

} // namespace mastodon
} // namespace gilde
