// The add-feed and sources dialogs on a real profile, against a local server.
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "core/Engine.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "ui/ShortcutSheet.h"
#include "ui/sources/AddFeedDialog.h"
#include "ui/sources/SourceTableModel.h"
#include "ui/sources/SourcesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <memory>

using namespace gilde;
using gilde::test::TestHttpServer;
using gilde::test::TestResponse;
using gilde::test::waitUntil;

namespace
{

struct SourcesProfile {
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;

    SourcesProfile()
    {
        REQUIRE(dir.isValid());
        Engine::Opened opened = Engine::open(dir.path());
        REQUIRE(opened.status == Engine::Status::Ok);
        engine = std::move(opened.engine);
    }

    qint64 addSource(const QUrl &url, const QString &title, const QString &folder = {})
    {
        Source s;
        s.url = url;
        s.title = title;
        s.folder = folder;
        const qint64 id = engine->sources().add(s);
        REQUIRE(id > 0);
        return id;
    }
};

QByteArray atomFeed(const QString &title)
{
    return QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>%1</title><id>urn:x:%1</id>"
        "<updated>2026-11-26T10:00:00Z</updated>"
        "<entry><title>First post</title><id>urn:x:%1:1</id>"
        "<updated>2026-11-26T10:00:00Z</updated><content type=\"html\">Hello</content></entry>"
        "</feed>")
        .arg(title)
        .toUtf8();
}

QByteArray rssFeed(const QString &title)
{
    return QStringLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>%1</title>"
                          "<link>http://127.0.0.1/</link><description>d</description>"
                          "<item><title>One</title><guid>%1-1</guid><description>Hi</description></item>"
                          "</channel></rss>")
        .arg(title)
        .toUtf8();
}

QModelIndex proxyIndexOf(SourcesDialog &dialog, qint64 sourceId, int column)
{
    const QModelIndex source = dialog.model()->index(dialog.model()->rowOf(sourceId), column);
    return static_cast<QSortFilterProxyModel *>(dialog.view()->model())->mapFromSource(source);
}

} // namespace

TEST_CASE("AddFeedDialog lists the feeds of a page and subscribes to the one picked", "[ui][sources][net]")
{
    SourcesProfile profile;
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/blog/",
        TestResponse::ok("<html><head><title>Blog</title>"
                         "<link rel=\"alternate\" type=\"application/rss+xml\" "
                         "title=\"Posts (RSS)\" href=\"/rss.xml\">"
                         "<link rel=\"alternate\" type=\"application/atom+xml\" "
                         "title=\"Posts (Atom)\" href=\"/atom.xml\">"
                         "</head><body>Hi</body></html>",
            "text/html; charset=utf-8"));
    server.route("/rss.xml", TestResponse::ok(rssFeed(QStringLiteral("Posts RSS"))));
    server.route(
        "/atom.xml", TestResponse::ok(atomFeed(QStringLiteral("Posts Atom")), "application/atom+xml"));

    AddFeedDialog dialog(*profile.engine);
    QSignalSpy subscribed(&dialog, &AddFeedDialog::subscribed);
    dialog.show();
    auto *urlEdit = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    auto *addButton = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("feedList"));
    REQUIRE(urlEdit);
    REQUIRE(addButton);
    REQUIRE(list);
    auto *folder = dialog.findChild<QComboBox *>(QStringLiteral("folderCombo"));
    folder->setCurrentText(QStringLiteral("Blogs"));

    QTest::keyClicks(urlEdit, server.url(QStringLiteral("/blog/")).toString());
    QTest::mouseClick(addButton, Qt::LeftButton);
    CHECK(dialog.isBusy());
    REQUIRE(waitUntil([&] { return !list->isHidden() && list->count() == 2; }, 10000));
    CHECK_FALSE(dialog.isBusy());
    CHECK(list->item(0)->text().contains(QStringLiteral("Posts (RSS)")));
    CHECK(list->item(1)->text().contains(QStringLiteral("Posts (Atom)")));
    CHECK(subscribed.isEmpty());
    CHECK(profile.engine->sources().all().isEmpty());

    list->item(0)->setCheckState(Qt::Unchecked);
    list->item(1)->setCheckState(Qt::Checked);
    QTest::mouseClick(addButton, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return subscribed.count() == 1; }));
    CHECK(dialog.result() == QDialog::Accepted);
    const std::optional<Source> added
        = profile.engine->sources().byUrl(server.url(QStringLiteral("/atom.xml")));
    REQUIRE(added);
    CHECK(subscribed.first().first().toLongLong() == added->id);
    CHECK(added->folder == QStringLiteral("Blogs"));
    CHECK_FALSE(profile.engine->sources().byUrl(server.url(QStringLiteral("/rss.xml"))));
    // The new feed is fetched at once.
    REQUIRE(waitUntil([&] { return server.requestCount("/atom.xml") >= 1; }, 10000));
}

TEST_CASE("AddFeedDialog subscribes straight away to a feed address", "[ui][sources][net]")
{
    SourcesProfile profile;
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/feed.xml", TestResponse::ok(rssFeed(QStringLiteral("Direct"))));
    AddFeedDialog dialog(*profile.engine);
    QSignalSpy subscribed(&dialog, &AddFeedDialog::subscribed);
    dialog.setUrl(server.url(QStringLiteral("/feed.xml")).toString());
    dialog.add();
    REQUIRE(waitUntil([&] { return subscribed.count() == 1; }, 10000));
    CHECK(dialog.result() == QDialog::Accepted);
    const std::optional<Source> source
        = profile.engine->sources().byId(subscribed.first().first().toLongLong());
    REQUIRE(source);
    CHECK(source->title == QStringLiteral("Direct"));

    // Again: already there, said inline, nothing added.
    AddFeedDialog again(*profile.engine);
    QSignalSpy subscribedAgain(&again, &AddFeedDialog::subscribed);
    again.setUrl(server.url(QStringLiteral("/feed.xml")).toString());
    again.add();
    QTest::qWait(50);
    CHECK(again.message().contains(QStringLiteral("already subscribed")));
    CHECK(subscribedAgain.isEmpty());
    CHECK(profile.engine->sources().all().size() == 1);
}

TEST_CASE("AddFeedDialog shows a failed lookup inline", "[ui][sources][net]")
{
    SourcesProfile profile;
    TestHttpServer server;
    REQUIRE(server.listen());
    AddFeedDialog dialog(*profile.engine);
    dialog.show();
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    REQUIRE(message);
    CHECK(message->isHidden());

    dialog.setUrl(server.url(QStringLiteral("/nothing-here")).toString());
    dialog.add();
    REQUIRE(waitUntil([&] { return !dialog.isBusy(); }, 10000));
    CHECK(message->isVisible());
    CHECK_FALSE(dialog.message().isEmpty());
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(profile.engine->sources().all().isEmpty());
    CHECK(server.requestCount("/nothing-here") == 1);

    // Not an address at all: refused before any request.
    dialog.setUrl(QStringLiteral("javascript:alert(1)"));
    dialog.add();
    CHECK_FALSE(dialog.isBusy());
    CHECK_FALSE(dialog.message().isEmpty());
}

TEST_CASE("AddFeedDialog can be cancelled while it looks", "[ui][sources][net]")
{
    SourcesProfile profile;
    TestHttpServer server;
    REQUIRE(server.listen());
    TestResponse slow = TestResponse::ok(rssFeed(QStringLiteral("Slow")));
    slow.delayMs = 300;
    server.route("/slow.xml", slow);
    auto dialog = std::make_unique<AddFeedDialog>(*profile.engine);
    QSignalSpy subscribed(dialog.get(), &AddFeedDialog::subscribed);
    dialog->show();
    dialog->setUrl(server.url(QStringLiteral("/slow.xml")).toString());
    dialog->add();
    CHECK(dialog->isBusy());
    auto *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    REQUIRE(cancel->isEnabled());
    cancel->click();
    CHECK_FALSE(dialog->isVisible());
    CHECK(dialog->result() == QDialog::Rejected);
    // The late answer changes nothing, also when the dialog is gone.
    dialog.reset();
    REQUIRE(waitUntil([&] { return server.requestCount("/slow.xml") == 1; }, 5000));
    QTest::qWait(500);
    CHECK(subscribed.isEmpty());
    CHECK(profile.engine->sources().all().isEmpty());
}

TEST_CASE("SourcesDialog renames, moves and deletes sources", "[ui][sources]")
{
    SourcesProfile profile;
    const qint64 a = profile.addSource(QUrl(QStringLiteral("http://127.0.0.1:9/a.xml")),
        QStringLiteral("Alpha"), QStringLiteral("Learning"));
    const qint64 b
        = profile.addSource(QUrl(QStringLiteral("http://127.0.0.1:9/b.xml")), QStringLiteral("Beta"));
    Item item;
    item.sourceId = b;
    item.remoteId = QStringLiteral("b1");
    item.title = QStringLiteral("An item of Beta");
    item.publishedMs = 1000;
    REQUIRE(profile.engine->items().upsert(b, { item }).ok);
    REQUIRE(profile.engine->items().count() == 1);

    SourcesDialog dialog(*profile.engine);
    dialog.show();
    REQUIRE(dialog.model()->rowCount() == 2);
    CHECK(proxyIndexOf(dialog, b, SourceTableModel::UnreadColumn).data().toString() == QStringLiteral("1"));

    // Rename through the table cell, as the inline editor does.
    REQUIRE(dialog.view()->model()->setData(
        proxyIndexOf(dialog, a, SourceTableModel::TitleColumn), QStringLiteral("Alpha renamed")));
    CHECK(profile.engine->sources().byId(a)->title == QStringLiteral("Alpha renamed"));
    REQUIRE(dialog.view()->model()->setData(
        proxyIndexOf(dialog, a, SourceTableModel::FolderColumn), QStringLiteral("Work / Blogs")));
    CHECK(profile.engine->sources().byId(a)->folder == QStringLiteral("Work/Blogs"));
    dialog.moveSources({ b }, QStringLiteral("Work"));
    CHECK(profile.engine->sources().byId(b)->folder == QStringLiteral("Work"));
    REQUIRE(waitUntil([&] {
        return proxyIndexOf(dialog, a, SourceTableModel::TitleColumn).data().toString()
            == QStringLiteral("Alpha renamed");
    }));

    // Delete asks first, and says that the items go too.
    dialog.selectSources({ b });
    CHECK(dialog.selectedSourceIds() == QList<qint64> { b });
    dialog.deleteSelected();
    QMessageBox *box = nullptr;
    REQUIRE(waitUntil([&] {
        box = dialog.findChild<QMessageBox *>(QStringLiteral("confirmDelete"));
        return box && box->isVisible();
    }));
    CHECK(box->informativeText().contains(QStringLiteral("items")));
    CHECK(profile.engine->sources().byId(b)); // nothing happened yet
    box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
    CHECK_FALSE(profile.engine->sources().byId(b));
    CHECK(profile.engine->items().count() == 0);
    REQUIRE(waitUntil([&] { return dialog.model()->rowCount() == 1; }));
    CHECK(dialog.model()->sourceIdAt(0) == a);
}

TEST_CASE("SourcesDialog imports and exports OPML and shows failures in the status", "[ui][sources][net]")
{
    SourcesProfile profile;
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/good.xml", TestResponse::ok(rssFeed(QStringLiteral("Good"))));
    // /gone.xml is not routed: 404.
    QTemporaryDir files;
    const QString opmlPath = files.filePath(QStringLiteral("feeds.opml"));
    {
        QFile f(opmlPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                           "<outline text=\"Learning\">"
                           "<outline type=\"rss\" text=\"Good feed\" xmlUrl=\"%1\"/>"
                           "<outline type=\"rss\" text=\"Gone feed\" xmlUrl=\"%2\"/>"
                           "</outline></body></opml>")
                .arg(server.url(QStringLiteral("/good.xml")).toString(),
                    server.url(QStringLiteral("/gone.xml")).toString())
                .toUtf8());
    }

    SourcesDialog dialog(*profile.engine);
    dialog.show();
    REQUIRE(dialog.importOpmlFile(opmlPath));
    CHECK(dialog.message() == QStringLiteral("Added 2 feeds, 0 already present."));
    REQUIRE(waitUntil([&] { return dialog.model()->rowCount() == 2; }));
    CHECK(profile.engine->sources().folders().contains(QStringLiteral("Learning")));

    // Imported feeds are fetched; the one that fails shows its error in the status column.
    const qint64 gone = profile.engine->sources().byUrl(server.url(QStringLiteral("/gone.xml")))->id;
    REQUIRE(waitUntil(
        [&] {
            return proxyIndexOf(dialog, gone, SourceTableModel::StatusColumn)
                .data(SourceTableModel::HasErrorRole)
                .toBool();
        },
        10000));
    const QModelIndex status = proxyIndexOf(dialog, gone, SourceTableModel::StatusColumn);
    CHECK_FALSE(status.data().toString().isEmpty());
    CHECK_FALSE(status.data(Qt::ToolTipRole).toString().isEmpty());
    CHECK(status.data(Qt::ForegroundRole).value<QColor>() != dialog.palette().color(QPalette::Text));

    REQUIRE(dialog.importOpmlFile(opmlPath));
    CHECK(dialog.message() == QStringLiteral("Added 0 feeds, 2 already present."));

    CHECK_FALSE(dialog.importOpmlFile(QStringLiteral(GILDE_FIXTURES "/opml/broken.opml")));
    CHECK(dialog.message().startsWith(QStringLiteral("Import failed")));
    CHECK_FALSE(dialog.importOpmlFile(files.filePath(QStringLiteral("missing.opml"))));
    CHECK(dialog.model()->rowCount() == 2);

    const QString exported = files.filePath(QStringLiteral("out.opml"));
    REQUIRE(dialog.exportOpmlFile(exported));
    QFile out(exported);
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    CHECK(bytes.contains(server.url(QStringLiteral("/good.xml")).toString().toUtf8()));
    CHECK(bytes.contains(server.url(QStringLiteral("/gone.xml")).toString().toUtf8()));
}

TEST_CASE("SourceTableModel says how long ago in words", "[ui][sources]")
{
    const qint64 now = 1'800'000'000'000;
    CHECK(SourceTableModel::relativeAge(0, now) == QStringLiteral("never"));
    CHECK(SourceTableModel::relativeAge(now - 10'000, now) == QStringLiteral("just now"));
    CHECK(SourceTableModel::relativeAge(now - 5 * 60'000, now) == QStringLiteral("5 min ago"));
    CHECK(SourceTableModel::relativeAge(now - 3 * 3'600'000, now) == QStringLiteral("3 h ago"));
    CHECK(SourceTableModel::relativeAge(now - 2 * 86'400'000LL, now) == QStringLiteral("2 days ago"));
}

TEST_CASE("ShortcutSheet lists every shortcut", "[ui][sources]")
{
    ShortcutSheet sheet;
    QStringList texts;
    const auto labels = sheet.findChildren<QLabel *>();
    for (const QLabel *l : labels)
        texts << l->text();
    for (const char *expected : { "j", "k", "m", "s", "o", "F5", "?", "Next item", "Search everything",
             "Add a feed", "Close the reader", "Move the column left or right" })
        CHECK(texts.contains(QString::fromUtf8(expected)));
    int groups = 0;
    for (const ShortcutSheet::Group &g : ShortcutSheet::groups())
        groups += int(g.entries.size());
    CHECK(groups >= 14);
}
