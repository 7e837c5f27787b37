#include "MainWindow.h"

#include "core/Engine.h"
#include "core/sources/feeds/Subscriptions.h"
#include "core/sources/shaarli/ShaarliDeliverer.h"
#include "core/sources/shaarli/ShaarliSync.h"
#include "core/store/SourceStore.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "ui/ShortcutSheet.h"
#include "ui/WindowHeader.h"
#include "ui/common/Accessibility.h"
#include "ui/common/FeedIconCache.h"
#include "ui/common/SourceCache.h"
#include "ui/common/StatusPill.h"
#include "ui/common/Theme.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/accounts/AccountActions.h"
#include "ui/accounts/AccountRail.h"
#include "ui/accounts/MentionAlerts.h"
#include "ui/compose/ForumActions.h"
#include "ui/compose/PostActions.h"
#include "ui/dashboard/DashboardTabBar.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"
#include "ui/dashboard/ItemNavigator.h"
#include "ui/links/LibraryMenu.h"
#include "ui/links/LinkActions.h"
#include "ui/outbox/OutboxStatus.h"
#include "ui/reader/ReaderPane.h"
#include "ui/sources/AddFeedDialog.h"
#include "ui/sources/SourcesDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace gilde
{

namespace
{
constexpr int ReaderWidth = 480;
constexpr int MessageMs = 8000;
} // namespace

QString MainWindow::settingsPath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("ui.ini"));
}

MainWindow::MainWindow(Engine &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_settings(std::make_unique<QSettings>(settingsPath(engine.profileDir()), QSettings::IniFormat))
    , m_sources(new SourceCache(engine.sources(), this))
    , m_icons(new FeedIconCache(engine.http(), *m_sources, this))
    , m_dashboard(nullptr)
    , m_reader(nullptr)
    , m_splitter(nullptr)
{
    setWindowTitle(tr("Gilde"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gilde.svg")));
    m_icons->setIconSize(18, devicePixelRatioF());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_dashboard = new Dashboard(engine, *m_sources, m_icons, central);
    m_library = new LibraryMenu(engine, *m_dashboard->links(), this);
    m_outboxStatus = new OutboxStatus(engine.outbox(), engine.outboxStore(), this);
    m_postActions = new PostActions(engine, this);
    m_header = new WindowHeader(m_dashboard->tabBar(), this);
    m_pill = m_header->pill();
    m_search = m_header->searchField();
    m_refreshButton = m_header->refreshButton();
    m_library->addSearchAction(m_search);
    connect(m_header, &WindowHeader::addTabRequested, m_dashboard, &Dashboard::promptAddTab);
    connect(m_header, &WindowHeader::addColumnRequested, m_dashboard, &Dashboard::promptAddColumn);
    connect(m_header, &WindowHeader::refreshRequested, this, &MainWindow::refreshAll);
    connect(m_header, &WindowHeader::writeRequested, m_postActions, &PostActions::write);
    connect(m_header, &WindowHeader::addFeedRequested, this, &MainWindow::addFeed);
    connect(m_header, &WindowHeader::searchEntered, this, [this](const QString &text) {
        if (m_dashboard->addSearchColumn(text))
            m_search->clear();
    });
    connect(m_pill, &StatusPill::clicked, this, [this] {
        if (m_pillShowsOutbox)
            m_library->showOutbox();
        else
            showSources();
    });
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->addWidget(m_dashboard);
    m_splitter->setStretchFactor(0, 1);
    auto *rail = new AccountRail(engine, central);
    auto *alerts = new MentionAlerts(engine, *m_sources, *m_settings, this);
    rail->setMentionAlerts(alerts);
    connect(alerts, &MentionAlerts::openRequested, this, [this](qint64 itemId) {
        setWindowState(windowState() & ~Qt::WindowMinimized); // a maximized window stays so
        raise();
        activateWindow();
        openItem(itemId);
    });
    auto *accountActions = new AccountActions(engine, *m_dashboard, *rail, this);
    m_accountActions = accountActions;
    connect(accountActions, &AccountActions::statusMessage, this, &MainWindow::say);
    connect(m_postActions, &PostActions::statusMessage, this, &MainWindow::say);
    connect(m_dashboard->links(), &LinkActions::itemMenuAboutToShow, m_postActions, &PostActions::addToMenu);
    connect(m_postActions, &PostActions::timelineRequested, accountActions, &AccountActions::addColumn);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(rail);
    body->addWidget(m_splitter, 1);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    statusBar()->setSizeGripEnabled(false);
    statusBar()->hide();
    connect(statusBar(), &QStatusBar::messageChanged, statusBar(),
        [this](const QString &m) { statusBar()->setVisible(!m.isEmpty()); });

    buildActions();
    connectSync();
    applyHeaderStyle();
    restoreState();

    connect(m_icons, &FeedIconCache::iconReady, m_dashboard, [this](qint64 sourceId) {
        for (ColumnWidget *col : m_dashboard->columns())
            col->model()->iconChanged(sourceId);
    });
    connect(m_dashboard, &Dashboard::itemOpened, this, &MainWindow::openItem);
    connect(m_dashboard, &Dashboard::focusOrderChanged, this, &MainWindow::updateTabOrder);
    connect(m_dashboard, &Dashboard::itemStateChanged, this, [this](qint64 itemId) {
        if (m_reader && m_reader->currentItemId() == itemId)
            m_reader->refreshState();
    });
    connect(m_dashboard, &Dashboard::statusMessage, this, &MainWindow::say);
    connect(m_library, &LibraryMenu::statusMessage, this, &MainWindow::say);
    connect(m_library, &LibraryMenu::activityChanged, this, &MainWindow::updateStatus);
    connect(&m_engine.shaarliSync(), &ShaarliSync::pullFinished, this, [this](const ShaarliPullSummary &s) {
        if (const QStringList notices = shaarliPullNotices(s); !notices.isEmpty())
            say(notices.join(QLatin1Char(' ')));
    });
    connect(&m_engine.shaarliDeliverer(), &ShaarliDeliverer::merged, this,
        [this](qint64, const QString &message) { say(message); });
    connect(m_outboxStatus, &OutboxStatus::changed, this, &MainWindow::updateStatus);
    connect(m_dashboard, &Dashboard::newTopicRequested, &m_postActions->forum(), &ForumActions::newTopic);
    connect(m_dashboard, &Dashboard::refreshRequested, this,
        [this](const QList<qint64> &ids) { m_engine.sync().refresh(ids); });
    connect(m_dashboard, &Dashboard::currentTabChanged, this,
        [this](qint64 tabId) { m_settings->setValue(QStringLiteral("dashboard/tab"), tabId); });
    connect(&m_engine.subscriptions(), &Subscriptions::sourcesChanged, this, [this] {
        m_sources->reload();
        m_dashboard->sourcesFailedOrChanged();
        updateStatus();
    });

    m_dashboard->load(m_settings->value(QStringLiteral("dashboard/tab")).toLongLong());
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::say(const QString &message)
{
    statusBar()->showMessage(message, MessageMs);
}

ReaderPane *MainWindow::reader()
{
    if (!m_reader) {
        m_reader = new ReaderPane(m_engine, m_splitter);
        m_reader->setMinimumWidth(340);
        m_reader->hide();
        m_splitter->addWidget(m_reader);
        m_splitter->setStretchFactor(1, 0);
        connect(m_reader, &ReaderPane::itemStateChanged, m_dashboard, &Dashboard::refreshItem);
        connect(m_reader, &ReaderPane::closeRequested, this, &MainWindow::closeReader);
        connect(m_reader, &ReaderPane::replyToPostRequested, &m_postActions->forum(), &ForumActions::reply);
        connect(m_reader, &ReaderPane::likePostRequested, &m_postActions->forum(), &ForumActions::like);
        connect(m_reader, &ReaderPane::voteRequested, m_postActions, &PostActions::vote);
        connect(m_reader, &ReaderPane::followTopicRequested, m_dashboard, &Dashboard::followTopic);
        connect(m_reader, &ReaderPane::timelineRequested, m_accountActions, &AccountActions::addColumn);
        m_postActions->attachReader(m_reader);
        m_dashboard->links()->attachReader(m_reader);
        updateTabOrder();
    }
    return m_reader;
}

bool MainWindow::isReaderOpen() const
{
    return m_reader && m_reader->isVisible();
}

QWidget *MainWindow::firstPaintWidget() const
{
    return m_dashboard;
}

void MainWindow::buildActions()
{
    QMenu *menu = m_header->menu();
    auto act = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    menu->addAction(act(tr("Add feed…"), QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::addFeed));
    menu->addAction(act(tr("Sources…"), QKeySequence(), &MainWindow::showSources));
    menu->addAction(act(tr("Refresh all"), QKeySequence(Qt::Key_F5), &MainWindow::refreshAll));
    menu->addSeparator();
    menu->addAction(
        act(tr("New tab…"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { m_dashboard->promptAddTab(); }));
    menu->addAction(act(tr("Add column…"), QKeySequence(), [this] { m_dashboard->promptAddColumn(); }));
    menu->addSeparator();
    menu->addAction(act(tr("Import OPML…"), QKeySequence(), &MainWindow::importOpml));
    menu->addAction(act(tr("Export OPML…"), QKeySequence(), &MainWindow::exportOpml));
    menu->addSeparator();
    m_library->addTo(menu);
    menu->addSeparator();
    QMenu *theme = menu->addMenu(tr("Appearance"));
    auto *group = new QActionGroup(theme);
    const Theme::Mode current = Theme::modeFromName(m_settings->value(QStringLiteral("theme")).toString());
    const std::pair<Theme::Mode, QString> modes[] = { { Theme::Mode::System, tr("Follow the system") },
        { Theme::Mode::Light, tr("Light") }, { Theme::Mode::Dark, tr("Dark") } };
    for (const auto &[mode, label] : modes) {
        QAction *a = theme->addAction(label, this, [this, mode = mode] { setThemeMode(int(mode)); });
        a->setCheckable(true);
        a->setChecked(mode == current);
        group->addAction(a);
    }
    menu->addAction(act(tr("Keyboard shortcuts"), QKeySequence(Qt::Key_F1), &MainWindow::showShortcuts));
    menu->addAction(act(tr("About Gilde"), QKeySequence(), &MainWindow::showAbout));
    menu->addSeparator();
    menu->addAction(act(tr("Quit"), QKeySequence::Quit, [this] { close(); }));

    // Reading keys. Text fields keep their letters: a focused QLineEdit
    // claims printable keys before window shortcuts see them.
    act(tr("Keyboard shortcuts"), QKeySequence(Qt::Key_Question), &MainWindow::showShortcuts);
    act(tr("Search"), QKeySequence(Qt::CTRL | Qt::Key_K), &MainWindow::focusSearch);
    act(tr("Next item"), QKeySequence(Qt::Key_J), [this] { m_dashboard->navigator()->stepItem(+1); });
    act(tr("Previous item"), QKeySequence(Qt::Key_K), [this] { m_dashboard->navigator()->stepItem(-1); });
    act(tr("Toggle read"), QKeySequence(Qt::Key_M), [this] { m_dashboard->navigator()->toggleRead(); });
    act(tr("Star"), QKeySequence(Qt::Key_S), [this] { m_dashboard->navigator()->toggleStar(); });
    act(tr("Open in browser"), QKeySequence(Qt::Key_O),
        [this] { m_dashboard->navigator()->openInBrowser(); });
    act(tr("Page down"), QKeySequence(Qt::Key_Space), &MainWindow::pageDown);
    act(tr("Save link"), QKeySequence(Qt::Key_B), &MainWindow::saveLink);
    // Mastodon's own keys: n writes, r replies, f favourites, t boosts, B bookmarks.
    act(tr("Write a post"), QKeySequence(Qt::Key_N), [this] { m_postActions->write(); });
    act(tr("Reply"), QKeySequence(Qt::Key_R),
        [this] { m_postActions->reply(m_dashboard->navigator()->currentItemId()); });
    act(tr("Favourite"), QKeySequence(Qt::Key_F),
        [this] { m_postActions->favourite(m_dashboard->navigator()->currentItemId()); });
    act(tr("Boost"), QKeySequence(Qt::Key_T),
        [this] { m_postActions->boost(m_dashboard->navigator()->currentItemId()); });
    act(tr("Bookmark"), QKeySequence(Qt::SHIFT | Qt::Key_B),
        [this] { m_postActions->bookmark(m_dashboard->navigator()->currentItemId()); });
    act(tr("Close the reader"), QKeySequence(Qt::Key_Escape), &MainWindow::closeReader);
    act(tr("Previous column"), QKeySequence(Qt::CTRL | Qt::Key_Left),
        [this] { m_dashboard->focusNeighbour(-1); });
    act(tr("Next column"), QKeySequence(Qt::CTRL | Qt::Key_Right),
        [this] { m_dashboard->focusNeighbour(+1); });
    act(tr("Move column left"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left),
        [this] { m_dashboard->moveCurrentColumn(-1); });
    act(tr("Move column right"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right),
        [this] { m_dashboard->moveCurrentColumn(+1); });
}

void MainWindow::connectSync()
{
    SyncEngine &sync = m_engine.sync();
    connect(&sync, &SyncEngine::refreshStarted, this, [this](int count) {
        m_refreshing = true;
        m_refreshingCount = count;
        m_dashboard->setRefreshing(true);
        networkStateChanged();
    });
    connect(&sync, &SyncEngine::sourceRefreshed, this, [this](qint64 id, int added, int updated) {
        m_sources->reloadOne(id);
        m_dashboard->sourceRefreshed(id, added, updated);
    });
    connect(&sync, &SyncEngine::sourceFailed, this, [this](qint64 id, const QString &) {
        m_sources->reloadOne(id);
        m_dashboard->sourceRefreshed(id, 0, 0);
    });
    connect(&sync, &SyncEngine::timelineChanged, m_dashboard, &Dashboard::timelineChanged);
    connect(&sync, &SyncEngine::refreshFinished, this, &MainWindow::refreshFinished);
    connect(&sync, &SyncEngine::onlineChanged, this, [this](bool) { networkStateChanged(); });
}

void MainWindow::networkStateChanged()
{
    m_sources->setNetworkState(m_engine.sync().isOnline(), m_refreshing);
    m_dashboard->setOnline(m_engine.sync().isOnline());
    m_dashboard->sourcesFailedOrChanged();
    updateStatus();
}

void MainWindow::refreshFinished(const RefreshSummary &summary)
{
    m_refreshing = false;
    m_dashboard->setRefreshing(false);
    networkStateChanged();
    // Offline, the pill says it once; a count of failed feeds would only repeat it.
    if (summary.sources == 0 || !m_engine.sync().isOnline())
        return;
    // One %n per message: the new items are a count of their own, placed whole.
    const QString items = tr("%n new item(s)", nullptr, summary.added);
    const QString text = summary.failed > 0
        ? tr("Refreshed %n feed(s): %1, %2 failed", nullptr, summary.sources).arg(items).arg(summary.failed)
        : tr("Refreshed %n feed(s): %1", nullptr, summary.sources).arg(items);
    say(text);
}

void MainWindow::updateStatus()
{
    const int failing = m_sources->failingCount();
    const bool online = m_engine.sync().isOnline();
    const OutboxStatus::Summary outbox = m_outboxStatus->summary();
    // A change the server refused comes first, then changes held back
    // offline; changes merely waiting only when nothing else is to be said.
    m_pillShowsOutbox = outbox.failed > 0 || (!online && outbox.waiting > 0)
        || (online && !m_refreshing && failing == 0 && outbox.waiting > 0);
    // An import the user started says how far it is before anything else.
    if (const QString activity = m_library->activityText(); !activity.isEmpty()) {
        m_pillShowsOutbox = false;
        m_pill->showStatus(StatusPill::Tone::Info, activity);
    } else if (m_pillShowsOutbox) {
        const auto tone = outbox.failed > 0 ? StatusPill::Tone::Error
            : online                        ? StatusPill::Tone::Info
                                            : StatusPill::Tone::Warning;
        const QString tip
            = outbox.failed > 0 ? tr("%1\nShow the outbox").arg(outbox.lastError) : tr("Show the outbox");
        m_pill->showStatus(tone, OutboxStatus::pillText(outbox, online), true, tip);
    } else if (!online && !m_sources->anyEverFetched())
        m_pill->showStatus(StatusPill::Tone::Info, tr("Offline — your feeds come in when Gilde is online"));
    else if (!online)
        m_pill->showStatus(StatusPill::Tone::Warning, tr("Offline — showing cached items"), failing > 0);
    else if (m_refreshing)
        m_pill->showStatus(StatusPill::Tone::Info, tr("Refreshing %n feed(s)…", nullptr, m_refreshingCount));
    else if (failing > 0)
        m_pill->showStatus(StatusPill::Tone::Error, tr("%n feed(s) failing", nullptr, failing), true);
    else
        m_pill->clear();
    m_refreshButton->setEnabled(!m_refreshing);
}

void MainWindow::applyHeaderStyle()
{
    if (m_styling)
        return;
    m_styling = true;
    const QPalette &pal = palette();
    m_header->setStyleSheet(Theme::headerStyleSheet(pal));
    m_splitter->setStyleSheet(
        QStringLiteral("QSplitter::handle { background: %1; }").arg(Theme::border(pal).name()));
    m_styling = false;
}

void MainWindow::updateTabOrder()
{
    // Columns are made after the header and the reader on first use, so the
    // order in which they were made is not the order on screen.
    chainTabOrder(
        m_header->focusChain() + m_dashboard->focusChain() + (m_reader ? m_reader->focusChain() : QList<QWidget *>()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_header)
        applyHeaderStyle();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings->value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(qMin(1500, avail.width() * 9 / 10), qMin(950, avail.height() * 9 / 10));
    }
}

void MainWindow::saveState()
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (isReaderOpen())
        m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_settings->setValue(QStringLiteral("dashboard/tab"), m_dashboard->currentTabId());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::setThemeMode(int mode)
{
    m_settings->setValue(QStringLiteral("theme"), Theme::modeName(Theme::Mode(mode)));
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Theme::apply(*app, Theme::Mode(mode));
}

void MainWindow::refreshAll()
{
    m_engine.sync().refreshAll();
    // Everything that comes in: the link library from its Shaarli too.
    m_engine.pullLinks();
}

void MainWindow::addFeed()
{
    auto *dialog = new AddFeedDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddFeedDialog::subscribed, this, &MainWindow::subscribed);
    dialog->open();
}

void MainWindow::subscribed(qint64 sourceId)
{
    m_sources->reload();
    m_engine.sync().refresh({ sourceId });
    // A new feed should be visible somewhere: give it a column unless one
    // in this tab shows it already.
    // A Mastodon timeline is a stream of its own: "All unread" does not count.
    const Source *source = m_sources->source(sourceId);
    const bool ownColumn = source && source->kind != u"feed";
    bool shown = false;
    for (ColumnWidget *col : m_dashboard->columns()) {
        const StreamSpec &spec = col->column().spec;
        shown = shown
            || (ownColumn ? spec.kind == StreamSpec::Kind::Source && spec.sourceId == sourceId
                          : m_sources->covers(spec, sourceId));
    }
    const QString title = m_sources->title(sourceId);
    if (!shown) {
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Source;
        spec.sourceId = sourceId;
        m_dashboard->addColumn(title, spec);
    }
    say(tr("Subscribed to %1").arg(title));
}

void MainWindow::showSources()
{
    if (m_sourcesDialog) {
        m_sourcesDialog->raise();
        m_sourcesDialog->activateWindow();
        return;
    }
    auto *dialog = new SourcesDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sourcesDialog = dialog;
    dialog->show();
}

void MainWindow::importOpml()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import subscriptions"), QDir::homePath(), tr("OPML files (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        say(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    const Subscriptions::ImportResult result = m_engine.subscriptions().importOpml(f.readAll());
    if (!result.error.isEmpty()) {
        say(result.error);
        return;
    }
    say(result.existing > 0
            ? tr("Imported %n new feed(s) (%1 already subscribed)", nullptr, result.added).arg(result.existing)
            : tr("Imported %n new feed(s)", nullptr, result.added));
    if (result.added > 0)
        m_engine.sync().refreshDue();
}

void MainWindow::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export subscriptions"),
        QDir::home().filePath(QStringLiteral("gilde-subscriptions.opml")), tr("OPML files (*.opml)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_engine.subscriptions().exportOpml()) < 0 || !f.commit()) {
        say(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return;
    }
    say(tr("Exported %n feed(s) to %1", nullptr, m_sources->size()).arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showShortcuts()
{
    auto *sheet = new ShortcutSheet(this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Gilde"),
        tr("<h3>Gilde %1</h3><p>Follow the people and communities you learn from — blogs, "
           "microblogs and forums — in one dashboard that works offline.</p>"
           "<p>Profile: %2</p><p>Licensed under the GNU GPL, version 3.</p>")
            .arg(QCoreApplication::applicationVersion(),
                QDir::toNativeSeparators(m_engine.profileDir()).toHtmlEscaped()));
}

void MainWindow::openItem(qint64 itemId)
{
    if (!itemId)
        return;
    ReaderPane *pane = reader();
    if (pane->isHidden()) {
        pane->show();
        const QByteArray splitter = m_settings->value(QStringLiteral("window/splitter")).toByteArray();
        if (splitter.isEmpty() || !m_splitter->restoreState(splitter) || m_splitter->sizes().value(1) < 200)
            m_splitter->setSizes({ qMax(400, width() - ReaderWidth), ReaderWidth });
    }
    pane->showItem(itemId);
}

void MainWindow::closeReader()
{
    if (m_search->hasFocus()) {
        // Esc in the search field leaves it, rather than closing the reader.
        m_search->clear();
        if (ColumnWidget *col = m_dashboard->currentColumn())
            col->view()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!isReaderOpen())
        return;
    m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_reader->clear();
    m_reader->hide();
    if (ColumnWidget *col = m_dashboard->currentColumn())
        col->view()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::saveLink()
{
    QWidget *focus = QApplication::focusWidget();
    if (isReaderOpen() && m_reader->currentItemId() && focus && m_reader->isAncestorOf(focus))
        m_dashboard->links()->saveReaderItem();
    else
        m_dashboard->navigator()->saveLink();
}

void MainWindow::pageDown()
{
    if (isReaderOpen() && m_reader->currentItemId()) {
        if (!m_reader->pageDown())
            m_dashboard->navigator()->stepItem(+1);
        return;
    }
    m_dashboard->navigator()->pageDownList();
}

} // namespace gilde
