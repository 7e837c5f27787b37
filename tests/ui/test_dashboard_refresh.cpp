// A refresh through the real sync engine, from a feed served on 127.0.0.1:
// new items reach the columns at the top, and a failing feed is named in the
// column instead of leaving it blank.
#include "TestHttpServer.h"
#include "core/sync/SyncEngine.h"
#include "test_dashboard_support.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"

#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace gilde;
using gilde::test::DashboardProfile;
using gilde::test::TestHttpServer;
using gilde::test::TestResponse;
using gilde::test::waitUntil;

namespace
{

/// An RSS document with entries numbered [first, last], newest (last) first;
/// entry i was published i minutes after `baseMs`.
QByteArray rss(int first, int last, qint64 baseMs)
{
    QByteArray out = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title>"
                     "<link>http://127.0.0.1/</link><description>d</description>";
    for (int i = last; i >= first; --i) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(baseMs + i * 60000, QTimeZone::utc());
        out += "<item><title>Entry " + QByteArray::number(i) + "</title><guid>entry-" + QByteArray::number(i)
            + "</guid><link>http://127.0.0.1/" + QByteArray::number(i) + "</link><pubDate>"
            + when.toString(Qt::RFC2822Date).toLatin1() + "</pubDate><description>Text of entry "
            + QByteArray::number(i) + "</description></item>";
    }
    return out + "</channel></rss>";
}

} // namespace

TEST_CASE("A refresh inserts new items at the top of the columns that show them", "[ui][dashboard][sync]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000;
    server.route("/feed.xml", TestResponse::ok(rss(1, 60, base)));

    DashboardProfile p;
    Source s;
    s.url = server.url(QStringLiteral("/feed.xml"));
    s.title = QStringLiteral("Local");
    const qint64 id = p.engine->sources().add(s);
    REQUIRE(id > 0);
    const qint64 other = p.addSource(QStringLiteral("Other"));

    MainWindow w(*p.engine);
    w.resize(1200, 700);
    Dashboard *d = w.dashboard();
    StreamSpec one;
    one.kind = StreamSpec::Kind::Source;
    one.sourceId = id;
    ColumnWidget *local = d->column(d->addColumn(QStringLiteral("Local"), one));
    StreamSpec otherSpec;
    otherSpec.kind = StreamSpec::Kind::Source;
    otherSpec.sourceId = other;
    ColumnWidget *unrelated = d->column(d->addColumn(QStringLiteral("Other"), otherSpec));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CHECK(local->view()->emptyText().contains(QStringLiteral("No items yet")));

    p.engine->sync().refresh({ id });
    REQUIRE(waitUntil([&] { return local->model()->rowCount() >= ItemListModel::FirstPageSize; }, 15000));
    CHECK(local->model()->index(0).data(ItemListModel::TitleRole).toString() == QStringLiteral("Entry 60"));
    CHECK(unrelated->model()->rowCount() == 0);

    // Scrolled down a little, reading: the next round brings three more.
    ItemListView *view = local->view();
    view->scrollTo(local->model()->index(10), QAbstractItemView::PositionAtTop);
    QCoreApplication::processEvents();
    const qint64 anchor = view->firstVisibleIndex().data(ItemListModel::ItemIdRole).toLongLong();
    const int anchorTop = view->visualRect(view->firstVisibleIndex()).top();
    QSignalSpy resets(local->model(), &QAbstractItemModel::modelReset);

    server.route("/feed.xml", TestResponse::ok(rss(1, 63, base)));
    p.engine->sync().refresh({ id });
    REQUIRE(waitUntil(
        [&] {
            return local->model()->index(0).data(ItemListModel::TitleRole).toString()
                == QStringLiteral("Entry 63");
        },
        15000));
    QCoreApplication::processEvents();
    CHECK(resets.isEmpty());
    CHECK(local->model()->index(1).data(ItemListModel::TitleRole).toString() == QStringLiteral("Entry 62"));
    CHECK(view->firstVisibleIndex().data(ItemListModel::ItemIdRole).toLongLong() == anchor);
    CHECK(std::abs(view->visualRect(view->firstVisibleIndex()).top() - anchorTop) <= 1);
    CHECK(view->newAboveCount() == 3);

    // The feed breaks: the column says so, and keeps what it has.
    server.route("/feed.xml", TestResponse::error(500));
    p.engine->sync().refresh({ id });
    REQUIRE(waitUntil([&] { return local->errorLine()->isVisible(); }, 15000));
    CHECK_FALSE(local->errorLine()->text().isEmpty());
    CHECK(local->model()->rowCount() > 0);
    CHECK_FALSE(unrelated->errorLine()->isVisible());
}

TEST_CASE("An edited entry changes in place; a restamped one stays where it was", "[ui][dashboard][sync]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000;
    const QByteArray original = rss(1, 20, base);
    server.route("/feed.xml", TestResponse::ok(original));

    DashboardProfile p;
    Source s;
    s.url = server.url(QStringLiteral("/feed.xml"));
    s.title = QStringLiteral("Local");
    const qint64 id = p.engine->sources().add(s);
    REQUIRE(id > 0);

    MainWindow w(*p.engine);
    w.resize(1200, 700);
    Dashboard *d = w.dashboard();
    StreamSpec one;
    one.kind = StreamSpec::Kind::Source;
    one.sourceId = id;
    ColumnWidget *local = d->column(d->addColumn(QStringLiteral("Local"), one));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    p.engine->sync().refresh({ id });
    REQUIRE(waitUntil([&] { return local->model()->rowCount() == 20; }, 15000));
    auto titleAt
        = [&](int row) { return local->model()->index(row).data(ItemListModel::TitleRole).toString(); };
    REQUIRE(titleAt(0) == QStringLiteral("Entry 20"));
    REQUIRE(titleAt(1) == QStringLiteral("Entry 19"));

    // Entry 20 gets a new title; entry 19 is stamped with the time of the
    // request, as some feeds do to every entry.
    QByteArray edited = original;
    edited.replace("<title>Entry 20</title>", "<title>Entry 20, corrected</title>");
    const QByteArray old19 = QDateTime::fromMSecsSinceEpoch(base + 19 * 60000, QTimeZone::utc())
                                 .toString(Qt::RFC2822Date)
                                 .toLatin1();
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1();
    REQUIRE(edited.contains(old19));
    edited.replace(old19, now);
    server.route("/feed.xml", TestResponse::ok(edited));
    QSignalSpy resets(local->model(), &QAbstractItemModel::modelReset);
    p.engine->sync().refresh({ id });
    REQUIRE(waitUntil([&] { return titleAt(0) == QStringLiteral("Entry 20, corrected"); }, 15000));
    CHECK(resets.isEmpty());
    CHECK(local->model()->rowCount() == 20);
    CHECK(titleAt(1) == QStringLiteral("Entry 19"));

    // Reloaded from the store, the order is the same.
    local->model()->reload();
    CHECK(titleAt(0) == QStringLiteral("Entry 20, corrected"));
    CHECK(titleAt(1) == QStringLiteral("Entry 19"));
}
