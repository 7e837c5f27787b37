// A profile that has feeds but no columns (its feeds came in from the command
// line) opens with columns for its folders, not an empty tab.
#include "Engine.h"
#include "FirstRun.h"
#include "model/Column.h"
#include "sources/feeds/Subscriptions.h"
#include "store/ColumnStore.h"
#include "store/SourceStore.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{

const QByteArray opml = R"(<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="Research">
    <outline type="rss" text="A" xmlUrl="http://127.0.0.1:9/a.xml"/>
    <outline text="Papers">
      <outline type="rss" text="B" xmlUrl="http://127.0.0.1:9/b.xml"/>
    </outline>
  </outline>
  <outline text="Blogs"><outline type="rss" text="C" xmlUrl="http://127.0.0.1:9/c.xml"/></outline>
  <outline type="rss" text="Loose" xmlUrl="http://127.0.0.1:9/loose.xml"/>
</body></opml>)";

QStringList titles(const QList<Column> &columns)
{
    QStringList out;
    for (const Column &c : columns)
        out << c.title;
    return out;
}

} // namespace

TEST_CASE("A profile with feeds and no columns gets All unread and a column per top folder", "[engine][firstrun]")
{
    QTemporaryDir tmp;
    Engine::Opened opened = Engine::open(tmp.path());
    REQUIRE(opened.engine);
    Engine &engine = *opened.engine;

    SECTION("no feeds: nothing to add")
    {
        CHECK(addColumnsForFeeds(engine) == 0);
        CHECK(engine.columns().tabs().isEmpty());
    }

    SECTION("feeds and no tab: a Feeds tab")
    {
        REQUIRE(engine.subscriptions().importOpml(opml).added == 4);
        const qint64 tab = addColumnsForFeeds(engine);
        REQUIRE(tab > 0);
        const QList<Tab> tabs = engine.columns().tabs();
        REQUIRE(tabs.size() == 1);
        CHECK(tabs[0].title == QStringLiteral("Feeds"));
        const QList<Column> columns = engine.columns().columns(tab);
        CHECK(titles(columns) == QStringList { "All unread", "Blogs", "Research" });
        CHECK(columns[0].spec.kind == StreamSpec::Kind::Unread);
        CHECK(columns[2].spec.kind == StreamSpec::Kind::Folder);
        CHECK(columns[2].spec.folder == QStringLiteral("Research")); // and its subfolder Papers

        // It happens once: a profile with columns is left as it is.
        CHECK(addColumnsForFeeds(engine) == 0);
        CHECK(engine.columns().columns(tab).size() == 3);
    }

    SECTION("feeds and an empty tab: the columns go into that tab")
    {
        const qint64 empty = engine.columns().addTab(QStringLiteral("Mine"));
        REQUIRE(empty > 0);
        REQUIRE(engine.subscriptions().importOpml(opml).added == 4);
        CHECK(addColumnsForFeeds(engine) == empty);
        CHECK(engine.columns().tabs().size() == 1);
        CHECK(engine.columns().columns(empty).size() == 3);
    }
}
