#pragma once

#include <QString>

class QFont;
class QPainter;

namespace gilde
{

/// Paints `text` wrapped in up to `maxLines` lines of `width` from `top`, the
/// last line elided when the text goes on. Returns the number of lines used.
/// Shared by the painted delegates, which lay out a few lines per row.
int paintWrappedText(
    QPainter *p, const QFont &font, const QString &text, int left, int top, int width, int maxLines);

} // namespace gilde
