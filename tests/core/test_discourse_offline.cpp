// A forum list's column marked "keep offline": after each refresh the whole
// thread of every topic in it is in the cache, and a topic with new posts is
// fetched again; a column without the mark fetches no threads.
#include "DiscourseProfile.h"
#include "TestSupport.h"
#include "model/Column.h"
#include "store/ColumnStore.h"
#include "store/ItemStore.h"
#include "store/ThreadStore.h"

#include <QDateTime>
#include <QTest>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

TEST_CASE("A column's spec keeps its keep-offline mark, for a source's column only", "[columns]")
{
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = 4;
    spec.keepOffline = true;
    CHECK(StreamSpec::fromJson(spec.toJson()) == spec);
    spec.kind = StreamSpec::Kind::All;
    CHECK_FALSE(StreamSpec::fromJson(spec.toJson()).keepOffline);
}

TEST_CASE("A forum list kept offline has every topic's whole thread in the cache after a refresh", "[discourse][engine]")
{
    DiscourseProfile env;
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("25AAE2") });
    env.server.addTopics(7, 3, 101);
    env.server.setPosts(101, 5);
    env.server.setPosts(102, 30); // more than the first answer holds
    env.server.setPosts(103, 1);
    const qint64 source = env.follow(QStringLiteral("/c/news/7.json"), QStringLiteral("News"));
    Column column;
    column.tabId = env.engine->columns().addTab(QStringLiteral("Forum"));
    column.title = QStringLiteral("News");
    column.spec.kind = StreamSpec::Kind::Source;
    column.spec.sourceId = source;
    column.id = env.engine->columns().addColumn(column);
    REQUIRE(column.id > 0);

    REQUIRE(env.refresh(source).isEmpty());
    QTest::qWait(300);
    const auto cached = [&](int topicId) { return env.engine->threadPosts().count(env.itemOfTopic(source, topicId)); };
    CHECK(cached(101) == 0); // not kept: nothing fetched ahead

    column.spec.keepOffline = true;
    REQUIRE(env.engine->columns().updateColumn(column));
    REQUIRE(env.refresh(source).isEmpty());
    REQUIRE(waitUntil([&] { return cached(101) == 5 && cached(102) == 30 && cached(103) == 1; }, 20000));

    env.server.bumpTopic(101, QDateTime::currentMSecsSinceEpoch(), 2);
    REQUIRE(env.refresh(source).isEmpty());
    REQUIRE(waitUntil([&] { return cached(101) == 7; }, 20000));
}
