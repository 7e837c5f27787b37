#include "Accounts.h"

#include "SecretStore.h"
#include "sources/discourse/DiscourseSession.h"
#include "sources/mastodon/MastodonSignIn.h"
#include "sources/shaarli/ShaarliClient.h"
#include "store/AccountStore.h"

#include <QPointer>

namespace gilde
{

Accounts::Accounts(AccountStore &store, SecretStore &secrets, HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_http(http)
{
}

QString Accounts::secretKey(qint64 accountId) const
{
    const QString key = SecretStore::keyFor(accountId);
    return m_secretScope.isEmpty() ? key : key + u'@' + m_secretScope;
}

QList<Account> Accounts::all() const
{
    return m_store.all();
}

QList<Account> Accounts::ofKind(const QString &kind) const
{
    return m_store.ofKind(kind);
}

std::optional<Account> Accounts::byId(qint64 id) const
{
    return m_store.byId(id);
}

void Accounts::addShaarli(
    const QUrl &serverUrl, const QString &secret, std::function<void(const AddResult &)> done)
{
    const QUrl server = ShaarliClient::normalizedServer(serverUrl);
    const QString scheme = server.scheme();
    AddResult failed;
    if (!server.isValid() || server.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        failed.error = tr("Not a web address: %1").arg(serverUrl.toDisplayString());
        done(failed);
        return;
    }
    if (secret.trimmed().isEmpty()) {
        failed.error = tr("The API secret is empty.");
        done(failed);
        return;
    }

    ShaarliClient client(m_http, server, secret.trimmed());
    client.setTimeoutMs(m_timeoutMs);
    QPointer<Accounts> self(this);
    client.info([self, server, secret, done = std::move(done)](
                    const ShaarliResult &r, const ShaarliClient::Info &info) mutable {
        if (!self)
            return;
        if (!r.ok()) {
            AddResult result;
            result.error = r.outcome == ShaarliResult::Outcome::Transient
                ? tr("Could not reach the Shaarli at %1: %2").arg(server.toDisplayString(), r.error)
                : r.error;
            done(result);
            return;
        }
        Account account;
        account.kind = QStringLiteral("shaarli");
        account.server = server;
        account.displayName = info.title;
        self->store(account, secret.trimmed(), std::move(done));
    });
}

void Accounts::addMastodon(const QUrl &serverUrl, const QString &token, std::function<void(const AddResult &)> done)
{
    const QUrl server = MastodonSignIn::serverFromUserInput(serverUrl.toString());
    if (server.isEmpty()) {
        AddResult failed;
        failed.error = tr("Not a web address: %1").arg(serverUrl.toDisplayString());
        done(failed);
        return;
    }
    if (token.trimmed().isEmpty()) {
        AddResult failed;
        failed.error = tr("The access token is empty.");
        done(failed);
        return;
    }
    QPointer<Accounts> self(this);
    MastodonSignIn::verifyCredentials(m_http, server, token.trimmed(), m_timeoutMs,
        [self, server, token = token.trimmed(), done = std::move(done)](
            bool ok, const MastodonAccount &who, const QString &error) mutable {
            if (!self)
                return;
            if (!ok) {
                AddResult result;
                result.error = error;
                done(result);
                return;
            }
            Account account;
            account.kind = QStringLiteral("mastodon");
            account.server = server;
            // The user's own acct has no domain: the full address names them everywhere.
            account.userName = who.acct.contains(u'@') ? who.acct : who.username + u'@' + server.host();
            account.displayName = who.displayName.isEmpty() ? who.username : who.displayName;
            self->store(account, token, std::move(done));
        });
}

void Accounts::addDiscourse(
    const QUrl &forumUrl, const DiscourseCredentials &credentials, std::function<void(const AddResult &)> done)
{
    const QUrl forum = discourse::forumFromUserInput(forumUrl.toString());
    if (forum.isEmpty()) {
        AddResult failed;
        failed.error = tr("Not a web address: %1").arg(forumUrl.toDisplayString());
        done(failed);
        return;
    }
    if (credentials.isEmpty() || (credentials.userApiKey.isEmpty() && credentials.apiUsername.isEmpty())) {
        AddResult failed;
        failed.error = credentials.isEmpty() ? tr("The key is empty.") : tr("An admin API key needs the user it acts as.");
        done(failed);
        return;
    }
    QPointer<Accounts> self(this);
    discourse::whoAmI(m_http, forum, credentials, m_timeoutMs,
        [self, forum, credentials, done = std::move(done)](bool ok, const DiscourseUser &who, const QString &error) {
            if (!self)
                return;
            if (!ok) {
                AddResult result;
                result.error = error;
                done(result);
                return;
            }
            Account account;
            account.kind = QStringLiteral("discourse");
            account.server = forum;
            account.userName = who.username;
            account.displayName = who.name.isEmpty() ? who.username : who.name;
            self->store(account, credentials.toSecret(), std::move(done));
        });
}

void Accounts::store(Account account, const QString &secret, std::function<void(const AddResult &)> done)
{
    AddResult result;
    for (const Account &existing : m_store.ofKind(account.kind)) {
        // Shaarli: one account per server; Mastodon: one per user on a server.
        const bool sameServer = ShaarliClient::normalizedServer(existing.server) == ShaarliClient::normalizedServer(account.server);
        if (sameServer && existing.userName == account.userName) {
            result.id = existing.id;
            result.replaced = true;
            account = existing;
            break;
        }
    }
    if (!result.replaced) {
        result.id = m_store.add(account);
        if (result.id <= 0) {
            result.id = 0;
            result.error = tr("The account could not be saved in the profile.");
            done(result);
            return;
        }
        account.id = result.id;
    }
    result.account = account;

    QPointer<Accounts> self(this);
    m_secrets.write(secretKey(result.id), secret,
        [self, result, secret, done = std::move(done)](bool ok, const QString &error) mutable {
            if (!self)
                return;
            if (!ok) {
                // An account whose secret is nowhere would only fail later.
                if (!result.replaced)
                    self->m_store.remove(result.id);
                result.error = tr("The account's secret could not be kept in the keychain: %1").arg(error);
                result.id = 0;
                done(result);
                return;
            }
            self->m_secretCache.insert(result.id, secret);
            Q_EMIT self->accountsChanged();
            done(result);
        });
}

void Accounts::secret(qint64 accountId, std::function<void(bool, QString, QString)> done)
{
    const auto cached = m_secretCache.constFind(accountId);
    if (cached != m_secretCache.cend()) {
        done(true, *cached, QString());
        return;
    }
    QPointer<Accounts> self(this);
    m_secrets.read(secretKey(accountId),
        [self, accountId, done = std::move(done)](bool ok, const QString &secret, const QString &error) {
            if (!self)
                return;
            if (ok)
                self->m_secretCache.insert(accountId, secret);
            done(ok, secret, error);
        });
}

void Accounts::remove(qint64 accountId, std::function<void(bool, QString)> done)
{
    const std::optional<Account> account = m_store.byId(accountId);
    if (!account || account->kind != u"discourse") {
        removeHere(accountId, QString(), std::move(done));
        return;
    }
    // The key goes on the forum too, so a copy of it left anywhere is worthless.
    QPointer<Accounts> self(this);
    const QUrl forum = account->server;
    secret(accountId, [self, accountId, forum, done = std::move(done)](bool ok, const QString &secret, const QString &) mutable {
        if (!self)
            return;
        if (!ok) {
            self->removeHere(accountId, QString(), std::move(done));
            return;
        }
        discourse::revoke(self->m_http, forum, DiscourseCredentials::fromSecret(secret),
            [self, accountId, forum, done = std::move(done)](bool revoked, const QString &error) mutable {
                if (!self)
                    return;
                const QString note = revoked ? QString()
                    : tr("The forum could not be told to revoke Gilde's key (%1); revoke it in your profile on %2 "
                         "under Preferences → Security → Apps.")
                          .arg(error, forum.host());
                self->removeHere(accountId, note, std::move(done));
            });
    });
}

void Accounts::removeHere(qint64 accountId, const QString &note, std::function<void(bool, QString)> done)
{
    m_secretCache.remove(accountId);
    if (!m_store.remove(accountId)) {
        done(false, tr("There is no account %1.").arg(accountId));
        return;
    }
    Q_EMIT accountsChanged();
    m_secrets.remove(secretKey(accountId), [note, done = std::move(done)](bool ok, const QString &error) {
        done(ok, ok ? note : error);
    });
}

} // namespace gilde
