#pragma once

#include "model/Item.h"

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
    bool sensitive = false;
};
QJsonObject postPayload(const PostDraft &draft);
/// {status_id} for favourite, reblog, bookmark and their undoing.
QJsonObject statusPayload(const QString &statusId);

bool isVisibility(const QString &visibility);

} // namespace mastodon
} // namespace gilde
