#pragma once

class QColor;
class QPainter;
class QStyleOptionViewItem;

namespace gilde
{

/// The background of a painted list row, shared by the delegates: selection
/// or hover, the separator below, a bar on the left edge in `edgeMark` (none
/// when invalid; unread items, read-later links) and one on the right on the
/// current row of the focused list.
void paintRowBackground(QPainter *p, const QStyleOptionViewItem &option, const QColor &edgeMark);

} // namespace gilde
