// Columns of saved links on a real profile: paging through the library,
// following saves, searching, surviving a restart; the saved mark on items
// whose link is in the library; the link menu's actions.
#include "core/links/UrlNormalizer.h"
#include "core/store/ColumnStore.h"
#include "core/store/LinkStore.h"
#include "test_links_support.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/AddColumnDialog.h"
#include "ui/dashboard/ColumnHeader.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"
#include "ui/links/LinkActions.h"
#include "ui/links/LinkColumnBody.h"
#include "ui/links/LinkListModel.h"
#include "ui/links/SaveLinkPopup.h"
#include "ui/reader/ReaderPane.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>

using namespace gilde;
using namespace gilde::test;

namespace
{

QStringList titles(const LinkListModel *m)
{
    QStringList out;
    for (int row = 0; row < m->rowCount(); ++row)
        out << m->index(row).data(LinkListModel::TitleRole).toString();
    return out;
}

} // namespace

TEST_CASE("A links column spec is stored, and item queries find nothing for it", "[ui][links]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    p.addItems(a, 3, QStringLiteral("a"), p.baseMs);
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Links;
    spec.tag = QStringLiteral("pkm");
    spec.readLaterOnly = true;
    spec.query = QStringLiteral("jarche");
    CHECK(StreamSpec::fromJson(spec.toJson()) == spec);
    CHECK(spec.toJson().value(QStringLiteral("kind")).toString() == QStringLiteral("links"));
    CHECK(p.engine->items().page(spec, PageCursor {}, 10).isEmpty());
    CHECK(p.engine->items().unreadCount(spec) == 0);
    CHECK(p.engine->items().markAllRead(spec) == 0);
    CHECK(p.engine->items().unreadCount(StreamSpec {}) == 3);
}

TEST_CASE("A links column pages through the library and follows saves", "[ui][links]")
{
    DashboardProfile p;
    const qint64 base = p.baseMs;
    for (int i = 0; i < 130; ++i) {
        const QStringList tags = i % 2 ? QStringList { QStringLiteral("pkm") } : QStringList();
        saveLink(*p.engine, QStringLiteral("https://example.org/%1").arg(i), tags,
            QStringLiteral("Link %1").arg(i), base - i * 60000);
    }
    qint64 allId = 0;
    qint64 pkmId = 0;
    {
        MainWindow w(*p.engine);
        w.resize(1400, 800);
        Dashboard *d = w.dashboard();
        allId = d->links()->openLinksColumn(QString());
        pkmId = d->links()->openLinksColumn(QStringLiteral("PKM"));
        REQUIRE((allId && pkmId));
        CHECK(d->links()->openLinksColumn(QStringLiteral("pkm")) == pkmId); // focused, not added again
        ColumnWidget *all = d->column(allId);
        ColumnWidget *pkm = d->column(pkmId);
        REQUIRE(all->isLinksColumn());
        CHECK(all->column().title == QStringLiteral("Saved links"));
        CHECK(pkm->column().title == QStringLiteral("#pkm"));
        CHECK(pkm->column().spec.tag == QStringLiteral("pkm"));
        CHECK(pkm->header()->unreadCount() < 0); // no unread badge on links

        LinkListModel *m = all->linkBody()->model();
        REQUIRE(m->rowCount() == LinkListModel::FirstPageSize);
        CHECK(m->index(0).data(LinkListModel::TitleRole).toString() == QStringLiteral("Link 0"));
        CHECK(m->index(0).data(LinkListModel::DomainRole).toString() == QStringLiteral("example.org"));
        while (m->canFetchMore({}))
            m->fetchMore({});
        CHECK(m->rowCount() == 130);
        CHECK(m->index(129).data(LinkListModel::TitleRole).toString() == QStringLiteral("Link 129"));
        CHECK(pkm->linkBody()->model()->rowCount() == LinkListModel::FirstPageSize);
        CHECK(pkm->linkBody()->model()->index(0).data(LinkListModel::TagsRole).toStringList()
            == QStringList { QStringLiteral("pkm") });

        // A save shows at the top of the columns it belongs in, as a row of its own.
        QSignalSpy inserted(m, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m, &QAbstractItemModel::modelReset);
        saveLink(*p.engine, QStringLiteral("https://example.org/new"), { QStringLiteral("pkm") },
            QStringLiteral("Brand new"));
        REQUIRE(waitUntil([&] { return m->rowCount() == 131; }));
        CHECK(m->index(0).data(LinkListModel::TitleRole).toString() == QStringLiteral("Brand new"));
        CHECK(inserted.size() == 1);
        CHECK(reset.isEmpty());
        REQUIRE(waitUntil([&] {
            return pkm->linkBody()->model()->index(0).data(LinkListModel::TitleRole).toString()
                == QStringLiteral("Brand new");
        }));

        // An edit changes its row in place.
        const qint64 id = m->index(0).data(LinkListModel::LinkIdRole).toLongLong();
        d->links()->toggleReadLater(id);
        REQUIRE(waitUntil([&] { return m->index(0).data(LinkListModel::ReadLaterRole).toBool(); }));
        CHECK(reset.isEmpty());

        // The column's search field narrows it (and is kept with the column).
        QLineEdit *search = all->linkBody()->searchField();
        search->setText(QStringLiteral("Brand"));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(titles(m) == QStringList { QStringLiteral("Brand new") });
        CHECK(all->column().spec.query == QStringLiteral("Brand"));
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(m->rowCount() == LinkListModel::FirstPageSize);
    }
    // Back after a restart, still links columns.
    MainWindow w(*p.engine);
    ColumnWidget *pkm = w.dashboard()->column(pkmId);
    REQUIRE(pkm);
    REQUIRE(pkm->isLinksColumn());
    w.dashboard()->loadVisibleColumns(true);
    CHECK(pkm->linkBody()->model()->rowCount() == LinkListModel::FirstPageSize);
    CHECK(pkm->column().spec.tag == QStringLiteral("pkm"));
}

TEST_CASE("Items whose link is saved carry the saved mark", "[ui][links]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    p.addItems(a, 6, QStringLiteral("a"), p.baseMs);
    // Saved before the window opens, under another spelling of the address.
    saveLink(*p.engine, QStringLiteral("HTTP://127.0.0.1:9/a/2.html?utm_source=feed&fbclid=x"), {});
    MainWindow w(*p.engine);
    Dashboard *d = w.dashboard();
    ColumnWidget *col = d->column(d->addColumn(QStringLiteral("Alpha"), sourceSpec(a)));
    REQUIRE(col->model()->rowCount() == 6);
    auto savedRows = [&] {
        QList<int> rows;
        for (int row = 0; row < col->model()->rowCount(); ++row) {
            if (col->model()->index(row).data(ItemListModel::SavedRole).toBool())
                rows << row;
        }
        return rows;
    };
    CHECK(savedRows() == QList<int> { 2 });

    // Saving another updates the marks; so does deleting.
    QSignalSpy changed(col->model(), &QAbstractItemModel::dataChanged);
    const qint64 four = saveLink(*p.engine, QStringLiteral("http://127.0.0.1:9/a/4.html"), {});
    REQUIRE(waitUntil([&] { return savedRows() == QList<int> { 2, 4 }; }));
    CHECK(changed.size() == 1);
    REQUIRE(p.engine->library().remove(four));
    REQUIRE(waitUntil([&] { return savedRows() == QList<int> { 2 }; }));

    // A links column in the same tab has no saved marks to give.
    const qint64 links = d->links()->openLinksColumn(QString());
    CHECK(d->column(links)->isLinksColumn());
    CHECK(d->column(links)->linkBody()->model()->rowCount() == 1);
}

TEST_CASE("The link menu goes back to the discussion, edits and deletes", "[ui][links]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    p.addItems(a, 8, QStringLiteral("a"), p.baseMs);
    MainWindow w(*p.engine);
    w.resize(1400, 800);
    showActive(w);
    Dashboard *d = w.dashboard();
    ColumnWidget *items = d->column(d->addColumn(QStringLiteral("Alpha"), sourceSpec(a)));
    const Item item = *items->model()->itemAt(5);
    Link l;
    l.url = QUrl(QStringLiteral("https://example.org/found"));
    l.title = QStringLiteral("Found in a post");
    l.fromItemId = item.id;
    l.fromSourceId = a;
    l.fromColumnId = items->columnId();
    const qint64 linkId = p.engine->library().save(l).id;
    REQUIRE(linkId > 0);
    ColumnWidget *links = d->column(d->links()->openLinksColumn(QString()));
    REQUIRE(links->linkBody()->model()->rowCount() == 1);

    // Go to the discussion: the item is selected in its column and opened.
    QSignalSpy opened(d, &Dashboard::itemOpened);
    REQUIRE(d->links()->showDiscussion(linkId));
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toLongLong() == item.id);
    CHECK(d->currentColumn() == items);
    CHECK(items->view()->currentIndex().row() == 5);
    CHECK(items->view()->hasFocus());
    CHECK(w.reader()->currentItemId() == item.id);

    // Open goes through the opener; Enter in the column does it too.
    QList<QUrl> openedUrls;
    d->links()->setUrlOpener([&](const QUrl &u) {
        openedUrls << u;
        return true;
    });
    links->view()->setFocus();
    links->view()->setCurrentIndex(links->linkBody()->model()->index(0));
    QTest::keyClick(links->view(), Qt::Key_Return);
    CHECK(d->currentColumn() == links);
    CHECK(openedUrls == QList<QUrl> { QUrl(QStringLiteral("https://example.org/found")) });

    // Edit: B on a saved link opens the popup on that link.
    QTest::keyClick(links->view(), Qt::Key_B);
    SaveLinkPopup *popup = d->links()->popup();
    REQUIRE(popup);
    CHECK(popup->isEditing());
    CHECK(popup->titleEdit()->text() == QStringLiteral("Found in a post"));
    popup->titleEdit()->setText(QStringLiteral("Renamed"));
    QPointer<SaveLinkPopup> guard(popup);
    QTest::keyClick(popup->titleEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return guard.isNull(); }));
    CHECK(p.engine->links().byId(linkId)->title == QStringLiteral("Renamed"));
    REQUIRE(waitUntil([&] {
        return links->linkBody()->model()->index(0).data(LinkListModel::TitleRole).toString()
            == QStringLiteral("Renamed");
    }));

    // Delete asks first; Cancel keeps it, Yes removes it.
    auto answered = std::make_shared<bool>(false);
    answerNextMessageBox(QMessageBox::Cancel, answered);
    CHECK_FALSE(d->links()->deleteLink(linkId));
    CHECK(*answered);
    CHECK(p.engine->links().byId(linkId));
    answered = std::make_shared<bool>(false);
    answerNextMessageBox(QMessageBox::Yes, answered);
    CHECK(d->links()->deleteLink(linkId));
    CHECK(*answered);
    CHECK_FALSE(p.engine->links().byId(linkId));
    REQUIRE(waitUntil([&] { return links->linkBody()->model()->rowCount() == 0; }));
    CHECK(links->view()->emptyText().startsWith(QStringLiteral("No saved links yet")));
    CHECK(w.statusBar()->currentMessage().startsWith(QStringLiteral("Deleted")));
}

TEST_CASE("The add-column dialog makes a column of saved links", "[ui][links]")
{
    DashboardProfile p;
    saveLink(*p.engine, QStringLiteral("https://example.org/1"), { QStringLiteral("pkm") });
    saveLink(
        *p.engine, QStringLiteral("https://example.org/2"), { QStringLiteral("pkm"), QStringLiteral("wol") });
    MainWindow w(*p.engine);
    showActive(w);
    Dashboard *d = w.dashboard();
    bool driven = false;
    QTimer::singleShot(0, &w, [&] {
        auto *dialog = qobject_cast<AddColumnDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setKind(StreamSpec::Kind::Links);
        dialog->setTag(QStringLiteral("wol"));
        driven = dialog->isComplete() && dialog->title() == QStringLiteral("#wol");
        dialog->accept();
    });
    d->promptAddColumn();
    REQUIRE(driven);
    REQUIRE(d->columns().size() == 1);
    ColumnWidget *col = d->columns().first();
    CHECK(col->column().spec.kind == StreamSpec::Kind::Links);
    CHECK(col->column().spec.tag == QStringLiteral("wol"));
    REQUIRE(col->isLinksColumn());
    CHECK(col->linkBody()->model()->rowCount() == 1);
    const auto stored = p.engine->columns().column(col->columnId());
    REQUIRE(stored);
    CHECK(stored->spec == col->column().spec);
}
