#include "DiscourseSession.h"

#include "DiscourseJson.h"
#include "net/HttpClient.h"

#include <QCoreApplication>

namespace gilde::discourse
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiscourseSession)
};

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

} // namespace

QUrl forumFromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url = trimmed.contains(QLatin1String("://")) ? QUrl(trimmed) : QUrl(QStringLiteral("https://") + trimmed);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

void whoAmI(HttpClient &http, const QUrl &base, const DiscourseCredentials &credentials, int timeoutMs,
    std::function<void(bool, DiscourseUser, QString)> done)
{
    HttpRequest request = jsonRequest(endpoint(base, QStringLiteral("/session/current.json")), credentials);
    request.timeoutMs = timeoutMs;
    http.get(request, [base, done = std::move(done)](const HttpResult &result) {
        if (result.outcome == HttpResult::Outcome::Ok) {
            if (const auto user = currentUser(result.body)) {
                done(true, *user, QString());
                return;
            }
            done(false, {}, Text::tr("The answer from %1 is not a Discourse forum's.").arg(base.host()));
            return;
        }
        // A key the forum does not know is 403 (invalid_access); no one signed in is 404.
        if (result.status == 403 || result.status == 404 || result.status == 401) {
            const QString said = discourse::error(result.errorBody).message;
            done(false, {},
                said.isEmpty() ? Text::tr("The forum does not accept this key.")
                               : Text::tr("The forum does not accept this key: %1").arg(said));
            return;
        }
        done(false, {}, Text::tr("Could not reach %1: %2").arg(base.host(), result.errorText));
    });
}

void revoke(HttpClient &http, const QUrl &base, const DiscourseCredentials &credentials,
    std::function<void(bool, QString)> done)
{
    if (credentials.userApiKey.isEmpty()) {
        done(true, QString());
        return;
    }
    HttpRequest request = jsonRequest(endpoint(base, QStringLiteral("/user-api-key/revoke")), credentials);
    request.method = QByteArrayLiteral("POST");
    http.get(request, [base, done = std::move(done)](const HttpResult &result) {
        // Already revoked on the forum (403) is as good as revoked now.
        if (result.outcome == HttpResult::Outcome::Ok || result.status == 403) {
            done(true, QString());
            return;
        }
        done(false, Text::tr("Could not reach %1: %2").arg(base.host(), result.errorText));
    });
}

} // namespace gilde::discourse
