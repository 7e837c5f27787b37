// An account's "Add a column" menu in the rail: its timelines, its lists as
// the server has them (asked when the submenu opens), and a search of the
// server's posts, each asked for as a column of that account. A person's
// column follows or unfollows them.
#include "MastodonProfile.h"
#include "test_dashboard_support.h"
#include "ui/accounts/AccountRail.h"
#include "ui/accounts/TimelineMenu.h"
#include "core/store/ColumnStore.h"
#include "core/store/ItemStore.h"
#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"
#include "ui/common/SourceCache.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QPushButton>
#include <QTest>

using namespace gilde;
using namespace gilde::test;

namespace
{

QAction *entry(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QStringList texts(QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions())
        out << a->text();
    return out;
}

} // namespace

TEST_CASE("An account's lists and a search are offered as columns", "[ui][mastodon][rail]")
{
    MastodonProfile env;
    env.server.setLists({ { QStringLiteral("12"), QStringLiteral("Onderwijs") }, { QStringLiteral("15"), QStringLiteral("Collega's") } });
    const Accounts::AddResult added = env.addAccount(env.server.token());
    REQUIRE(added.id > 0);

    QWidget window;
    AccountRail rail(*env.engine, &window);
    QList<std::pair<MastodonTimeline, QString>> asked;
    QObject::connect(&rail, &AccountRail::columnRequested,
        [&](const MastodonTimeline &t, const QString &title) { asked.append({ t, title }); });
    QMenu menu;
    rail.fillMenu(menu, added.id);
    TimelineMenu *columns = menu.findChild<TimelineMenu *>();
    REQUIRE(columns);
    CHECK(columns->title() == QStringLiteral("Add a column"));

    // The lists come when the submenu opens.
    QMenu *lists = columns->listsMenu();
    CHECK(env.server.http().requestCount("/api/v1/lists") == 0);
    Q_EMIT lists->aboutToShow();
    REQUIRE(waitUntil([&] { return entry(lists, QStringLiteral("Onderwijs")); }, 10000));
    CHECK(texts(lists) == QStringList { "Onderwijs", "Collega's" });
    entry(lists, QStringLiteral("Onderwijs"))->trigger();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().first.kind == MastodonTimeline::Kind::List);
    CHECK(asked.first().first.arg == QStringLiteral("12"));
    CHECK(asked.first().first.accountId == added.id);
    CHECK(asked.first().second == QStringLiteral("Onderwijs"));
    // Opened again: not asked again.
    Q_EMIT lists->aboutToShow();
    QTest::qWait(50);
    CHECK(env.server.http().requestCount("/api/v1/lists") == 1);

    // A search: the query is asked for, then the column.
    QAction *search = entry(columns, QStringLiteral("Search posts…"));
    REQUIRE(search);
    search->trigger();
    QInputDialog *dialog = nullptr;
    REQUIRE(waitUntil([&] { return (dialog = window.findChild<QInputDialog *>()) != nullptr; }, 5000));
    dialog->setTextValue(QStringLiteral("  leren   met   collega's "));
    dialog->accept();
    REQUIRE(asked.size() == 2);
    CHECK(asked.last().first.kind == MastodonTimeline::Kind::Search);
    CHECK(asked.last().first.arg == QStringLiteral("leren met collega's"));
    CHECK(asked.last().second == QStringLiteral("Search: leren met collega's"));
}

TEST_CASE("An account without lists says so, and a failure is said and asked again", "[ui][mastodon][rail]")
{
    MastodonProfile env;
    const Accounts::AddResult added = env.addAccount(env.server.token());
    REQUIRE(added.id > 0);
    TimelineMenu none(*env.engine, added.account);
    Q_EMIT none.listsMenu()->aboutToShow();
    REQUIRE(waitUntil([&] { return texts(none.listsMenu()) == QStringList { "This account has no lists" }; }, 10000));

    TestResponse broken;
    broken.status = 500;
    broken.body = "oops";
    env.server.setFault("/api/v1/lists", broken);
    TimelineMenu failing(*env.engine, added.account);
    Q_EMIT failing.listsMenu()->aboutToShow();
    REQUIRE(waitUntil(
        [&] { return texts(failing.listsMenu()).value(0).startsWith(QStringLiteral("Could not load the lists")); }, 10000));
    CHECK_FALSE(failing.listsMenu()->actions().first()->isEnabled());
    CHECK(env.server.http().requestCount("/api/v1/lists") == 2);
    Q_EMIT failing.listsMenu()->aboutToShow();
    REQUIRE(waitUntil([&] { return env.server.http().requestCount("/api/v1/lists") == 3; }, 10000));
}

TEST_CASE("A person's column follows or unfollows them from its menu, ticked as the server says", "[ui][mastodon][rail]")
{
    MastodonProfile env;
    const Accounts::AddResult added = env.addAccount(env.server.token());
    REQUIRE(added.id > 0);
    const qint64 person = env.follow(MastodonTimeline::Kind::Account, added.id, QStringLiteral("7"));
    const qint64 tab = env.engine->columns().addTab(QStringLiteral("Mensen"));
    SourceCache sources(env.engine->sources());
    Dashboard dashboard(*env.engine, sources, nullptr);
    dashboard.load(tab);
    REQUIRE(dashboard.showSourceColumn(person, QStringLiteral("@anna")) > 0);
    ColumnWidget *column = dashboard.columns(tab).value(0);
    REQUIRE(column);
    QAction *follow = entry(column->menu(), QStringLiteral("Follow"));
    REQUIRE(follow);

    Q_EMIT column->menu()->aboutToShow();
    REQUIRE(waitUntil([&] { return follow->isEnabled(); }, 10000));
    CHECK_FALSE(follow->isChecked());
    follow->trigger();
    const QList<OutboxEntry> queued = env.engine->outboxStore().all();
    REQUIRE(queued.size() == 1);
    CHECK(queued.first().action == QStringLiteral("mastodon.follow"));
    CHECK(queued.first().payload.value(QLatin1String("account_id")).toString() == QStringLiteral("7"));
    env.engine->outbox().setOnline(true);
    env.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return env.server.actions().contains(QStringLiteral("follow 7")); }, 10000));

    Q_EMIT column->menu()->aboutToShow();
    REQUIRE(waitUntil([&] { return follow->isEnabled(); }, 10000));
    CHECK(follow->isChecked());
    // Feed columns and timelines of others have no such entry.
    const qint64 tag = env.follow(MastodonTimeline::Kind::Hashtag, 0, QStringLiteral("leren"));
    REQUIRE(dashboard.showSourceColumn(tag, QStringLiteral("#leren")) > 0);
    CHECK_FALSE(entry(dashboard.columns(tab).value(1)->menu(), QStringLiteral("Follow")));
}

TEST_CASE("Muting or blocking a person from their column queues it and takes their posts out of the account's timelines",
    "[ui][mastodon][rail]")
{
    MastodonProfile env;
    env.server.setTimeline("/api/v1/timelines/home", 5);
    env.server.setTimeline("/api/v1/accounts/1/statuses", 3, 5000);
    const Accounts::AddResult added = env.addAccount(env.server.token());
    REQUIRE(added.id > 0);
    const qint64 home = env.follow(MastodonTimeline::Kind::Home, added.id);
    const qint64 person = env.follow(MastodonTimeline::Kind::Account, added.id, QStringLiteral("1"));
    QSignalSpy finished(&env.engine->sync(), &SyncEngine::refreshFinished);
    env.engine->sync().refresh({ home, person });
    REQUIRE(waitUntil([&] { return finished.count() > 0; }, 20000));
    // Someone else's post stays where it is.
    Item other;
    other.remoteId = QStringLiteral("9001");
    other.kind = QStringLiteral("status");
    other.text = QStringLiteral("Van iemand anders");
    other.meta = QStringLiteral(R"({"status":"9001","account":"2","acct":"bob"})");
    REQUIRE(env.engine->items().upsert(home, { other }).added == 1);
    const auto count = [&](qint64 sourceId) { return env.engine->items().page(sourceSpec(sourceId), {}, 100).size(); };
    REQUIRE(count(home) == 6);
    REQUIRE(count(person) == 3);

    const qint64 tab = env.engine->columns().addTab(QStringLiteral("Mensen"));
    SourceCache sources(env.engine->sources());
    Dashboard dashboard(*env.engine, sources, nullptr);
    dashboard.load(tab);
    REQUIRE(dashboard.showSourceColumn(person, QStringLiteral("@Gargron")) > 0);
    ColumnWidget *column = dashboard.columns(tab).value(0);
    REQUIRE(column);
    QAction *mute = entry(column->menu(), QStringLiteral("Mute"));
    QAction *block = entry(column->menu(), QStringLiteral("Block"));
    REQUIRE(mute);
    REQUIRE(block);
    Q_EMIT column->menu()->aboutToShow();
    REQUIRE(waitUntil([&] { return mute->isEnabled(); }, 10000));
    CHECK_FALSE(mute->isChecked());
    CHECK_FALSE(block->isChecked());

    mute->trigger();
    QList<OutboxEntry> queued = env.engine->outboxStore().all();
    REQUIRE(queued.size() == 1);
    CHECK(queued.first().action == QStringLiteral("mastodon.mute"));
    CHECK(queued.first().payload.value(QLatin1String("account_id")).toString() == QStringLiteral("1"));
    // Out of Home at once; their own column keeps them.
    REQUIRE(waitUntil([&] { return count(home) == 1; }, 5000));
    CHECK(count(person) == 3);

    // A block is asked first: Cancel leaves it.
    block->trigger();
    QMessageBox *question = nullptr;
    REQUIRE(waitUntil([&] { return (question = column->findChild<QMessageBox *>()) != nullptr; }, 5000));
    question->button(QMessageBox::Cancel)->click();
    CHECK_FALSE(block->isChecked());
    CHECK(env.engine->outboxStore().all().size() == 1);
    REQUIRE(waitUntil([&] { return !column->findChild<QMessageBox *>(); }, 5000)); // the one answered has gone
    block->trigger();
    QAbstractButton *confirm = goAheadButton(column);
    REQUIRE(confirm);
    confirm->click();
    CHECK(block->isChecked());
    queued = env.engine->outboxStore().all();
    REQUIRE(queued.size() == 2);
    CHECK(queued.first().action == QStringLiteral("mastodon.block"));

    env.engine->outbox().setOnline(true);
    env.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return env.server.actions().contains(QStringLiteral("block 1")); }, 10000));
    CHECK(env.server.actions().contains(QStringLiteral("mute 1")));
    // As the server now says.
    mute->setChecked(false);
    block->setChecked(false);
    Q_EMIT column->menu()->aboutToShow();
    REQUIRE(waitUntil([&] { return mute->isEnabled(); }, 10000));
    CHECK(mute->isChecked());
    CHECK(block->isChecked());
}
