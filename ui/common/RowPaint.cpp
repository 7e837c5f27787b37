#include "RowPaint.h"

#include "Theme.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStyleOptionViewItem>

namespace gilde
{

void paintRowBackground(QPainter *p, const QStyleOptionViewItem &option, const QColor &edgeMark)
{
    const QPalette &pal = option.palette;
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    QColor bg = pal.color(QPalette::Base);
    if (selected)
        bg = Theme::selection(pal);
    else if (option.state & QStyle::State_MouseOver)
        bg = Theme::hover(pal);
    p->fillRect(r, bg);
    p->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), Theme::separator(pal));
    if (edgeMark.isValid())
        p->fillRect(QRect(r.left(), r.top(), 3, r.height() - 1), edgeMark);
    if (selected) {
        const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        if (view && view->hasFocus())
            p->fillRect(QRect(r.right() - 2, r.top(), 3, r.height() - 1), Theme::unread(pal));
    }
}

} // namespace gilde
