#include "store/ColumnStore.h"
#include "test_store_support.h"

using namespace gilde;
using namespace gilde::test;

namespace
{

QStringList titles(const QList<Column> &columns)
{
    QStringList out;
    for (int i = 0; i < columns.size(); ++i) {
        out << columns.at(i).title;
        CHECK(columns.at(i).position == i); // positions stay dense
    }
    return out;
}

qint64 addColumn(ColumnStore &store, qint64 tabId, const QString &title)
{
    Column c;
    c.tabId = tabId;
    c.title = title;
    const qint64 id = store.addColumn(c);
    REQUIRE(id > 0);
    return id;
}

} // namespace

TEST_CASE("ColumnStore keeps tabs and columns in order", "[store]")
{
    TempDb t;
    ColumnStore store(*t.db);
    const qint64 one = store.addTab(QStringLiteral("One"));
    const qint64 two = store.addTab(QStringLiteral("Two"));
    const qint64 three = store.addTab(QStringLiteral("Three"));
    REQUIRE(store.tabs().size() == 3);
    CHECK(store.tabs().at(2).title == QLatin1String("Three"));

    CHECK(store.moveTab(three, 0));
    QStringList order;
    for (const Tab &tab : store.tabs())
        order << tab.title;
    CHECK(order == QStringList({ "Three", "One", "Two" }));
    CHECK(store.renameTab(two, QStringLiteral("Deux")));
    CHECK(store.tabs().last().title == QLatin1String("Deux"));
    CHECK_FALSE(store.moveTab(12345, 0));

    Column c;
    c.tabId = one;
    c.title = QStringLiteral("Search");
    c.width = 420;
    c.spec.kind = StreamSpec::Kind::Search;
    c.spec.query = QStringLiteral("qt \"6\"");
    c.spec.unreadOnly = true;
    c.spec.muteWords = { QStringLiteral("spoiler") };
    const qint64 id = store.addColumn(c);
    REQUIRE(id > 0);
    auto back = store.column(id);
    REQUIRE(back);
    CHECK(back->tabId == one);
    CHECK(back->width == 420);
    CHECK(back->spec == c.spec);

    back->title = QStringLiteral("Renamed");
    back->spec.kind = StreamSpec::Kind::Folder;
    back->spec.folder = QStringLiteral("A/B");
    back->spec.query.clear(); // only a search column keeps a query
    back->width = 300;
    CHECK(store.updateColumn(*back));
    CHECK(store.column(id)->spec == back->spec);
    CHECK(store.column(id)->title == QLatin1String("Renamed"));
    CHECK_FALSE(store.column(id + 100));
}

TEST_CASE("ColumnStore moves columns within and across tabs", "[store]")
{
    TempDb t;
    ColumnStore store(*t.db);
    const qint64 left = store.addTab(QStringLiteral("Left"));
    const qint64 right = store.addTab(QStringLiteral("Right"));
    const qint64 a = addColumn(store, left, QStringLiteral("a"));
    addColumn(store, left, QStringLiteral("b"));
    const qint64 c = addColumn(store, left, QStringLiteral("c"));
    const qint64 d = addColumn(store, left, QStringLiteral("d"));
    addColumn(store, right, QStringLiteral("x"));
    addColumn(store, right, QStringLiteral("y"));

    CHECK(store.moveColumn(a, left, 2));
    CHECK(titles(store.columns(left)) == QStringList({ "b", "c", "a", "d" }));
    CHECK(store.moveColumn(d, left, 0));
    CHECK(titles(store.columns(left)) == QStringList({ "d", "b", "c", "a" }));
    CHECK(store.moveColumn(d, left, 99)); // clamped to the end
    CHECK(titles(store.columns(left)) == QStringList({ "b", "c", "a", "d" }));

    CHECK(store.moveColumn(c, right, 1));
    CHECK(titles(store.columns(left)) == QStringList({ "b", "a", "d" }));
    CHECK(titles(store.columns(right)) == QStringList({ "x", "c", "y" }));
    CHECK(store.column(c)->tabId == right);
    CHECK(store.moveColumn(a, right, -5));
    CHECK(titles(store.columns(right)) == QStringList({ "a", "x", "c", "y" }));
    CHECK(titles(store.columns(left)) == QStringList({ "b", "d" }));

    CHECK_FALSE(store.moveColumn(a, 9999, 0)); // no such tab: nothing moves
    CHECK(titles(store.columns(right)) == QStringList({ "a", "x", "c", "y" }));
    CHECK_FALSE(store.moveColumn(9999, left, 0));

    CHECK(store.removeColumn(c));
    CHECK(titles(store.columns(right)) == QStringList({ "a", "x", "y" }));
    CHECK_FALSE(store.removeColumn(c));
}

TEST_CASE("ColumnStore removes a tab with its columns", "[store]")
{
    TempDb t;
    ColumnStore store(*t.db);
    const qint64 one = store.addTab(QStringLiteral("One"));
    const qint64 two = store.addTab(QStringLiteral("Two"));
    const qint64 three = store.addTab(QStringLiteral("Three"));
    const qint64 col = addColumn(store, two, QStringLiteral("a"));
    addColumn(store, two, QStringLiteral("b"));
    addColumn(store, one, QStringLiteral("kept"));

    CHECK(store.removeTab(two));
    CHECK_FALSE(store.removeTab(two));
    CHECK(store.columns(two).isEmpty());
    CHECK_FALSE(store.column(col));
    CHECK(titles(store.columns(one)) == QStringList({ "kept" }));
    const auto tabs = store.tabs();
    REQUIRE(tabs.size() == 2);
    CHECK(tabs.at(0).id == one);
    CHECK(tabs.at(1).id == three);
    CHECK(tabs.at(1).position == 1);
    CHECK(store.addTab(QStringLiteral("Four")) > 0);
    CHECK(store.tabs().last().position == 2);
}
