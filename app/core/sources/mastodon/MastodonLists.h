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

/// The account's lists (/api/v1/lists), for the user to pick one as a
/// column. `error` is translated, empty on success.
void fetchLists(HttpClient &http, const QUrl &server, const QString &token,
    std::function<void(const QList<MastodonList> &lists, const QString &error)> done);

} // namespace mastodon
} // namespace gilde
