#include "ItemListView.h"

#include "ui/common/Theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>

namespace gilde
{

ItemListView::ItemListView(QWidget *parent)
    : QListView(parent)
{
    setUniformItemSizes(true);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(SingleSelection);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    // All rows are one height: laying them all out at once is arithmetic,
    // and a batched layout would shrink the scroll range while it catches
    // up, throwing a reader deep in the list back up when older rows come.
    setLayoutMode(SinglePass);
    verticalScrollBar()->setSingleStep(24);
    verticalScrollBar()->setStyleSheet(Theme::scrollBarStyle(palette()));

    m_newPill = new QPushButton(this);
    m_newPill->setCursor(Qt::PointingHandCursor);
    m_newPill->setFocusPolicy(Qt::NoFocus);
    m_newPill->hide();
    connect(m_newPill, &QPushButton::clicked, this, [this] {
        scrollToTop();
        m_newAbove = 0;
        m_newPill->hide();
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ItemListView::scrolled);
    connect(this, &QListView::clicked, this, &ItemListView::activatedItem);
}

void ItemListView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QListView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ItemListView::aboutToInsert);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ItemListView::inserted);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_newAbove = 0;
        m_newPill->hide();
    });
}

void ItemListView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

QModelIndex ItemListView::firstVisibleIndex() const
{
    return indexAt(QPoint(1, 1));
}

QModelIndex ItemListView::step(int delta)
{
    QAbstractItemModel *m = model();
    if (!m)
        return {};
    const int rows = m->rowCount();
    QModelIndex cur = currentIndex();
    // Focus alone makes a row current without selecting it: then the first
    // key opens the first row in view rather than skipping it.
    if (cur.isValid() && !selectionModel()->isSelected(cur))
        cur = QModelIndex();
    int row = cur.isValid() ? cur.row() + delta : qMax(0, firstVisibleIndex().row());
    if (cur.isValid() && row >= rows) {
        if (m->canFetchMore({}))
            m->fetchMore({});
        else
            Q_EMIT endReached();
    }
    row = qBound(0, row, m->rowCount() - 1);
    if (m->rowCount() == 0)
        return {};
    const QModelIndex next = m->index(row, 0);
    setCurrentIndex(next);
    scrollTo(next, EnsureVisible);
    return next;
}

void ItemListView::aboutToInsert(const QModelIndex &parent, int first, int)
{
    m_keepAnchor = false;
    if (parent.isValid() || first != 0 || verticalScrollBar()->value() <= 0)
        return;
    const QModelIndex top = firstVisibleIndex();
    if (!top.isValid())
        return;
    m_anchor = top;
    m_anchorTop = visualRect(top).top();
    m_keepAnchor = true;
}

void ItemListView::inserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || first != 0)
        return;
    if (m_keepAnchor && m_anchor.isValid()) {
        // Lay out now (instead of at the next paint), so the anchor's new
        // place is known, then scroll by exactly what was inserted above it.
        executeDelayedItemsLayout();
        const int moved = visualRect(m_anchor).top() - m_anchorTop;
        verticalScrollBar()->setValue(verticalScrollBar()->value() + moved);
        m_newAbove += last - first + 1;
        m_newPill->setText(tr("↑ %n new", nullptr, m_newAbove));
        m_newPill->adjustSize();
        placePill();
        m_newPill->show();
        m_newPill->raise();
    }
    m_keepAnchor = false;
    m_anchor = QPersistentModelIndex();
}

void ItemListView::scrolled(int value)
{
    QScrollBar *bar = verticalScrollBar();
    if (value > 0 && value >= bar->maximum() && model() && !model()->canFetchMore({}))
        Q_EMIT endReached();
    if (value == 0 && m_newAbove > 0) {
        m_newAbove = 0;
        m_newPill->hide();
    }
}

void ItemListView::placePill()
{
    const QPalette &pal = palette();
    m_newPill->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; border: none;"
                                            " border-radius: 11px; padding: 3px 12px; font-weight: 600; }")
                                 .arg(Theme::unread(pal).name()));
    m_newPill->move((width() - m_newPill->width()) / 2, 8);
}

void ItemListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_emptyText.isEmpty())
        return;
    QPainter p(viewport());
    p.setPen(Theme::mutedText(palette()));
    const QRect area = viewport()->rect().adjusted(24, 48, -24, -24);
    p.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

void ItemListView::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    Q_EMIT focused();
}

void ItemListView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    if (m_newPill->isVisible())
        placePill();
}

void ItemListView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        verticalScrollBar()->setStyleSheet(Theme::scrollBarStyle(palette()));
}

void ItemListView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT activatedItem(currentIndex());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace gilde
