// The window and every dialog and popup as a screen reader meets them on a
// real profile: each visible control has a name to read out, rows say
// whether they are unread, starred or to be read later, and Tab walks from
// the header through each column to the reader.
#include "TestHttpServer.h"
#include "core/store/AccountStore.h"
#include "core/store/LinkStore.h"
#include "core/sync/Outbox.h"
#include "test_accessibility_support.h"
#include "test_links_support.h"
#include "ui/MainWindow.h"
#include "ui/ShortcutSheet.h"
#include "ui/accounts/DiscourseSignInDialog.h"
#include "ui/accounts/MastodonSignInDialog.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/accounts/ShaarliAccountDialog.h"
#include "ui/common/SourceCache.h"
#include "ui/common/StatusPill.h"
#include "ui/dashboard/AddColumnDialog.h"
#include "ui/dashboard/ColumnHeader.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/DashboardTabBar.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"
#include "ui/links/LibraryMenu.h"
#include "ui/links/LinkActions.h"
#include "ui/links/SaveLinkPopup.h"
#include "ui/links/TagBrowserDialog.h"
#include "ui/links/TagEdit.h"
#include "ui/outbox/OutboxDialog.h"
#include "ui/reader/ReaderBrowser.h"
#include "ui/reader/ReaderPane.h"
#include "ui/sources/AddFeedDialog.h"
#include "ui/sources/SourcesDialog.h"

#include <QAccessibleTableInterface>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>

using namespace gilde;
using namespace gilde::test;

namespace
{

/// A window with two feed columns (the first item of Alpha starred and
/// unread, the second read), a column of saved links and a queued change.
struct A11yFixture {
    DashboardProfile p;
    qint64 alpha = 0;
    qint64 beta = 0;
    std::unique_ptr<MainWindow> w;
    ColumnWidget *first = nullptr;
    ColumnWidget *second = nullptr;

    A11yFixture()
    {
        alpha = p.addSource(QStringLiteral("Alpha"), QStringLiteral("Blogs"));
        beta = p.addSource(QStringLiteral("Beta"));
        p.addItems(alpha, 3, QStringLiteral("a"), p.baseMs);
        p.addItems(beta, 2, QStringLiteral("b"), p.baseMs);
        Engine &e = *p.engine;
        Link later;
        later.url = QUrl(QStringLiteral("https://example.org/later"));
        later.title = QStringLiteral("A page for later");
        later.tags = { QStringLiteral("pkm") };
        later.readLater = true;
        REQUIRE(e.library().save(later).id > 0);
        saveLink(
            e, QStringLiteral("https://example.org/done"), { QStringLiteral("pkm") }, QStringLiteral("Done"));

        w = std::make_unique<MainWindow>(e);
        w->resize(1500, 800);
        showActive(*w);
        first = w->dashboard()->column(w->dashboard()->addColumn(QStringLiteral("Alpha"), sourceSpec(alpha)));
        second = w->dashboard()->column(w->dashboard()->addColumn(QStringLiteral("Beta"), sourceSpec(beta)));
        REQUIRE(first);
        REQUIRE(second);
        REQUIRE(first->model()->rowCount() == 3);
        REQUIRE(first->model()->setStarred(0, true));
        REQUIRE(first->model()->setRead(1, true));
    }

    ColumnWidget *linksColumn()
    {
        const qint64 id = w->dashboard()->links()->openLinksColumn(QString());
        ColumnWidget *col = w->dashboard()->column(id);
        REQUIRE(col);
        REQUIRE(waitUntil([col] { return col->view()->model()->rowCount() == 2; }));
        return col;
    }
};

/// What a screen reader says for row `row` of a list view.
QString spokenRow(QAbstractItemView *view, int row)
{
    QAccessible::setActive(true);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    REQUIRE(iface);
    REQUIRE(iface->tableInterface());
    QAccessibleInterface *cell = iface->tableInterface()->cellAt(row, 0);
    REQUIRE(cell);
    return cell->text(QAccessible::Name);
}

void auditMenu(QMenu *menu, QWidget *anchor)
{
    menu->popup(anchor->mapToGlobal(QPoint(0, anchor->height())));
    REQUIRE(waitUntil([menu] { return menu->isVisible(); }));
    requireAllNamed(menu, 4);
    menu->hide();
}

/// The widgets focused by pressing Tab `presses` times from `start`.
QList<QWidget *> tabWalk(QWidget *start, int presses)
{
    start->setFocus(Qt::TabFocusReason);
    REQUIRE(waitUntil([start] { return start->hasFocus(); }));
    QList<QWidget *> seen { start };
    for (int i = 0; i < presses; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen << QApplication::focusWidget();
    }
    return seen;
}

QString nameOf(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(none)");
    return widget->accessibleName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                              : widget->accessibleName();
}

/// Tab from the first of `expected` visits the others one right after the other.
void requireTabSequence(const QList<QWidget *> &expected)
{
    const QList<QWidget *> seen = tabWalk(expected.first(), int(expected.size()) + 4);
    QStringList names;
    for (const QWidget *widget : seen)
        names << nameOf(widget);
    INFO("Tab visits: " << names.join(QStringLiteral(", ")).toStdString());
    for (int i = 1; i < expected.size(); ++i) {
        INFO("expected next: " << nameOf(expected.at(i)).toStdString());
        CHECK(seen.indexOf(expected.at(i)) == seen.indexOf(expected.at(i - 1)) + 1);
    }
}

} // namespace

TEST_CASE("Every control of the main window has a name to read out", "[ui][a11y]")
{
    A11yFixture f;
    ColumnWidget *links = f.linksColumn();
    f.w->openItem(f.first->model()->itemAt(0)->id);
    REQUIRE(f.w->isReaderOpen());
    // Text in the search fields brings out their clear buttons.
    f.w->searchField()->setText(QStringLiteral("words"));
    auto *linkSearch = links->findChild<QLineEdit *>(QStringLiteral("linkSearch"));
    REQUIRE(linkSearch);
    linkSearch->setText(QStringLiteral("page"));

    QAccessibleInterface *body = QAccessible::queryAccessibleInterface(f.w->reader()->browser());
    REQUIRE(body);
    // Read-only, it is text to read rather than a field to fill.
    CHECK(body->role() == QAccessible::StaticText);
    CHECK(isSayable(body->text(QAccessible::Name)));

    // Header (tabs, search and its button, actions), three columns with
    // their menus, searches and lists, and the reader's buttons.
    requireAllNamed(f.w.get(), 20);

    auto *menuButton = f.w->findChild<QToolButton *>(QStringLiteral("menu"));
    REQUIRE(menuButton);
    auditMenu(menuButton->menu(), menuButton);
    auditMenu(f.first->header()->menuButton()->menu(), f.first->header()->menuButton());
}

TEST_CASE("The window's prompts and context menus name their controls", "[ui][a11y]")
{
    A11yFixture f;
    const auto check = [](const std::function<void()> &open, int atLeast) {
        const std::shared_ptr<ModalAudit> modal = auditNextModal();
        open();
        REQUIRE(waitUntil([modal] { return modal->seen; }));
        requireAllNamed(*modal, atLeast);
    };
    SECTION("renaming a column")
    {
        check([&f] { f.first->promptRename(); }, 3);
    }
    SECTION("muting words")
    {
        check([&f] { f.first->promptMuteWords(); }, 3);
    }
    SECTION("a new tab")
    {
        check([&f] { f.w->dashboard()->promptAddTab(); }, 3);
    }
    SECTION("an item's menu")
    {
        ItemListView *view = f.first->view();
        const QPoint at = view->visualRect(f.first->model()->index(0, 0)).center();
        check([view, at] { Q_EMIT view->customContextMenuRequested(at); }, 3);
    }
    SECTION("moving and deleting feeds")
    {
        SourcesDialog dialog(*f.p.engine, f.w.get());
        showActive(dialog);
        dialog.selectSources({ f.alpha });
        check([&dialog] { dialog.moveSelected(); }, 3);
        check([&dialog] { dialog.deleteSelected(); }, 2);
    }
    SECTION("renaming and deleting a tag")
    {
        f.w->library()->showTags();
        auto *dialog = f.w->findChild<TagBrowserDialog *>();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        dialog->selectTag(QStringLiteral("pkm"));
        check([dialog] { dialog->promptRename(); }, 3);
        check([dialog] { dialog->deleteTag(QStringLiteral("pkm")); }, 2);
        dialog->close();
    }
    SECTION("a saved link's menu")
    {
        ItemListView *view = f.linksColumn()->view();
        const QPoint at = view->visualRect(view->model()->index(0, 0)).center();
        check([view, at] { Q_EMIT view->customContextMenuRequested(at); }, 3);
    }
}

TEST_CASE("Rows say whether they are unread, starred or to be read later", "[ui][a11y]")
{
    A11yFixture f;
    const QString firstTitle = f.first->model()->itemAt(0)->title;
    const QString starred = spokenRow(f.first->view(), 0);
    CHECK(starred.startsWith(QStringLiteral("Unread, starred. %1 — Alpha, ").arg(firstTitle)));
    CHECK(spokenRow(f.first->view(), 1).startsWith(QStringLiteral("Read. ")));
    CHECK(spokenRow(f.first->view(), 2).startsWith(QStringLiteral("Unread. ")));

    // The words follow the state, as the row's look does.
    REQUIRE(f.first->model()->setStarred(0, false));
    REQUIRE(f.first->model()->setRead(0, true));
    CHECK(spokenRow(f.first->view(), 0).startsWith(QStringLiteral("Read. %1").arg(firstTitle)));

    ColumnWidget *links = f.linksColumn();
    QStringList spoken;
    for (int row = 0; row < 2; ++row)
        spoken << spokenRow(links->view(), row);
    CHECK(spoken.contains(QStringLiteral("To read later. A page for later — example.org, tags: pkm")));
    CHECK(spoken.contains(QStringLiteral("Done — example.org, tags: pkm")));
}

TEST_CASE("Every dialog and popup names its controls", "[ui][a11y]")
{
    A11yFixture f;
    Engine &e = *f.p.engine;
    MainWindow &w = *f.w;

    SECTION("Add feed")
    {
        // A page with two feeds, so that the list to pick from shows.
        TestHttpServer server;
        REQUIRE(server.listen());
        server.route("/blog/",
            TestResponse::ok(
                "<html><head><title>Blog</title>"
                "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/rss.xml\">"
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\"/atom.xml\">"
                "</head><body>Hi</body></html>",
                "text/html; charset=utf-8"));
        AddFeedDialog dialog(e, &w);
        showActive(dialog);
        requireAllNamed(&dialog, 4);
        auto *urlEdit = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("feedList"));
        REQUIRE(urlEdit);
        REQUIRE(list);
        QTest::keyClicks(urlEdit, server.url(QStringLiteral("/blog/")).toString());
        QTest::keyClick(urlEdit, Qt::Key_Return);
        REQUIRE(waitUntil([list] { return list->isVisible() && list->count() == 2; }, 10000));
        requireAllNamed(&dialog, 5);
    }
    SECTION("Sources")
    {
        SourcesDialog dialog(e, &w);
        showActive(dialog);
        requireAllNamed(&dialog, 9);
    }
    SECTION("Save link")
    {
        f.first->view()->setFocus();
        f.first->view()->setCurrentIndex(f.first->model()->index(0, 0));
        QTest::keyClick(f.first->view(), Qt::Key_B);
        SaveLinkPopup *popup = w.dashboard()->links()->popup();
        REQUIRE(popup);
        REQUIRE(QTest::qWaitForWindowExposed(popup));
        requireAllNamed(popup, 6);
        QTest::keyClicks(popup->tagEdit()->lineEdit(), QStringLiteral("pk"));
        QAbstractItemView *completions = popup->tagEdit()->completer()->popup();
        REQUIRE(waitUntil([completions] { return completions->isVisible(); }));
        requireAllNamed(completions, 1);
        popup->close();
    }
    SECTION("Tags")
    {
        w.library()->showTags();
        auto *dialog = w.findChild<TagBrowserDialog *>();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        requireAllNamed(dialog, 5);
        dialog->close();
    }
    SECTION("Outbox")
    {
        Account a;
        a.kind = QStringLiteral("shaarli");
        a.server = QUrl(QStringLiteral("http://127.0.0.1:9/shaarli"));
        a.displayName = QStringLiteral("My links");
        const qint64 account = e.accountStore().add(a);
        REQUIRE(account > 0);
        e.outbox().setOnline(false);
        const qint64 id = e.outbox().enqueue(account, QStringLiteral("shaarli.save"),
            { { QStringLiteral("url"), QStringLiteral("https://example.org/queued") } });
        REQUIRE(id > 0);
        w.library()->showOutbox();
        OutboxDialog *dialog = w.library()->outboxDialog();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        requireAllNamed(dialog, 4);
        auto *view = dialog->findChild<QTreeView *>();
        REQUIRE(view);
        CHECK(spokenRow(view, 0) == QStringLiteral("Queued. https://example.org/queued — Save link"));
        dialog->close();
    }
    SECTION("Connect Shaarli")
    {
        ShaarliAccountDialog dialog(e, &w);
        showActive(dialog);
        requireAllNamed(&dialog, 3);
    }
    SECTION("Add a Mastodon account, with the code field shown")
    {
        MastodonSignInDialog dialog(e, &w);
        showActive(dialog);
        requireAllNamed(&dialog, 2);
        dialog.codeField()->parentWidget()->show();
        requireAllNamed(&dialog, 4);
    }
    SECTION("Sign in to a forum")
    {
        DiscourseSignInDialog dialog(e, &w);
        showActive(dialog);
        requireAllNamed(&dialog, 4);
    }
    SECTION("Write a post")
    {
        ComposerDialog dialog(e, &w);
        showActive(dialog);
        dialog.warningField()->show();
        requireAllNamed(&dialog, 4);
    }
    SECTION("Add column, for each kind of column")
    {
        AddColumnDialog dialog(*w.sources(), e.sources().folders(), &w);
        dialog.setTags(e.links().tags());
        showActive(dialog);
        for (const auto kind : { StreamSpec::Kind::Source, StreamSpec::Kind::Folder, StreamSpec::Kind::All,
                 StreamSpec::Kind::Unread, StreamSpec::Kind::Starred, StreamSpec::Kind::Search,
                 StreamSpec::Kind::Links }) {
            dialog.setKind(kind);
            requireAllNamed(&dialog, 4);
        }
    }
    SECTION("Keyboard shortcuts")
    {
        ShortcutSheet sheet(&w);
        showActive(sheet);
        requireAllNamed(&sheet, 1);
    }
}

TEST_CASE("Tab goes from the search field through the header, each column and into the reader", "[ui][a11y]")
{
    A11yFixture f;
    MainWindow &w = *f.w;
    f.w->openItem(f.first->model()->itemAt(0)->id);
    ReaderPane *reader = w.reader();
    REQUIRE(reader->isVisible());
    auto *menuButton = w.findChild<QToolButton *>(QStringLiteral("menu"));
    auto *refresh = w.findChild<QToolButton *>(QStringLiteral("refresh"));
    auto *addFeed = w.findChild<QPushButton *>(QStringLiteral("primary"));
    REQUIRE(menuButton);
    REQUIRE(refresh);
    REQUIRE(addFeed);

    auto *addColumn = w.findChild<QPushButton *>(QStringLiteral("plain"));
    REQUIRE(addColumn);
    QPushButton *write = nullptr;
    for (QPushButton *b : w.findChildren<QPushButton *>(QStringLiteral("plain")))
        write = b->text() == QStringLiteral("Write") ? b : write;
    REQUIRE(write);
    const QList<QWidget *> header { w.searchField(), addColumn, refresh, write, addFeed, menuButton };
    QList<QWidget *> readerChain;
    for (const char *name : { "openButton", "starButton", "readButton", "saveLinkButton", "closeButton" }) {
        readerChain << reader->findChild<QWidget *>(QLatin1String(name));
        REQUIRE(readerChain.last());
    }
    readerChain << reader->browser();
    // A column's controls: its menu, its search when it has one, its list.
    const auto columnChain = [](ColumnWidget *col) {
        QList<QWidget *> chain { col->header()->menuButton() };
        if (auto *search = col->findChild<QLineEdit *>(QStringLiteral("linkSearch")))
            chain << search;
        return chain << col->view();
    };
    const auto expectOrder = [&](const QList<ColumnWidget *> &columns) {
        QList<QWidget *> expected = header;
        for (ColumnWidget *col : columns)
            expected += columnChain(col);
        expected += readerChain;
        requireTabSequence(expected);
    };

    SECTION("as the columns stand")
    {
        expectOrder({ f.first, f.second });
        // Backwards from the search field: the new-tab button, then the tabs.
        w.searchField()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(w.searchField(), Qt::Key_Backtab);
        CHECK(QApplication::focusWidget() == w.findChild<QToolButton *>(QStringLiteral("addTab")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        CHECK(QApplication::focusWidget() == static_cast<QWidget *>(w.dashboard()->tabBar()));
    }
    SECTION("after a column moved")
    {
        REQUIRE(w.dashboard()->moveColumn(f.second->columnId(), 0, 0));
        expectOrder({ f.second, f.first });
    }
    SECTION("after a column was added, it comes last")
    {
        REQUIRE(w.dashboard()->removeColumn(f.first->columnId()));
        ColumnWidget *added
            = w.dashboard()->column(w.dashboard()->addColumn(QStringLiteral("Alpha"), sourceSpec(f.alpha)));
        REQUIRE(added);
        expectOrder({ f.second, added });
    }
    SECTION("a links column's search comes between its menu and its list")
    {
        expectOrder({ f.first, f.second, f.linksColumn() });
    }
    SECTION("in another tab, through that tab's columns")
    {
        const qint64 tab = w.dashboard()->addTab(QStringLiteral("Second"));
        REQUIRE(tab);
        ColumnWidget *other = w.dashboard()->column(
            w.dashboard()->addColumn(QStringLiteral("Beta"), sourceSpec(f.beta), tab));
        REQUIRE(other);
        w.dashboard()->setCurrentTab(tab);
        REQUIRE(waitUntil([other] { return other->isVisible(); }));
        expectOrder({ other });
    }
}

TEST_CASE("A status pill that leads somewhere is reached with Tab and pressed with Space", "[ui][a11y]")
{
    DashboardProfile p;
    const qint64 id = p.addSource(QStringLiteral("Gone"));
    auto gone = p.engine->sources().byId(id);
    REQUIRE(gone);
    gone->lastError = QStringLiteral("404 Not Found");
    p.engine->sources().saveRefreshState(*gone);

    MainWindow w(*p.engine);
    showActive(w);
    StatusPill *pill = w.statusPill();
    REQUIRE(pill->isVisible());
    QAccessible::setActive(true);
    CHECK(QAccessible::queryAccessibleInterface(pill)->text(QAccessible::Name)
        == QStringLiteral("1 feed failing"));

    // Just before the search field, it opens the feeds and their errors.
    w.searchField()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(w.searchField(), Qt::Key_Backtab);
    REQUIRE(QApplication::focusWidget() == pill);
    CHECK_FALSE(w.findChild<SourcesDialog *>());
    QTest::keyClick(pill, Qt::Key_Space);
    auto *sources = w.findChild<SourcesDialog *>();
    REQUIRE(sources);
    CHECK(sources->isVisible());
    sources->close();

    // A pill that only informs is no stop for Tab.
    pill->showStatus(StatusPill::Tone::Info, QStringLiteral("Refreshing 1 feed…"));
    w.searchField()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(w.searchField(), Qt::Key_Backtab);
    CHECK(QApplication::focusWidget() == w.findChild<QToolButton *>(QStringLiteral("addTab")));
}
