#include "Dashboard.h"
#include "core/Engine.h"
#include "core/store/ColumnStore.h"
#include "ui/dashboard/ColumnStrip.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/DashboardTabBar.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTimer>

// The dashboard's tabs: the tab bar's wiring, and adding, renaming and
// removing tabs (the columns are in Dashboard.cpp).

namespace gilde
{

void Dashboard::connectTabBar()
{
    connect(m_tabBar, &QTabBar::currentChanged, this, &Dashboard::tabChanged);
    connect(m_tabBar, &QTabBar::tabBarDoubleClicked, this, [this](int index) {
        if (index >= 0)
            promptRenameTab(index);
        else
            promptAddTab();
    });
    connect(m_tabBar, &QTabBar::tabMoved, this, [this](int, int to) {
        if (!m_engine.columns().moveTab(tabIdAt(to), to))
            Q_EMIT statusMessage(tr("Could not save the new order of the tabs."));
    });
    connect(m_tabBar, &DashboardTabBar::columnDroppedOnTab, this, [this](qint64 columnId, int index) {
        const qint64 tab = tabIdAt(index);
        ColumnStrip *s = m_strips.value(tab);
        ColumnWidget *c = column(columnId);
        if (!s || !c)
            return;
        const bool same = c->column().tabId == tab;
        moveColumn(columnId, tab, same ? s->count() - 1 : s->count());
    });
    connect(m_tabBar, &DashboardTabBar::contextMenuRequestedAt, this, [this](int index, const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(tr("Rename tab…"), this, [this, index] { promptRenameTab(index); });
        menu.addAction(tr("New tab…"), this, &Dashboard::promptAddTab);
        menu.addSeparator();
        QAction *remove = menu.addAction(tr("Remove tab…"), this, [this, index] { confirmRemoveTab(index); });
        remove->setEnabled(tabCount() > 1);
        menu.exec(pos);
    });
}

void Dashboard::updateStripEmptyText(ColumnStrip *strip)
{
    strip->setEmptyText(tr("This tab has no columns yet.\nAdd one with “+ Column”, or type in the search "
                           "field and press Enter."));
}

int Dashboard::tabCount() const
{
    return m_tabBar->count();
}

qint64 Dashboard::tabIdAt(int index) const
{
    return index >= 0 && index < m_tabBar->count() ? m_tabBar->tabData(index).toLongLong() : 0;
}

int Dashboard::indexOfTab(qint64 tabId) const
{
    for (int i = 0; i < m_tabBar->count(); ++i) {
        if (tabIdAt(i) == tabId)
            return i;
    }
    return -1;
}

qint64 Dashboard::currentTabId() const
{
    return tabIdAt(m_tabBar->currentIndex());
}

void Dashboard::setCurrentTab(qint64 tabId)
{
    const int index = indexOfTab(tabId);
    if (index >= 0)
        m_tabBar->setCurrentIndex(index);
}

void Dashboard::tabChanged(int index)
{
    if (m_loading || index < 0)
        return;
    const qint64 tabId = tabIdAt(index);
    ColumnStrip *strip = m_strips.value(tabId);
    if (!strip)
        return;
    m_stack->setCurrentWidget(strip);
    loadVisibleColumns(false);
    if (m_deferredStarted)
        QTimer::singleShot(0, this, &Dashboard::loadNextPending);
    if (!m_current || m_current->column().tabId != tabId)
        setCurrentColumn(strip->columnAt(0));
    Q_EMIT currentTabChanged(tabId);
    Q_EMIT focusOrderChanged();
}

qint64 Dashboard::addTab(const QString &title)
{
    const QString t = title.trimmed().isEmpty() ? tr("New tab") : title.trimmed();
    const qint64 id = m_engine.columns().addTab(t);
    if (!id) {
        Q_EMIT statusMessage(tr("Could not save the new tab."));
        return 0;
    }
    updateStripEmptyText(makeStrip(id));
    const int index = m_tabBar->addTab(t);
    m_tabBar->setTabData(index, id);
    return id;
}

bool Dashboard::renameTab(qint64 tabId, const QString &title)
{
    const int index = indexOfTab(tabId);
    const QString t = title.trimmed();
    if (index < 0 || t.isEmpty())
        return false;
    if (!m_engine.columns().renameTab(tabId, t)) {
        Q_EMIT statusMessage(tr("Could not rename the tab."));
        return false;
    }
    m_tabBar->setTabText(index, t);
    return true;
}

bool Dashboard::removeTab(qint64 tabId)
{
    const int index = indexOfTab(tabId);
    if (index < 0 || tabCount() <= 1)
        return false;
    if (!m_engine.columns().removeTab(tabId)) {
        Q_EMIT statusMessage(tr("Could not remove the tab."));
        return false;
    }
    ColumnStrip *strip = m_strips.take(tabId);
    for (ColumnWidget *col : strip->columns()) {
        col->retire();
        m_columns.remove(col->columnId());
    }
    m_tabBar->removeTab(index);
    strip->deleteLater();
    return true;
}

void Dashboard::promptAddTab()
{
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("New tab"), tr("Name of the new tab:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (const qint64 id = addTab(title))
        setCurrentTab(id);
}

void Dashboard::promptRenameTab(int index)
{
    const qint64 id = tabIdAt(index);
    if (!id)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("Rename tab"), tr("Name:"), QLineEdit::Normal, m_tabBar->tabText(index), &ok);
    if (ok)
        renameTab(id, title);
}

void Dashboard::confirmRemoveTab(int index)
{
    const qint64 id = tabIdAt(index);
    ColumnStrip *strip = m_strips.value(id);
    if (!strip)
        return;
    if (tabCount() <= 1) {
        Q_EMIT statusMessage(tr("The last tab cannot be removed."));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Remove tab"),
        tr("Remove the tab “%1” and its %n column(s)? The items stay in the cache.", nullptr, strip->count())
            .arg(m_tabBar->tabText(index)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeTab(id);
}

} // namespace gilde
