#pragma once

#include <QModelIndex>
#include <QObject>

namespace gilde
{

class ColumnWidget;
class Dashboard;

/// The reading keys on the dashboard's current column: next and previous
/// item (which opens it), toggle read, star, open in the browser, save the
/// link, page down.
/// Acts through the column's model, so the store and every view follow.
class ItemNavigator : public QObject
{
    Q_OBJECT
public:
    explicit ItemNavigator(Dashboard &dashboard, QObject *parent = nullptr);

    /// j/k: selects the next/previous item and opens it. Returns its id (0 = none).
    qint64 stepItem(int delta);
    qint64 currentItemId() const;
    void openCurrentItem();
    void toggleRead();
    void toggleStar();
    void openInBrowser();
    void pageDownList();
    /// b: asks for the save-link popup on the current row (an item, or a
    /// saved link in a links column); `index` is invalid when nothing is selected.
    void saveLink();

Q_SIGNALS:
    void itemOpened(qint64 itemId);
    void saveLinkRequested(gilde::ColumnWidget *column, const QModelIndex &index);
    void statusMessage(const QString &message);

private:
    Dashboard &m_dashboard;
};

} // namespace gilde
