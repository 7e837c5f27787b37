#pragma once

#include "core/model/Column.h"
#include "core/sync/TimelinePaging.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QStackedWidget;

namespace gilde
{

class ColumnStrip;
class ColumnWidget;
class DashboardTabBar;
class Engine;
class AvatarCache;
class FeedIconCache;
class ItemNavigator;
class LinkActions;
class SourceCache;

/// The tabs of columns. Builds itself from ColumnStore and writes every
/// layout change back at once (tabs, order, widths, titles, specs), so the
/// layout survives a restart. Knows which column is current and moves
/// through its items for the keyboard. Only the visible tab's columns load
/// items, and only their first page.
class Dashboard : public QWidget
{
    Q_OBJECT
public:
    Dashboard(Engine &engine, SourceCache &sources, FeedIconCache *icons, QWidget *parent = nullptr);
    ~Dashboard() override;

    /// The tab bar, for the window to place in its header.
    DashboardTabBar *tabBar() const { return m_tabBar; }

    /// Builds tabs and columns from the store; `tabId` (if it exists) becomes current.
    void load(qint64 tabId = 0);

    // Tabs
    int tabCount() const;
    qint64 tabIdAt(int index) const;
    int indexOfTab(qint64 tabId) const;
    qint64 currentTabId() const;
    void setCurrentTab(qint64 tabId);
    qint64 addTab(const QString &title);
    bool renameTab(qint64 tabId, const QString &title);
    bool removeTab(qint64 tabId);
    void promptAddTab();
    void promptRenameTab(int index);
    void confirmRemoveTab(int index);

    // Columns
    qint64 addColumn(const QString &title, const StreamSpec &spec, qint64 tabId = 0, int width = 360);
    void promptAddColumn();
    /// Opens (or focuses, when one exists in this tab) a search column.
    qint64 addSearchColumn(const QString &query);
    /// A column of forum topic `itemId`'s posts, refreshed as its forum's
    /// lists are; the column there already when the topic is followed.
    qint64 followTopic(qint64 itemId);
    /// The column of a source: the one there is, shown, else a new one in
    /// the current tab, refreshed. Its id; 0 when it could not be added.
    qint64 showSourceColumn(qint64 sourceId, const QString &title);
    bool removeColumn(qint64 columnId);
    /// Moves a column to `position` in `tabId` (0 = its own tab), in the store and on screen.
    bool moveColumn(qint64 columnId, qint64 tabId, int position);
    ColumnWidget *column(qint64 columnId) const;
    QList<ColumnWidget *> columns(qint64 tabId = 0) const;
    ColumnStrip *strip(qint64 tabId = 0) const;

    /// The current tab's column controls in Tab order: each column's, left to right.
    QList<QWidget *> focusChain() const;

    ColumnWidget *currentColumn() const;
    void setCurrentColumn(ColumnWidget *column);
    /// Ctrl+Left/Right: the neighbouring column gets the focus.
    void focusNeighbour(int delta);
    /// Ctrl+Shift+Left/Right: the current column moves.
    void moveCurrentColumn(int delta);

    /// The reading keys on the current column's items.
    ItemNavigator *navigator() const { return m_navigator; }
    /// Saving links, links columns and the saved marks of items.
    LinkActions *links() const { return m_links; }

    /// An item's state changed elsewhere (the reader): re-read it and update every column.
    void refreshItem(qint64 itemId);

    // From sync
    void setRefreshing(bool refreshing);
    void sourceRefreshed(qint64 sourceId, int added, int updated);
    /// Items of the source were marked read elsewhere (the server's read marker).
    void readElsewhere(qint64 sourceId);
    /// A timeline's paging changed (gaps, older pages): its column shows it.
    void timelineChanged(qint64 sourceId, const TimelineState &state);
    /// Gap rows say whether they fill now or once the network is back.
    void setOnline(bool online);
    void sourcesFailedOrChanged();
    /// Work that waits for the first paint: unread counts, and the columns
    /// of the tab that were not on screen yet.
    void startDeferredWork();
    /// Loads the current tab's columns that are (about to be) on screen; all when `all`.
    void loadVisibleColumns(bool all = false);

Q_SIGNALS:
    void itemOpened(qint64 itemId);
    /// Read or starred of an item changed here (a key, a menu).
    void itemStateChanged(qint64 itemId);
    void currentTabChanged(qint64 tabId);
    /// Columns were added, moved, removed or another tab shown: the Tab order is to be set again.
    void focusOrderChanged();
    void statusMessage(const QString &message);
    void refreshRequested(const QList<qint64> &sourceIds);
    /// "New topic…" of a forum category's column.
    void newTopicRequested(qint64 sourceId);

private:
    void connectTabBar();
    ColumnStrip *makeStrip(qint64 tabId);
    ColumnWidget *makeColumn(const Column &column);
    /// Whether the source is a forum category whose forum the user is signed in to.
    bool canStartTopic(qint64 sourceId) const;
    void updateForumColumns();
    void tabChanged(int index);
    void renumber(qint64 tabId);
    void persist(ColumnWidget *column);
    void broadcastState(ColumnWidget *from, qint64 itemId, qint64 sourceId, bool read, bool starred);
    void dropped(qint64 tabId, qint64 columnId, int index);
    void updateStripEmptyText(ColumnStrip *strip);
    void loadColumn(ColumnWidget *column);
    void loadNextPending();

    Engine &m_engine;
    SourceCache &m_sources;
    FeedIconCache *m_icons;
    AvatarCache *m_avatars; ///< the posters in forum topics' rows, shared by every column
    DashboardTabBar *m_tabBar;
    QStackedWidget *m_stack;
    ItemNavigator *m_navigator;
    LinkActions *m_links = nullptr;
    QHash<qint64, ColumnStrip *> m_strips;
    QHash<qint64, ColumnWidget *> m_columns;
    QPointer<ColumnWidget> m_current;
    bool m_refreshing = false;
    bool m_online = true;
    bool m_deferredStarted = false;
    bool m_loading = false;
};

} // namespace gilde
