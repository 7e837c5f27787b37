#pragma once

#include <QStyledItemDelegate>

namespace gilde
{

/// Paints one saved link of a links column: a letter tile for its site, the
/// title, site and when it was saved, its tags as small chips, the start of
/// the note, and a mark when it is to be read later. Reads only the roles of
/// LinkListModel; every row has the same height, computed from the fonts.
class LinkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LinkDelegate(QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Paints tag chips from `left` on the line at `top`, within `width`;
    /// the ones that do not fit become "+N". Returns the width used.
    static int paintChips(QPainter *painter, const QFont &font, const QPalette &palette,
        const QStringList &tags, int left, int top, int width);
    static int chipHeight(const QFont &font);
};

} // namespace gilde
