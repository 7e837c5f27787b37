#include "Command.h"
#include "OutboxSend.h"
#include "core/Engine.h"
#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"

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

QJsonObject entryJson(const OutboxEntry &e)
{
    return QJsonObject {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("accountId"), e.accountId },
        { QStringLiteral("action"), e.action },
        { QStringLiteral("state"), OutboxEntry::stateName(e.state) },
        { QStringLiteral("attempts"), e.attempts },
        { QStringLiteral("nextAttempt"),
            e.state == OutboxEntry::State::Queued ? isoOrNull(e.nextAttemptMs)
                                                  : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("notBefore"), isoOrNull(e.notBeforeMs) },
        { QStringLiteral("lastError"), stringOrNull(e.lastError) },
        { QStringLiteral("remoteId"), stringOrNull(e.remoteId) },
        { QStringLiteral("idempotencyKey"), e.idempotencyKey },
        { QStringLiteral("created"), isoOrNull(e.createdMs) },
        { QStringLiteral("updated"), isoOrNull(e.updatedMs) },
        { QStringLiteral("payload"), e.payload },
    };
}

/// What an entry is about, in a few words: the link's address, or a title.
QString subject(const OutboxEntry &e)
{
    for (const char *key : { "url", "title", "text", "status", "raw" }) {
        const QString v = e.payload.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            return v.simplified().left(80);
    }
    return {};
}

/// `gilde outbox`: the queued writes with their state; --send delivers them
/// now; retry and discard act on one entry.
class OutboxCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString summary() const override
    {
        return tr("The queued changes for servers: list, --send now, retry ID, discard ID.");
    }
    QString syntax() const override { return tr("[--send] [retry ID | discard ID]"); }

    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({ QStringLiteral("send"), tr("Send what is queued now and wait for the answers.") });
        parser.addOption({ QStringLiteral("all"), tr("List sent entries too.") });
        parser.addOption({ QStringLiteral("timeout"),
            tr("With --send, wait at most this many seconds (default 120)."), tr("SECONDS") });
    }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        m_json = parser.isSet(QStringLiteral("json"));
        const QString sub = args.value(0);
        if (sub == u"retry" || sub == u"discard") {
            if (args.size() != 2)
                return usageError(tr("Give the id of one entry (see: gilde outbox)."));
            const int code = sub == u"retry" ? retry(args.at(1)) : discard(args.at(1));
            if (code != Success || !parser.isSet(QStringLiteral("send")))
                return code;
        } else if (!sub.isEmpty()) {
            return usageError(tr("Unknown outbox command: %1").arg(sub));
        }
        if (parser.isSet(QStringLiteral("send"))) {
            int seconds = 120;
            if (parser.isSet(QStringLiteral("timeout"))) {
                seconds = int(positiveNumber(parser.value(QStringLiteral("timeout"))));
                if (seconds <= 0 || seconds > 24 * 3600)
                    return usageError(tr("--timeout takes a number of seconds."));
            }
            return send(seconds);
        }
        return list(parser.isSet(QStringLiteral("all")));
    }

private:
    int list(bool withSent)
    {
        QList<OutboxEntry> entries = engine().outboxStore().all();
        if (!withSent)
            entries.removeIf([](const OutboxEntry &e) { return e.state == OutboxEntry::State::Sent; });
        if (m_json) {
            QJsonArray array;
            for (const OutboxEntry &e : std::as_const(entries))
                array.append(entryJson(e));
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const OutboxEntry &e : std::as_const(entries)) {
            out() << QString::number(e.id).rightJustified(5) << "  "
                  << OutboxEntry::stateName(e.state).leftJustified(8) << ' ' << e.action << "  " << subject(e)
                  << "  " << tr("attempts: %1").arg(e.attempts);
            if (e.state == OutboxEntry::State::Queued
                && e.nextAttemptMs > QDateTime::currentMSecsSinceEpoch()) {
                out() << "  "
                      << tr("next: %1")
                             .arg(QDateTime::fromMSecsSinceEpoch(e.nextAttemptMs)
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            }
            if (!e.lastError.isEmpty())
                out() << "  " << tr("error: %1").arg(e.lastError);
            out() << '\n';
        }
        if (entries.isEmpty())
            err() << tr("Nothing waits to be sent.") << '\n';
        return Success;
    }

    std::optional<OutboxEntry> entry(const QString &idText)
    {
        const qint64 id = positiveNumber(idText);
        return id > 0 ? engine().outboxStore().byId(id) : std::nullopt;
    }

    int retry(const QString &idText)
    {
        const auto e = entry(idText);
        if (!e)
            return failure(tr("There is no outbox entry %1.").arg(idText));
        if (e->state == OutboxEntry::State::Sent || e->state == OutboxEntry::State::Sending)
            return failure(
                tr("Entry %1 is %2: nothing to retry.").arg(e->id).arg(OutboxEntry::stateName(e->state)));
        engine().outbox().retry(e->id);
        if (!m_json)
            out() << tr("Entry %1 is queued again.").arg(e->id) << '\n';
        return Success;
    }

    int discard(const QString &idText)
    {
        const auto e = entry(idText);
        if (!e)
            return failure(tr("There is no outbox entry %1.").arg(idText));
        engine().outbox().discard(e->id);
        if (!m_json)
            out() << tr("Discarded entry %1.").arg(e->id) << '\n';
        return Success;
    }

    int send(int seconds)
    {
        auto *sender = new OutboxSend(engine(), this);
        sender->run(seconds * 1000, [this, seconds](const OutboxSend::Summary &s) {
            if (m_json) {
                QJsonArray entries;
                for (const OutboxEntry &e : s.entries)
                    entries.append(entryJson(e));
                out() << QJsonDocument(QJsonObject {
                                           { QStringLiteral("sent"), s.sent },
                                           { QStringLiteral("waiting"), s.waiting },
                                           { QStringLiteral("sending"), s.inFlight },
                                           { QStringLiteral("failed"), s.failed },
                                           { QStringLiteral("merges"), QJsonArray::fromStringList(s.merges) },
                                           { QStringLiteral("entries"), entries },
                                       })
                             .toJson(QJsonDocument::Indented);
            } else {
                out() << OutboxSend::describe(s);
            }
            if (s.inFlight > 0)
                err() << tr("Gave up waiting after %1 s.").arg(seconds) << '\n';
            const bool allSent = s.waiting == 0 && s.failed == 0 && s.inFlight == 0;
            if (!allSent)
                err() << tr("Not everything was sent: see gilde outbox.") << '\n';
            Q_EMIT finished(allSent ? Success : Failure);
        });
        return Pending;
    }

    bool m_json = false;
};

} // namespace

std::unique_ptr<Command> makeOutboxCommand()
{
    return std::make_unique<OutboxCommand>();
}

} // namespace gilde

#include "OutboxCommand.moc"
