#include "Command.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace gilde
{

namespace
{

/// `gilde account add shaarli --server URL --token-stdin` and
/// `gilde account remove ID`. The secret comes on standard input only: an
/// argument would show in the process list and the shell's history.
class AccountCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override
    {
        return tr("Add a server account (its secret read from stdin) or remove one.");
    }
    QString syntax() const override { return tr("add shaarli | remove ID"); }

    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({ QStringLiteral("server"), tr("The server's address (add)."), tr("URL") });
        parser.addOption({ QStringLiteral("token-stdin"),
            tr("Read the token or API secret from standard input (add). Shaarli: Tools → Configure → "
               "REST API secret.") });
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
            return usageError(tr("Say which kind of account to add: shaarli."));
        if (args.first() != u"shaarli") {
            if (args.first() == u"mastodon" || args.first() == u"discourse")
                return failure(tr("%1 accounts are not supported yet.").arg(args.first()));
            return usageError(tr("Unknown kind of account: %1").arg(args.first()));
        }
        const QString server = parser.value(QStringLiteral("server")).trimmed();
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
                    out() << QJsonDocument(QJsonObject {
                                               { QStringLiteral("id"), r.id },
                                               { QStringLiteral("kind"), r.account.kind },
                                               { QStringLiteral("server"), r.account.server.toString() },
                                               { QStringLiteral("displayName"), r.account.displayName },
                                               { QStringLiteral("replaced"), r.replaced },
                                           })
                                 .toJson(QJsonDocument::Indented);
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
            Q_EMIT finished(Success);
        });
        return Pending;
    }

    bool m_json = false;
};

} // namespace

std::unique_ptr<Command> makeAccountCommand()
{
    return std::make_unique<AccountCommand>();
}

} // namespace gilde

#include "AccountCommand.moc"
