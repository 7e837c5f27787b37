#include "Command.h"
#include "core/Engine.h"
#include "core/sources/feeds/Subscriptions.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace gilde
{

namespace
{

/// `gilde import-opml FILE`: subscribes to every feed of an OPML file, keeping its folders.
class ImportOpmlCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("import-opml"); }
    QString summary() const override { return tr("Subscribe to the feeds of an OPML file (- reads stdin)."); }
    QString syntax() const override { return tr("FILE"); }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        if (args.size() != 1)
            return usageError(tr("Give one OPML file."));
        QFile file;
        const bool opened = args.first() == u"-"
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(args.first()), file.open(QIODevice::ReadOnly));
        if (!opened)
            return failure(tr("Cannot read %1: %2").arg(args.first(), file.errorString()));

        const Subscriptions::ImportResult result = engine().subscriptions().importOpml(file.readAll());
        if (!result.error.isEmpty())
            return failure(result.error);
        if (parser.isSet(QStringLiteral("json"))) {
            const QJsonObject o { { QStringLiteral("added"), result.added },
                { QStringLiteral("existing"), result.existing } };
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            if (result.existing > 0) {
                out() << tr("Imported %n feed(s) (%1 already subscribed)", nullptr, result.added)
                             .arg(result.existing);
            } else {
                out() << tr("Imported %n feed(s)", nullptr, result.added);
            }
            out() << '\n';
        }
        return Success;
    }
};
} // namespace

std::unique_ptr<Command> makeImportOpmlCommand()
{
    return std::make_unique<ImportOpmlCommand>();
}

} // namespace gilde

#include "ImportOpmlCommand.moc"
