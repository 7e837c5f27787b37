#pragma once

#include "MastodonEntities.h"

#include <QList>
#include <QUrl>

#include <functional>

namespace gilde
{

class HttpClient;

namespace mastodon
{

// What the account's own menus ask of its server.

/// The account's lists (/api/v1/lists), for the user to pick one as a
/// column. `error` is translated, empty on success.
void fetchLists(HttpClient &http, const QUrl &server, const QString &token,
    std::function<void(const QList<MastodonList> &lists, const QString &error)> done);

/// Whether the account follows `personId` (or asked to: a locked account's
/// request), mutes or blocks them, from /api/v1/accounts/relationships.
/// `error` as above.
/// The words of the account's own post as written (/api/v1/statuses/:id/source),
/// for an edit: its text and content warning. `error` as above; a server
/// without edits (404) says so.
void fetchSource(HttpClient &http, const QUrl &server, const QString &token, const QString &statusId,
    std::function<void(const QString &text, const QString &spoiler, const QString &error)> done);

void fetchRelationship(HttpClient &http, const QUrl &server, const QString &token, const QString &personId,
    std::function<void(const MastodonRelationship &relationship, const QString &error)> done);

} // namespace mastodon
} // namespace gilde
