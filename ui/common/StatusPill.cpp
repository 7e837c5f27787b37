#include "StatusPill.h"

#include "ui/common/Theme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace gilde
{

StatusPill::StatusPill(QWidget *parent)
    : QWidget(parent)
{
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.92);
    setFont(f);
    // As tall as its text, not as the header it sits in.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    hide();
}

void StatusPill::showStatus(Tone tone, const QString &text, bool clickable, const QString &toolTip)
{
    m_tone = tone;
    m_text = text;
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    // Only a pill that leads somewhere is a stop for Tab.
    setFocusPolicy(clickable ? Qt::TabFocus : Qt::NoFocus);
    setToolTip(!toolTip.isEmpty() ? toolTip : clickable ? tr("Show the feeds and their errors") : QString());
    setAccessibleName(text);
    updateGeometry();
    update();
    show();
}

void StatusPill::clear()
{
    m_text.clear();
    hide();
}

QSize StatusPill::sizeHint() const
{
    const QFontMetrics fm(font());
    return { fm.horizontalAdvance(m_text) + 34, fm.height() + 10 };
}

void StatusPill::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    QColor fg;
    QColor bg;
    switch (m_tone) {
    case Tone::Warning:
        fg = Theme::warningText(pal);
        bg = Theme::warningBackground(pal);
        break;
    case Tone::Error:
        fg = Theme::error(pal);
        bg = Theme::errorBackground(pal);
        break;
    case Tone::Info:
        fg = Theme::mutedText(pal);
        bg = Theme::headerBackground(pal);
        break;
    }
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(hasFocus() ? QPen(pal.color(QPalette::Highlight), 1.5) : QPen(Theme::mix(bg, fg, 0.35)));
    p.setBrush(bg);
    p.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    p.setPen(Qt::NoPen);
    p.setBrush(fg);
    p.drawEllipse(QPointF(r.left() + 12, r.center().y()), 3.5, 3.5);
    p.setPen(fg);
    p.drawText(r.adjusted(22, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

void StatusPill::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
}

namespace
{
bool isPressKey(const QKeyEvent *event)
{
    const int key = event->key();
    return event->modifiers() == Qt::NoModifier
        && (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter);
}
} // namespace

void StatusPill::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable && isPressKey(event)) {
        Q_EMIT clicked();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool StatusPill::event(QEvent *event)
{
    // Space is also the window's "page down": focused, the pill presses instead.
    if (event->type() == QEvent::ShortcutOverride && m_clickable
        && isPressKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

} // namespace gilde
