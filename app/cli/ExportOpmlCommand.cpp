#include "Command.h"
#include "core/Engine.h"
#include "core/sources/feeds/Subscriptions.h"

#include <QFile>
#include <QSaveFile>

namespace gilde
{

namespace
{

/// `gilde export-opml [FILE]`: writes every subscription, with folders, as OPML 2.0.
class ExportOpmlCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("export-opml"); }
    QString summary() const override
    {
        return tr("Write the subscriptions as OPML (to stdout without FILE).");
    }
    QString syntax() const override { return tr("[FILE]"); }

    int run(const QCommandLineParser &, const QStringList &args) override
    {
        if (args.size() > 1)
            return usageError(tr("Give at most one file."));
        const QByteArray opml = engine().subscriptions().exportOpml();
        if (args.isEmpty() || args.first() == u"-") {
            out().flush();
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(opml) != opml.size())
                return failure(tr("Cannot write to standard output."));
            return Success;
        }
        // Written aside and renamed, so a failure never leaves half a file behind.
        QSaveFile file(args.first());
        if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() || !file.commit())
            return failure(tr("Cannot write %1: %2").arg(args.first(), file.errorString()));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeExportOpmlCommand()
{
    return std::make_unique<ExportOpmlCommand>();
}

} // namespace gilde

#include "ExportOpmlCommand.moc"
