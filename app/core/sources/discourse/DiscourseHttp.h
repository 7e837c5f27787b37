#pragma once

#include "net/HttpClient.h"

#include <QString>
#include <QUrl>

namespace gilde::discourse
{

/// A request for one of the forum's JSON answers, as anyone reads it.
HttpRequest jsonRequest(const QUrl &url);

/// What was asked for, so that a refusal says what is missing.
enum class Asked { List, Topic };
/// A refused answer in the user's words: what is gone (404) or private
/// (403), else the forum's own message, else the HTTP client's. Empty when
/// none of them says anything.
QString refusalText(const HttpResult &result, Asked asked);

} // namespace gilde::discourse
