// The window's library entries on a real profile: bookmarks imported and
// exported (Netscape HTML), a Markdown reading list, and connecting a Shaarli
// that refuses, with the reason shown in the dialog.
#include "core/accounts/Accounts.h"
#include "core/store/LinkStore.h"
#include "test_links_support.h"
#include "ui/MainWindow.h"
#include "ui/accounts/ShaarliAccountDialog.h"
#include "ui/common/Theme.h"
#include "ui/links/LibraryMenu.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>

using namespace gilde;
using namespace gilde::test;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

TEST_CASE(
    "Bookmarks are imported and exported from the menu, with the result in the status bar", "[ui][links]")
{
    DashboardProfile p;
    MainWindow w(*p.engine);
    QTemporaryDir files;
    REQUIRE(files.isValid());
    // Addresses on the loopback: the import fetches page texts afterwards.
    const QString in = files.filePath(QStringLiteral("in.html"));
    REQUIRE(writeAll(in,
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1><DL><p>\n"
        "<DT><A HREF=\"http://127.0.0.1:9/pkm\" ADD_DATE=\"1700000000\" TAGS=\"pkm,leren\" "
        "TOREAD=\"1\">PKM</A>\n"
        "<DD>Seek, sense, share\n"
        "<DT><A HREF=\"http://127.0.0.1:9/wol\" ADD_DATE=\"1700000100\" TAGS=\"wol\">Working out loud</A>\n"
        "<DT><A HREF=\"javascript:void(0)\">Not a page</A>\n"
        "</DL><p>\n"));
    LibraryMenu *menu = w.library();
    QSignalSpy imported(menu, &LibraryMenu::importFinished);
    REQUIRE(menu->importBookmarksFrom(in));
    REQUIRE(waitUntil([&] { return imported.size() == 1; }, 30000));
    CHECK(imported.last().first().toBool());
    CHECK(w.statusBar()->currentMessage().startsWith(QStringLiteral("Imported 2 new link")));
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("1 skipped")));
    REQUIRE(p.engine->links().all().size() == 2);

    // Again: nothing new, the links are recognised.
    REQUIRE(menu->importBookmarksFrom(in));
    REQUIRE(waitUntil([&] { return imported.size() == 2; }, 30000));
    CHECK(w.statusBar()->currentMessage().startsWith(QStringLiteral("Imported 0 new link")));
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("2 links were already saved")));

    const QString out = files.filePath(QStringLiteral("out.html"));
    QSignalSpy exported(menu, &LibraryMenu::exportFinished);
    REQUIRE(menu->exportBookmarksTo(out));
    REQUIRE(waitUntil([&] { return exported.size() == 1; }, 30000));
    CHECK(exported.last().first().toBool());
    CHECK(w.statusBar()->currentMessage().startsWith(QStringLiteral("Exported 2 link")));
    const QByteArray html = readAll(out);
    CHECK(html.startsWith("<!DOCTYPE NETSCAPE-Bookmark-file-1>"));
    CHECK(html.contains("TAGS=\"leren,pkm\""));
    CHECK(html.contains("TOREAD=\"1\""));

    const QString md = files.filePath(QStringLiteral("pkm.md"));
    REQUIRE(menu->exportReadingListTo(md, QStringLiteral("pkm")));
    REQUIRE(waitUntil([&] { return exported.size() == 2; }, 30000));
    CHECK(exported.last().first().toBool());
    const QString markdown = QString::fromUtf8(readAll(md));
    CHECK(markdown.startsWith(QStringLiteral("# Reading list: pkm")));
    CHECK(markdown.contains(QStringLiteral("[PKM](http://127.0.0.1:9/pkm)")));
    CHECK_FALSE(markdown.contains(QStringLiteral("Working out loud")));

    // Not a bookmark file: said so, nothing changes.
    const QString bad = files.filePath(QStringLiteral("bad.txt"));
    REQUIRE(writeAll(bad, "just some words"));
    REQUIRE(menu->importBookmarksFrom(bad));
    REQUIRE(waitUntil([&] { return imported.size() == 3; }, 30000));
    CHECK_FALSE(imported.last().first().toBool());
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("is not a bookmark file")));
    CHECK(p.engine->links().all().size() == 2);
}

TEST_CASE("Connecting a Shaarli that cannot be reached says why in the dialog", "[ui][links]")
{
    DashboardProfile p;
    // A port that was just free: nothing listens there.
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    p.engine->accounts().setTimeoutMs(5000);
    ShaarliAccountDialog dialog(*p.engine);
    CHECK_FALSE(dialog.connectButton()->isEnabled());
    dialog.serverField()->setText(QStringLiteral("http://127.0.0.1:%1/shaarli").arg(port));
    dialog.secretField()->setText(QStringLiteral("not-the-secret"));
    REQUIRE(dialog.connectButton()->isEnabled());
    QSignalSpy connected(&dialog, &ShaarliAccountDialog::connected);
    dialog.connectAccount();
    CHECK(dialog.isChecking());
    REQUIRE(waitUntil([&] { return !dialog.isChecking(); }, 10000));
    CHECK(connected.isEmpty());
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("Could not reach the Shaarli")));
    CHECK(dialog.statusLabel()->palette().color(QPalette::WindowText) == Theme::error(dialog.palette()));
    CHECK(p.engine->accounts().ofKind(QStringLiteral("shaarli")).isEmpty());
    CHECK(dialog.connectButton()->isEnabled());
}
