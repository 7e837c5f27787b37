#include "MastodonSignIn.h"

#include "MastodonJson.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace gilde
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MastodonSignIn)
};

QString randomString(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QString s;
    s.reserve(length);
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        s += QLatin1Char(alphabet[random->bounded(int(sizeof alphabet - 1))]);
    return s;
}

QByteArray formBody(const QUrlQuery &query)
{
    return query.toString(QUrl::FullyEncoded).toUtf8();
}

/// What went wrong, in the server's words when it gave any.
QString failure(const HttpResult &result)
{
    if (result.outcome == HttpResult::Outcome::Http) {
        const MastodonError error = mastodon::error(result.errorBody);
        if (!error.description.isEmpty())
            return error.description;
        if (!error.error.isEmpty())
            return error.error;
    }
    return result.errorText;
}

HttpRequest post(const QUrl &url, const QUrlQuery &form, int timeoutMs)
{
    HttpRequest request;
    request.url = url;
    request.method = QByteArrayLiteral("POST");
    request.body = formBody(form);
    request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") });
    request.accept = QByteArrayLiteral("application/json");
    request.timeoutMs = timeoutMs;
    return request;
}

QUrl endpoint(const QUrl &server, const QString &path)
{
    QUrl url = server;
    url.setPath(path);
    return url;
}

} // namespace

QString MastodonSignIn::outOfBandRedirect()
{
    return QStringLiteral("urn:ietf:wg:oauth:2.0:oob");
}

QString MastodonSignIn::scopes()
{
    return QStringLiteral("read write follow");
}

MastodonSignIn::MastodonSignIn(HttpClient &http, const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_server(server)
    , m_verifier(makeVerifier())
    , m_state(randomString(24))
{
}

QUrl MastodonSignIn::serverFromUserInput(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(u'@') && t.count(u'@') == 2) // "@me@server": the server part
        t = t.mid(t.lastIndexOf(u'@') + 1);
    const QUrl url(t.contains(QStringLiteral("://")) ? t : QStringLiteral("https://") + t);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    QUrl server;
    server.setScheme(url.scheme());
    server.setHost(url.host());
    server.setPort(url.port());
    return server;
}

QString MastodonSignIn::makeVerifier()
{
    return randomString(64);
}

QString MastodonSignIn::challengeOf(const QString &verifier)
{
    const QByteArray hash = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void MastodonSignIn::registerApp(const QStringList &redirectUris, std::function<void(bool, QString)> done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_name"), QStringLiteral("Gilde"));
    form.addQueryItem(QStringLiteral("redirect_uris"), redirectUris.join(u'\n'));
    form.addQueryItem(QStringLiteral("scopes"), scopes());
    QPointer<MastodonSignIn> self(this);
    m_http.get(post(endpoint(m_server, QStringLiteral("/api/v1/apps")), form, m_timeoutMs),
        [self, done = std::move(done)](const HttpResult &result) {
            if (!self)
                return;
            if (result.outcome != HttpResult::Outcome::Ok) {
                done(false, Text::tr("The server did not register Gilde: %1").arg(failure(result)));
                return;
            }
            const QJsonObject app = QJsonDocument::fromJson(result.body).object();
            self->m_clientId = app.value(QLatin1String("client_id")).toString();
            self->m_clientSecret = app.value(QLatin1String("client_secret")).toString();
            if (self->m_clientId.isEmpty()) {
                done(false, Text::tr("The server's answer to the app registration has no client id."));
                return;
            }
            done(true, QString());
        });
}

QUrl MastodonSignIn::authorizationUrl(const QString &redirectUri) const
{
    QUrl url = endpoint(m_server, QStringLiteral("/oauth/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    query.addQueryItem(QStringLiteral("scope"), scopes());
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("code_challenge"), challengeOf(m_verifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    // Spaces as %20 and '+' kept literal: some servers read the query strictly.
    url.setQuery(query.toString(QUrl::FullyEncoded));
    return url;
}

void MastodonSignIn::exchangeCode(
    const QString &code, const QString &redirectUri, std::function<void(bool, QString, QString)> done)
{
    if (m_clientId.isEmpty()) {
        done(false, QString(), Text::tr("Gilde is not registered with the server yet."));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code.trimmed());
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("client_secret"), m_clientSecret);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    form.addQueryItem(QStringLiteral("code_verifier"), m_verifier);
    form.addQueryItem(QStringLiteral("scope"), scopes());
    QPointer<MastodonSignIn> self(this);
    m_http.get(post(endpoint(m_server, QStringLiteral("/oauth/token")), form, m_timeoutMs),
        [self, done = std::move(done)](const HttpResult &result) {
            if (!self)
                return;
            if (result.outcome != HttpResult::Outcome::Ok) {
                done(false, QString(), Text::tr("The server did not accept the code: %1").arg(failure(result)));
                return;
            }
            const QString token
                = QJsonDocument::fromJson(result.body).object().value(QLatin1String("access_token")).toString();
            if (token.isEmpty()) {
                done(false, QString(), Text::tr("The server's answer has no access token."));
                return;
            }
            done(true, token, QString());
        });
}

void MastodonSignIn::verifyCredentials(HttpClient &http, const QUrl &server, const QString &token, int timeoutMs,
    std::function<void(bool, MastodonAccount, QString)> done)
{
    HttpRequest request;
    request.url = endpoint(server, QStringLiteral("/api/v1/accounts/verify_credentials"));
    request.accept = QByteArrayLiteral("application/json");
    request.timeoutMs = timeoutMs;
    request.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8() });
    http.get(request, [server, done = std::move(done)](const HttpResult &result) {
        if (result.outcome != HttpResult::Outcome::Ok) {
            const bool refused = result.status == 401 || result.status == 403 || result.status == 422;
            done(false, {},
                refused ? Text::tr("The server does not accept this token: %1").arg(failure(result))
                        : Text::tr("Could not reach %1: %2").arg(server.host(), failure(result)));
            return;
        }
        QString error;
        const auto account = mastodon::singleAccount(result.body, &error);
        if (!account || account->id.isEmpty()) {
            done(false, {}, Text::tr("The server's answer is not an account: %1").arg(error));
            return;
        }
        done(true, *account, QString());
    });
}

} // namespace gilde
