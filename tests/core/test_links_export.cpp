// LinkExport: the library written to a file on a worker, as bookmarks or a
// reading list of one tag, with the count or the reason it failed.

#include "TestSupport.h"
#include "links/LinkExport.h"
#include "links/LinkLibrary.h"
#include "links/NetscapeBookmarks.h"
#include "net/HttpClient.h"
#include "store/LinkStore.h"
#include "store/OutboxStore.h"
#include "sync/Outbox.h"
#include "test_store_support.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace gilde;
using namespace gilde::test;

namespace
{

LinkExport::Report exportTo(LinkExport &e, const QString &path, LinkExport::Format format,
    const QString &tag = {}, const QString &heading = {})
{
    QSignalSpy finished(&e, &LinkExport::finished);
    REQUIRE(e.start(path, format, tag, heading));
    CHECK(e.isRunning());
    CHECK_FALSE(e.start(path, format));
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 30000));
    CHECK_FALSE(e.isRunning());
    return finished.first().first().value<LinkExport::Report>();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("LinkExport writes bookmarks and reading lists on a worker", "[links]")
{
    TempDb t;
    LinkStore store(*t.db);
    OutboxStore outboxStore(*t.db);
    HttpClient http;
    Outbox outbox(outboxStore);
    LinkLibrary library(store, http, outbox);
    for (int i = 0; i < 600; ++i) {
        Link l;
        l.url = QUrl(QStringLiteral("http://127.0.0.1:9/x/%1").arg(i));
        l.title = QStringLiteral("Page %1").arg(i);
        l.tags = { i % 2 ? QStringLiteral("odd") : QStringLiteral("even") };
        REQUIRE(library.save(l).id > 0);
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    LinkExport exporter(store);

    const QString html = dir.filePath(QStringLiteral("all.html"));
    const LinkExport::Report all = exportTo(exporter, html, LinkExport::Format::Bookmarks);
    CHECK(all.ok);
    CHECK(all.path == html);
    CHECK(all.count == 600);
    const BookmarkFile back = readNetscapeBookmarks(readAll(html));
    CHECK(back.links.size() == 600);

    const QString md = dir.filePath(QStringLiteral("odd.md"));
    const LinkExport::Report odd = exportTo(
        exporter, md, LinkExport::Format::ReadingList, QStringLiteral("odd"), QStringLiteral("Odd"));
    CHECK(odd.ok);
    CHECK(odd.count == 300);
    const QString markdown = QString::fromUtf8(readAll(md));
    CHECK(markdown.startsWith(QStringLiteral("# Odd")));
    CHECK(markdown.contains(QStringLiteral("[Page 1](http://127.0.0.1:9/x/1)")));
    CHECK_FALSE(markdown.contains(QStringLiteral("[Page 2]")));

    // A folder that is not there: said why, nothing written.
    const QString nowhere = dir.filePath(QStringLiteral("missing/out.html"));
    const LinkExport::Report failed = exportTo(exporter, nowhere, LinkExport::Format::Bookmarks);
    CHECK_FALSE(failed.ok);
    CHECK_FALSE(failed.error.isEmpty());
    CHECK_FALSE(QFile::exists(nowhere));
}
