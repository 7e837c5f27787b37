#include "TextPaint.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

namespace gilde
{

int paintWrappedText(
    QPainter *p, const QFont &font, const QString &text, int left, int top, int width, int maxLines)
{
    if (text.isEmpty() || maxLines <= 0 || width <= 0)
        return 0;
    const QFontMetrics fm(font);
    // Laid out no further than the lines can show (with a line to spare):
    // a long excerpt's rest would be shaped for nothing.
    const int lineChars = 2 * width / qMax(1, fm.averageCharWidth()) + 8;
    QTextLayout layout(text.left(lineChars * (maxLines + 1)), font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    int y = top;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        ++lines;
        const bool more = line.textStart() + line.textLength() < text.size();
        if (lines == maxLines && more) {
            p->drawText(QPoint(left, y + fm.ascent()),
                fm.elidedText(text.mid(line.textStart(), lineChars), Qt::ElideRight, width));
            break;
        }
        p->drawText(QPoint(left, y + fm.ascent()), text.mid(line.textStart(), line.textLength()));
        y += fm.lineSpacing();
    }
    layout.endLayout();
    return lines;
}

} // namespace gilde
