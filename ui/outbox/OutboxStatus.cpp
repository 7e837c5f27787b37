#include "OutboxStatus.h"

#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"

#include <QTimer>

namespace gilde
{

OutboxStatus::OutboxStatus(Outbox &outbox, OutboxStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &OutboxStatus::update);
    connect(&outbox, &Outbox::countChanged, m_timer, qOverload<>(&QTimer::start));
    connect(&outbox, &Outbox::entryChanged, m_timer, qOverload<>(&QTimer::start));
    update();
}

void OutboxStatus::update()
{
    m_timer->stop();
    Summary s;
    const QList<OutboxEntry> failed = m_store.inState(OutboxEntry::State::Failed);
    s.failed = int(failed.size());
    s.waiting = m_store.pendingCount() - s.failed;
    if (!failed.isEmpty())
        s.lastError = failed.last().lastError;
    const bool same = s.waiting == m_summary.waiting && s.failed == m_summary.failed
        && s.lastError == m_summary.lastError;
    m_summary = s;
    if (!same)
        Q_EMIT changed();
}

QString OutboxStatus::pillText(const Summary &s, bool online)
{
    if (s.failed > 0)
        return tr("%n change(s) could not be sent", nullptr, s.failed);
    if (s.waiting <= 0)
        return {};
    return online ? tr("%n waiting to send", nullptr, s.waiting)
                  : tr("Offline · %n waiting in the outbox", nullptr, s.waiting);
}

} // namespace gilde
