#include "LinkDelegate.h"

#include "ui/common/RelativeTime.h"
#include "ui/common/RowPaint.h"
#include "ui/common/TextPaint.h"
#include "ui/common/Theme.h"
#include "ui/dashboard/ItemDelegate.h"
#include "ui/links/LinkListModel.h"

#include <QPainter>

namespace gilde
{

namespace
{

constexpr int PadV = 9;
constexpr int PadH = 12;
constexpr int Gap = 9;
constexpr int TextLines = 2; ///< title and note share these lines
constexpr int MaxTitleLines = 2;

QFont smaller(const QFont &base, qreal factor)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else
        f.setPixelSize(qMax(8, int(base.pixelSize() * factor)));
    return f;
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

} // namespace

LinkDelegate::LinkDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

int LinkDelegate::chipHeight(const QFont &font)
{
    return QFontMetrics(smaller(font, 0.85)).height() + 4;
}

int LinkDelegate::paintChips(QPainter *p, const QFont &font, const QPalette &pal, const QStringList &tags,
    int left, int top, int width)
{
    const QFont chip = smaller(font, 0.85);
    const QFontMetrics fm(chip);
    const int h = fm.height() + 4;
    p->save();
    p->setFont(chip);
    p->setRenderHint(QPainter::Antialiasing);
    int x = left;
    for (int i = 0; i < tags.size(); ++i) {
        const QString &tag = tags.at(i);
        const int w = fm.horizontalAdvance(tag) + 12;
        const QString more = QStringLiteral("+%1").arg(tags.size() - i);
        const int moreW = fm.horizontalAdvance(more) + 12;
        const bool last = i == tags.size() - 1;
        if (x + w > left + width || (!last && x + w + 4 + moreW > left + width)) {
            // Whatever does not fit is counted, not cut off.
            if (x + moreW <= left + width) {
                p->setPen(Qt::NoPen);
                p->setBrush(Theme::chipBackground(pal));
                p->drawRoundedRect(QRectF(x, top, moreW, h), h / 2.0, h / 2.0);
                p->setPen(Theme::mutedText(pal));
                p->drawText(QRect(x, top, moreW, h), Qt::AlignCenter, more);
                x += moreW + 4;
            }
            break;
        }
        p->setPen(Qt::NoPen);
        p->setBrush(Theme::chipBackground(pal));
        p->drawRoundedRect(QRectF(x, top, w, h), h / 2.0, h / 2.0);
        p->setPen(Theme::chipText(pal));
        p->drawText(QRect(x, top, w, h), Qt::AlignCenter, tag);
        x += w + 4;
    }
    p->restore();
    return x - left;
}

QSize LinkDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics small(smaller(option.font, 0.9));
    const int h = PadV + TextLines * title.lineSpacing() + 2 + small.lineSpacing() + 4
        + chipHeight(option.font) + 4 + PadV;
    return { 200, h };
}

void LinkDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const QRect r = option.rect;
    const bool readLater = index.data(LinkListModel::ReadLaterRole).toBool();
    const QFont title = titleFont(option.font);
    const QFont small = smaller(option.font, 0.9);
    const QFontMetrics titleFm(title);
    const QFontMetrics smallFm(small);

    p->save();
    p->setClipRect(r);
    paintRowBackground(p, option, readLater ? Theme::saved(pal) : QColor());

    const int lineH = titleFm.lineSpacing();
    const QString domain = index.data(LinkListModel::DomainRole).toString();
    const QRect tile(r.left() + PadH, r.top() + PadV + (lineH - ItemDelegate::IconSize) / 2,
        ItemDelegate::IconSize, ItemDelegate::IconSize);
    ItemDelegate::paintLetterTile(p, tile, domain, qint64(qHash(domain)));

    const int left = tile.right() + 1 + Gap;
    const int markW = readLater ? 14 : 0;
    const int width = r.right() - PadH - left;
    int y = r.top() + PadV;

    const QString note = index.data(LinkListModel::NoteRole).toString().simplified();
    p->setFont(title);
    p->setPen(pal.color(QPalette::Text));
    const int titleLines
        = paintWrappedText(p, title, index.data(LinkListModel::TitleRole).toString().simplified(), left, y,
            width - markW, note.isEmpty() ? MaxTitleLines : TextLines - 1);
    if (readLater)
        Theme::drawBookmark(*p, QRectF(r.right() - PadH - 9, y + 2, 9, lineH - 5), Theme::saved(pal));
    y += qMax(1, titleLines) * lineH + 2;

    const QString time = RelativeTime::format(index.data(LinkListModel::SavedRole).toLongLong());
    const QString sep = time.isEmpty() ? QString() : QStringLiteral(" · ") + time;
    p->setFont(small);
    p->setPen(Theme::mutedText(pal));
    p->drawText(QPoint(left, y + smallFm.ascent()),
        smallFm.elidedText(domain, Qt::ElideMiddle, qMax(0, width - smallFm.horizontalAdvance(sep))) + sep);
    y += smallFm.lineSpacing() + 4;

    const QStringList tags = index.data(LinkListModel::TagsRole).toStringList();
    if (!tags.isEmpty()) {
        paintChips(p, option.font, pal, tags, left, y, width);
        y += chipHeight(option.font) + 4;
    }
    if (!note.isEmpty()) {
        const int noteLines = TextLines - qMax(1, titleLines) + (tags.isEmpty() ? 1 : 0);
        QFont noteFont = option.font;
        noteFont.setItalic(true);
        p->setFont(noteFont);
        p->setPen(Theme::mutedText(pal));
        paintWrappedText(p, noteFont, note, left, y, width, noteLines);
    }
    p->restore();
}

} // namespace gilde
