#include "Command.h"
#include "core/Engine.h"
#include "core/store/SourceStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gilde
{

namespace
{

QJsonValue isoOrNull(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

/// `gilde sources`: the subscriptions with their ids and refresh state.
class SourcesCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("sources"); }
    QString summary() const override
    {
        return tr("List the feeds with their ids, folders and refresh state.");
    }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        if (!args.isEmpty())
            return usageError(tr("Unexpected argument: %1").arg(args.first()));
        const QList<Source> sources = engine().sources().all();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Source &s : sources) {
                array.append(QJsonObject {
                    { QStringLiteral("id"), s.id },
                    { QStringLiteral("kind"), s.kind },
                    { QStringLiteral("title"), s.title },
                    { QStringLiteral("url"), s.url.toString() },
                    { QStringLiteral("siteUrl"), stringOrNull(s.siteUrl.toString()) },
                    { QStringLiteral("folder"), s.folder },
                    { QStringLiteral("lastRefresh"), isoOrNull(s.lastRefreshMs) },
                    { QStringLiteral("lastSuccess"), isoOrNull(s.lastSuccessMs) },
                    { QStringLiteral("nextRefresh"), isoOrNull(s.nextRefreshMs) },
                    { QStringLiteral("errorCount"), s.errorCount },
                    { QStringLiteral("lastError"), stringOrNull(s.lastError) },
                });
            }
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const Source &s : sources) {
            const QString folder = s.folder.isEmpty() ? QString() : s.folder + u'/';
            const QString when = s.lastRefreshMs > 0
                ? QDateTime::fromMSecsSinceEpoch(s.lastRefreshMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : tr("never");
            out() << QString::number(s.id).rightJustified(5) << "  " << folder << s.title << "  <"
                  << s.url.toString() << ">  " << tr("refreshed: %1").arg(when);
            if (!s.lastError.isEmpty())
                out() << "  " << tr("error: %1").arg(s.lastError);
            out() << '\n';
        }
        if (sources.isEmpty())
            err() << tr("No feeds yet: add some with gilde import-opml FILE.") << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeSourcesCommand()
{
    return std::make_unique<SourcesCommand>();
}

} // namespace gilde

#include "SourcesCommand.moc"
