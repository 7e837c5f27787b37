#include "MastodonHttp.h"

#include "MastodonJson.h"

#include <QCoreApplication>

namespace gilde::mastodon
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MastodonHttp)
};

} // namespace

HttpRequest apiRequest(const QUrl &url, const QString &token)
{
    HttpRequest request;
    request.url = url;
    request.accept = QByteArrayLiteral("application/json");
    if (!token.isEmpty())
        request.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8() });
    return request;
}

bool refusedAccess(const HttpResult &result)
{
    return result.outcome == HttpResult::Outcome::Http
        && (result.status == 401 || result.status == 403 || result.status == 422);
}

QString refusalText(const HttpResult &result, bool withAccount)
{
    if (result.outcome != HttpResult::Outcome::Http)
        return {};
    if (refusedAccess(result) && withAccount)
        return Text::tr("The server no longer accepts this account's sign-in: sign in again.");
    const MastodonError error = mastodon::error(result.errorBody);
    return error.error.isEmpty() ? QString() : Text::tr("The server said: %1").arg(error.error);
}

} // namespace gilde::mastodon
