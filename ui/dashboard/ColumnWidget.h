#pragma once

#include "core/model/Column.h"
#include "core/sources/mastodon/MastodonTimeline.h"

#include <QWidget>

class QLabel;
class QMenu;
class QTimer;

namespace gilde
{

class MastodonColumnMenu;

class ColumnHeader;
struct Source;
class FeedIconCache;
class LinkColumnBody;
class ItemListModel;
class ItemListView;
class ItemStore;
class SourceCache;

/// One dashboard column: header, an error line when its feeds fail, and the
/// item list (or a message saying why it is empty). Holds its Column value;
/// every edit (title, spec, width) is announced with edited() for the
/// dashboard to store. Width is changed by dragging the right edge.
class ColumnWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MinWidth = 260;
    static constexpr int MaxWidth = 900;

    ColumnWidget(const Column &column, ItemStore &items, SourceCache &sources, FeedIconCache *icons,
        QWidget *parent = nullptr);
    ~ColumnWidget() override;

    const Column &column() const { return m_column; }
    /// The column's menu (its header's ⋯), for entries others add.
    QMenu *menu() const { return m_menu; }
    /// The one source the column shows, if it shows one (from the window's cache).
    const Source *source() const;
    /// The Mastodon timeline the column shows, if it shows one.
    std::optional<MastodonTimeline> timeline() const;
    qint64 columnId() const { return m_column.id; }
    void setPosition(qint64 tabId, int position);

    ItemListModel *model() const { return m_model; }
    ItemListView *view() const { return m_view; }
    ColumnHeader *header() const { return m_header; }
    /// The slim line under the header that names failing feeds (hidden when none fail).
    QLabel *errorLine() const { return m_errorLine; }

    void setTitle(const QString &title);
    void setSpec(const StreamSpec &spec);
    void setColumnWidth(int width);

    /// Loads the first page (the dashboard calls it when the column is first shown).
    void load();
    bool isLoaded() const;
    /// A refresh touched this column's sources: insert what is new (debounced).
    void scheduleNewer();
    void scheduleUnreadCount(int delayMs = 300);
    int unreadCount() const;
    void setRefreshing(bool refreshing);
    void updateErrorLine();
    void updateEmptyText();
    void setActive(bool active);
    void setMovable(bool left, bool right);

    /// A links column (StreamSpec::Kind::Links) shows saved links through
    /// this body instead of items; the column owns it.
    void setLinkBody(LinkColumnBody *body);
    LinkColumnBody *linkBody() const { return m_linkBody; }
    bool isLinksColumn() const { return m_linkBody != nullptr; }
    /// Puts a bar (e.g. a search field) between the header and the list.
    void insertBelowHeader(QWidget *widget);
    /// Its controls in the order Tab visits them: the header's, the bars', the list.
    QList<QWidget *> focusChain() const;

    /// Asks for the posts of the gap at `row` (a timeline's "gap" row).
    void fillGap(int row);

    /// The source ids a refresh of this column covers.
    QList<qint64> sourceIds() const;
    /// Offers "New topic…" in the menu: the column follows a forum category the user may write to.
    void setCanStartTopic(bool can);

    /// Asks for a title / mute words with a dialog, then applies them.
    void promptRename();
    void promptMuteWords();
    void toggleUnreadOnly();
    int markAllRead();

    /// The column is going away: no more timers, no more store reads.
    void retire();

    /// Starts moving the column with the mouse (QDrag).
    void startDrag();
    /// The pixmap shown under the pointer while dragging.
    QPixmap dragPixmap() const;

Q_SIGNALS:
    void edited();
    void moveRequested(int delta);
    void removeRequested();
    void refreshRequested();
    void focused();
    void itemOpened(qint64 itemId);
    /// A timeline's column: the user opened a gap row / reached the end of the cache.
    void gapFillRequested(qint64 sourceId);
    void olderRequested(qint64 sourceId);
    /// A forum category's column: the user wants to start a topic in it.
    void newTopicRequested(qint64 sourceId);
    void itemStateChanged(qint64 itemId, bool read, bool starred);
    void bulkStateChanged();
    void dragStarted(qint64 columnId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class Grip;
    void buildMenu();
    void refreshHint();
    void countUnread();

    Column m_column;
    ItemStore &m_items;
    SourceCache &m_sources;
    ColumnHeader *m_header;
    QLabel *m_errorLine;
    ItemListView *m_view;
    ItemListModel *m_model;
    Grip *m_grip;
    QMenu *m_menu;
    QAction *m_unreadOnlyAction = nullptr;
    QAction *m_keepOfflineAction = nullptr; ///< forum topic lists only
    MastodonColumnMenu *m_mastodonMenu = nullptr; ///< a Mastodon timeline's own entries
    QList<QAction *> m_itemActions; ///< only for columns of items
    QAction *m_moveLeftAction = nullptr;
    QAction *m_newTopicAction = nullptr;
    QAction *m_moveRightAction = nullptr;
    QTimer *m_unreadTimer;
    QTimer *m_newerTimer;
    LinkColumnBody *m_linkBody = nullptr;
    QList<QWidget *> m_bars; ///< between header and list, top to bottom
    bool m_refreshing = false;
};

} // namespace gilde
