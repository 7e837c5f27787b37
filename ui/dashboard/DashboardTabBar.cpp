#include "DashboardTabBar.h"

#include "ui/dashboard/ColumnMime.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QTimer>

namespace gilde
{

DashboardTabBar::DashboardTabBar(QWidget *parent)
    : QTabBar(parent)
    , m_switchTimer(new QTimer(this))
{
    setAcceptDrops(true);
    setMovable(true);
    setExpanding(false);
    setDrawBase(false);
    setDocumentMode(true);
    setElideMode(Qt::ElideRight);
    setUsesScrollButtons(true);
    m_switchTimer->setSingleShot(true);
    m_switchTimer->setInterval(600);
    connect(m_switchTimer, &QTimer::timeout, this, [this] {
        if (m_hoverIndex >= 0 && m_hoverIndex < count())
            setCurrentIndex(m_hoverIndex);
    });
}

void DashboardTabBar::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ColumnMime::decode(event->mimeData())) {
        QTabBar::dragEnterEvent(event);
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void DashboardTabBar::dragMoveEvent(QDragMoveEvent *event)
{
    if (!ColumnMime::decode(event->mimeData())) {
        QTabBar::dragMoveEvent(event);
        return;
    }
    const int index = tabAt(event->position().toPoint());
    if (index < 0) {
        event->ignore();
        return;
    }
    if (index != m_hoverIndex) {
        m_hoverIndex = index;
        m_switchTimer->start();
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void DashboardTabBar::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_switchTimer->stop();
    m_hoverIndex = -1;
    QTabBar::dragLeaveEvent(event);
}

void DashboardTabBar::dropEvent(QDropEvent *event)
{
    m_switchTimer->stop();
    m_hoverIndex = -1;
    const qint64 id = ColumnMime::decode(event->mimeData());
    const int index = tabAt(event->position().toPoint());
    if (!id || index < 0) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    Q_EMIT columnDroppedOnTab(id, index);
}

void DashboardTabBar::contextMenuEvent(QContextMenuEvent *event)
{
    const int index = tabAt(event->pos());
    if (index >= 0)
        Q_EMIT contextMenuRequestedAt(index, event->globalPos());
}

} // namespace gilde
