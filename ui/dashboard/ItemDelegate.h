#pragma once

#include <QStyledItemDelegate>

namespace gilde
{

/// Paints one item row of a column: favicon (or a letter tile), title (bold
/// with a dot when unread), source · author · time, a short excerpt, a
/// star, and a bookmark when the item's link is saved. Reads only the
/// model's roles; every row has the same height, computed from the fonts, so
/// long lists lay out in constant time.
class ItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ItemDelegate(QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int IconSize = 18;

    /// Paints an 18 px rounded letter tile, the stand-in for a missing favicon.
    static void paintLetterTile(QPainter *painter, const QRect &rect, const QString &name, qint64 seed);

private:
    /// A timeline's gap (ItemListModel's "gap" rows): a band that says what is missing.
    static void paintGap(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace gilde
