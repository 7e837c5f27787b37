#include "ItemNavigator.h"

#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"
#include "ui/links/LinkListModel.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QUrl>

namespace gilde
{

ItemNavigator::ItemNavigator(Dashboard &dashboard, QObject *parent)
    : QObject(parent)
    , m_dashboard(dashboard)
{
}

qint64 ItemNavigator::stepItem(int delta)
{
    ColumnWidget *col = m_dashboard.currentColumn();
    if (!col)
        return 0;
    m_dashboard.setCurrentColumn(col);
    if (!col->view()->hasFocus())
        col->view()->setFocus(Qt::ShortcutFocusReason);
    const QModelIndex index = col->view()->step(delta);
    if (!index.isValid())
        return 0;
    const qint64 id = index.data(ItemListModel::ItemIdRole).toLongLong();
    Q_EMIT itemOpened(id);
    return id;
}

qint64 ItemNavigator::currentItemId() const
{
    ColumnWidget *col = m_dashboard.currentColumn();
    if (!col)
        return 0;
    return col->view()->currentIndex().data(ItemListModel::ItemIdRole).toLongLong();
}

void ItemNavigator::openCurrentItem()
{
    if (const qint64 id = currentItemId())
        Q_EMIT itemOpened(id);
}

void ItemNavigator::toggleRead()
{
    ColumnWidget *col = m_dashboard.currentColumn();
    if (!col)
        return;
    const int row = col->view()->currentIndex().row();
    if (const Item *item = col->model()->itemAt(row))
        col->model()->setRead(row, !item->read);
}

void ItemNavigator::toggleStar()
{
    ColumnWidget *col = m_dashboard.currentColumn();
    if (!col)
        return;
    const int row = col->view()->currentIndex().row();
    if (const Item *item = col->model()->itemAt(row))
        col->model()->setStarred(row, !item->starred);
}

void ItemNavigator::openInBrowser()
{
    ColumnWidget *col = m_dashboard.currentColumn();
    if (!col)
        return;
    if (col->isLinksColumn()) {
        const QUrl url(col->view()->currentIndex().data(LinkListModel::UrlRole).toString());
        if (!url.isEmpty() && !QDesktopServices::openUrl(url))
            Q_EMIT statusMessage(tr("Could not open %1 in the browser.").arg(url.toDisplayString()));
        return;
    }
    const int row = col->view()->currentIndex().row();
    const Item *item = col->model()->itemAt(row);
    if (!item)
        return;
    const QUrl url(item->url);
    if (!url.isValid() || url.isEmpty()) {
        Q_EMIT statusMessage(tr("This item has no link to open."));
        return;
    }
    if (!QDesktopServices::openUrl(url))
        Q_EMIT statusMessage(tr("Could not open %1 in the browser.").arg(url.toDisplayString()));
    else if (!item->read)
        col->model()->setRead(row, true);
}

void ItemNavigator::saveLink()
{
    ColumnWidget *col = m_dashboard.currentColumn();
    QModelIndex index;
    if (col && col->view()->selectionModel()->isSelected(col->view()->currentIndex()))
        index = col->view()->currentIndex();
    Q_EMIT saveLinkRequested(col, index);
}

void ItemNavigator::pageDownList()
{
    ColumnWidget *col = m_dashboard.currentColumn();
    if (!col)
        return;
    QScrollBar *bar = col->view()->verticalScrollBar();
    bar->setValue(bar->value() + bar->pageStep());
}

} // namespace gilde
