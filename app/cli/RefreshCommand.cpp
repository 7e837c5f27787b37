#include "Command.h"
#include "core/Engine.h"
#include "core/net/HttpClient.h"
#include "core/sources/shaarli/ShaarliSync.h"
#include "core/store/SourceStore.h"
#include "core/sync/SyncEngine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace gilde
{

namespace
{

/// `gilde refresh [--source ID] [--all]`: one refresh round, then a summary
/// line; each failing feed gets a line on stderr. Without --source it also
/// pulls the link library from its Shaarli, when one is connected. The round's verdict on single
/// feeds does not change the exit code: they are reported and stored on the
/// source, and the next round retries them with backoff.
class RefreshCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("refresh"); }
    QString summary() const override
    {
        return tr("Fetch the feeds that are due (or the ones given) and store new items.");
    }

    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            { QStringLiteral("source"), tr("Refresh this source only (may be repeated)."), tr("ID") });
        parser.addOption({ QStringLiteral("all"), tr("Refresh every source, due or not.") });
        parser.addOption({ QStringLiteral("connections"),
            tr("At most N connections to one server at a time (default: $GILDE_CONNECTIONS or 6)."),
            tr("N") });
    }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        if (!args.isEmpty())
            return usageError(tr("Unexpected argument: %1").arg(args.first()));
        if (parser.isSet(QStringLiteral("source")) && parser.isSet(QStringLiteral("all")))
            return usageError(tr("Give either --source or --all, not both."));
        m_json = parser.isSet(QStringLiteral("json"));
        m_pullLinks = !parser.isSet(QStringLiteral("source")) && engine().linkSyncAccount() != 0;

        QString connections = qEnvironmentVariable("GILDE_CONNECTIONS");
        if (parser.isSet(QStringLiteral("connections")))
            connections = parser.value(QStringLiteral("connections"));
        if (!connections.isEmpty()) {
            const qint64 n = positiveNumber(connections);
            if (n <= 0 || n > 1000)
                return usageError(tr("--connections takes a number from 1 to 1000."));
            engine().http().setMaxConnectionsPerHost(int(n));
            engine().http().setMaxConnections(std::max(int(n), 48));
        }

        QList<qint64> ids;
        const QStringList given = parser.values(QStringLiteral("source"));
        for (const QString &value : given) {
            const qint64 id = positiveNumber(value);
            if (id <= 0)
                return usageError(tr("Not a source id: %1").arg(value));
            if (!engine().sources().byId(id))
                return failure(tr("There is no source with id %1 (see: gilde sources).").arg(id));
            ids.append(id);
        }

        SyncEngine &sync = engine().sync();
        connect(&sync, &SyncEngine::sourceFailed, this, [this](qint64 id, const QString &error) {
            m_failures.append({ id, error });
        });
        connect(&sync, &SyncEngine::refreshFinished, this, &RefreshCommand::report);
        m_timer.start();

        if (!ids.isEmpty()) {
            sync.refresh(ids);
        } else if (parser.isSet(QStringLiteral("all"))) {
            if (engine().sources().all().isEmpty())
                return nothingToDo(tr("There are no feeds yet: add some with gilde import-opml FILE."));
            sync.refreshAll();
        } else {
            if (engine().sources().due(QDateTime::currentMSecsSinceEpoch()).isEmpty()) {
                return nothingToDo(engine().sources().all().isEmpty()
                        ? tr("There are no feeds yet: add some with gilde import-opml FILE.")
                        : tr("No feed is due; use --all to refresh them anyway."));
            }
            sync.refreshDue();
        }
        return Pending;
    }

private:
    struct Failure {
        qint64 sourceId;
        QString error;
    };

    int nothingToDo(const QString &message)
    {
        if (m_json || m_pullLinks) {
            if (!m_json)
                out() << message << '\n';
            m_nothingDue = true;
            QMetaObject::invokeMethod(this, [this] { report(RefreshSummary()); }, Qt::QueuedConnection);
            return Pending;
        }
        out() << message << '\n';
        return Success;
    }

    void pullLinks()
    {
        engine().shaarliSync().pull(engine().linkSyncAccount(), [this](const ShaarliPullSummary &p) {
            if (m_json) {
                m_result.insert(QStringLiteral("links"),
                    QJsonObject { { QStringLiteral("ok"), p.ok() },
                        { QStringLiteral("error"), p.ok() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.error) },
                        { QStringLiteral("seen"), p.seen }, { QStringLiteral("added"), p.added },
                        { QStringLiteral("updated"), p.updated }, { QStringLiteral("merged"), p.merged },
                        { QStringLiteral("removed"), p.removed }, { QStringLiteral("kept"), p.kept } });
                out() << QJsonDocument(m_result).toJson(QJsonDocument::Indented);
            } else {
                if (p.ok())
                    out() << shaarliPullLine(p) << '\n';
                for (const QString &notice : shaarliPullNotices(p))
                    (p.ok() ? out() : err()) << notice << '\n';
            }
            // Like a failing feed, a Shaarli that cannot be reached is reported, not fatal.
            Q_EMIT finished(Success);
        });
    }

    void report(const RefreshSummary &summary)
    {
        const qint64 elapsedMs = summary.elapsedMs > 0 ? summary.elapsedMs : m_timer.elapsed();
        QJsonArray failures;
        for (const Failure &f : std::as_const(m_failures)) {
            const auto source = engine().sources().byId(f.sourceId);
            const QString url = source ? source->url.toString() : QString();
            const QString title = source ? source->title : QString();
            if (m_json) {
                failures.append(
                    QJsonObject { { QStringLiteral("id"), f.sourceId }, { QStringLiteral("title"), title },
                        { QStringLiteral("url"), url }, { QStringLiteral("error"), f.error } });
            } else {
                err() << tr("Failed: %1 <%2>: %3").arg(title, url, f.error) << '\n';
            }
        }
        if (m_json) {
            const QJsonObject o { { QStringLiteral("sources"), summary.sources },
                { QStringLiteral("changed"), summary.changed },
                { QStringLiteral("notModified"), summary.notModified },
                { QStringLiteral("failed"), summary.failed }, { QStringLiteral("added"), summary.added },
                { QStringLiteral("updated"), summary.updated }, { QStringLiteral("elapsedMs"), elapsedMs },
                { QStringLiteral("failures"), failures } };
            m_result = o;
            if (!m_pullLinks)
                out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else if (!m_nothingDue) {
            const QLocale locale;
            // One %n per message: the new items are a count of their own, placed whole.
            const QString line = tr("Refreshed %n feed(s) in %1 s: %2 changed, %3 unchanged, %4 failed, %5",
                nullptr, summary.sources);
            out() << line.arg(locale.toString(double(elapsedMs) / 1000.0, 'f', 2),
                locale.toString(summary.changed), locale.toString(summary.notModified),
                locale.toString(summary.failed), tr("%Ln new item(s)", nullptr, summary.added))
                  << '\n';
        }
        if (m_pullLinks) {
            pullLinks();
            return;
        }
        Q_EMIT finished(Success);
    }

    bool m_json = false;
    bool m_pullLinks = false;
    bool m_nothingDue = false;
    QJsonObject m_result;
    QElapsedTimer m_timer;
    QList<Failure> m_failures;
};

} // namespace

std::unique_ptr<Command> makeRefreshCommand()
{
    return std::make_unique<RefreshCommand>();
}

} // namespace gilde

#include "RefreshCommand.moc"
