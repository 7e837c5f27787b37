#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLineEdit;
class QSettings;
class QSplitter;
class QToolButton;

namespace gilde
{

class Dashboard;
class Engine;
class FeedIconCache;
class LibraryMenu;
class OutboxStatus;
class PostActions;
class AccountActions;
class ReaderPane;
class SourceCache;
class StatusPill;
class WindowHeader;
struct RefreshSummary;

/// The window: a header (name, tabs, status, search, actions), the dashboard
/// of columns and the reader beside it. Wires the dashboard to the sync
/// engine (status, new items, errors) and holds the keyboard map. Its own
/// state (geometry, reader width, last tab, theme) lives in the profile's
/// ui.ini, so that profiles stay apart.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Engine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    Dashboard *dashboard() const { return m_dashboard; }
    /// The reader, made on first use (it is not needed to show the dashboard).
    ReaderPane *reader();
    bool isReaderOpen() const;
    StatusPill *statusPill() const { return m_pill; }
    QLineEdit *searchField() const { return m_search; }
    FeedIconCache *icons() const { return m_icons; }
    SourceCache *sources() const { return m_sources; }
    /// Tags, outbox, bookmarks import/export, Shaarli.
    LibraryMenu *library() const { return m_library; }
    /// The widget whose first paint counts as "the dashboard is on screen".
    QWidget *firstPaintWidget() const;

    static QString settingsPath(const QString &profileDir);

public Q_SLOTS:
    void refreshAll();
    void addFeed();
    void showSources();
    void importOpml();
    void exportOpml();
    void showShortcuts();
    void showAbout();
    void openItem(qint64 itemId);
    void closeReader();
    void focusSearch();
    /// Space: a page down in the reader (then the next item), else in the list.
    void pageDown();
    /// b: saves the link of the selected item (or of the reader's, when it has the focus).
    void saveLink();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// A message in the status bar, for a while.
    void say(const QString &message);
    void buildActions();
    void connectSync();
    void updateStatus();
    void applyHeaderStyle();
    /// Tab goes through the header, each column left to right, then the reader.
    void updateTabOrder();
    void restoreState();
    void saveState();
    void setThemeMode(int mode);
    void subscribed(qint64 sourceId);
    void refreshFinished(const RefreshSummary &summary);
    void networkStateChanged();

    Engine &m_engine;
    std::unique_ptr<QSettings> m_settings;
    SourceCache *m_sources;
    FeedIconCache *m_icons;
    Dashboard *m_dashboard;
    ReaderPane *m_reader;
    QSplitter *m_splitter;
    WindowHeader *m_header = nullptr;
    PostActions *m_postActions = nullptr;
    AccountActions *m_accountActions = nullptr; // a hashtag in the reader becomes a column there
    StatusPill *m_pill = nullptr;
    LibraryMenu *m_library = nullptr;
    OutboxStatus *m_outboxStatus = nullptr;
    bool m_pillShowsOutbox = false;
    QLineEdit *m_search = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QPointer<QWidget> m_sourcesDialog;
    bool m_refreshing = false;
    int m_refreshingCount = 0;
    bool m_styling = false;
};

} // namespace gilde
