#include "OutboxSend.h"

#include "core/Engine.h"
#include "core/sources/shaarli/ShaarliDeliverer.h"
#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"

#include <QDateTime>
#include <QTimer>

namespace gilde
{

OutboxSend::OutboxSend(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(&engine.shaarliDeliverer(), &ShaarliDeliverer::merged, this,
        [this](qint64, const QString &message) { m_merges << message; });
}

void OutboxSend::run(int timeoutMs, std::function<void(const Summary &)> done)
{
    m_done = std::move(done);
    for (const OutboxEntry &e : m_engine.outboxStore().all()) {
        if (e.state != OutboxEntry::State::Sent)
            m_pending.insert(e.id);
    }
    Outbox &outbox = m_engine.outbox();
    connect(&outbox, &Outbox::idle, this, &OutboxSend::finish);
    m_bound = new QTimer(this);
    m_bound->setSingleShot(true);
    connect(m_bound, &QTimer::timeout, this, &OutboxSend::finish);
    m_bound->start(timeoutMs);
    // The user asked: try now, whatever the network looked like before.
    outbox.setOnline(true);
    outbox.deliverNow();
}

void OutboxSend::finish()
{
    if (!m_done)
        return;
    m_bound->stop();
    Summary s;
    s.merges = m_merges;
    for (const OutboxEntry &e : m_engine.outboxStore().all()) {
        if (!m_pending.contains(e.id))
            continue;
        s.entries << e;
        switch (e.state) {
        case OutboxEntry::State::Sent:
            ++s.sent;
            break;
        case OutboxEntry::State::Queued:
            ++s.waiting;
            break;
        case OutboxEntry::State::Sending:
            ++s.inFlight;
            break;
        case OutboxEntry::State::Failed:
            ++s.failed;
            break;
        }
    }
    auto done = std::move(m_done);
    m_done = nullptr;
    done(s);
}

QString OutboxSend::describe(const Summary &s)
{
    QStringList parts;
    parts << tr("Sent %n change(s)", nullptr, s.sent);
    if (s.waiting > 0)
        parts << tr("%n wait(s) to be tried again", nullptr, s.waiting);
    if (s.inFlight > 0)
        parts << tr("%n still on the way (sent again next time)", nullptr, s.inFlight);
    if (s.failed > 0)
        parts << tr("%n failed", nullptr, s.failed);
    QString text = parts.join(QStringLiteral("; ")) + QStringLiteral(".\n");
    for (const QString &m : s.merges)
        text += m + u'\n';
    for (const OutboxEntry &e : s.entries) {
        if (e.state == OutboxEntry::State::Sent)
            continue;
        QString line = QStringLiteral("  %1 %2: %3").arg(e.id).arg(e.action, e.lastError);
        if (e.state == OutboxEntry::State::Queued && e.nextAttemptMs > 0) {
            line += u' '
                + tr("(next attempt %1)")
                      .arg(QDateTime::fromMSecsSinceEpoch(e.nextAttemptMs)
                               .toString(QStringLiteral("HH:mm:ss")));
        }
        text += line + u'\n';
    }
    return text;
}

} // namespace gilde
