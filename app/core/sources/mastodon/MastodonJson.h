#pragma once

#include "MastodonEntities.h"
#include "sync/TimelinePaging.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace gilde
{

/// Decoding of the Mastodon client API's JSON into value types. Pure and
/// thread-safe: bytes in, values out. Lenient as clients must be with the
/// many servers that speak the API: a missing or mistyped field takes its
/// default, ids may come as numbers (older Pleroma), an entity without an
/// id is dropped from a list. A body that is not JSON of the expected shape
/// sets `error` (translated) and returns an empty value.
namespace mastodon
{

MastodonAccount account(const QJsonObject &json);
MastodonStatus status(const QJsonObject &json);
MastodonNotification notification(const QJsonObject &json);

QList<MastodonStatus> statuses(const QByteArray &body, QString *error = nullptr);
/// The posts of a search's answer (/api/v2/search), an object of lists.
QList<MastodonStatus> foundStatuses(const QByteArray &body, QString *error = nullptr);
std::optional<MastodonStatus> singleStatus(const QByteArray &body, QString *error = nullptr);
std::optional<MastodonAccount> singleAccount(const QByteArray &body, QString *error = nullptr);
QList<MastodonAccount> accounts(const QByteArray &body, QString *error = nullptr);
QList<MastodonNotification> notifications(const QByteArray &body, QString *error = nullptr);
/// /api/v1/accounts/relationships: the account's to `personId`; nothing when
/// the answer does not name them.
std::optional<MastodonRelationship> relationship(const QByteArray &body, const QString &personId, QString *error = nullptr);
/// /api/v1/lists: only lists whose id can go in a path.
QList<MastodonList> lists(const QByteArray &body, QString *error = nullptr);
std::optional<MastodonContext> context(const QByteArray &body, QString *error = nullptr);
/// /api/v1/markers: by timeline ("home", "notifications").
QHash<QString, MastodonMarker> markers(const QByteArray &body, QString *error = nullptr);
/// Either shape: /api/v2/instance (configuration.*) or /api/v1/instance
/// (urls.streaming_api, max_toot_chars of some forks, configuration.* of 3.x).
std::optional<MastodonInstance> instance(const QByteArray &body, QString *error = nullptr);
/// A message of the streaming API; nothing for one that is not an event
/// (the server's answers to subscriptions, errors, noise).
std::optional<MastodonStreamEvent> streamEvent(const QByteArray &message);
/// The error body of a refused request; empty fields when the body is not one.
MastodonError error(const QByteArray &body);

/// Orders two status or notification ids, newest last (the paging order).
using gilde::compareIds;

} // namespace mastodon
} // namespace gilde
