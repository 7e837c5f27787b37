// The first paint of the window is what starts the refresh: it must be seen
// whatever the window shows, one column that covers the dashboard included.
#include "TestSupport.h"
#include "test_dashboard_support.h"
#include "test_links_support.h"
#include "core/store/ColumnStore.h"
#include "ui/MainWindow.h"
#include "ui/common/StartupProbe.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

TEST_CASE("The first paint is seen when one column covers the whole dashboard", "[ui][startup]")
{
    DashboardProfile p;
    const qint64 source = p.addSource(QStringLiteral("Only feed"));
    const qint64 tab = p.engine->columns().addTab(QStringLiteral("Feeds"));
    Column column;
    column.tabId = tab;
    column.title = QStringLiteral("Only feed");
    column.spec = sourceSpec(source);
    REQUIRE(p.engine->columns().addColumn(column) > 0);

    MainWindow w(*p.engine);
    StartupProbe probe(w.firstPaintWidget());
    QSignalSpy painted(&probe, &StartupProbe::firstPainted);
    showActive(w);
    CHECK(waitUntil([&] { return painted.count() == 1; }, 5000));
}
