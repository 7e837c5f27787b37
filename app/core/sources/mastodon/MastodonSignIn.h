#pragma once

#include "MastodonEntities.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace gilde
{

class HttpClient;

/// Signing in to a Mastodon server as its documentation describes for apps:
/// register the app (POST /api/v1/apps), send the user to /oauth/authorize
/// with a PKCE challenge (S256), and exchange the code that comes back (on a
/// loopback redirect, or pasted from the page the server shows for the
/// out-of-band redirect) for a token at /oauth/token with the verifier. The
/// token is checked with verify_credentials before anyone keeps it.
/// One object per sign-in: it holds the app's client id and the verifier.
class MastodonSignIn : public QObject
{
    Q_OBJECT
public:
    /// The redirect for a code the user copies from the server's page.
    static QString outOfBandRedirect();
    static QString scopes(); ///< "read write follow"

    MastodonSignIn(HttpClient &http, const QUrl &server, QObject *parent = nullptr);

    QUrl server() const { return m_server; }
    /// "mastodon.social", "https://example.org:8443/": the server part, https unless said.
    static QUrl serverFromUserInput(const QString &text);

    /// Registers Gilde with the server for these redirects (the first is
    /// used unless authorizationUrl says another).
    void registerApp(const QStringList &redirectUris, std::function<void(bool ok, QString error)> done);
    /// Where the user signs in: after registerApp succeeded.
    QUrl authorizationUrl(const QString &redirectUri) const;
    /// The code from the redirect (or pasted) for a token; `redirectUri` as in authorizationUrl.
    void exchangeCode(const QString &code, const QString &redirectUri,
        std::function<void(bool ok, QString token, QString error)> done);
    /// Random state sent with the authorization; a redirect must bring it back.
    QString state() const { return m_state; }

    /// Who the token belongs to (GET /api/v1/accounts/verify_credentials).
    static void verifyCredentials(HttpClient &http, const QUrl &server, const QString &token, int timeoutMs,
        std::function<void(bool ok, MastodonAccount account, QString error)> done);

    /// PKCE (RFC 7636): a verifier of 64 unreserved characters, and its S256 challenge.
    static QString makeVerifier();
    static QString challengeOf(const QString &verifier);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    HttpClient &m_http;
    QUrl m_server;
    QString m_clientId;
    QString m_clientSecret;
    QString m_verifier;
    QString m_state;
    int m_timeoutMs = 30000;
};

} // namespace gilde
