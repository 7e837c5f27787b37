// Read markers (/api/v1/markers): what another client of the account read
// shows read here, how far the user read here is told to the server, a
// marker never moves back, two updates that meet (409) are settled, and a
// server without markers is left alone.
#include "MastodonProfile.h"
#include "sources/mastodon/MastodonAccountSetup.h"
#include "sources/mastodon/MastodonMarkers.h"
#include "store/SourceStore.h"

#include <QUrlQuery>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct MarkedProfile : MastodonProfile {
    qint64 accountId = 0;
    qint64 home = 0;
    qint64 notifications = 0;

    MarkedProfile()
    {
        server.setTimeline("/api/v1/timelines/home", 20); // ids 1000 to 1019
        server.setNotifications(); // ids 496 to 500
        const Accounts::AddResult added = addAccount(server.token());
        REQUIRE(added.id > 0);
        accountId = added.id;
        QList<qint64> sources;
        mastodon::addAccountTab(engine->subscriptions(), engine->columns(), added.account, &sources);
        for (qint64 id : sources) {
            const auto timeline = MastodonTimeline::fromSourceUrl(engine->sources().byId(id)->url);
            REQUIRE(timeline);
            if (timeline->kind == MastodonTimeline::Kind::Home)
                home = id;
            else if (timeline->kind == MastodonTimeline::Kind::Notifications)
                notifications = id;
        }
        REQUIRE(home > 0);
        REQUIRE(notifications > 0);
        refresh(sources);
        REQUIRE(itemsOf(home) == 20);
        REQUIRE(itemsOf(notifications) == 5);
    }

    void sync()
    {
        QSignalSpy synced(&engine->markers(), &MastodonMarkers::synced);
        engine->markers().sync(accountId);
        REQUIRE(waitUntil([&] { return synced.count() > 0; }, 10000));
    }

    int unreadOf(qint64 source)
    {
        int unread = 0;
        for (const Item &item : listOf(source))
            unread += item.read ? 0 : 1;
        return unread;
    }

    int markerRequests()
    {
        int n = 0;
        for (const TestRequest &r : server.http().requests())
            n += r.path.startsWith("/api/v1/markers") ? 1 : 0;
        return n;
    }

    void read(qint64 source, const QStringList &remoteIds)
    {
        for (const Item &item : listOf(source)) {
            if (remoteIds.contains(item.remoteId))
                REQUIRE(engine->items().setRead(item.id, true));
        }
    }
};

} // namespace

TEST_CASE("Read markers: read elsewhere shows read, read here is told, never backwards", "[mastodon][markers]")
{
    MarkedProfile env;
    QSignalSpy changed(&env.engine->markers(), &MastodonMarkers::readChanged);

    // Nothing read anywhere: nothing to tell.
    env.sync();
    CHECK(env.server.markerUpdates() == 0);
    CHECK(env.unreadOf(env.home) == 20);

    // Read on the phone: Home up to 1009, notifications up to 498.
    env.server.setMarker(QStringLiteral("home"), QStringLiteral("1009"));
    env.server.setMarker(QStringLiteral("notifications"), QStringLiteral("498"));
    env.sync();
    CHECK(env.unreadOf(env.home) == 10);
    CHECK(env.unreadOf(env.notifications) == 2);
    REQUIRE(changed.count() == 2);
    CHECK(env.server.markerUpdates() == 0); // Gilde is not ahead

    // Read here: 1010 to 1013 in order, and 1016 out of it. The marker
    // stops below the oldest unread post.
    env.read(env.home, { "1010", "1011", "1012", "1013", "1016" });
    env.sync();
    CHECK(env.server.marker(QStringLiteral("home")).lastReadId == QStringLiteral("1013"));
    CHECK(env.server.marker(QStringLiteral("notifications")).lastReadId == QStringLiteral("498"));
    CHECK(env.server.markerUpdates() == 1);
    const QList<TestRequest> posts = [&] {
        QList<TestRequest> list;
        for (const TestRequest &r : env.server.http().requests("/api/v1/markers")) {
            if (r.method == "POST")
                list << r;
        }
        return list;
    }();
    REQUIRE(posts.size() == 1);
    CHECK(posts.first().header("authorization") == "Bearer " + env.server.token().toUtf8());
    const QUrlQuery form(QString::fromUtf8(posts.first().body));
    CHECK(form.queryItemValue(QStringLiteral("home[last_read_id]")) == QStringLiteral("1013"));
    CHECK_FALSE(form.hasQueryItem(QStringLiteral("notifications[last_read_id]")));

    // Two updates meet: the server says 409; Gilde asks again and tells again.
    env.server.setMarkerConflicts(1);
    env.read(env.home, { "1014", "1015" });
    env.sync();
    CHECK(env.server.marker(QStringLiteral("home")).lastReadId == QStringLiteral("1016"));

    // The phone is further still: the marker is never set back.
    env.server.setMarker(QStringLiteral("home"), QStringLiteral("1018"));
    env.read(env.home, { "1017" });
    const int updates = env.server.markerUpdates();
    env.sync();
    CHECK(env.server.markerUpdates() == updates);
    CHECK(env.server.marker(QStringLiteral("home")).lastReadId == QStringLiteral("1018"));
    CHECK(env.unreadOf(env.home) == 1);

    // Notifications read here go out too.
    env.read(env.notifications, { "499", "500" });
    env.sync();
    CHECK(env.server.marker(QStringLiteral("notifications")).lastReadId == QStringLiteral("500"));
}

TEST_CASE("Read markers come with a refresh of Home, and a server without them is left alone", "[mastodon][markers]")
{
    MarkedProfile env;
    env.server.setMarker(QStringLiteral("home"), QStringLiteral("1019"));
    env.engine->markers().start(3600000);
    QSignalSpy synced(&env.engine->markers(), &MastodonMarkers::synced);
    env.refresh({ env.home });
    REQUIRE(waitUntil([&] { return synced.count() > 0; }, 10000));
    CHECK(env.unreadOf(env.home) == 0);

    // A server that has no markers (404): asked once, then not again this run.
    MarkedProfile bare;
    TestResponse notFound;
    notFound.status = 404;
    notFound.body = R"({"error":"Not found"})";
    bare.server.setFault("/api/v1/markers", notFound);
    bare.read(bare.home, { "1000" });
    bare.sync();
    CHECK(bare.markerRequests() == 1);
    bare.sync();
    CHECK(bare.markerRequests() == 1);
    CHECK(bare.unreadOf(bare.home) == 19);
}
