#include "ColumnStrip.h"

#include "ui/common/Theme.h"
#include "ui/dashboard/ColumnMime.h"
#include "ui/dashboard/ColumnWidget.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QScrollBar>

namespace gilde
{

namespace
{
constexpr int Spacing = 8;
constexpr int EdgeScroll = 48;
} // namespace

/// The row the columns sit in; paints the desk and takes the drops.
class ColumnStrip::Track : public QWidget
{
public:
    explicit Track(ColumnStrip *strip)
        : QWidget(strip)
        , m_strip(strip)
    {
        setAcceptDrops(true);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Theme::desk(palette()));
        if (m_strip->count() == 0 && !m_strip->m_emptyText.isEmpty()) {
            p.setPen(Theme::mutedText(palette()));
            p.drawText(rect().adjusted(40, 80, -40, -40), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                m_strip->m_emptyText);
        }
    }
    void dragEnterEvent(QDragEnterEvent *e) override
    {
        if (!ColumnMime::decode(e->mimeData())) {
            e->ignore();
            return;
        }
        e->setDropAction(Qt::MoveAction);
        e->accept();
        m_strip->dragMoved(e->mimeData(), e->position().toPoint());
    }
    void dragMoveEvent(QDragMoveEvent *e) override
    {
        if (!ColumnMime::decode(e->mimeData())) {
            e->ignore();
            return;
        }
        e->setDropAction(Qt::MoveAction);
        e->accept();
        m_strip->dragMoved(e->mimeData(), e->position().toPoint());
    }
    void dragLeaveEvent(QDragLeaveEvent *) override { m_strip->dragLeft(); }
    void dropEvent(QDropEvent *e) override
    {
        if (m_strip->dropped(e->mimeData(), e->position().toPoint())) {
            e->setDropAction(Qt::MoveAction);
            e->accept();
        } else {
            e->ignore();
        }
    }

private:
    ColumnStrip *m_strip;
};

ColumnStrip::ColumnStrip(QWidget *parent)
    : QScrollArea(parent)
    , m_track(new Track(this))
    , m_layout(new QHBoxLayout(m_track))
    , m_indicator(new QWidget(m_track))
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_layout->setContentsMargins(Spacing, Spacing, Spacing, Spacing);
    m_layout->setSpacing(Spacing);
    m_layout->addStretch(1);
    setWidget(m_track);
    m_indicator->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_indicator->setAutoFillBackground(true);
    QPalette pal = m_indicator->palette();
    pal.setColor(QPalette::Window, Theme::unread(palette()));
    m_indicator->setPalette(pal);
    m_indicator->hide();
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &ColumnStrip::visibleAreaChanged);
    horizontalScrollBar()->setStyleSheet(Theme::scrollBarStyle(palette()));
}

void ColumnStrip::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        horizontalScrollBar()->setStyleSheet(Theme::scrollBarStyle(palette()));
        QPalette pal = m_indicator->palette();
        pal.setColor(QPalette::Window, Theme::unread(palette()));
        m_indicator->setPalette(pal);
    }
}

void ColumnStrip::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    Q_EMIT visibleAreaChanged();
}

QWidget *ColumnStrip::track() const
{
    return m_track;
}

ColumnWidget *ColumnStrip::columnAt(int index) const
{
    return index >= 0 && index < m_columns.size() ? m_columns.at(index) : nullptr;
}

int ColumnStrip::indexOf(const ColumnWidget *column) const
{
    return int(m_columns.indexOf(const_cast<ColumnWidget *>(column)));
}

void ColumnStrip::insertColumn(int index, ColumnWidget *column)
{
    index = qBound(0, index, count());
    m_columns.insert(index, column);
    m_layout->insertWidget(index, column);
    column->show();
    m_track->update();
}

void ColumnStrip::takeColumn(ColumnWidget *column)
{
    const int i = indexOf(column);
    if (i < 0)
        return;
    m_columns.removeAt(i);
    m_layout->removeWidget(column);
    column->hide();
    column->setParent(nullptr);
    m_track->update();
}

void ColumnStrip::moveColumn(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return;
    ColumnWidget *c = m_columns.takeAt(from);
    m_columns.insert(to, c);
    m_layout->removeWidget(c);
    m_layout->insertWidget(to, c);
}

void ColumnStrip::ensureColumnVisible(ColumnWidget *column)
{
    if (column)
        ensureWidgetVisible(column, Spacing, 0);
}

void ColumnStrip::setEmptyText(const QString &text)
{
    m_emptyText = text;
    m_track->update();
}

int ColumnStrip::dropIndexAt(const QPoint &trackPos) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (trackPos.x() < m_columns.at(i)->geometry().center().x())
            return i;
    }
    return count();
}

void ColumnStrip::dragMoved(const QMimeData *, const QPoint &trackPos)
{
    const int index = dropIndexAt(trackPos);
    int x = Spacing / 2;
    if (index < count())
        x = m_columns.at(index)->geometry().left() - Spacing / 2;
    else if (count() > 0)
        x = m_columns.last()->geometry().right() + Spacing / 2 + 1;
    m_indicator->setGeometry(x - 2, Spacing, 4, m_track->height() - 2 * Spacing);
    m_indicator->show();
    m_indicator->raise();

    // Near an edge, scroll so that far places can be reached.
    const int viewX = trackPos.x() - horizontalScrollBar()->value();
    QScrollBar *bar = horizontalScrollBar();
    if (viewX < EdgeScroll)
        bar->setValue(bar->value() - 24);
    else if (viewX > viewport()->width() - EdgeScroll)
        bar->setValue(bar->value() + 24);
}

void ColumnStrip::dragLeft()
{
    m_indicator->hide();
}

bool ColumnStrip::dropped(const QMimeData *mime, const QPoint &trackPos)
{
    m_indicator->hide();
    const qint64 id = ColumnMime::decode(mime);
    if (!id)
        return false;
    Q_EMIT columnDropped(id, dropIndexAt(trackPos));
    return true;
}

} // namespace gilde
