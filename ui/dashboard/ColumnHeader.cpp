#include "ColumnHeader.h"

#include "ui/common/Theme.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

namespace gilde
{

namespace
{
constexpr int Height = 40;
constexpr int Pad = 8;
constexpr int GripWidth = 10;
} // namespace

ColumnHeader::ColumnHeader(QWidget *parent)
    : QWidget(parent)
    , m_menuButton(new QToolButton(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_menuButton->setCursor(Qt::ArrowCursor);
    // Reached with Tab, before the column's list: the menu is how a keyboard
    // renames, filters, moves or removes a column.
    m_menuButton->setFocusPolicy(Qt::TabFocus);
    m_menuButton->setFixedSize(28, 26);
    m_menuButton->setStyleSheet(
        QStringLiteral("QToolButton { border: none; border-radius: 4px; font-size: 15px; }"
                       "QToolButton:focus { border: 1px solid palette(highlight); }"
                       "QToolButton::menu-indicator { image: none; width: 0; }"));
    m_menuButton->setToolTip(tr("Column menu"));
    setToolTip(tr("Drag to move this column; double-click to rename"));
}

void ColumnHeader::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    // Several columns, several menus: each says which column it belongs to.
    m_menuButton->setAccessibleName(tr("Menu of the column “%1”").arg(title));
    update();
}

void ColumnHeader::setHint(const QString &hint)
{
    m_hint = hint;
    update();
}

void ColumnHeader::setUnreadCount(int count)
{
    if (m_unread == count)
        return;
    m_unread = count;
    update();
}

void ColumnHeader::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    update();
}

QSize ColumnHeader::sizeHint() const
{
    return { 240, Height };
}

QSize ColumnHeader::minimumSizeHint() const
{
    return { 120, Height };
}

void ColumnHeader::resizeEvent(QResizeEvent *)
{
    m_menuButton->move(width() - Pad - m_menuButton->width() + 4, (height() - m_menuButton->height()) / 2);
}

void ColumnHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), Theme::headerBackground(pal));
    p.fillRect(QRect(0, height() - 1, width(), 1), Theme::border(pal));
    if (m_active)
        p.fillRect(QRect(0, 0, width(), 2), Theme::accent(pal));

    // Grip: two columns of three dots.
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::faintText(pal));
    const int cy = height() / 2;
    for (int col = 0; col < 2; ++col) {
        for (int row = -1; row <= 1; ++row)
            p.drawEllipse(QPointF(Pad + 2 + col * 4.5, cy + row * 4.5), 1.3, 1.3);
    }

    int right = m_menuButton->geometry().left() - 4;
    // Badge
    if (m_unread > 0) {
        QFont f = font();
        f.setWeight(QFont::DemiBold);
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * 0.85);
        p.setFont(f);
        const QString text = m_unread > 9999 ? QStringLiteral("9999+") : QString::number(m_unread);
        const int w = qMax(22, QFontMetrics(f).horizontalAdvance(text) + 14);
        const QRectF badge(right - w, cy - 9, w, 18);
        Theme::drawPill(p, badge, Theme::unread(pal), Qt::white, text);
        right = int(badge.left()) - 8;
    }

    // Title, then the hint in the room that is left.
    const int left = Pad + GripWidth + 8;
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics bfm(bold);
    const int avail = qMax(0, right - left);
    const QString title = bfm.elidedText(m_title, Qt::ElideRight, avail);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    const int baseline = cy + (bfm.ascent() - bfm.descent()) / 2;
    p.drawText(left, baseline, title);
    const int titleW = bfm.horizontalAdvance(title);
    if (!m_hint.isEmpty() && title == m_title && avail - titleW > 40) {
        QFont small = font();
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.88);
        const QFontMetrics sfm(small);
        p.setFont(small);
        p.setPen(Theme::mutedText(pal));
        p.drawText(left + titleW + 6, baseline, sfm.elidedText(m_hint, Qt::ElideRight, avail - titleW - 6));
    }
}

void ColumnHeader::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
        setCursor(Qt::ClosedHandCursor);
    }
    QWidget::mousePressEvent(event);
}

void ColumnHeader::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton)
        && (event->position().toPoint() - m_pressPos).manhattanLength()
            >= QApplication::startDragDistance()) {
        m_pressed = false;
        setCursor(Qt::OpenHandCursor);
        Q_EMIT dragStartRequested();
        return;
    }
    QWidget::mouseMoveEvent(event);
}

void ColumnHeader::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressed && event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    m_pressed = false;
    setCursor(Qt::OpenHandCursor);
    QWidget::mouseReleaseEvent(event);
}

void ColumnHeader::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT renameRequested();
}

} // namespace gilde
