// An account's "Add a column" menu in the rail: its timelines, its lists as
// the server has them (asked when the submenu opens), and a search of the
// server's posts, each asked for as a column of that account. A person's
// column follows or unfollows them.
#include "MastodonProfile.h"
#include "ui/accounts/AccountRail.h"
#include "ui/accounts/TimelineMenu.h"
#include "core/store/ColumnStore.h"
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
