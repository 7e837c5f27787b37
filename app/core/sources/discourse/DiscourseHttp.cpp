#include "DiscourseHttp.h"

#include "DiscourseJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace gilde
{

QString DiscourseCredentials::toSecret() const
{
    const QJsonObject o = userApiKey.isEmpty()
        ? QJsonObject { { QStringLiteral("api_key"), apiKey }, { QStringLiteral("api_username"), apiUsername } }
        : QJsonObject { { QStringLiteral("user_api_key"), userApiKey } };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

DiscourseCredentials DiscourseCredentials::fromSecret(const QString &secret)
{
    DiscourseCredentials c;
    const QJsonDocument doc = QJsonDocument::fromJson(secret.toUtf8());
    if (!doc.isObject()) {
        c.userApiKey = secret.trimmed();
        return c;
    }
    const QJsonObject o = doc.object();
    c.userApiKey = o.value(QLatin1String("user_api_key")).toString();
    c.apiKey = o.value(QLatin1String("api_key")).toString();
    c.apiUsername = o.value(QLatin1String("api_username")).toString();
    return c;
}

void DiscourseCredentials::apply(HttpRequest &request) const
{
    if (!userApiKey.isEmpty()) {
        request.headers.append({ QByteArrayLiteral("User-Api-Key"), userApiKey.toUtf8() });
    } else if (!apiKey.isEmpty()) {
        request.headers.append({ QByteArrayLiteral("Api-Key"), apiKey.toUtf8() });
        request.headers.append({ QByteArrayLiteral("Api-Username"), apiUsername.toUtf8() });
    }
}

} // namespace gilde

namespace gilde::discourse
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiscourseHttp)
};

} // namespace

HttpRequest jsonRequest(const QUrl &url, const DiscourseCredentials &credentials)
{
    HttpRequest request;
    request.url = url;
    request.accept = QByteArrayLiteral("application/json");
    credentials.apply(request);
    return request;
}

QString refusalText(const HttpResult &result, Asked asked)
{
    const DiscourseError error = discourse::error(result.errorBody);
    if (result.status == 404) {
        return asked == Asked::List
            ? Text::tr("The forum has no such list (any more): the category or tag may have been removed, "
                       "renamed or made private.")
            : Text::tr("The forum has no such topic (any more): it may have been deleted or made private.");
    }
    if (result.status == 403 || error.type == u"invalid_access") {
        return asked == Asked::List ? Text::tr("The forum shows this only to signed-in members.")
                                    : Text::tr("The forum shows this topic only to signed-in members.");
    }
    if (!error.message.isEmpty())
        return Text::tr("The forum said: %1").arg(error.message);
    return result.errorText;
}

QString refusalText(const HttpResult &result, Asked asked, bool keyRefused)
{
    if (keyRefused && (result.status == 401 || result.status == 403))
        return Text::tr("The forum no longer accepts your sign-in (the key was revoked?): sign in to it again "
                        "with the + on the left edge.");
    return refusalText(result, asked);
}

} // namespace gilde::discourse
