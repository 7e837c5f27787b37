// A microblog timeline's column hides boosts and replies to others from its
// menu, as TweetDeck's and Mastodon's own columns do, and a notifications
// column shows only the kinds ticked; the choice is the column's and
// outlives the window. Feed columns have no such entries.
#include "TestSupport.h"
#include "core/store/ColumnStore.h"
#include "test_dashboard_support.h"
#include "ui/common/SourceCache.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/ItemListModel.h"

#include <QAction>
#include <QMenu>

using namespace gilde;
using namespace gilde::test;

namespace
{

QAction *menuEntry(ColumnWidget *column, const QString &text)
{
    for (QAction *a : column->findChild<QMenu *>()->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

qint64 addTimeline(Engine &engine, const QString &path)
{
    Source s;
    s.kind = QStringLiteral("mastodon");
    s.url = QUrl(QStringLiteral("http://127.0.0.1:9/api/v1/") + path + QStringLiteral("#account=1"));
    s.title = path;
    const qint64 id = engine.sources().add(s);
    REQUIRE(id > 0);
    return id;
}

Item post(const QString &id, const QString &meta, qint64 publishedMs)
{
    Item it;
    it.remoteId = id;
    it.kind = QStringLiteral("status");
    it.text = QStringLiteral("Post %1").arg(id);
    it.html = QStringLiteral("<p>Post %1</p>").arg(id);
    it.meta = meta;
    it.publishedMs = publishedMs;
    return it;
}

} // namespace

TEST_CASE("A timeline column hides boosts and replies from its menu", "[ui][dashboard][mastodon]")
{
    DashboardProfile p;
    const qint64 home = addTimeline(*p.engine, QStringLiteral("timelines/home"));
    const qint64 notifications = addTimeline(*p.engine, QStringLiteral("notifications"));
    const qint64 feed = p.addSource(QStringLiteral("Blog"));
    REQUIRE(p.engine->items()
                .upsert(home,
                    { post(QStringLiteral("1"), QStringLiteral(R"({"status":"1"})"), p.baseMs),
                        post(QStringLiteral("2"), QStringLiteral(R"({"status":"20","boost":true})"), p.baseMs - 1000),
                        post(QStringLiteral("3"), QStringLiteral(R"({"status":"3","reply":true})"), p.baseMs - 2000) })
                .ok);
    const qint64 tab = p.engine->columns().addTab(QStringLiteral("Social"));
    REQUIRE(tab > 0);

    SourceCache sources(p.engine->sources());
    {
        Dashboard dashboard(*p.engine, sources, nullptr);
        dashboard.load(tab);
        REQUIRE(dashboard.addColumn(QStringLiteral("Home"), sourceSpec(home), tab) > 0);
        REQUIRE(dashboard.addColumn(QStringLiteral("Notifications"), sourceSpec(notifications), tab) > 0);
        REQUIRE(dashboard.addColumn(QStringLiteral("Blog"), sourceSpec(feed), tab) > 0);
        const QList<ColumnWidget *> columns = dashboard.columns(tab);
        REQUIRE(columns.size() == 3);
        for (ColumnWidget *other : { columns.at(1), columns.at(2) }) {
            CHECK_FALSE(menuEntry(other, QStringLiteral("Hide boosts")));
            CHECK_FALSE(menuEntry(other, QStringLiteral("Hide replies")));
        }
        CHECK_FALSE(menuEntry(columns.at(2), QStringLiteral("Show"))); // a blog has no kinds of notification

        ColumnWidget *column = columns.first();
        REQUIRE(waitUntil([&] { return column->model()->rowCount() == 3; }));
        QAction *boosts = menuEntry(column, QStringLiteral("Hide boosts"));
        QAction *replies = menuEntry(column, QStringLiteral("Hide replies"));
        REQUIRE(boosts);
        REQUIRE(replies);
        CHECK(boosts->isVisible());
        CHECK_FALSE(boosts->isChecked());
        boosts->trigger();
        CHECK(boosts->isChecked());
        REQUIRE(waitUntil([&] { return column->model()->rowCount() == 2; }));
        replies->trigger();
        REQUIRE(waitUntil([&] { return column->model()->rowCount() == 1; }));
        CHECK(column->model()->index(0).data(ItemListModel::ExcerptRole).toString().contains(QStringLiteral("Post 1")));
        boosts->trigger(); // boosts back, replies still hidden
        REQUIRE(waitUntil([&] { return column->model()->rowCount() == 2; }));
    }

    // Kept with the column.
    const std::optional<Column> kept = p.engine->columns().column(p.engine->columns().columns(tab).first().id);
    REQUIRE(kept);
    CHECK_FALSE(kept->spec.hideBoosts);
    CHECK(kept->spec.hideReplies);
    Dashboard again(*p.engine, sources, nullptr);
    again.load(tab);
    QAction *replies = menuEntry(again.columns(tab).first(), QStringLiteral("Hide replies"));
    REQUIRE(replies);
    CHECK(replies->isChecked());
}

TEST_CASE("A notifications column shows only the kinds of notification ticked", "[ui][dashboard][mastodon]")
{
    DashboardProfile p;
    const qint64 notifications = addTimeline(*p.engine, QStringLiteral("notifications"));
    REQUIRE(p.engine->items()
                .upsert(notifications,
                    { post(QStringLiteral("n1"), QStringLiteral(R"({"notification":"mention"})"), p.baseMs),
                        post(QStringLiteral("n2"), QStringLiteral(R"({"notification":"favourite"})"), p.baseMs - 1000),
                        post(QStringLiteral("n3"), QStringLiteral(R"({"notification":"follow"})"), p.baseMs - 2000) })
                .ok);
    const qint64 tab = p.engine->columns().addTab(QStringLiteral("Social"));
    SourceCache sources(p.engine->sources());
    Dashboard dashboard(*p.engine, sources, nullptr);
    dashboard.load(tab);
    REQUIRE(dashboard.addColumn(QStringLiteral("Notifications"), sourceSpec(notifications), tab) > 0);
    ColumnWidget *column = dashboard.columns(tab).first();
    REQUIRE(waitUntil([&] { return column->model()->rowCount() == 3; }));
    CHECK_FALSE(menuEntry(column, QStringLiteral("Hide boosts"))); // boosts of others are no notifications

    QAction *show = menuEntry(column, QStringLiteral("Show"));
    REQUIRE(show);
    REQUIRE(show->menu());
    QStringList kinds;
    QAction *favourites = nullptr;
    for (QAction *a : show->menu()->actions()) {
        kinds << a->text();
        CHECK(a->isChecked());
        if (a->text() == QStringLiteral("Favourites"))
            favourites = a;
    }
    CHECK(kinds == QStringList { "Mentions", "Boosts", "Favourites", "Follows", "Polls", "Edits" });
    REQUIRE(favourites);
    favourites->trigger();
    CHECK_FALSE(favourites->isChecked());
    REQUIRE(waitUntil([&] { return column->model()->rowCount() == 2; }));
    CHECK(p.engine->columns().column(column->column().id)->spec.hiddenNotifications == QStringList { "favourite" });
    favourites->trigger();
    REQUIRE(waitUntil([&] { return column->model()->rowCount() == 3; }));
}
