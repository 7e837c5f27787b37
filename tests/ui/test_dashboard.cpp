// The dashboard in the main window on a real profile: columns added, dragged,
// moved by keyboard and removed; the layout surviving a restart; reading keys
// changing the store; error and empty states.
#include "core/store/ColumnStore.h"
#include "test_dashboard_support.h"
#include "ui/MainWindow.h"
#include "ui/common/StatusPill.h"
#include "ui/dashboard/AddColumnDialog.h"
#include "ui/dashboard/ColumnHeader.h"
#include "ui/dashboard/ColumnMime.h"
#include "ui/dashboard/ColumnStrip.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/DashboardTabBar.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"
#include "ui/dashboard/ItemNavigator.h"
#include "ui/reader/ReaderPane.h"

#include <QApplication>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace gilde;
using gilde::test::DashboardProfile;
using gilde::test::sourceSpec;
using gilde::test::waitUntil;

namespace
{

QList<qint64> columnIds(Dashboard *d, qint64 tabId = 0)
{
    QList<qint64> ids;
    for (ColumnWidget *c : d->columns(tabId))
        ids << c->columnId();
    return ids;
}

QList<qint64> storedIds(Engine &engine, qint64 tabId)
{
    QList<qint64> ids;
    for (const Column &c : engine.columns().columns(tabId))
        ids << c.id;
    return ids;
}

void showActive(QWidget &w)
{
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

/// Sends a drag of column `columnId` over `target` at `pos` and drops it there.
bool dropColumn(QWidget *target, qint64 columnId, const QPoint &pos)
{
    std::unique_ptr<QMimeData> mime(ColumnMime::encode(columnId));
    QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

TEST_CASE("The dashboard layout survives closing the window and the profile", "[ui][dashboard]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"), QStringLiteral("Learning"));
    const qint64 b = p.addSource(QStringLiteral("Beta"));
    p.addItems(a, 30, QStringLiteral("a"), p.baseMs);
    p.addItems(b, 30, QStringLiteral("b"), p.baseMs - 500);

    qint64 firstTab = 0;
    qint64 secondTab = 0;
    qint64 all = 0;
    qint64 alpha = 0;
    qint64 folder = 0;
    qint64 starred = 0;
    StreamSpec folderSpec;
    folderSpec.kind = StreamSpec::Kind::Folder;
    folderSpec.folder = QStringLiteral("Learning");
    folderSpec.unreadOnly = true;
    folderSpec.muteWords = { QStringLiteral("crypto"), QStringLiteral("hype") };
    {
        MainWindow w(*p.engine);
        Dashboard *d = w.dashboard();
        REQUIRE(d->tabCount() == 1);
        firstTab = d->currentTabId();
        all = d->addColumn(QStringLiteral("Everything"), StreamSpec {});
        alpha = d->addColumn(QStringLiteral("Alpha"), sourceSpec(a));
        folder = d->addColumn(QStringLiteral("Learning"), folderSpec);
        REQUIRE((all && alpha && folder));
        CHECK(d->column(all)->model()->rowCount() > 0);

        d->column(alpha)->setColumnWidth(420);
        d->column(folder)->setTitle(QStringLiteral("Learning, unread"));
        REQUIRE(d->moveColumn(folder, 0, 0));
        CHECK(columnIds(d) == QList<qint64> { folder, all, alpha });

        secondTab = d->addTab(QStringLiteral("Second"));
        REQUIRE(d->renameTab(secondTab, QStringLiteral("Work")));
        StreamSpec star;
        star.kind = StreamSpec::Kind::Starred;
        starred = d->addColumn(QStringLiteral("Kept"), star, secondTab);
        REQUIRE(starred);
        REQUIRE(d->removeColumn(all));
        CHECK(d->column(all) == nullptr);
        d->setCurrentTab(secondTab);
        w.close();
    }
    p.reopen();

    CHECK(storedIds(*p.engine, firstTab) == QList<qint64> { folder, alpha });
    MainWindow w(*p.engine);
    Dashboard *d = w.dashboard();
    REQUIRE(d->tabCount() == 2);
    CHECK(d->tabBar()->tabText(0) == QStringLiteral("Home"));
    CHECK(d->tabBar()->tabText(1) == QStringLiteral("Work"));
    CHECK(d->currentTabId() == secondTab);
    CHECK(columnIds(d, firstTab) == QList<qint64> { folder, alpha });
    CHECK(columnIds(d, secondTab) == QList<qint64> { starred });
    CHECK(d->column(folder)->column().title == QStringLiteral("Learning, unread"));
    CHECK(d->column(folder)->column().spec == folderSpec);
    CHECK(d->column(alpha)->column().width == 420);
    CHECK(d->column(alpha)->width() == 420);
    CHECK(d->column(alpha)->column().spec == sourceSpec(a));
    CHECK(d->column(starred)->column().spec.kind == StreamSpec::Kind::Starred);
}

TEST_CASE("A column is added with the add-column dialog", "[ui][dashboard]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    p.addSource(QStringLiteral("Beta"));
    p.addItems(a, 12, QStringLiteral("a"), p.baseMs);
    MainWindow w(*p.engine);
    Dashboard *d = w.dashboard();
    showActive(w);

    bool driven = false;
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<AddColumnDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setKind(StreamSpec::Kind::Source);
        dialog->setSourceId(a);
        dialog->setUnreadOnly(true);
        driven = dialog->isComplete() && dialog->title() == QStringLiteral("Alpha");
        dialog->accept();
    });
    d->promptAddColumn();
    REQUIRE(driven);
    const QList<ColumnWidget *> cols = d->columns();
    REQUIRE(cols.size() == 1);
    StreamSpec expected = sourceSpec(a);
    expected.unreadOnly = true;
    CHECK(cols.first()->column().spec == expected);
    CHECK(cols.first()->column().title == QStringLiteral("Alpha"));
    CHECK(cols.first()->model()->rowCount() == 12);
    const auto stored = p.engine->columns().column(cols.first()->columnId());
    REQUIRE(stored);
    CHECK(stored->spec == expected);

    // A search column from the header's search field.
    w.searchField()->setText(QStringLiteral("item"));
    QTest::keyClick(w.searchField(), Qt::Key_Return);
    REQUIRE(d->columns().size() == 2);
    CHECK(d->columns().last()->column().spec.kind == StreamSpec::Kind::Search);
    CHECK(d->columns().last()->column().spec.query == QStringLiteral("item"));
}

TEST_CASE("A column is dragged by its header to a new place", "[ui][dashboard]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    const qint64 b = p.addSource(QStringLiteral("Beta"));
    p.addItems(a, 5, QStringLiteral("a"), p.baseMs);
    MainWindow w(*p.engine);
    w.resize(1500, 800);
    Dashboard *d = w.dashboard();
    const qint64 c1 = d->addColumn(QStringLiteral("One"), sourceSpec(a));
    const qint64 c2 = d->addColumn(QStringLiteral("Two"), sourceSpec(b));
    const qint64 c3 = d->addColumn(QStringLiteral("Three"), StreamSpec {});
    showActive(w);
    const qint64 tab = d->currentTabId();

    // The press and move on the header start a drag of that column.
    ColumnWidget *one = d->column(c1);
    QSignalSpy started(one, &ColumnWidget::dragStarted);
    const QPoint grip(40, one->header()->height() / 2);
    QTest::mousePress(one->header(), Qt::LeftButton, Qt::NoModifier, grip);
    QTest::mouseMove(one->header(), grip + QPoint(QApplication::startDragDistance() + 20, 0));
    REQUIRE(waitUntil([&] { return started.size() == 1; }, 2000));
    CHECK(started.first().first().toLongLong() == c1);
    CHECK_FALSE(one->dragPixmap().isNull());
    QTest::mouseRelease(one->header(), Qt::LeftButton, Qt::NoModifier, grip);

    // Dropped right of the third column's middle: it goes last.
    ColumnStrip *strip = d->strip();
    const QRect third = d->column(c3)->geometry();
    CHECK(strip->dropIndexAt(QPoint(third.center().x() + 10, 100)) == 3);
    REQUIRE(dropColumn(strip->track(), c1, QPoint(third.center().x() + 10, 100)));
    CHECK(columnIds(d) == QList<qint64> { c2, c3, c1 });
    CHECK(storedIds(*p.engine, tab) == QList<qint64> { c2, c3, c1 });
    QCoreApplication::processEvents(); // the strip lays the columns out anew

    // Dropped left of the first: it goes first.
    REQUIRE(dropColumn(strip->track(), c3, QPoint(d->column(c2)->geometry().left() + 5, 100)));
    CHECK(columnIds(d) == QList<qint64> { c3, c2, c1 });
    CHECK(storedIds(*p.engine, tab) == QList<qint64> { c3, c2, c1 });

    // Dropped on another tab: it moves there, at the end.
    const qint64 other = d->addTab(QStringLiteral("Other"));
    DashboardTabBar *bar = d->tabBar();
    const QPoint onTab = bar->tabRect(d->indexOfTab(other)).center();
    REQUIRE(dropColumn(bar, c2, onTab));
    CHECK(columnIds(d, tab) == QList<qint64> { c3, c1 });
    CHECK(columnIds(d, other) == QList<qint64> { c2 });
    CHECK(storedIds(*p.engine, other) == QList<qint64> { c2 });
    CHECK(d->column(c2)->column().tabId == other);

    // Something that is not a column is refused.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent enter(QPoint(50, 50), Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(strip->track(), &enter);
    CHECK_FALSE(enter.isAccepted());
}

TEST_CASE("Columns move and are removed from their menu and the keyboard", "[ui][dashboard]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    p.addItems(a, 5, QStringLiteral("a"), p.baseMs);
    MainWindow w(*p.engine);
    w.resize(1400, 800);
    Dashboard *d = w.dashboard();
    const qint64 c1 = d->addColumn(QStringLiteral("One"), sourceSpec(a));
    const qint64 c2 = d->addColumn(QStringLiteral("Two"), StreamSpec {});
    const qint64 c3 = d->addColumn(QStringLiteral("Three"), StreamSpec {});
    showActive(w);
    const qint64 tab = d->currentTabId();

    d->column(c1)->view()->setFocus();
    REQUIRE(waitUntil([&] { return d->currentColumn() == d->column(c1); }));
    QTest::keyClick(&w, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(columnIds(d) == QList<qint64> { c2, c1, c3 });
    CHECK(storedIds(*p.engine, tab) == QList<qint64> { c2, c1, c3 });
    QTest::keyClick(&w, Qt::Key_Left, Qt::ControlModifier);
    CHECK(d->currentColumn() == d->column(c2));

    Q_EMIT d->column(c2)->moveRequested(+1); // the menu's "Move right"
    CHECK(columnIds(d) == QList<qint64> { c1, c2, c3 });
    Q_EMIT d->column(c3)->moveRequested(+1); // at the edge: nothing happens
    CHECK(columnIds(d) == QList<qint64> { c1, c2, c3 });

    Q_EMIT d->column(c2)->removeRequested();
    REQUIRE(waitUntil([&] { return d->column(c2) == nullptr; }));
    CHECK(columnIds(d) == QList<qint64> { c1, c3 });
    CHECK(storedIds(*p.engine, tab) == QList<qint64> { c1, c3 });
    CHECK_FALSE(p.engine->columns().column(c2).has_value());
}

TEST_CASE("Reading keys change selection, read and starred in the store", "[ui][dashboard]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    p.addItems(a, 6, QStringLiteral("a"), p.baseMs);
    MainWindow w(*p.engine);
    Dashboard *d = w.dashboard();
    const qint64 col = d->addColumn(QStringLiteral("Alpha"), sourceSpec(a));
    ItemListModel *model = d->column(col)->model();
    showActive(w);
    d->column(col)->view()->setFocus();

    QTest::keyClick(&w, Qt::Key_J);
    const qint64 first = model->index(0).data(ItemListModel::ItemIdRole).toLongLong();
    CHECK(d->navigator()->currentItemId() == first);
    CHECK(w.isReaderOpen());
    CHECK(w.reader()->currentItemId() == first);
    // Opening marks read (the reader does), and the column follows.
    REQUIRE(waitUntil([&] { return p.item(first)->read; }));
    REQUIRE(waitUntil([&] { return model->index(0).data(ItemListModel::ReadRole).toBool(); }));

    QTest::keyClick(&w, Qt::Key_J);
    const qint64 second = model->index(1).data(ItemListModel::ItemIdRole).toLongLong();
    CHECK(d->navigator()->currentItemId() == second);
    QTest::keyClick(&w, Qt::Key_K);
    CHECK(d->navigator()->currentItemId() == first);

    QTest::keyClick(&w, Qt::Key_M);
    CHECK_FALSE(p.item(first)->read);
    CHECK_FALSE(model->index(0).data(ItemListModel::ReadRole).toBool());
    QTest::keyClick(&w, Qt::Key_M);
    CHECK(p.item(first)->read);

    QTest::keyClick(&w, Qt::Key_S);
    CHECK(p.item(first)->starred);
    CHECK(model->index(0).data(ItemListModel::StarredRole).toBool());
    QTest::keyClick(&w, Qt::Key_S);
    CHECK_FALSE(p.item(first)->starred);

    QTest::keyClick(&w, Qt::Key_Escape);
    CHECK_FALSE(w.isReaderOpen());

    // Letters typed in the search field stay text.
    w.searchField()->setFocus();
    QTest::keyClicks(w.searchField(), QStringLiteral("jms"));
    CHECK(w.searchField()->text() == QStringLiteral("jms"));
    CHECK_FALSE(p.item(second)->starred);
}

TEST_CASE("The unread badge follows marking items read", "[ui][dashboard]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    const qint64 b = p.addSource(QStringLiteral("Beta"));
    p.addItems(a, 6, QStringLiteral("a"), p.baseMs);
    p.addItems(b, 4, QStringLiteral("b"), p.baseMs - 10);
    MainWindow w(*p.engine);
    Dashboard *d = w.dashboard();
    ColumnWidget *alpha = d->column(d->addColumn(QStringLiteral("Alpha"), sourceSpec(a)));
    ColumnWidget *all = d->column(d->addColumn(QStringLiteral("All"), StreamSpec {}));
    showActive(w);
    d->startDeferredWork();
    REQUIRE(waitUntil([&] { return alpha->unreadCount() == 6 && all->unreadCount() == 10; }));

    alpha->view()->setFocus();
    alpha->view()->setCurrentIndex(alpha->model()->index(2));
    d->navigator()->toggleRead();
    REQUIRE(waitUntil([&] { return alpha->unreadCount() == 5 && all->unreadCount() == 9; }));
    // The same item in the other column shows read too.
    const qint64 id = alpha->model()->index(2).data(ItemListModel::ItemIdRole).toLongLong();
    CHECK(all->model()->index(all->model()->rowOf(id)).data(ItemListModel::ReadRole).toBool());

    alpha->markAllRead();
    REQUIRE(waitUntil([&] { return alpha->unreadCount() == 0 && all->unreadCount() == 4; }));
    CHECK(p.engine->items().unreadCount(sourceSpec(a)) == 0);
}

TEST_CASE("Columns say why they are empty and which feeds fail", "[ui][dashboard]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Jarche"));
    auto src = p.engine->sources().byId(a);
    src->lastError = QStringLiteral("Could not reach jarche.com (offline)");
    src->errorCount = 1;
    src->lastRefreshMs = p.baseMs;
    REQUIRE(p.engine->sources().saveRefreshState(*src));
    const qint64 b = p.addSource(QStringLiteral("Fine"));
    p.addItems(b, 3, QStringLiteral("b"), p.baseMs);

    MainWindow w(*p.engine);
    Dashboard *d = w.dashboard();
    ColumnWidget *failing = d->column(d->addColumn(QStringLiteral("Jarche"), sourceSpec(a)));
    ColumnWidget *all = d->column(d->addColumn(QStringLiteral("All"), StreamSpec {}));
    StreamSpec search;
    search.kind = StreamSpec::Kind::Search;
    search.query = QStringLiteral("zyzzyva");
    ColumnWidget *nothing = d->column(d->addColumn(QStringLiteral("Search"), search));
    StreamSpec unread;
    unread.kind = StreamSpec::Kind::Unread;
    ColumnWidget *caughtUp = d->column(d->addColumn(QStringLiteral("Unread"), unread));
    showActive(w);

    CHECK(failing->errorLine()->isVisible());
    CHECK(failing->errorLine()->text().contains(QStringLiteral("Could not reach jarche.com")));
    CHECK(failing->view()->emptyText().contains(QStringLiteral("Could not reach jarche.com")));
    CHECK(all->errorLine()->isVisible());
    CHECK(all->errorLine()->text().contains(QStringLiteral("1 of 2 feeds failed")));
    CHECK(all->view()->emptyText().isEmpty());
    CHECK(nothing->view()->emptyText().contains(QStringLiteral("No matches")));
    CHECK_FALSE(nothing->errorLine()->isVisible());

    caughtUp->markAllRead();
    caughtUp->model()->reload();
    CHECK(caughtUp->view()->emptyText().contains(QStringLiteral("Nothing unread")));

    // The header's pill counts failing feeds.
    CHECK(w.statusPill()->isVisible());
    CHECK(w.statusPill()->text().contains(QStringLiteral("1 feed")));
}

TEST_CASE("Tabs are added, renamed and removed", "[ui][dashboard]")
{
    DashboardProfile p;
    MainWindow w(*p.engine);
    Dashboard *d = w.dashboard();
    const qint64 home = d->currentTabId();
    const qint64 second = d->addTab(QStringLiteral("Second"));
    REQUIRE(second);
    d->addColumn(QStringLiteral("All"), StreamSpec {}, second);
    CHECK(d->tabCount() == 2);
    CHECK(d->renameTab(second, QStringLiteral("Clients")));
    CHECK(p.engine->columns().tabs().last().title == QStringLiteral("Clients"));
    CHECK(d->removeTab(second));
    CHECK(d->tabCount() == 1);
    CHECK(p.engine->columns().tabs().size() == 1);
    CHECK(d->currentTabId() == home);
    CHECK_FALSE(d->removeTab(home)); // the last tab stays
}
