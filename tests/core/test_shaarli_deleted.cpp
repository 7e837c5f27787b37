// Links deleted on a real Shaarli leave the library on the next pull, but
// only once the server's whole list was read, never a link with a change of
// ours still owed to the server (that one is kept and created again there).

#include "test_shaarli_support.h"

using namespace gilde;
using namespace gilde::test;

namespace
{

/// Three links saved on the server and pulled into the library.
struct PulledThree {
    QStringList urls { QStringLiteral("https://example.org/one"), QStringLiteral("https://example.org/two"),
        QStringLiteral("https://example.org/three") };
    QList<qint64> remoteIds;

    explicit PulledThree(ShaarliEnv &env)
    {
        for (const QString &url : urls) {
            remoteIds << env.server.addLink(url, url.section(u'/', -1), QStringLiteral("note"), {});
            REQUIRE(remoteIds.last() >= 0);
        }
        const ShaarliPullSummary s = env.pull();
        INFO(s.error.toStdString());
        REQUIRE(s.ok());
        REQUIRE(s.added == 3);
        for (int i = 0; i < 3; ++i)
            REQUIRE(env.links.byUrl(QUrl(urls[i]))->remoteId == QString::number(remoteIds[i]));
    }
};

} // namespace

TEST_CASE("Shaarli: a link deleted on the server leaves the library on the next pull", "[shaarli]")
{
    ShaarliEnv env;
    env.connect();
    const PulledThree three(env);

    REQUIRE(env.deleteOnServer(three.remoteIds[1]));
    ShaarliPullSummary s = env.pull();
    INFO(s.error.toStdString());
    REQUIRE(s.ok());
    CHECK(s.seen == 2);
    CHECK(s.removed == 1);
    CHECK(s.kept == 0);
    CHECK_FALSE(env.links.byUrl(QUrl(three.urls[1])));
    CHECK(env.links.byUrl(QUrl(three.urls[0])));
    CHECK(env.links.byUrl(QUrl(three.urls[2])));
    // Not echoed back as a delete, nor as anything else.
    CHECK(env.entries().isEmpty());

    s = env.pull();
    CHECK(s.removed == 0);
    CHECK(env.links.all().size() == 2);

    // None of the synced links there any more looks like another Shaarli: kept.
    REQUIRE(env.deleteOnServer(three.remoteIds[0]));
    REQUIRE(env.deleteOnServer(three.remoteIds[2]));
    s = env.pull();
    REQUIRE(s.ok());
    CHECK(s.removed == 0);
    CHECK(env.links.all().size() == 2);
    REQUIRE(s.messages.size() == 1);
    CHECK(s.messages.first()
        == QStringLiteral("None of the 2 links synced before is on this Shaarli: "
                          "nothing was removed here."));
}

TEST_CASE("Shaarli: a link edited here and deleted on the server is kept and created again", "[shaarli]")
{
    ShaarliEnv env;
    env.connect();
    const PulledThree three(env);
    const qint64 id = env.links.byUrl(QUrl(three.urls[0]))->id;
    const qint64 untouched = env.links.byUrl(QUrl(three.urls[1]))->id;

    SECTION("the edit still waits in the outbox")
    {
        env.outbox.setOnline(false);
        Link edited = env.link(id);
        edited.note = QStringLiteral("edited in Gilde");
        REQUIRE(env.library.save(edited).error.isEmpty());
        REQUIRE(env.entries().size() == 1);
    }
    SECTION("the edit was made while the library was not synced")
    {
        env.library.setSyncAccount(0);
        Link edited = env.link(id);
        edited.note = QStringLiteral("edited in Gilde");
        edited.updatedMs = edited.remoteUpdatedMs + 5000; // a later second than the last sync
        REQUIRE(env.library.save(edited).error.isEmpty());
        env.library.setSyncAccount(env.account);
        REQUIRE(env.entries().isEmpty());
    }
    REQUIRE(env.deleteOnServer(three.remoteIds[0]));
    REQUIRE(env.deleteOnServer(three.remoteIds[1]));

    const ShaarliPullSummary s = env.pull();
    INFO(s.error.toStdString());
    REQUIRE(s.ok());
    CHECK(s.removed == 1);
    CHECK(s.kept == 1);
    CHECK_FALSE(env.links.byId(untouched));
    REQUIRE(env.links.byId(id));
    CHECK(env.link(id).note == QStringLiteral("edited in Gilde"));

    env.outbox.setOnline(true);
    REQUIRE(env.settle());
    for (const OutboxEntry &e : env.entries()) {
        INFO(e.lastError.toStdString());
        CHECK(e.state == OutboxEntry::State::Sent);
    }
    const auto there = env.onServer(three.urls[0]);
    REQUIRE(there.size() == 1);
    CHECK(there.first().value(QLatin1String("description")).toString() == QStringLiteral("edited in Gilde"));
    const qint64 newId = there.first().value(QLatin1String("id")).toInteger();
    CHECK(newId != three.remoteIds[0]);
    CHECK(env.link(id).remoteId == QString::number(newId));

    // Back in step: the next pull keeps it and removes nothing.
    const ShaarliPullSummary again = env.pull();
    CHECK(again.removed == 0);
    CHECK(again.kept == 0);
    CHECK(env.links.byId(id));
}

TEST_CASE("Shaarli: a pull whose listing fails part way removes nothing", "[shaarli]")
{
    ShaarliEnv env;
    FaultProxy proxy(env.server.port());
    REQUIRE(proxy.listen());
    env.connect(proxy.url());
    env.sync.setPageSize(2);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids << env.server.addLink(
            QStringLiteral("https://blog.example/post-%1").arg(i), QStringLiteral("Post %1").arg(i), {}, {});
        REQUIRE(ids.last() >= 0);
    }
    REQUIRE(env.pull().added == 5);
    // The oldest is on the last page: a listing cut short never shows it.
    REQUIRE(env.deleteOnServer(ids[0]));
    REQUIRE(env.deleteOnServer(ids[1]));

    std::optional<ShaarliPullSummary> cut;
    // The first page passes, every later request fails.
    proxy.setModeAfter(1, FaultProxy::Mode::Answer500);
    env.sync.pull(env.account, [&](const ShaarliPullSummary &s) { cut = s; });
    REQUIRE(waitUntil([&] { return cut.has_value(); }, 30000));
    CHECK(proxy.faults() > 0);
    CHECK_FALSE(cut->ok());
    CHECK(cut->removed == 0);
    CHECK(env.links.all().size() == 5);

    proxy.setMode(FaultProxy::Mode::Pass);
    const ShaarliPullSummary whole = env.pull();
    REQUIRE(whole.ok());
    CHECK(whole.removed == 2);
    CHECK(env.links.all().size() == 3);
}
