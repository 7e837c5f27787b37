#pragma once

#include "net/HttpClient.h"

#include <QString>
#include <QUrl>

/// What every request to a Mastodon server's client API shares: how it is
/// asked, and what its refusals mean to the user.
namespace gilde::mastodon
{

/// A GET of `url` for JSON, as the account whose token this is (empty: as
/// anyone). The token goes in the Authorization header, never the address.
HttpRequest apiRequest(const QUrl &url, const QString &token);

/// A failed answer in the user's words: a token the server no longer takes
/// (401, 403 and, on some servers, 422) means signing in again; otherwise
/// the server's own error text. Empty when the answer has nothing better
/// to say than HttpClient's text (a timeout, a 500 without a body).
QString refusalText(const HttpResult &result, bool withAccount);

/// Whether the server refused the request's credentials, or wants some.
bool refusedAccess(const HttpResult &result);

} // namespace gilde::mastodon
