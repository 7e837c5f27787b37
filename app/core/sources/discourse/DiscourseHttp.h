#pragma once

#include "net/HttpClient.h"

#include <QString>
#include <QUrl>

namespace gilde
{

/// Who a signed-in request is from: a User API Key (sent as User-Api-Key,
/// never in an address), or an admin API key with the user it acts as
/// (Api-Key, Api-Username) for a forum that gives no user keys.
struct DiscourseCredentials {
    QString userApiKey;
    QString apiKey;
    QString apiUsername;

    bool isEmpty() const { return userApiKey.isEmpty() && apiKey.isEmpty(); }
    /// What the keychain keeps: JSON with the one or the other.
    QString toSecret() const;
    /// From the keychain; a bare string is a User API Key.
    static DiscourseCredentials fromSecret(const QString &secret);
    /// Adds the headers that say who asks.
    void apply(HttpRequest &request) const;
};

} // namespace gilde

namespace gilde::discourse
{

/// A request for one of the forum's JSON answers, as anyone reads it, or as
/// `credentials` when given.
HttpRequest jsonRequest(const QUrl &url, const DiscourseCredentials &credentials = {});

/// What was asked for, so that a refusal says what is missing.
enum class Asked { List, Topic };
/// A refused answer in the user's words: what is gone (404) or private
/// (403), else the forum's own message, else the HTTP client's. Empty when
/// none of them says anything.
QString refusalText(const HttpResult &result, Asked asked);
/// As refusalText, where the forum just refused the signed-in account's key
/// (`keyRefused`): a 401 or 403 then says to sign in again.
QString refusalText(const HttpResult &result, Asked asked, bool keyRefused);

} // namespace gilde::discourse
