#pragma once

#include "core/model/Column.h"
#include "ui/links/SaveLinkPopup.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QUrl>

#include <functional>
#include <optional>

class QMenu;
class QModelIndex;
class QTimer;

namespace gilde
{

class ColumnWidget;
class Dashboard;
class Engine;
class ReaderPane;
class SourceCache;
struct Item;
struct Link;

/// The link library in the dashboard: opens the save popup for an item, a
/// link in the reader or a saved link (one popup at a time), makes a links
/// column of a ColumnWidget whose spec asks for one, gives item rows their
/// context menu and their saved mark, and does what a saved link's menu asks
/// (open, copy, edit, go to the discussion, read later, delete). Says what
/// happened through statusMessage(). Keeps what was typed in a popup closed
/// without saving, per page, and gives it back when that page's popup opens
/// again (in memory: a draft lives as long as the window).
class LinkActions : public QObject
{
    Q_OBJECT
public:
    LinkActions(Engine &engine, Dashboard &dashboard, SourceCache &sources, QObject *parent = nullptr);

    /// Called for every new column: a links column gets its body, a column
    /// of items its saved marks and its context menu.
    void attach(ColumnWidget *column);

    /// Gives the reader its "Save link" button and its links a "Save link…".
    void attachReader(ReaderPane *reader);
    /// Saves the link of the reader's item, the popup by the reader's button.
    SaveLinkPopup *saveReaderItem();

    /// b on a column's row: saves the item's link, or edits the saved link.
    void saveFromColumn(ColumnWidget *column, const QModelIndex &index);
    /// Saves the link of an item (e.g. the one in the reader).
    SaveLinkPopup *saveItem(qint64 itemId, const QRect &anchor, qint64 columnId = 0);
    /// Saves a link found inside an item (the reader's link menu).
    SaveLinkPopup *saveUrl(const QUrl &url, qint64 fromItemId, const QRect &anchor);
    SaveLinkPopup *editLink(qint64 linkId, const QRect &anchor);
    /// The popup on screen, if any.
    SaveLinkPopup *popup() const;
    /// The unsaved draft kept for a page (by its address as found), if any.
    std::optional<LinkDraft> draftFor(const QUrl &url) const;

    bool openLink(qint64 linkId);
    void copyAddress(qint64 linkId);
    /// Asks first; true when the link was deleted.
    bool deleteLink(qint64 linkId);
    void toggleReadLater(qint64 linkId);
    /// Selects the item the link was found in and opens it in the reader.
    bool showDiscussion(qint64 linkId);

    /// Opens (or focuses, when this tab has it) a column of saved links.
    qint64 openLinksColumn(const QString &tag, bool readLaterOnly = false, const QString &search = {});
    static QString linksColumnTitle(const StreamSpec &spec);

    /// Who opens links outside the program (QDesktopServices by default).
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void itemOpened(qint64 itemId);
    /// A column row's menu is about to open: others may add their actions
    /// for the item to it (a post's Reply, Boost, …) before Save link.
    void itemMenuAboutToShow(QMenu *menu, qint64 itemId);

private:
    SaveLinkPopup *openPopup(const Link &draft, const QString &foundIn, const QRect &anchor);
    QString foundIn(const Item &item, const ColumnWidget *column) const;
    void showItemMenu(ColumnWidget *column, const QPoint &pos);
    void refreshSavedMarks();
    QRect rowRect(ColumnWidget *column, const QModelIndex &index) const;
    QWidget *window() const;

    Engine &m_engine;
    Dashboard &m_dashboard;
    SourceCache &m_sources;
    QPointer<SaveLinkPopup> m_popup;
    QHash<QString, LinkDraft> m_drafts; ///< by SaveLinkPopup::draftKey()
    QPointer<ReaderPane> m_reader;
    QPointer<QWidget> m_readerButton;
    QTimer *m_savedTimer;
    UrlOpener m_opener;
};

} // namespace gilde
