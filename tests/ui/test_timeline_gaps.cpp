// A timeline's column shows its gaps and pages older posts: a refresh after a
// long absence leaves a gap row where posts are missing, a click fills it in
// place, and scrolling past the cache brings older posts from the server
// (a scripted Mastodon server on 127.0.0.1, the real engine and window).
#include "MastodonServer.h"
#include "core/sources/feeds/Subscriptions.h"
#include "core/store/TimelineStore.h"
#include "core/sync/SyncEngine.h"
#include "test_dashboard_support.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct TimelineWindow {
    MastodonServer server;
    DashboardProfile p;
    qint64 source = 0;
    QByteArray path = "/api/v1/timelines/tag/gilde";

    TimelineWindow()
    {
        REQUIRE(server.listen());
        source = p.engine->subscriptions().subscribe(
            server.url(QString::fromUtf8(path)), QStringLiteral("#gilde"), {}, QStringLiteral("mastodon"));
        REQUIRE(source > 0);
    }

    std::unique_ptr<MainWindow> window;

    /// The window, with a column of the timeline.
    ColumnWidget *openColumn()
    {
        window = std::make_unique<MainWindow>(*p.engine);
        window->resize(1200, 800);
        Dashboard *d = window->dashboard();
        ColumnWidget *col = d->column(d->addColumn(QStringLiteral("#gilde"), sourceSpec(source)));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        return col;
    }

    void refresh()
    {
        QSignalSpy finished(&p.engine->sync(), &SyncEngine::refreshFinished);
        p.engine->sync().refresh({ source });
        REQUIRE(waitUntil([&] { return finished.count() > 0; }, 20000));
    }
};

int gapRowOf(ItemListModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->isGap(row))
            return row;
    }
    return -1;
}

std::string textAt(ItemListModel *model, int row)
{
    // The first line: the post's own words (a link card follows).
    return model->index(row).data(ItemListModel::ExcerptRole).toString().section(u'\n', 0, 0).toStdString();
}

} // namespace

TEST_CASE("Timeline column: a gap shows where posts are missing and fills in place when clicked",
    "[ui][mastodon][paging]")
{
    TimelineWindow t;
    t.server.setTimeline(t.path, 40, 1000);
    t.refresh();

    ColumnWidget *col = t.openColumn();
    Dashboard *d = t.window->dashboard();
    ItemListModel *model = col->model();
    REQUIRE(waitUntil([&] { return model->rowCount() == 40; }));
    CHECK(gapRowOf(model) < 0);

    // Six hundred posts later: the refresh brings the newest page and ten
    // pages into the gap on its own; the rest is a gap row.
    t.server.setTimeline(t.path, 640, 1000);
    t.refresh();
    REQUIRE(waitUntil([&] { return gapRowOf(model) >= 0; }, 10000));
    REQUIRE(waitUntil([&] { return model->rowCount() == 40 + 40 + 400 + 1; }, 10000));
    const int gap = gapRowOf(model);
    CHECK(gap == 40);
    CHECK(textAt(model, gap - 1) == std::string("Status number 601"));
    CHECK(textAt(model, gap + 1) == std::string("Status number 440"));
    CHECK(model->index(gap).data(ItemListModel::TitleRole).toString() == QStringLiteral("Posts are missing here"));
    CHECK_FALSE(model->setRead(gap, true));

    // Offline, the row says when the posts come.
    d->setOnline(false);
    CHECK(model->index(gap).data(ItemListModel::TitleRole).toString() == QStringLiteral("Posts missed while offline"));
    d->setOnline(true);

    // Opening the row fetches what is missing, and it lands in place.
    ItemListView *view = col->view();
    view->scrollTo(model->index(gap), QAbstractItemView::PositionAtCenter);
    QCoreApplication::processEvents();
    QSignalSpy opened(col, &ColumnWidget::itemOpened);
    // Return on the row, as on any row of a column (a click does the same).
    view->setFocus();
    view->setCurrentIndex(model->index(gap));
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(opened.isEmpty());
    CHECK(model->index(gap).data(ItemListModel::TitleRole).toString() == QStringLiteral("Loading the missing posts…"));
    REQUIRE(waitUntil([&] { return gapRowOf(model) < 0 && model->rowCount() == 640; }, 20000));
    for (int row = 0; row < model->rowCount(); ++row) {
        INFO(row);
        REQUIRE(textAt(model, row) == QStringLiteral("Status number %1").arg(640 - row).toStdString());
    }
    CHECK(t.p.engine->timelines().state(t.source).gaps.isEmpty());
}

TEST_CASE("Timeline column: a gap survives a restart of the window", "[ui][mastodon][paging]")
{
    TimelineWindow t;
    t.server.setTimeline(t.path, 40, 1000);
    t.refresh();
    t.server.setTimeline(t.path, 640, 1000);
    t.refresh();
    REQUIRE(t.p.engine->timelines().state(t.source).gaps.size() == 1);

    ColumnWidget *col = t.openColumn();
    ItemListModel *model = col->model();
    // The first page is the forty newest: the gap sits below them.
    REQUIRE(waitUntil([&] { return gapRowOf(model) == 40; }, 10000));
}

TEST_CASE("Timeline column: scrolling past the cache brings older posts from the server", "[ui][mastodon][paging]")
{
    TimelineWindow t;
    t.server.setTimeline(t.path, 100, 1000);
    t.refresh();

    ColumnWidget *col = t.openColumn();
    ItemListModel *model = col->model();
    REQUIRE(waitUntil([&] { return model->rowCount() == 40; }));
    REQUIRE(model->hasOlderOnServer());

    ItemListView *view = col->view();
    for (int round = 0; round < 20 && model->rowCount() < 100; ++round) {
        const int before = model->rowCount();
        view->scrollToBottom();
        QScrollBar *bar = view->verticalScrollBar();
        bar->setValue(bar->maximum());
        waitUntil([&] { return model->rowCount() > before; }, 5000);
    }
    CHECK(model->rowCount() == 100);
    CHECK(textAt(model, 99) == std::string("Status number 1"));
    CHECK(gapRowOf(model) < 0);
}
