#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace gilde
{

/// One request for a Discourse User API Key, as Discourse intends desktop
/// clients to sign in: a fresh RSA key pair and nonce, the forum's
/// /user-api-key/new address for the browser, and the encrypted payload the
/// forum gives back (on the redirect, or shown for the user to paste)
/// decrypted with the private key and checked against the nonce. The
/// private key never leaves memory and goes with this object.
class DiscourseUserApiKey
{
public:
    /// A new key pair (RSA 2048) and nonce; nullopt and `error` when the
    /// machine could not make one.
    static std::optional<DiscourseUserApiKey> create(QString *error = nullptr);
    ~DiscourseUserApiKey();
    DiscourseUserApiKey(DiscourseUserApiKey &&) noexcept;
    DiscourseUserApiKey &operator=(DiscourseUserApiKey &&) noexcept;

    /// Where the browser asks the user to allow Gilde on forum `base`. With
    /// `redirect` the forum sends the payload there (only where the forum
    /// allows that address); without, it shows the payload to paste.
    QUrl authorizationUrl(const QUrl &base, const QUrl &redirect = {}) const;

    /// The key in `payload` (base64 as the forum gives it, line breaks,
    /// percent-escapes and spaces for '+' from a pasted address allowed), or
    /// nullopt with a translated `error` when it is not for this request.
    std::optional<QString> keyFromPayload(const QString &payload, QString *error = nullptr) const;

    /// Whether `text` holds as much base64 as a payload for this key pair
    /// (for reading a pasted payload line by line).
    bool isWholePayload(const QString &text) const;

    QString nonce() const { return m_nonce; }
    QString clientId() const { return m_clientId; }
    QByteArray publicKeyPem() const { return m_publicPem; }

    /// What the key may do: read, write, notifications and whose it is.
    static QString scopes();
    static QString applicationName();

private:
    struct Keys;
    DiscourseUserApiKey();
    std::unique_ptr<Keys> m_keys;
    QByteArray m_publicPem;
    QString m_nonce;
    QString m_clientId;
};

} // namespace gilde
