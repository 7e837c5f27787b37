// Importing a large bookmark file from the window's menu: the window keeps
// handling events while the links are written on a worker, shows that an
// import runs, refuses a second one, tells the result, refreshes the links
// column and the tag counts, and closing it mid-import is safe.
#include "core/links/BookmarkImport.h"
#include "core/links/NetscapeBookmarks.h"
#include "core/store/Database.h"
#include "core/store/LinkStore.h"
#include "test_links_support.h"
#include "ui/MainWindow.h"
#include "ui/common/StatusPill.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/links/LibraryMenu.h"
#include "ui/links/LinkActions.h"
#include "ui/links/LinkColumnBody.h"
#include "ui/links/LinkListModel.h"
#include "ui/links/TagBrowserDialog.h"

#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>

using namespace gilde;
using namespace gilde::test;

namespace
{

/// A bookmark file of `count` links on the loopback, tagged "bulk" and one of seven others.
QString writeBookmarks(const QTemporaryDir &dir, int count)
{
    QList<Link> links;
    for (int i = 0; i < count; ++i) {
        Link l;
        l.url = QUrl(QStringLiteral("http://127.0.0.1:9/read/%1").arg(i));
        l.title = QStringLiteral("Read %1").arg(i);
        l.tags = { QStringLiteral("bulk"), QStringLiteral("topic-%1").arg(i % 7) };
        l.note = i % 3 == 0 ? QStringLiteral("A note on %1").arg(i) : QString();
        l.savedMs = 1700000000000LL + qint64(i) * 1000;
        links << l;
    }
    const QString path = dir.filePath(QStringLiteral("bookmarks.html"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(writeNetscapeBookmarks(links)) > 0);
    return path;
}

/// Rows of the links table, read from the file through a connection of its own.
int linksInFile(const QString &path)
{
    const QString name = QStringLiteral("test-links-import-check");
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM links")));
        REQUIRE(q.next());
        count = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace

TEST_CASE("A large bookmark import runs while the window keeps handling events", "[ui][links]")
{
    DashboardProfile p;
    QTemporaryDir files;
    REQUIRE(files.isValid());
    const QString path = writeBookmarks(files, 3000);
    auto w = std::make_unique<MainWindow>(*p.engine);
    w->resize(1200, 700);
    showActive(*w);
    LibraryMenu *menu = w->library();

    // A links column and the tag browser are open while it runs.
    const qint64 columnId = w->dashboard()->links()->openLinksColumn({});
    ColumnWidget *column = w->dashboard()->column(columnId);
    REQUIRE(column);
    REQUIRE(column->linkBody());
    CHECK(column->linkBody()->model()->rowCount() == 0);
    menu->showTags();
    REQUIRE(menu->tagBrowser());
    CHECK(menu->tagBrowser()->tagCount() == 0);

    // The event loop's heartbeat: counted while the import runs.
    int ticks = 0;
    int ticksWhileImporting = 0;
    int ticksAtFinish = -1;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        ++ticks;
        if (menu->isImporting())
            ++ticksWhileImporting;
    });
    QSignalSpy finished(menu, &LibraryMenu::importFinished);
    QObject::connect(menu, &LibraryMenu::importFinished, [&] { ticksAtFinish = ticks; });
    heartbeat.start();

    REQUIRE(menu->importBookmarksFrom(path));
    CHECK(menu->isImporting());
    CHECK(w->statusPill()->isVisible());
    CHECK(w->statusPill()->text().startsWith(QStringLiteral("Importing bookmarks")));
    // A second import while this one runs is refused, with a word why.
    CHECK_FALSE(menu->importBookmarksFrom(path));
    CHECK(w->statusBar()->currentMessage().contains(QStringLiteral("being imported")));

    // The pill counts up while the links are written.
    const QString ofAll = QStringLiteral(" of %1").arg(QLocale().toString(3000));
    REQUIRE(waitUntil([&] { return w->statusPill()->text().contains(ofAll); }, 60000));
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 120000));
    heartbeat.stop();
    CHECK(finished.first().first().toBool());
    // The timer kept firing before the import was done: the loop never stood still.
    CHECK(ticksAtFinish >= 3);
    CHECK(ticksWhileImporting >= 3);

    // The result where the user looks; the pill no longer says "importing".
    CHECK(w->statusBar()->currentMessage().startsWith(QStringLiteral("Imported 3000 new link")));
    CHECK_FALSE(w->statusPill()->text().startsWith(QStringLiteral("Importing")));

    // The links are in the file, and the open views caught up.
    CHECK(linksInFile(p.engine->database().path()) == 3000);
    CHECK(p.engine->links().tags().value(0).tag == QStringLiteral("bulk"));
    CHECK(p.engine->links().tags().value(0).count == 3000);
    REQUIRE(waitUntil([&] { return column->linkBody()->model()->rowCount() > 0; }));
    REQUIRE(waitUntil([&] { return menu->tagBrowser()->countOf(QStringLiteral("bulk")) == 3000; }));
    CHECK(menu->tagBrowser()->tagCount() == 8);
}

TEST_CASE("Closing the window while bookmarks are imported is safe", "[ui][links]")
{
    DashboardProfile p;
    QTemporaryDir files;
    REQUIRE(files.isValid());
    const QString path = writeBookmarks(files, 3000);
    auto w = std::make_unique<MainWindow>(*p.engine);
    showActive(*w);
    REQUIRE(w->library()->importBookmarksFrom(path));
    w->close();
    w.reset();
    // Whole chunks, each link with its tags; the profile goes on working.
    const QList<Link> links = p.engine->links().all();
    CHECK(links.size() <= 3000);
    for (const Link &l : links) {
        if (!l.tags.contains(QStringLiteral("bulk")))
            FAIL("a link without its tags: " << l.url.toString().toStdString());
    }
    saveLink(*p.engine, QStringLiteral("http://127.0.0.1:9/after"), { QStringLiteral("later") });
    p.reopen();
    CHECK(p.engine->links().all().size() == links.size() + 1);
}
