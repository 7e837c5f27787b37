#include "Command.h"
#include "core/Engine.h"
#include "core/FirstRun.h"
#include "core/sources/feeds/Subscriptions.h"
#include "core/store/SourceStore.h"
#include "core/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace gilde
{

namespace
{

/// `gilde subscribe ADDRESS`: the Add feed dialog's twin. Takes what the
/// dialog takes: a feed, a page that advertises feeds, a Mastodon address
/// ("@user@server", a hashtag or local timeline's page), any page of a
/// Discourse forum (its latest topics, or the category or tag it shows). The new source is
/// fetched at once, so what it says is known before the command ends.
class SubscribeCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("subscribe"); }
    QString summary() const override
    {
        return tr("Follow a feed, a page's feeds, a Mastodon account, hashtag or timeline, or a Discourse "
                  "forum's topics.");
    }
    QString syntax() const override { return tr("ADDRESS"); }

    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({ QStringLiteral("folder"), tr("Put the new source in this folder."), tr("NAME") });
        parser.addOption({ QStringLiteral("all"), tr("A page offers several feeds: follow every one.") });
    }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        if (args.size() != 1)
            return usageError(tr("Give one address to follow."));
        m_json = parser.isSet(QStringLiteral("json"));
        m_folder = parser.value(QStringLiteral("folder")).trimmed();
        m_all = parser.isSet(QStringLiteral("all"));
        engine().subscriptions().probeText(args.first(), [this](const Subscriptions::Probe &probe) {
            found(probe);
        });
        return Pending;
    }

private:
    void found(const Subscriptions::Probe &probe)
    {
        if (!probe.error.isEmpty()) {
            Q_EMIT finished(failure(probe.error));
            return;
        }
        // A forum: its latest topics, or the list its address pointed at; the
        // others are named so that one can follow them by address.
        const auto suggested = std::find_if(probe.feeds.begin(), probe.feeds.end(),
            [](const DiscoveredFeed &f) { return f.suggested; });
        if (suggested != probe.feeds.end() && !m_all) {
            if (!m_json && probe.feeds.size() > 1) {
                err() << tr("Following “%1”. The forum offers %n more list(s) of topics:", nullptr,
                             int(probe.feeds.size() - 1))
                             .arg(suggested->title)
                      << '\n';
                for (const DiscoveredFeed &f : probe.feeds) {
                    if (!f.suggested)
                        err() << "  " << f.url.toString() << "  " << f.title << '\n';
                }
            }
            follow({ *suggested });
            return;
        }
        if (probe.feeds.size() > 1 && !probe.isFeed && !m_all) {
            err() << tr("This page offers %n feed(s); follow one of them, or all with --all:", nullptr,
                         int(probe.feeds.size()))
                  << '\n';
            for (const DiscoveredFeed &f : probe.feeds)
                err() << "  " << f.url.toString() << "  " << f.title << '\n';
            Q_EMIT finished(Failure);
            return;
        }
        follow(probe.isFeed ? probe.feeds.mid(0, 1) : probe.feeds);
    }

    void follow(const QList<DiscoveredFeed> &feeds)
    {
        for (const DiscoveredFeed &f : feeds) {
            const bool existed = engine().sources().byUrl(f.url).has_value();
            const qint64 id = engine().subscriptions().subscribe(f.url, f.title, m_folder, f.sourceKind);
            if (id <= 0) {
                Q_EMIT finished(failure(tr("Could not save the subscription to %1. Is the disk full?")
                                            .arg(f.url.toDisplayString())));
                return;
            }
            m_added.append({ id, existed });
            // Shown somewhere, as the dialog does it.
            if (!existed)
                addColumnFor(engine(), id);
        }
        QList<qint64> ids;
        for (const Added &a : m_added)
            ids << a.id;
        SyncEngine &sync = engine().sync();
        connect(&sync, &SyncEngine::sourceRefreshed, this, [this](qint64 id, int added, int) { m_counts[id] = added; });
        connect(&sync, &SyncEngine::sourceFailed, this, [this](qint64 id, const QString &error) { m_errors[id] = error; });
        connect(&sync, &SyncEngine::refreshFinished, this, &SubscribeCommand::report);
        sync.refresh(ids);
    }

    void report()
    {
        QJsonArray array;
        for (const Added &a : m_added) {
            const auto source = engine().sources().byId(a.id);
            const QString title = source ? source->title : QString();
            const QString error = m_errors.value(a.id);
            if (m_json) {
                array.append(QJsonObject {
                    { QStringLiteral("id"), a.id },
                    { QStringLiteral("kind"), source ? source->kind : QString() },
                    { QStringLiteral("title"), title },
                    { QStringLiteral("url"), source ? source->url.toString() : QString() },
                    { QStringLiteral("existed"), a.existed },
                    { QStringLiteral("added"), m_counts.value(a.id) },
                    { QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error) },
                });
                continue;
            }
            if (a.existed)
                out() << tr("Already following “%1” (source %2).").arg(title).arg(a.id) << '\n';
            else
                out() << tr("Following “%1” (source %2): %n new item(s).", nullptr, m_counts.value(a.id))
                             .arg(title)
                             .arg(a.id)
                      << '\n';
            if (!error.isEmpty())
                err() << tr("It could not be fetched yet: %1").arg(error) << '\n';
        }
        if (m_json)
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        Q_EMIT finished(Success);
    }

    struct Added {
        qint64 id;
        bool existed;
    };
    bool m_json = false;
    bool m_all = false;
    QString m_folder;
    QList<Added> m_added;
    QHash<qint64, int> m_counts;
    QHash<qint64, QString> m_errors;
};

} // namespace

std::unique_ptr<Command> makeSubscribeCommand()
{
    return std::make_unique<SubscribeCommand>();
}

} // namespace gilde

#include "SubscribeCommand.moc"
