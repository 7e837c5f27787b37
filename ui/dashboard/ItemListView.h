#pragma once

#include <QListView>
#include <QPersistentModelIndex>

class QPushButton;

namespace gilde
{

/// The list of one column. Keeps the reader's place when rows arrive above
/// it (the first visible item stays where it was, and a "N new" pill offers
/// the way up), paints a helpful message instead of a blank list when there
/// is nothing to show, and tells the column when it gets focus.
class ItemListView : public QListView
{
    Q_OBJECT
public:
    explicit ItemListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }
    /// The item at the top edge of the viewport (invalid when empty).
    QModelIndex firstVisibleIndex() const;
    /// Moves the current item by `delta` rows (fetching more at the end).
    QModelIndex step(int delta);
    int newAboveCount() const { return m_newAbove; }

Q_SIGNALS:
    /// Scrolled (or stepped) to the last row with nothing more in the cache.
    void endReached();
    void focused();
    void activatedItem(const QModelIndex &index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void aboutToInsert(const QModelIndex &parent, int first, int last);
    void inserted(const QModelIndex &parent, int first, int last);
    void scrolled(int value);
    void placePill();

    QString m_emptyText;
    QPersistentModelIndex m_anchor;
    int m_anchorTop = 0;
    bool m_keepAnchor = false;
    int m_newAbove = 0;
    QPushButton *m_newPill = nullptr;
};

} // namespace gilde
