#include "Command.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gilde
{

namespace
{

/// `gilde accounts`: the server accounts, never their secrets.
class AccountsCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("accounts"); }
    QString summary() const override { return tr("List the server accounts."); }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        if (!args.isEmpty())
            return usageError(tr("Unexpected argument: %1").arg(args.first()));
        const QList<Account> accounts = engine().accounts().all();
        const qint64 linkSync = engine().linkSyncAccount();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Account &a : accounts) {
                array.append(QJsonObject {
                    { QStringLiteral("id"), a.id },
                    { QStringLiteral("kind"), a.kind },
                    { QStringLiteral("server"), a.server.toString() },
                    { QStringLiteral("user"), a.userName },
                    { QStringLiteral("userName"), a.userName },
                    { QStringLiteral("displayName"), a.displayName },
                    { QStringLiteral("syncsLinks"), a.id == linkSync },
                });
            }
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const Account &a : accounts) {
            out() << QString::number(a.id).rightJustified(5) << "  " << a.kind << "  "
                  << a.server.toDisplayString();
            if (!a.userName.isEmpty())
                out() << "  @" << a.userName;
            if (!a.displayName.isEmpty())
                out() << "  " << a.displayName;
            if (a.id == linkSync)
                out() << "  " << tr("(links are synced here)");
            out() << '\n';
        }
        if (accounts.isEmpty())
            err() << tr("No accounts yet: add one with gilde account add mastodon --server URL, or gilde account add shaarli --server URL --token-stdin.")
                  << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeAccountsCommand()
{
    return std::make_unique<AccountsCommand>();
}

} // namespace gilde

#include "AccountsCommand.moc"
