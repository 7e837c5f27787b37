#pragma once

#include "ShaarliJson.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace gilde
{

class HttpClient;

/// How one API call ended, decided in one place from the HTTP answer.
struct ShaarliResult {
    enum class Outcome {
        Ok,
        NotFound, ///< 404: no such link
        Conflict, ///< 409: the URL is saved already; `existing` is that link
        Transient, ///< network, timeout, 5xx, 429: try again later
        Permanent, ///< 400, 401, 403, or not a Shaarli API: the user must act
    };
    Outcome outcome = Outcome::Transient;
    int status = 0;
    QString error; ///< translated, with the server's own message when it gave one
    int retryAfterSecs = -1;

    bool ok() const { return outcome == Outcome::Ok; }
};

/// Shaarli's REST API v1 (https://shaarli.github.io/api-documentation/):
/// every request carries a fresh JWT (HS512) signed with the instance's API
/// secret. Requests go through the program's HttpClient; callbacks run later
/// on its thread and may outlive this object (they hold no pointer to it).
class ShaarliClient
{
public:
    ShaarliClient(HttpClient &http, const QUrl &server, const QString &secret);

    /// The Shaarli's address without a trailing slash, e.g. "https://host/shaarli".
    static QUrl normalizedServer(const QUrl &server);
    /// "header.payload.signature", base64url without padding; payload {"iat": iatSecs}.
    static QByteArray jwt(const QString &secret, qint64 iatSecs);

    /// Idle time before a request counts as timed out (default 30 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    using Info = ShaarliInfo;
    void info(std::function<void(const ShaarliResult &, const Info &)> done);
    /// Newest first; `limit` 0 = all. `searchTerm` is Shaarli's full-text search.
    void links(int offset, int limit, const QString &searchTerm,
        std::function<void(const ShaarliResult &, const QList<ShaarliLink> &)> done);
    void link(qint64 id, std::function<void(const ShaarliResult &, const ShaarliLink &)> done);
    /// On Conflict the link passed to `done` is the one the server has for this URL.
    void create(
        const ShaarliLink &link, std::function<void(const ShaarliResult &, const ShaarliLink &)> done);
    void update(
        const ShaarliLink &link, std::function<void(const ShaarliResult &, const ShaarliLink &)> done);
    void remove(qint64 id, std::function<void(const ShaarliResult &)> done);
    void tags(std::function<void(const ShaarliResult &, const QList<TagCount> &)> done);

private:
    using Raw = std::function<void(const ShaarliResult &, const QByteArray &body)>;
    void send(const QByteArray &method, const QString &path, const QList<std::pair<QString, QString>> &query,
        const QJsonObject &body, Raw done);

    HttpClient &m_http;
    QUrl m_server;
    QString m_secret;
    int m_timeoutMs = 30000;
};

} // namespace gilde
