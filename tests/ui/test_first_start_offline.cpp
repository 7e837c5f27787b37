// A first start without a network: the feeds fail because nothing can be
// reached, not because they are broken. The window says that once, in the
// pill, and the columns wait calmly instead of showing a red line each; a
// feed that really fails (an HTTP error) still shows as failing. When the
// network comes back, the feeds come in.
#include "TestHttpServer.h"
#include "core/FirstRun.h"
#include "core/store/ColumnStore.h"
#include "core/sync/SyncEngine.h"
#include "test_links_support.h"
#include "ui/MainWindow.h"
#include "ui/common/StatusPill.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"

#include <QLabel>
#include <QStatusBar>

using namespace gilde;
using namespace gilde::test;

namespace
{

QByteArray rss(const QByteArray &name)
{
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + name
        + "</title><link>http://127.0.0.1/</link><description>d</description><item><title>One of " + name
        + "</title><guid>" + name + "-1</guid><link>http://127.0.0.1/" + name
        + "/1</link><description>Text</description></item></channel></rss>";
}

ColumnWidget *columnTitled(Dashboard &dashboard, const QString &title)
{
    const QList<ColumnWidget *> columns = dashboard.columns();
    for (ColumnWidget *c : columns) {
        if (c->column().title == title)
            return c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A first start offline says so once and keeps the columns calm", "[ui][sync][firstrun]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    // Dropped connections end in network errors, as when there is no network.
    TestResponse dropped;
    dropped.behaviour = TestResponse::Behaviour::CloseWithoutResponse;
    const QList<QByteArray> reachable { "/a.xml", "/b.xml", "/c.xml" };
    for (const QByteArray &path : reachable)
        server.route(path, dropped);
    // This one answers, with an error: that is the feed's failure.
    server.route("/broken.xml", TestResponse::error(404));

    DashboardProfile p;
    auto add = [&](const char *path, const char *folder) {
        Source s;
        s.url = server.url(QString::fromLatin1(path));
        s.title = QString::fromLatin1(path + 1).section(QLatin1Char('.'), 0, 0);
        s.folder = QString::fromLatin1(folder);
        REQUIRE(p.engine->sources().add(s) > 0);
    };
    add("/a.xml", "Learning");
    add("/b.xml", "Learning");
    add("/c.xml", "Technology");
    add("/broken.xml", "Broken");
    REQUIRE(addColumnsForFeeds(*p.engine) > 0);

    MainWindow w(*p.engine);
    // Wide enough for every column: columns out of view are loaded when scrolled to.
    w.resize(1800, 900);
    showActive(w);
    SyncEngine &sync = p.engine->sync();
    sync.setOfflineProbeInterval(60 * 60 * 1000);
    w.refreshAll();
    REQUIRE(waitUntil([&] { return !sync.isOnline() && !sync.isBusy(); }, 30000));

    StatusPill *pill = w.statusPill();
    REQUIRE(waitUntil([&] { return pill->text().contains(QStringLiteral("when Gilde is online")); }));
    CHECK(pill->tone() == StatusPill::Tone::Info);
    // No count of failed feeds beside it.
    CHECK_FALSE(w.statusBar()->currentMessage().contains(QStringLiteral("failed")));

    Dashboard &dashboard = *w.dashboard();
    ColumnWidget *learning = columnTitled(dashboard, QStringLiteral("Learning"));
    ColumnWidget *technology = columnTitled(dashboard, QStringLiteral("Technology"));
    ColumnWidget *broken = columnTitled(dashboard, QStringLiteral("Broken"));
    REQUIRE(learning);
    REQUIRE(technology);
    REQUIRE(broken);
    for (ColumnWidget *calm : { learning, technology }) {
        INFO(calm->column().title.toStdString());
        CHECK(calm->errorLine()->isHidden());
        INFO(calm->view()->emptyText().toStdString());
        CHECK(calm->view()->emptyText().contains(QStringLiteral("when Gilde is online")));
    }
    // A real failure is still said where it happened.
    CHECK(broken->errorLine()->isVisible());
    CHECK(broken->errorLine()->text().contains(QStringLiteral("404")));

    // The network is back: the feeds come in and nothing is left to say.
    for (const QByteArray &path : reachable)
        server.route(path, TestResponse::ok(rss(path.mid(1, 1))));
    server.route("/broken.xml", TestResponse::ok(rss("broken")));
    w.refreshAll();
    REQUIRE(waitUntil([&] { return sync.isOnline() && !sync.isBusy(); }, 30000));
    REQUIRE(waitUntil([&] { return learning->model()->rowCount() == 2; }));
    CHECK_FALSE(pill->text().contains(QStringLiteral("Offline")));
    CHECK(broken->errorLine()->isHidden());
}
