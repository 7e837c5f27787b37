#pragma once

#include <QList>
#include <QScrollArea>

class QHBoxLayout;
class QMimeData;

namespace gilde
{

class ColumnWidget;

/// One tab's columns side by side in a horizontal scroll area, with the
/// drop side of moving a column: while a column is dragged over it, a bar
/// shows where it will land, and a drop reports the column and the index.
class ColumnStrip : public QScrollArea
{
    Q_OBJECT
public:
    explicit ColumnStrip(QWidget *parent = nullptr);

    int count() const { return int(m_columns.size()); }
    ColumnWidget *columnAt(int index) const;
    int indexOf(const ColumnWidget *column) const;
    const QList<ColumnWidget *> &columns() const { return m_columns; }

    void insertColumn(int index, ColumnWidget *column);
    /// Takes a column out (not deleted).
    void takeColumn(ColumnWidget *column);
    void moveColumn(int from, int to);
    void ensureColumnVisible(ColumnWidget *column);

    /// The widget that receives drag and drop events.
    QWidget *track() const;
    /// Where a drop at `trackPos` lands: 0..count().
    int dropIndexAt(const QPoint &trackPos) const;

    void setEmptyText(const QString &text);

Q_SIGNALS:
    void columnDropped(qint64 columnId, int index);
    /// Scrolled or resized: other columns may have come into view.
    void visibleAreaChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Track;
    friend class Track;
    void dragMoved(const QMimeData *mime, const QPoint &trackPos);
    void dragLeft();
    bool dropped(const QMimeData *mime, const QPoint &trackPos);

    Track *m_track;
    QHBoxLayout *m_layout;
    QWidget *m_indicator;
    QList<ColumnWidget *> m_columns;
    QString m_emptyText;
};

} // namespace gilde
