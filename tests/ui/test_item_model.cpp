// ItemListModel over a real store: keyset paging through the whole cache,
// new items at the top without moving what the reader looks at, state in place.
#include "test_dashboard_support.h"
#include "ui/common/SourceCache.h"
#include "ui/dashboard/ItemDelegate.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"

#include <QApplication>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace gilde;
using gilde::test::DashboardProfile;
using gilde::test::waitUntil;

namespace
{

qint64 idAt(const ItemListModel &m, int row)
{
    return m.index(row).data(ItemListModel::ItemIdRole).toLongLong();
}

void fetchAll(ItemListModel &model)
{
    for (int round = 0; round < 1000 && model.canFetchMore({}); ++round)
        model.fetchMore({});
}

} // namespace

TEST_CASE("ItemListModel pages through every item in order with fetchMore", "[ui][model]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    const qint64 b = p.addSource(QStringLiteral("Beta"));
    p.addItems(a, 260, QStringLiteral("a"), p.baseMs, 60000);
    // Same timestamps as some of Alpha's: the keyset must break ties by id.
    p.addItems(b, 117, QStringLiteral("b"), p.baseMs, 120000);

    SourceCache sources(p.engine->sources());
    ItemListModel model(p.engine->items(), sources, nullptr);
    model.setSpec(StreamSpec {});
    CHECK(model.rowCount() == ItemListModel::FirstPageSize);
    CHECK(model.canFetchMore({}));

    fetchAll(model);
    REQUIRE(model.rowCount() == 377);
    CHECK_FALSE(model.canFetchMore({}));

    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = idAt(model, row);
        CHECK(!seen.contains(id));
        seen.insert(id);
        CHECK(model.rowOf(id) == row);
        if (row > 0) {
            const qint64 prev = model.index(row - 1).data(ItemListModel::PublishedRole).toLongLong();
            const qint64 cur = model.index(row).data(ItemListModel::PublishedRole).toLongLong();
            CHECK((prev > cur || (prev == cur && idAt(model, row - 1) > id)));
        }
    }
    CHECK(model.index(0).data(ItemListModel::SourceTitleRole).toString().size() > 0);

    // A one-source column pages only that source.
    StreamSpec one;
    one.kind = StreamSpec::Kind::Source;
    one.sourceId = b;
    model.setSpec(one);
    fetchAll(model);
    CHECK(model.rowCount() == 117);
    CHECK(model.index(5).data(ItemListModel::SourceIdRole).toLongLong() == b);
}

TEST_CASE("New items are inserted at the top without moving the first visible item", "[ui][model]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    p.addItems(a, 120, QStringLiteral("old"), p.baseMs - 3600 * 1000);

    SourceCache sources(p.engine->sources());
    ItemListModel model(p.engine->items(), sources, nullptr);
    ItemListView view;
    view.setItemDelegate(new ItemDelegate(&view));
    view.resize(360, 600);
    view.setModel(&model);
    model.setSpec(StreamSpec {});
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    SECTION("scrolled down: the same item stays at the same place")
    {
        view.scrollTo(model.index(20), QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents();
        const QModelIndex before = view.firstVisibleIndex();
        REQUIRE(before.isValid());
        REQUIRE(before.row() >= 15);
        const qint64 anchorId = before.data(ItemListModel::ItemIdRole).toLongLong();
        const int anchorTop = view.visualRect(before).top();
        const int rowsBefore = model.rowCount();

        p.addItems(a, 7, QStringLiteral("new"), p.baseMs);
        CHECK(model.insertNewer() == 7);
        QCoreApplication::processEvents();

        CHECK(model.rowCount() == rowsBefore + 7);
        const QModelIndex after = view.firstVisibleIndex();
        CHECK(after.data(ItemListModel::ItemIdRole).toLongLong() == anchorId);
        CHECK(after.row() == before.row() + 7);
        CHECK(std::abs(view.visualRect(after).top() - anchorTop) <= 1);
        CHECK(view.newAboveCount() == 7);
        CHECK(idAt(model, 0) == model.index(0).data(ItemListModel::ItemIdRole).toLongLong());
        CHECK(model.index(0).data(ItemListModel::TitleRole).toString() == QStringLiteral("new item 0"));
    }

    SECTION("at the very top: the new items show")
    {
        view.scrollToTop();
        QCoreApplication::processEvents();
        p.addItems(a, 3, QStringLiteral("new"), p.baseMs);
        CHECK(model.insertNewer() == 3);
        QCoreApplication::processEvents();
        CHECK(view.verticalScrollBar()->value() == 0);
        CHECK(view.firstVisibleIndex().row() == 0);
        CHECK(view.firstVisibleIndex().data(ItemListModel::TitleRole).toString()
            == QStringLiteral("new item 0"));
        CHECK(view.newAboveCount() == 0);
    }

    SECTION("more new items than one batch: no gap opens")
    {
        p.addItems(a, 530, QStringLiteral("burst"), p.baseMs, 1000);
        CHECK(model.insertNewer() == 530);
        fetchAll(model);
        REQUIRE(model.rowCount() == 650);
        for (int row = 1; row < model.rowCount(); ++row) {
            CHECK(model.index(row - 1).data(ItemListModel::PublishedRole).toLongLong()
                > model.index(row).data(ItemListModel::PublishedRole).toLongLong());
        }
    }
}

TEST_CASE("ItemListModel changes read and starred in place and in the store", "[ui][model]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    p.addItems(a, 10, QStringLiteral("x"), p.baseMs);
    SourceCache sources(p.engine->sources());
    ItemListModel model(p.engine->items(), sources, nullptr);
    model.setSpec(StreamSpec {});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const qint64 id = idAt(model, 2);
    REQUIRE(model.setRead(2, true));
    CHECK(p.item(id)->read);
    CHECK(model.index(2).data(ItemListModel::ReadRole).toBool());
    REQUIRE(model.setStarred(2, true));
    CHECK(p.item(id)->starred);
    CHECK(changed.size() == 2);
    CHECK(reset.isEmpty());

    // A change made elsewhere reaches this model without a reload.
    const qint64 other = idAt(model, 5);
    p.engine->items().setRead(other, true);
    model.applyItemState(other, true, false);
    CHECK(model.index(5).data(ItemListModel::ReadRole).toBool());

    // Unread-only columns still keep what was just read, until reloaded.
    StreamSpec unread;
    unread.unreadOnly = true;
    model.setSpec(unread);
    CHECK(model.rowCount() == 8);
    CHECK(model.markAllRead() == 8);
    CHECK(model.rowCount() == 8);
    CHECK(p.engine->items().unreadCount(StreamSpec {}) == 0);
    model.reload();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Rows of items gone from the store (a deleted post) leave the list in place", "[ui][model]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    p.addItems(a, 6, QStringLiteral("x"), p.baseMs);
    SourceCache sources(p.engine->sources());
    ItemListModel model(p.engine->items(), sources, nullptr);
    model.setSpec(StreamSpec {});
    REQUIRE(model.rowCount() == 6);
    const qint64 kept = idAt(model, 3);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    CHECK(p.engine->items().removeRemote(a, { QStringLiteral("x-1"), QStringLiteral("x-4"), QStringLiteral("none") }) == 2);
    model.refreshSource(a);
    CHECK(model.rowCount() == 4);
    CHECK(removed.size() == 2);
    CHECK(reset.isEmpty());
    CHECK(idAt(model, 2) == kept); // x-3, below the removed x-1
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(p.item(idAt(model, row)).has_value());
}

TEST_CASE("Scrolling down a long column never throws the reader back up as older rows come", "[ui][model]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    p.addItems(a, 1200, QStringLiteral("x"), p.baseMs);
    SourceCache sources(p.engine->sources());
    ItemListModel model(p.engine->items(), sources, nullptr);
    ItemListView view;
    view.setItemDelegate(new ItemDelegate(&view));
    view.setModel(&model);
    view.resize(360, 700);
    view.show();
    model.setSpec(StreamSpec {});
    QApplication::processEvents();
    QScrollBar *bar = view.verticalScrollBar();
    int previous = 0;
    int fetches = 0;
    for (int step = 0; step < 5000 && model.rowCount() < 1200; ++step) {
        const int rows = model.rowCount();
        bar->setValue(bar->value() + bar->pageStep());
        QApplication::processEvents();
        fetches += model.rowCount() > rows ? 1 : 0;
        INFO("step " << step << ", " << model.rowCount() << " rows");
        REQUIRE(bar->value() >= previous);
        previous = bar->value();
    }
    CHECK(model.rowCount() == 1200);
    CHECK(fetches >= 5);
}

TEST_CASE("Mute words in the spec hide matching items", "[ui][model]")
{
    DashboardProfile p;
    const qint64 a = p.addSource(QStringLiteral("Alpha"));
    p.addItems(a, 5, QStringLiteral("keep"), p.baseMs);
    p.addItems(a, 4, QStringLiteral("Crypto"), p.baseMs - 30000);
    SourceCache sources(p.engine->sources());
    ItemListModel model(p.engine->items(), sources, nullptr);
    StreamSpec spec;
    spec.muteWords = { QStringLiteral("crypto") };
    model.setSpec(spec);
    fetchAll(model);
    CHECK(model.rowCount() == 5);
}
