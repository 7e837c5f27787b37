#pragma once

#include "DiscourseEntities.h"
#include "DiscourseHttp.h"

#include <QUrl>

#include <functional>

namespace gilde
{

class HttpClient;

/// A signed-in session with a forum, as far as the account needs one: whose
/// the credentials are (/session/current.json), and giving a User API Key
/// back on sign-out (/user-api-key/revoke).
namespace discourse
{

/// The forum's base from what a user typed ("forum.example.org/community"):
/// https unless said otherwise, no trailing slash, no query. Empty when it is not a web address.
QUrl forumFromUserInput(const QString &text);

/// Asks whose `credentials` are: `ok` with the user, else a translated `error`.
void whoAmI(HttpClient &http, const QUrl &base, const DiscourseCredentials &credentials, int timeoutMs,
    std::function<void(bool ok, DiscourseUser user, QString error)> done);

/// Revokes a User API Key; an admin key is left as it is (it is the forum's, not Gilde's).
void revoke(HttpClient &http, const QUrl &base, const DiscourseCredentials &credentials,
    std::function<void(bool ok, QString error)> done);

} // namespace discourse

} // namespace gilde
