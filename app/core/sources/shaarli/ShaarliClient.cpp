#include "ShaarliClient.h"

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace gilde
{

namespace
{

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

ShaarliResult judge(const HttpResult &http)
{
    using O = ShaarliResult::Outcome;
    ShaarliResult r;
    r.status = http.status;
    r.retryAfterSecs = http.retryAfterSecs;
    if (http.isSuccess()) {
        r.outcome = O::Ok;
        return r;
    }
    const QString message = shaarliServerMessage(http.errorBody);
    if (http.isTransient()) {
        r.outcome = O::Transient;
        r.error = message.isEmpty() ? http.errorText
                                    : QCoreApplication::translate("ShaarliClient", "%1 (the server said: %2)")
                                          .arg(http.errorText, message);
        return r;
    }
    if (http.status == 404) {
        r.outcome = O::NotFound;
        r.error = QCoreApplication::translate("ShaarliClient", "Shaarli has no such link (404).");
        return r;
    }
    if (http.status == 409) {
        r.outcome = O::Conflict;
        r.error
            = QCoreApplication::translate("ShaarliClient", "Shaarli has this address saved already (409).");
        return r;
    }
    r.outcome = O::Permanent;
    if (http.status == 401 || http.status == 403) {
        r.error = QCoreApplication::translate("ShaarliClient",
            "Shaarli refused the API secret (%1 %2). Check the REST API secret under Tools → "
            "Configure your Shaarli.")
                      .arg(http.status)
                      .arg(message.isEmpty() ? QCoreApplication::translate("ShaarliClient", "Not authorized")
                                             : message);
    } else if (http.outcome == HttpResult::Outcome::Http) {
        r.error = message.isEmpty()
            ? QCoreApplication::translate("ShaarliClient", "Shaarli answered %1.").arg(http.status)
            : QCoreApplication::translate("ShaarliClient", "Shaarli answered %1: %2")
                  .arg(http.status)
                  .arg(message);
    } else {
        r.error = http.errorText;
    }
    return r;
}

ShaarliResult notShaarli(const QUrl &url)
{
    ShaarliResult r;
    r.outcome = ShaarliResult::Outcome::Permanent;
    r.status = 200;
    r.error = QCoreApplication::translate("ShaarliClient",
        "%1 does not answer like a Shaarli REST API (is the address right, and is the REST API "
        "enabled in its configuration?).")
                  .arg(url.toDisplayString());
    return r;
}

} // namespace

ShaarliClient::ShaarliClient(HttpClient &http, const QUrl &server, const QString &secret)
    : m_http(http)
    , m_server(normalizedServer(server))
    , m_secret(secret)
{
}

QUrl ShaarliClient::normalizedServer(const QUrl &server)
{
    QUrl u = server.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = u.path();
    if (path.endsWith(QLatin1String("/index.php")))
        path.chop(int(qstrlen("/index.php")));
    while (path.endsWith(u'/'))
        path.chop(1);
    u.setPath(path);
    return u;
}

QByteArray ShaarliClient::jwt(const QString &secret, qint64 iatSecs)
{
    const QByteArray header = base64Url(R"({"typ":"JWT","alg":"HS512"})");
    const QByteArray payload = base64Url(
        QJsonDocument(QJsonObject { { QStringLiteral("iat"), iatSecs } }).toJson(QJsonDocument::Compact));
    const QByteArray signedPart = header + '.' + payload;
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signedPart, secret.toUtf8(), QCryptographicHash::Sha512);
    return signedPart + '.' + base64Url(signature);
}

void ShaarliClient::send(const QByteArray &method, const QString &path,
    const QList<std::pair<QString, QString>> &query, const QJsonObject &body, Raw done)
{
    QUrl url = m_server;
    url.setPath(m_server.path() + QStringLiteral("/api/v1") + path);
    if (!query.isEmpty()) {
        // Encoded by hand: PHP reads '+' as a space, so nothing is left for QUrl to guess.
        QByteArray encoded;
        for (const auto &[key, value] : query) {
            if (!encoded.isEmpty())
                encoded += '&';
            encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        }
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    }
    HttpRequest request;
    request.url = url;
    request.method = method;
    request.accept = QByteArrayLiteral("application/json");
    request.timeoutMs = m_timeoutMs;
    request.totalTimeoutMs = std::max(m_timeoutMs, 1) * 4;
    // Shaarli checks that the token was issued in the last 9 minutes and not in
    // its future: a few seconds back covers a server clock slightly behind ours.
    const qint64 iat = QDateTime::currentSecsSinceEpoch() - 10;
    request.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + jwt(m_secret, iat) });
    if (method == "POST" || method == "PUT") {
        request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    m_http.get(request, [done = std::move(done)](const HttpResult &http) {
        const ShaarliResult r = judge(http);
        done(r, r.outcome == ShaarliResult::Outcome::Ok ? http.body : http.errorBody);
    });
}

void ShaarliClient::info(std::function<void(const ShaarliResult &, const Info &)> done)
{
    const QUrl server = m_server;
    send("GET", QStringLiteral("/info"), {}, {},
        [done = std::move(done), server](ShaarliResult r, const QByteArray &body) {
            if (!r.ok()) {
                done(r, Info());
                return;
            }
            const std::optional<Info> info = parseShaarliInfo(body);
            done(info ? r : notShaarli(server), info.value_or(Info()));
        });
}

void ShaarliClient::links(int offset, int limit, const QString &searchTerm,
    std::function<void(const ShaarliResult &, const QList<ShaarliLink> &)> done)
{
    QList<std::pair<QString, QString>> query {
        { QStringLiteral("offset"), QString::number(offset) },
        { QStringLiteral("limit"), limit > 0 ? QString::number(limit) : QStringLiteral("all") },
    };
    if (!searchTerm.isEmpty())
        query.append({ QStringLiteral("searchterm"), searchTerm });
    const QUrl server = m_server;
    send("GET", QStringLiteral("/links"), query, {},
        [done = std::move(done), server](ShaarliResult r, const QByteArray &body) {
            if (!r.ok()) {
                done(r, {});
                return;
            }
            const std::optional<QList<ShaarliLink>> links = parseShaarliLinks(body);
            done(links ? r : notShaarli(server), links.value_or(QList<ShaarliLink>()));
        });
}

namespace
{

std::function<void(ShaarliResult, const QByteArray &)> oneLink(
    const QUrl &server, std::function<void(const ShaarliResult &, const ShaarliLink &)> done)
{
    return [done = std::move(done), server](ShaarliResult r, const QByteArray &body) {
        if (!r.ok() && r.outcome != ShaarliResult::Outcome::Conflict) {
            done(r, ShaarliLink());
            return;
        }
        const std::optional<ShaarliLink> link = parseShaarliLink(body);
        done(link || !r.ok() ? r : notShaarli(server), link.value_or(ShaarliLink()));
    };
}

} // namespace

void ShaarliClient::link(qint64 id, std::function<void(const ShaarliResult &, const ShaarliLink &)> done)
{
    send("GET", QStringLiteral("/links/%1").arg(id), {}, {}, oneLink(m_server, std::move(done)));
}

void ShaarliClient::create(
    const ShaarliLink &link, std::function<void(const ShaarliResult &, const ShaarliLink &)> done)
{
    send("POST", QStringLiteral("/links"), {}, link.toJson(), oneLink(m_server, std::move(done)));
}

void ShaarliClient::update(
    const ShaarliLink &link, std::function<void(const ShaarliResult &, const ShaarliLink &)> done)
{
    send("PUT", QStringLiteral("/links/%1").arg(link.id), {}, link.toJson(),
        oneLink(m_server, std::move(done)));
}

void ShaarliClient::remove(qint64 id, std::function<void(const ShaarliResult &)> done)
{
    send("DELETE", QStringLiteral("/links/%1").arg(id), {}, {},
        [done = std::move(done)](const ShaarliResult &r, const QByteArray &) { done(r); });
}

void ShaarliClient::tags(std::function<void(const ShaarliResult &, const QList<TagCount> &)> done)
{
    const QUrl server = m_server;
    send("GET", QStringLiteral("/tags"), { { QStringLiteral("limit"), QStringLiteral("all") } }, {},
        [done = std::move(done), server](ShaarliResult r, const QByteArray &body) {
            if (!r.ok()) {
                done(r, {});
                return;
            }
            const std::optional<QList<TagCount>> tags = parseShaarliTags(body);
            done(tags ? r : notShaarli(server), tags.value_or(QList<TagCount>()));
        });
}

} // namespace gilde
