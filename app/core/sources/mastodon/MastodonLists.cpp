#include "MastodonLists.h"

#include "MastodonHttp.h"
#include "MastodonJson.h"
#include "net/HttpClient.h"

#include <QUrlQuery>

namespace gilde::mastodon
{

void fetchLists(HttpClient &http, const QUrl &server, const QString &token,
    std::function<void(const QList<MastodonList> &lists, const QString &error)> done)
{
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/lists"));
    HttpRequest request = apiRequest(url, token);
    request.maxBytes = 1024 * 1024;
    request.timeoutMs = 20000;
    http.get(request, [done = std::move(done)](const HttpResult &result) {
        if (result.outcome != HttpResult::Outcome::Ok) {
            const QString refusal = refusalText(result, true);
            done({}, refusal.isEmpty() ? result.errorText : refusal);
            return;
        }
        QString error;
        const QList<MastodonList> found = lists(result.body, &error);
        done(found, error);
    });
}

void fetchRelationship(HttpClient &http, const QUrl &server, const QString &token, const QString &personId,
    std::function<void(const MastodonRelationship &relationship, const QString &error)> done)
{
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/accounts/relationships"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id[]"), personId);
    url.setQuery(query);
    HttpRequest request = apiRequest(url, token);
    request.maxBytes = 256 * 1024;
    request.timeoutMs = 20000;
    http.get(request, [personId, done = std::move(done)](const HttpResult &result) {
        if (result.outcome != HttpResult::Outcome::Ok) {
            const QString refusal = refusalText(result, true);
            done({}, refusal.isEmpty() ? result.errorText : refusal);
            return;
        }
        QString error;
        const std::optional<MastodonRelationship> found = relationship(result.body, personId, &error);
        done(found.value_or(MastodonRelationship()), error);
    });
}

} // namespace gilde::mastodon
