#include "Command.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sync/Outbox.h"
#include "core/sources/discourse/DiscourseAccountSetup.h"
#include "core/sources/discourse/DiscourseHttp.h"
#include "core/sources/discourse/DiscourseSession.h"
#include "core/sources/discourse/DiscourseUserApiKey.h"
#include "core/sources/mastodon/MastodonAccountSetup.h"
#include "core/sources/mastodon/MastodonSignIn.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace gilde
{

namespace
{

/// `gilde account add shaarli --server URL --token-stdin`,
/// `gilde account add mastodon --server URL [--token-stdin]`,
/// `gilde account add discourse --server URL [--token-stdin [--user NAME]]` and
/// `gilde account remove ID`. Without --token-stdin, a Mastodon or Discourse
/// sign-in prints the address to open in a browser and reads what the server
/// shows (a code, an encrypted key). The secret comes on standard input only:
/// an argument would show in the process list and the shell's history.
class AccountCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override
    {
        return tr("Add a server account (its secret read from stdin) or remove one.");
    }
    QString syntax() const override { return tr("add shaarli|mastodon|discourse | remove ID"); }

    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({ QStringLiteral("server"), tr("The server's address (add)."), tr("URL") });
        parser.addOption({ QStringLiteral("token-stdin"),
            tr("Read the token or API secret from standard input (add). Shaarli: Tools → Configure → "
               "REST API secret.") });
        parser.addOption({ QStringLiteral("user"),
            tr("With --token-stdin for a forum: the key is an admin API key, acting as this user."), tr("NAME") });
    }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        m_json = parser.isSet(QStringLiteral("json"));
        const QString sub = args.value(0);
        if (sub == u"add")
            return add(parser, args.mid(1));
        if (sub == u"remove")
            return remove(args.mid(1));
        if (sub.isEmpty())
            return usageError(tr("Say what to do: add or remove."));
        return usageError(tr("Unknown account command: %1").arg(sub));
    }

private:
    int add(const QCommandLineParser &parser, const QStringList &args)
    {
        if (args.size() != 1)
            return usageError(tr("Say which kind of account to add: shaarli, mastodon or discourse."));
        const QString server = parser.value(QStringLiteral("server")).trimmed();
        if (args.first() == u"mastodon") {
            if (server.isEmpty())
                return usageError(tr("Give the server's address with --server URL."));
            return addMastodon(server, parser.isSet(QStringLiteral("token-stdin")));
        }
        if (args.first() == u"discourse") {
            if (server.isEmpty())
                return usageError(tr("Give the forum's address with --server URL."));
            return addDiscourse(server, parser.isSet(QStringLiteral("token-stdin")), parser.value(QStringLiteral("user")));
        }
        if (args.first() != u"shaarli")
            return usageError(tr("Unknown kind of account: %1").arg(args.first()));
        if (server.isEmpty())
            return usageError(tr("Give the server's address with --server URL."));
        if (!parser.isSet(QStringLiteral("token-stdin")))
            return usageError(tr("Give the API secret on standard input with --token-stdin, e.g. "
                                 "gilde account add shaarli --server URL --token-stdin < secret.txt"));
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return failure(tr("Cannot read standard input."));
        // The first line: a trailing newline from echo or a file is not part of it.
        const QString secret = QString::fromUtf8(in.readLine()).trimmed();
        if (secret.isEmpty())
            return failure(tr("No API secret on standard input."));

        engine().accounts().addShaarli(
            QUrl::fromUserInput(server), secret, [this](const Accounts::AddResult &r) {
                if (r.id == 0) {
                    Q_EMIT finished(failure(r.error));
                    return;
                }
                if (m_json) {
                    out() << addedJson(r);
                } else if (r.replaced) {
                    out() << tr("Shaarli account %1 (%2): the API secret is replaced.")
                                 .arg(r.id)
                                 .arg(r.account.server.toDisplayString())
                          << '\n';
                } else {
                    out() << tr("Added Shaarli account %1: %2 (%3). Links are synced with it.")
                                 .arg(r.id)
                                 .arg(r.account.displayName, r.account.server.toDisplayString())
                          << '\n';
                }
                Q_EMIT finished(Success);
            });
        return Pending;
    }

    /// What `--json` prints for an added account (`user` where the kind has users).
    static QByteArray addedJson(const Accounts::AddResult &r)
    {
        QJsonObject o { { QStringLiteral("id"), r.id }, { QStringLiteral("kind"), r.account.kind },
            { QStringLiteral("server"), r.account.server.toString() },
            { QStringLiteral("displayName"), r.account.displayName }, { QStringLiteral("replaced"), r.replaced } };
        if (!r.account.userName.isEmpty())
            o.insert(QStringLiteral("user"), r.account.userName);
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    }

    static QString readLine()
    {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(in.readLine()).trimmed();
    }

    int addMastodon(const QString &serverText, bool tokenOnStdin)
    {
        const QUrl server = MastodonSignIn::serverFromUserInput(serverText);
        if (server.isEmpty())
            return usageError(tr("Not a web address: %1").arg(serverText));
        if (tokenOnStdin) {
            const QString token = readLine();
            if (token.isEmpty())
                return failure(tr("No access token on standard input."));
            addMastodonToken(server, token);
            return Pending;
        }
        // The browser shows the code on the server's page; it comes back here on stdin.
        m_signIn = new MastodonSignIn(engine().http(), server, this);
        const QString redirect = MastodonSignIn::outOfBandRedirect();
        m_signIn->registerApp({ redirect }, [this, server, redirect](bool ok, const QString &error) {
            if (!ok) {
                Q_EMIT finished(failure(error));
                return;
            }
            err() << tr("Open this address in your browser, sign in and allow Gilde:") << '\n'
                  << m_signIn->authorizationUrl(redirect).toString(QUrl::FullyEncoded) << '\n'
                  << tr("Then paste the code the server shows and press Enter:") << '\n';
            err().flush();
            const QString code = readLine();
            if (code.isEmpty()) {
                Q_EMIT finished(failure(tr("No code on standard input.")));
                return;
            }
            m_signIn->exchangeCode(code, redirect, [this, server](bool ok, const QString &token, const QString &error) {
                if (!ok) {
                    Q_EMIT finished(failure(error));
                    return;
                }
                addMastodonToken(server, token);
            });
        });
        return Pending;
    }

    void addMastodonToken(const QUrl &server, const QString &token)
    {
        engine().accounts().addMastodon(server, token, [this](const Accounts::AddResult &r) {
            if (r.id == 0) {
                Q_EMIT finished(failure(r.error));
                return;
            }
            // A new account brings its tab, so the window and the first refresh show something.
            QList<qint64> sources;
            // Signed in again: the writes that waited for it are due now.
            if (r.replaced)
                engine().outbox().resumeAccount(r.id);
            if (!r.replaced)
                mastodon::addAccountTab(engine().subscriptions(), engine().columns(), r.account, &sources);
            if (m_json) {
                out() << addedJson(r);
            } else if (r.replaced) {
                out() << tr("Mastodon account %1 (@%2): the access token is replaced.").arg(r.id).arg(r.account.userName)
                      << '\n';
            } else {
                out() << tr("Added Mastodon account %1: @%2, with a tab of its Home and Notifications.")
                             .arg(r.id)
                             .arg(r.account.userName)
                      << '\n';
            }
            Q_EMIT finished(Success);
        });
    }

    int remove(const QStringList &args)
    {
        if (args.size() != 1)
            return usageError(tr("Give the id of the account to remove (see: gilde accounts)."));
        const qint64 id = positiveNumber(args.first());
        if (id == 0 || !engine().accounts().byId(id))
            return failure(tr("There is no account %1 (see: gilde accounts).").arg(args.first()));
        engine().accounts().remove(id, [this, id](bool ok, const QString &error) {
            if (!ok) {
                Q_EMIT finished(failure(tr("Account %1 is removed, but its secret stays in the keychain: %2")
                                            .arg(id)
                                            .arg(error)));
                return;
            }
            out() << tr("Removed account %1 and its queued changes.").arg(id) << '\n';
            if (!error.isEmpty())
                err() << error << '\n';
            Q_EMIT finished(Success);
        });
        return Pending;
    }

    int addDiscourse(const QString &serverText, bool keyOnStdin, const QString &user)
    {
        const QUrl forum = discourse::forumFromUserInput(serverText);
        if (forum.isEmpty())
            return usageError(tr("Not a web address: %1").arg(serverText));
        DiscourseCredentials credentials;
        if (keyOnStdin) {
            const QString key = readLine();
            if (key.isEmpty())
                return failure(tr("No key on standard input."));
            if (user.isEmpty()) {
                credentials.userApiKey = key;
            } else {
                credentials.apiKey = key;
                credentials.apiUsername = user;
            }
            addDiscourseCredentials(forum, credentials);
            return Pending;
        }
        if (!user.isEmpty())
            return usageError(tr("--user goes with --token-stdin: an admin API key for that user."));
        QString error;
        auto request = DiscourseUserApiKey::create(&error);
        if (!request)
            return failure(error);
        // Without a redirect the forum shows the encrypted key to paste here.
        err() << tr("Open this address in your browser, sign in to the forum and allow Gilde:") << '\n'
              << request->authorizationUrl(forum).toString(QUrl::FullyEncoded) << '\n'
              << tr("Then paste the text the forum shows and press Enter:") << '\n';
        err().flush();
        const QString payload = readPayload(*request);
        if (payload.isEmpty())
            return failure(tr("Nothing was pasted on standard input."));
        const auto key = request->keyFromPayload(payload, &error);
        if (!key)
            return failure(error);
        credentials.userApiKey = *key;
        addDiscourseCredentials(forum, credentials);
        return Pending;
    }

    /// The forum shows the payload over several lines: read until it is whole,
    /// an empty line or the end of the input.
    static QString readPayload(const DiscourseUserApiKey &request)
    {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return {};
        QString text;
        for (int lines = 0; lines < 100 && !request.isWholePayload(text); ++lines) {
            const QByteArray line = in.readLine();
            if (line.isEmpty() || (line.trimmed().isEmpty() && !text.isEmpty()))
                break;
            text += QString::fromUtf8(line);
        }
        return text.trimmed();
    }

    void addDiscourseCredentials(const QUrl &forum, const DiscourseCredentials &credentials)
    {
        engine().accounts().addDiscourse(forum, credentials, [this](const Accounts::AddResult &r) {
            if (r.id == 0) {
                Q_EMIT finished(failure(r.error));
                return;
            }
            // A new account brings its tab: the latest, new and unread topics and messages.
            if (r.replaced)
                engine().outbox().resumeAccount(r.id);
            else
                discourse::addAccountTab(engine().subscriptions(), engine().columns(), r.account);
            if (m_json) {
                out() << addedJson(r);
            } else if (r.replaced) {
                out() << tr("Forum account %1 (%2 on %3): the key is replaced.")
                             .arg(r.id)
                             .arg(r.account.userName, r.account.server.host())
                      << '\n';
            } else {
                out() << tr("Added forum account %1: %2 on %3, with a tab of its latest, new and unread topics and messages.")
                             .arg(r.id)
                             .arg(r.account.userName, r.account.server.host())
                      << '\n';
            }
            Q_EMIT finished(Success);
        });
    }

    bool m_json = false;
    MastodonSignIn *m_signIn = nullptr;
};

} // namespace

std::unique_ptr<Command> makeAccountCommand()
{
    return std::make_unique<AccountCommand>();
}

} // namespace gilde

#include "AccountCommand.moc"
