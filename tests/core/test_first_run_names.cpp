#include "Engine.h"
#include "FirstRun.h"
#include "model/Column.h"
#include "store/ColumnStore.h"
#include "store/SourceStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace gilde;

TEST_CASE("A Dutch first run names the starter folders and columns in Dutch", "[translations][engine]")
{
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral("gilde_nl"), QStringLiteral(GILDE_TRANSLATIONS)));
    QCoreApplication::installTranslator(&dutch);
    struct Uninstall {
        QTranslator &t;
        ~Uninstall() { QCoreApplication::removeTranslator(&t); }
    } uninstall { dutch };

    QTemporaryDir tmp;
    Engine::Opened opened = Engine::open(tmp.path());
    REQUIRE(opened.engine);
    Engine &engine = *opened.engine;
    const SeedResult seeded
        = seedNewProfile(engine, QStringLiteral(GILDE_FIXTURES "/../../resources/starter.opml"));
    CHECK(seeded.error.isEmpty());
    CHECK(seeded.feedsAdded == 12);

    const QList<Tab> tabs = engine.columns().tabs();
    REQUIRE(tabs.size() == 1);
    CHECK(tabs[0].title == QStringLiteral("Welkom"));
    const QList<Column> columns = engine.columns().columns(seeded.tabId);
    REQUIRE(columns.size() == 5);
    CHECK(columns[0].title == QStringLiteral("Alle ongelezen"));
    CHECK(columns[1].title == QStringLiteral("Leren"));
    CHECK(columns[1].spec.folder == QStringLiteral("Leren"));
    CHECK(columns[2].title == QStringLiteral("Technologie"));
    CHECK(columns[2].spec.folder == QStringLiteral("Technologie"));
    CHECK(columns[3].title == QStringLiteral("Nederlands"));
    CHECK(columns[4].title == QStringLiteral("Met ster"));

    // The feeds are filed under the same names, so the folder columns show them.
    QSet<QString> folders;
    for (const Source &s : engine.sources().all())
        folders.insert(s.folder);
    CHECK(folders
        == QSet<QString> {
            QStringLiteral("Leren"), QStringLiteral("Technologie"), QStringLiteral("Nederlands") });
}
