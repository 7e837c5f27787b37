#include "Command.h"
#include "core/Engine.h"
#include "core/store/ColumnStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gilde
{

namespace
{

/// `gilde columns`: the dashboard's tabs and their columns, with the ids that
/// `gilde items --column ID` takes.
class ColumnsCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("columns"); }
    QString summary() const override { return tr("List the dashboard's tabs and columns with their ids."); }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        if (!args.isEmpty())
            return usageError(tr("Unexpected argument: %1").arg(args.first()));
        const bool json = parser.isSet(QStringLiteral("json"));
        QJsonArray tabsJson;
        const QList<Tab> tabs = engine().columns().tabs();
        for (const Tab &tab : tabs) {
            const QList<Column> columns = engine().columns().columns(tab.id);
            if (json) {
                QJsonArray columnsJson;
                for (const Column &c : columns) {
                    columnsJson.append(QJsonObject { { QStringLiteral("id"), c.id },
                        { QStringLiteral("title"), c.title }, { QStringLiteral("position"), c.position },
                        { QStringLiteral("width"), c.width }, { QStringLiteral("spec"), c.spec.toJson() } });
                }
                tabsJson.append(QJsonObject { { QStringLiteral("id"), tab.id },
                    { QStringLiteral("title"), tab.title }, { QStringLiteral("position"), tab.position },
                    { QStringLiteral("columns"), columnsJson } });
                continue;
            }
            out() << tr("Tab %1: %2").arg(tab.id).arg(tab.title) << '\n';
            for (const Column &c : columns) {
                const QByteArray spec = QJsonDocument(c.spec.toJson()).toJson(QJsonDocument::Compact);
                out() << "  " << tr("Column %1: %2").arg(c.id).arg(c.title) << "  " << QString::fromUtf8(spec)
                      << '\n';
            }
        }
        if (json)
            out() << QJsonDocument(tabsJson).toJson(QJsonDocument::Indented);
        else if (tabs.isEmpty())
            err() << tr("No tabs yet: the window makes the first one.") << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeColumnsCommand()
{
    return std::make_unique<ColumnsCommand>();
}

} // namespace gilde

#include "ColumnsCommand.moc"
