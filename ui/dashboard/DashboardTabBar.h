#pragma once

#include <QTabBar>

class QTimer;

namespace gilde
{

/// The dashboard's tabs. A column dragged over a tab switches to that tab
/// after a moment (so it can be dropped at a place there) and can also be
/// dropped on the tab itself, which appends it to that tab.
class DashboardTabBar : public QTabBar
{
    Q_OBJECT
public:
    explicit DashboardTabBar(QWidget *parent = nullptr);

Q_SIGNALS:
    void columnDroppedOnTab(qint64 columnId, int tabIndex);
    void contextMenuRequestedAt(int tabIndex, const QPoint &globalPos);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QTimer *m_switchTimer;
    int m_hoverIndex = -1;
};

} // namespace gilde
