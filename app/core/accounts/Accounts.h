#pragma once

#include "model/Account.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace gilde
{

class AccountStore;
struct DiscourseCredentials;
class HttpClient;
class SecretStore;

/// Accounts on servers as a service: adding one checks its secret with the
/// server first, then keeps the account in the AccountStore and the secret in
/// the keychain (never in SQLite). Secrets are read from the keychain once and
/// then held in memory for the deliverers.
class Accounts : public QObject
{
    Q_OBJECT
public:
    Accounts(AccountStore &store, SecretStore &secrets, HttpClient &http, QObject *parent = nullptr);

    QList<Account> all() const;
    QList<Account> ofKind(const QString &kind) const;
    std::optional<Account> byId(qint64 id) const;

    struct AddResult {
        qint64 id = 0; ///< 0 on failure
        bool replaced = false; ///< an account for this server existed: its secret was replaced
        Account account;
        QString error; ///< translated; empty on success
    };
    /// Checks the API secret with GET /api/v1/info, then stores the account
    /// and the secret. A second add for the same server replaces its secret.
    void addShaarli(const QUrl &server, const QString &secret, std::function<void(const AddResult &)> done);

    /// Checks a Mastodon access token with verify_credentials, then stores the
    /// account (user@server) and the token. The same user again replaces the token.
    void addMastodon(const QUrl &server, const QString &token, std::function<void(const AddResult &)> done);

    /// Checks Discourse credentials with /session/current.json, then stores the
    /// account (the user on the forum) and the credentials. The same user again replaces them.
    void addDiscourse(
        const QUrl &forum, const DiscourseCredentials &credentials, std::function<void(const AddResult &)> done);

    /// The account's secret (from memory, else the keychain).
    void secret(qint64 accountId, std::function<void(bool ok, QString secret, QString error)> done);
    /// Removes the account, its queued changes and its secret. A Discourse
    /// User API Key is revoked on the forum first; when the forum cannot be
    /// told, the account still goes and `error` says so with `ok` true.
    void remove(qint64 accountId, std::function<void(bool ok, QString error)> done);

    /// Idle time before a check request counts as timed out (default 30 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// Account ids start at 1 in every profile, and the keychain is shared by
    /// all of them: a scope per profile keeps their secrets apart. The key of
    /// an account is SecretStore::keyFor(id), plus "@<scope>" when set.
    void setSecretScope(const QString &scope) { m_secretScope = scope; }
    QString secretKey(qint64 accountId) const;

Q_SIGNALS:
    void accountsChanged();

private:
    void store(Account account, const QString &secret, std::function<void(const AddResult &)> done);
    void removeHere(qint64 accountId, const QString &note, std::function<void(bool ok, QString error)> done);

    AccountStore &m_store;
    SecretStore &m_secrets;
    HttpClient &m_http;
    QHash<qint64, QString> m_secretCache;
    int m_timeoutMs = 30000;
    QString m_secretScope;
};

} // namespace gilde
