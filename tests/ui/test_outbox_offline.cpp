// The window's status pill on a real profile when the network goes: feeds
// whose server drops every connection make the engine go offline, links
// saved meanwhile wait in the outbox and the pill says both; when the feeds
// answer again the pill no longer speaks of offline.
#include "TestHttpServer.h"
#include "core/store/AccountStore.h"
#include "core/store/OutboxStore.h"
#include "core/sync/SyncEngine.h"
#include "test_links_support.h"
#include "ui/MainWindow.h"
#include "ui/common/StatusPill.h"

#include <QDateTime>
#include <QTimeZone>

using namespace gilde;
using namespace gilde::test;

namespace
{

QByteArray rss(const QByteArray &name)
{
    const QByteArray when
        = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::RFC2822Date).toLatin1();
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + name
        + "</title><link>http://127.0.0.1/</link><description>d</description><item><title>One of " + name
        + "</title><guid>" + name + "-1</guid><link>http://127.0.0.1/" + name + "/1</link><pubDate>" + when
        + "</pubDate><description>Text</description></item></channel></rss>";
}

} // namespace

TEST_CASE(
    "The pill says offline with what waits in the outbox, and changes when back online", "[ui][outbox][sync]")
{
    TestHttpServer server;
    REQUIRE(server.listen());
    const QList<QByteArray> feeds { "/a.xml", "/b.xml", "/c.xml" };
    for (const QByteArray &path : feeds)
        server.route(path, TestResponse::ok(rss(path.mid(1, 1))));

    DashboardProfile p;
    for (const QByteArray &path : feeds) {
        Source s;
        s.url = server.url(QString::fromLatin1(path));
        s.title = QString::fromLatin1(path.mid(1, 1));
        REQUIRE(p.engine->sources().add(s) > 0);
    }
    Account a;
    a.kind = QStringLiteral("shaarli");
    a.server = server.url(QStringLiteral("/shaarli/"));
    a.displayName = QStringLiteral("My links");
    const qint64 account = p.engine->accountStore().add(a);
    REQUIRE(account > 0);
    p.engine->library().setSyncAccount(account);

    MainWindow w(*p.engine);
    showActive(w);
    StatusPill *pill = w.statusPill();
    SyncEngine &sync = p.engine->sync();
    sync.setOfflineProbeInterval(60 * 60 * 1000);
    REQUIRE(sync.isOnline());
    // The feeds answered once, so there is a cache to show.
    w.refreshAll();
    REQUIRE(waitUntil([&] { return sync.isOnline() && !sync.isBusy(); }, 30000));
    CHECK_FALSE(pill->text().contains(QStringLiteral("Offline")));

    // Then the server drops every connection: the fetches end in network
    // errors, as they do when the network is gone.
    TestResponse dropped;
    dropped.behaviour = TestResponse::Behaviour::CloseWithoutResponse;
    for (const QByteArray &path : feeds)
        server.route(path, dropped);
    w.refreshAll();
    REQUIRE(waitUntil([&] { return !sync.isOnline() && !sync.isBusy(); }, 30000));
    REQUIRE(waitUntil([&] { return pill->text().contains(QStringLiteral("Offline")); }));
    CHECK(pill->text().contains(QStringLiteral("cached")));
    CHECK(pill->isVisible());
    CHECK(pill->tone() == StatusPill::Tone::Warning);

    // Links saved while offline are queued for the server; the pill counts them.
    saveLink(*p.engine, QStringLiteral("http://127.0.0.1:9/offline/1"), { QStringLiteral("later") });
    saveLink(*p.engine, QStringLiteral("http://127.0.0.1:9/offline/2"), { QStringLiteral("later") });
    REQUIRE(p.engine->outboxStore().pendingCount() == 2);
    REQUIRE(waitUntil([&] { return pill->text().contains(QStringLiteral("2 waiting")); }));
    CHECK(pill->text().contains(QStringLiteral("Offline")));
    CHECK(pill->tone() == StatusPill::Tone::Warning);
    CHECK(pill->isVisible());
    // A click on it opens the outbox.
    CHECK(pill->cursor().shape() == Qt::PointingHandCursor);

    // The feeds answer again: online, and the pill says so.
    for (const QByteArray &path : feeds)
        server.route(path, TestResponse::ok(rss(path.mid(1, 1))));
    w.refreshAll();
    REQUIRE(waitUntil([&] { return sync.isOnline() && !sync.isBusy(); }, 30000));
    REQUIRE(waitUntil([&] { return !pill->text().contains(QStringLiteral("Offline")); }));
    CHECK(pill->tone() != StatusPill::Tone::Warning);
    // What waited goes out now. This account has no API secret in the
    // keychain, so the server is never asked and both changes are refused;
    // the pill counts them. (Waiting for that also lets the keychain reads
    // end before the profile closes.)
    REQUIRE(waitUntil(
        [&] { return p.engine->outboxStore().inState(OutboxEntry::State::Failed).size() == 2; }, 30000));
    REQUIRE(waitUntil([&] { return pill->tone() == StatusPill::Tone::Error; }));
    CHECK(pill->text().contains(QStringLiteral("2 changes")));
    CHECK_FALSE(pill->text().contains(QStringLiteral("Offline")));
}
