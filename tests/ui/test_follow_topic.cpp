// "Follow in a column" on a forum topic in the reader: a column of the
// topic's posts appears beside the others and fills; asked again, the
// column there is shown instead of a second one. Other items have no such
// button.
#include "DiscourseProfile.h"
#include "TestSupport.h"
#include "core/model/Column.h"
#include "core/store/ColumnStore.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "core/store/ThreadStore.h"
#include "ui/common/SourceCache.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/reader/ReaderPane.h"

#include <QAction>
#include <QMenu>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

TEST_CASE("A forum topic in the reader can be followed in a column of its own", "[ui][discourse]")
{
    DiscourseProfile env;
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(7, 2, 101);
    env.server.setPosts(101, 6);
    const qint64 category = env.follow(QStringLiteral("/c/news/7.json"), QStringLiteral("News"));
    REQUIRE(env.refresh(category).isEmpty());
    const qint64 tab = env.engine->columns().addTab(QStringLiteral("Forum"));
    REQUIRE(tab > 0);

    SourceCache sources(env.engine->sources());
    Dashboard dashboard(*env.engine, sources, nullptr);
    dashboard.load(tab);
    REQUIRE(dashboard.columns(tab).isEmpty());
    ReaderPane reader(*env.engine);
    QObject::connect(&reader, &ReaderPane::followTopicRequested, &dashboard, &Dashboard::followTopic);
    dashboard.resize(900, 600);
    dashboard.show();
    reader.show();

    auto *follow = reader.findChild<QPushButton *>(QStringLiteral("followButton"));
    REQUIRE(follow);
    reader.showItem(env.itemOfTopic(category, 101));
    CHECK(follow->isVisible());
    follow->click();
    REQUIRE(dashboard.columns(tab).size() == 1);
    const Column column = dashboard.columns(tab).first()->column();
    CHECK(column.title == QStringLiteral("Topic 101"));
    const std::optional<Source> followed = env.engine->sources().byId(column.spec.sourceId);
    REQUIRE(followed);
    CHECK(followed->url == env.server.url(QStringLiteral("/t/101.json")));
    CHECK(followed->kind == QStringLiteral("discourse"));
    REQUIRE(waitUntil([&] { return env.itemsOf(followed->id).size() == 6; }, 10000));

    // Following it again shows the column it has.
    follow->click();
    CHECK(dashboard.columns(tab).size() == 1);

    // A forum list's column can keep its threads offline; the topic's own column cannot.
    const auto keepOffline = [](ColumnWidget *col) {
        for (QAction *a : col->findChild<QMenu *>()->actions()) {
            if (a->text() == QStringLiteral("Keep threads offline"))
                return a;
        }
        return static_cast<QAction *>(nullptr);
    };
    REQUIRE(keepOffline(dashboard.columns(tab).first()));
    CHECK_FALSE(keepOffline(dashboard.columns(tab).first())->isVisible());
    StreamSpec listSpec;
    listSpec.kind = StreamSpec::Kind::Source;
    listSpec.sourceId = category;
    REQUIRE(dashboard.addColumn(QStringLiteral("News"), listSpec, tab) > 0);
    ColumnWidget *list = dashboard.columns(tab).last();
    QAction *keep = keepOffline(list);
    REQUIRE(keep);
    CHECK(keep->isVisible());
    keep->trigger();
    CHECK(env.engine->columns().column(list->column().id)->spec.keepOffline);
    REQUIRE(waitUntil([&] { return env.engine->threadPosts().count(env.itemOfTopic(category, 101)) == 6; }, 10000));

    reader.clear();
    CHECK_FALSE(follow->isVisible());
}
