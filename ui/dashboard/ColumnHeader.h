#pragma once

#include <QPoint>
#include <QWidget>

class QToolButton;

namespace gilde
{

/// The head of a column: a drag grip, the title with a hint of what it
/// shows, the unread badge and the "⋯" menu button. Painted, so it is cheap
/// and looks the same in every style. Dragging it (from anywhere but the
/// button) asks the column to start a move; a double-click asks to rename.
class ColumnHeader : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnHeader(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setHint(const QString &hint);
    void setUnreadCount(int count); ///< < 0 hides the badge (unknown yet)
    int unreadCount() const { return m_unread; }
    void setActive(bool active);
    QToolButton *menuButton() const { return m_menuButton; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dragStartRequested();
    void renameRequested();
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString m_title;
    QString m_hint;
    int m_unread = -1;
    bool m_active = false;
    QPoint m_pressPos;
    bool m_pressed = false;
    QToolButton *m_menuButton;
};

} // namespace gilde
