#include "MastodonLists.h"

#include "MastodonHttp.h"
#include "MastodonJson.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace gilde::mastodon
{

namespace
{
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MastodonLists)
};
} // namespace

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

void fetchSource(HttpClient &http, const QUrl &server, const QString &token, const QString &statusId,
    std::function<void(const QString &text, const QString &spoiler, const QString &error)> done)
{
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/statuses/%1/source").arg(statusId));
    HttpRequest request = apiRequest(url, token);
    request.maxBytes = 256 * 1024;
    request.timeoutMs = 20000;
    http.get(request, [done = std::move(done)](const HttpResult &result) {
        if (result.outcome == HttpResult::Outcome::Http && result.status == 404) {
            done({}, {}, Text::tr("The server does not let this post be edited."));
            return;
        }
        if (result.outcome != HttpResult::Outcome::Ok) {
            const QString refusal = refusalText(result, true);
            done({}, {}, refusal.isEmpty() ? result.errorText : refusal);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(result.body).object();
        if (!o.value(QLatin1String("text")).isString()) {
            done({}, {}, Text::tr("The server's answer is not the post's text."));
            return;
        }
        done(o.value(QLatin1String("text")).toString(), o.value(QLatin1String("spoiler_text")).toString(), {});
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
