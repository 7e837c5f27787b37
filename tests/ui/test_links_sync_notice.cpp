// What a pull from (or a send to) the Shaarli did that the user should know of reaches the
// window's status bar: links removed because they were deleted there, merges,
// a failed pull. A routine pull says nothing.
#include "core/sources/shaarli/ShaarliDeliverer.h"
#include "core/sources/shaarli/ShaarliSync.h"
#include "test_dashboard_support.h"
#include "ui/MainWindow.h"

#include <QStatusBar>

using namespace gilde;
using gilde::test::DashboardProfile;

TEST_CASE("The window tells what a Shaarli pull removed or merged, and when it failed", "[ui][links]")
{
    DashboardProfile p;
    MainWindow w(*p.engine);
    w.statusBar()->clearMessage();

    ShaarliPullSummary routine;
    routine.seen = 10;
    routine.added = 2;
    Q_EMIT p.engine->shaarliSync().pullFinished(routine);
    CHECK(w.statusBar()->currentMessage().isEmpty());

    ShaarliPullSummary changed;
    changed.seen = 10;
    changed.removed = 2;
    changed.merged = 1;
    changed.messages << QStringLiteral("Merged the changes to example.org: both tags kept, the newer note.");
    Q_EMIT p.engine->shaarliSync().pullFinished(changed);
    const QString shown = w.statusBar()->currentMessage();
    CHECK(shown.contains(QStringLiteral("2 links deleted on the Shaarli were removed here.")));
    CHECK(shown.contains(QStringLiteral("Merged the changes to example.org")));

    ShaarliPullSummary failed;
    failed.error = QStringLiteral("The server answered 500");
    Q_EMIT p.engine->shaarliSync().pullFinished(failed);
    CHECK(w.statusBar()->currentMessage()
        == QStringLiteral("Syncing links with the Shaarli failed: The server answered 500"));
}

TEST_CASE("The window tells when sending a link merged it with a change on the Shaarli", "[ui][links]")
{
    DashboardProfile p;
    MainWindow w(*p.engine);
    w.statusBar()->clearMessage();
    const QString message = QStringLiteral("Merged with the Shaarli's version: tags of both kept.");
    Q_EMIT p.engine->shaarliDeliverer().merged(1, message);
    CHECK(w.statusBar()->currentMessage() == message);
}
