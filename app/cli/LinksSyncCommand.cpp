#include "Command.h"
#include "OutboxSend.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/shaarli/ShaarliSync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gilde
{

namespace
{

/// `gilde links sync`: brings in what changed on the Shaarli, then sends what
/// waits in the outbox, and says what was merged.
class LinksSyncCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("links sync"); }
    QString summary() const override
    {
        return tr("Sync the links with the Shaarli account: pull its changes, send ours.");
    }

    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            { QStringLiteral("account"), tr("The Shaarli account (default: the first one)."), tr("ID") });
    }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        if (!args.isEmpty())
            return usageError(tr("Unexpected argument: %1").arg(args.first()));
        m_json = parser.isSet(QStringLiteral("json"));
        qint64 account = engine().linkSyncAccount();
        if (parser.isSet(QStringLiteral("account"))) {
            account = positiveNumber(parser.value(QStringLiteral("account")));
            const auto a = engine().accounts().byId(account);
            if (!a || a->kind != u"shaarli")
                return failure(tr("There is no Shaarli account %1 (see: gilde accounts).")
                                   .arg(parser.value(QStringLiteral("account"))));
        }
        if (account == 0)
            return failure(tr("No Shaarli account to sync with: add one with gilde account add shaarli "
                              "--server URL --token-stdin."));

        engine().shaarliSync().pull(account, [this](const ShaarliPullSummary &pulled) {
            m_pulled = pulled;
            auto *sender = new OutboxSend(engine(), this);
            sender->run(120 * 1000, [this](const OutboxSend::Summary &sent) { report(sent); });
        });
        return Pending;
    }

private:
    void report(const OutboxSend::Summary &sent)
    {
        const ShaarliPullSummary &p = m_pulled;
        if (m_json) {
            out() << QJsonDocument(
                QJsonObject {
                    { QStringLiteral("pulled"),
                        QJsonObject {
                            { QStringLiteral("ok"), p.ok() },
                            { QStringLiteral("error"),
                                p.ok() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.error) },
                            { QStringLiteral("seen"), p.seen },
                            { QStringLiteral("added"), p.added },
                            { QStringLiteral("updated"), p.updated },
                            { QStringLiteral("merged"), p.merged },
                            { QStringLiteral("removed"), p.removed },
                            { QStringLiteral("kept"), p.kept },
                        } },
                    { QStringLiteral("sent"), sent.sent },
                    { QStringLiteral("waiting"), sent.waiting + sent.inFlight },
                    { QStringLiteral("failed"), sent.failed },
                    { QStringLiteral("merges"), QJsonArray::fromStringList(p.messages + sent.merges) },
                })
                         .toJson(QJsonDocument::Indented);
        } else {
            if (p.ok()) {
                out() << shaarliPullLine(p) << '\n';
                for (const QString &notice : shaarliPullNotices(p))
                    out() << notice << '\n';
            }
            out() << OutboxSend::describe(sent);
        }
        if (!p.ok())
            err() << tr("Could not pull from the Shaarli: %1").arg(p.error) << '\n';
        const bool ok = p.ok() && sent.failed == 0 && sent.waiting == 0 && sent.inFlight == 0;
        Q_EMIT finished(ok ? Success : Failure);
    }

    bool m_json = false;
    ShaarliPullSummary m_pulled;
};

} // namespace

std::unique_ptr<Command> makeLinksSyncCommand()
{
    return std::make_unique<LinksSyncCommand>();
}

} // namespace gilde

#include "LinksSyncCommand.moc"
