// Sync with a real Shaarli: saves and edits go through the outbox, links
// saved on the server come in by pull, a resend after a crash finds what the
// first attempt created, and changes on both sides are merged.

#include "test_shaarli_support.h"

using namespace gilde;
using namespace gilde::test;

TEST_CASE("Shaarli: a link saved in Gilde reaches the server, an edit is PUT", "[shaarli]")
{
    ShaarliEnv env;
    env.connect();
    const qint64 id = env.save(QStringLiteral("https://Example.org/articles/rust/?utm_source=feed"),
        QStringLiteral("Rust ownership"), QStringLiteral("Read twice."),
        { QStringLiteral("rust"), QStringLiteral("learning") }, minutesAgo(10));
    REQUIRE(env.entries().size() == 1);
    CHECK(env.entries().first().action == QStringLiteral("shaarli.save"));

    REQUIRE(env.settle());
    const OutboxEntry sent = env.entries().first();
    INFO(sent.lastError.toStdString());
    REQUIRE(sent.state == OutboxEntry::State::Sent);

    // The normalized address, with its title, note and tags.
    const auto there = env.onServer(QStringLiteral("https://example.org/articles/rust"));
    REQUIRE(there.size() == 1);
    const QJsonObject remote = there.first();
    CHECK(remote.value(QLatin1String("title")).toString() == QStringLiteral("Rust ownership"));
    CHECK(remote.value(QLatin1String("description")).toString() == QStringLiteral("Read twice."));
    CHECK(tagsOf(remote) == QStringList { QStringLiteral("learning"), QStringLiteral("rust") });
    CHECK_FALSE(remote.value(QLatin1String("private")).toBool());
    const QString remoteId = QString::number(remote.value(QLatin1String("id")).toInteger());
    CHECK(sent.remoteId == remoteId);
    CHECK(env.link(id).remoteId == remoteId);
    CHECK(env.link(id).remoteUpdatedMs > 0);

    // An edit goes to the same link on the server.
    Link edited = env.link(id);
    edited.note = QStringLiteral("Read three times.");
    edited.tags << QStringLiteral("systems");
    edited.isPrivate = true;
    edited.updatedMs = 0;
    REQUIRE(env.library.save(edited).error.isEmpty());
    REQUIRE(env.settle());
    for (const OutboxEntry &e : env.entries())
        CHECK(e.state == OutboxEntry::State::Sent);
    REQUIRE(env.server.links().size() == 1);
    const QJsonObject after = env.server.link(remote.value(QLatin1String("id")).toInteger());
    CHECK(after.value(QLatin1String("description")).toString() == QStringLiteral("Read three times."));
    CHECK(tagsOf(after)
        == QStringList { QStringLiteral("learning"), QStringLiteral("rust"), QStringLiteral("systems") });
    CHECK(after.value(QLatin1String("private")).toBool());
    CHECK(env.merges.isEmpty());
}

TEST_CASE("Shaarli: deleting in Gilde deletes on the server", "[shaarli]")
{
    ShaarliEnv env;
    env.connect();
    const qint64 keep = env.save(QStringLiteral("https://example.org/keep"), QStringLiteral("Keep"), {}, {});
    const qint64 drop = env.save(QStringLiteral("https://example.org/drop"), QStringLiteral("Drop"), {}, {});
    REQUIRE(env.settle());
    REQUIRE(env.server.links().size() == 2);
    REQUIRE(env.library.remove(drop));
    REQUIRE(env.settle());
    const auto left = env.server.links();
    REQUIRE(left.size() == 1);
    CHECK(left.first().value(QLatin1String("url")).toString() == QStringLiteral("https://example.org/keep"));
    CHECK(env.link(keep).remoteId == QString::number(left.first().value(QLatin1String("id")).toInteger()));
}

TEST_CASE("Shaarli: links saved on the server come into the library by pull, page by page", "[shaarli]")
{
    ShaarliEnv env;
    env.connect();
    env.sync.setPageSize(2);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids << env.server.addLink(QStringLiteral("https://blog.example/post-%1").arg(i),
            QStringLiteral("Post %1").arg(i), QStringLiteral("Note %1").arg(i),
            { QStringLiteral("Reading"), QStringLiteral("n%1").arg(i) });
        REQUIRE(ids.last() >= 0);
    }
    ShaarliPullSummary s = env.pull();
    INFO(s.error.toStdString());
    REQUIRE(s.ok());
    CHECK(s.seen == 5);
    CHECK(s.added == 5);
    CHECK(s.updated == 0);
    const auto three = env.links.byUrl(QUrl(QStringLiteral("https://blog.example/post-3")));
    REQUIRE(three.has_value());
    CHECK(three->title == QStringLiteral("Post 3"));
    CHECK(three->note == QStringLiteral("Note 3"));
    CHECK(three->tags == QStringList { QStringLiteral("n3"), QStringLiteral("reading") });
    CHECK(three->remoteId == QString::number(ids[3]));
    // Pulled links are not echoed back to the server.
    CHECK(env.entries().isEmpty());

    // Nothing changed: nothing to do.
    s = env.pull();
    CHECK(s.added == 0);
    CHECK(s.updated == 0);

    // An edit on the server is taken over.
    REQUIRE(env.server.editLink(ids[3],
        QJsonObject { { QStringLiteral("description"), QStringLiteral("Better note") },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("reading") } } }));
    s = env.pull();
    CHECK(s.updated == 1);
    CHECK(s.merged == 0);
    const auto edited = env.links.byUrl(QUrl(QStringLiteral("https://blog.example/post-3")));
    CHECK(edited->note == QStringLiteral("Better note"));
    CHECK(edited->tags == QStringList { QStringLiteral("reading") });
    CHECK(env.merges.isEmpty());
}

TEST_CASE("Shaarli: a resend after a crash finds the link instead of duplicating it", "[shaarli]")
{
    ShaarliEnv env;
    FaultProxy proxy(env.server.port());
    REQUIRE(proxy.listen());
    env.connect(proxy.url());
    const qint64 id = env.save(QStringLiteral("https://example.org/crash"), QStringLiteral("Crash"),
        QStringLiteral("note"), { QStringLiteral("resume") });
    {
        // The first run sends, the server stores the link, and the program
        // stops before the answer comes back through the slow proxy.
        Outbox first(env.outboxStore);
        ShaarliDeliverer firstDeliverer(env.accounts, env.links, env.http);
        first.registerDeliverer(QStringLiteral("shaarli."), &firstDeliverer);
        proxy.setDelay(1500);
        proxy.setMode(FaultProxy::Mode::Delay);
        first.start();
        REQUIRE(waitUntil([&] { return env.server.links().size() == 1; }, 20000));
    }
    REQUIRE(env.entries().first().state == OutboxEntry::State::Sending);
    CHECK(env.link(id).remoteId.isEmpty());

    proxy.setMode(FaultProxy::Mode::Pass);
    REQUIRE(env.settle());
    const OutboxEntry e = env.entries().first();
    INFO(e.lastError.toStdString());
    CHECK(e.state == OutboxEntry::State::Sent);
    const auto there = env.server.links();
    REQUIRE(there.size() == 1);
    CHECK(env.link(id).remoteId == QString::number(there.first().value(QLatin1String("id")).toInteger()));
    CHECK(env.merges.isEmpty());
}

TEST_CASE("Shaarli: a change on both sides keeps both tags and the newer note, and says so", "[shaarli]")
{
    ShaarliEnv env;
    env.connect();
    const QString url = QStringLiteral("https://example.org/conflict");
    const qint64 id = env.save(url, QStringLiteral("Conflict"), QStringLiteral("first note"),
        { QStringLiteral("shared") }, minutesAgo(30), minutesAgo(30));
    REQUIRE(env.settle());
    const qint64 remoteId = env.link(id).remoteId.toLongLong();

    SECTION("merged when the outbox sends the local edit")
    {
        // Gilde's edit (older) and the server's (newer) both change note and
        // tags. The server's comes first: the running outbox sends Gilde's at once.
        REQUIRE(env.server.editLink(remoteId,
            QJsonObject { { QStringLiteral("description"), QStringLiteral("note from the server") },
                { QStringLiteral("tags"),
                    QJsonArray { QStringLiteral("shared"), QStringLiteral("server") } } }));
        Link local = env.link(id);
        local.note = QStringLiteral("note from Gilde");
        local.tags << QStringLiteral("gilde");
        local.updatedMs = minutesAgo(5);
        REQUIRE(env.library.save(local).error.isEmpty());
        REQUIRE(env.settle());
    }
    SECTION("merged by a pull while the local edit waits")
    {
        env.outbox.setOnline(false);
        Link local = env.link(id);
        local.note = QStringLiteral("note from Gilde");
        local.tags << QStringLiteral("gilde");
        local.updatedMs = minutesAgo(5);
        REQUIRE(env.library.save(local).error.isEmpty());
        REQUIRE(env.server.editLink(remoteId,
            QJsonObject { { QStringLiteral("description"), QStringLiteral("note from the server") },
                { QStringLiteral("tags"),
                    QJsonArray { QStringLiteral("shared"), QStringLiteral("server") } } }));
        const ShaarliPullSummary s = env.pull();
        REQUIRE(s.ok());
        CHECK(s.merged == 1);
        REQUIRE(s.messages.size() == 1);
        CHECK(s.messages.first().contains(url));
        env.outbox.setOnline(true);
        REQUIRE(env.settle());
    }

    for (const OutboxEntry &e : env.entries())
        CHECK(e.state == OutboxEntry::State::Sent);
    const QStringList merged { QStringLiteral("gilde"), QStringLiteral("server"), QStringLiteral("shared") };
    CHECK(env.link(id).tags == merged);
    CHECK(env.link(id).note == QStringLiteral("note from the server"));
    const QJsonObject remote = env.server.link(remoteId);
    CHECK(tagsOf(remote) == merged);
    CHECK(remote.value(QLatin1String("description")).toString() == QStringLiteral("note from the server"));
    CHECK(env.server.links().size() == 1);
    REQUIRE_FALSE(env.merges.isEmpty());
    CHECK(env.merges.first()
        == QStringLiteral("Merged changes to %1: kept tags from both, the newer note from the server.")
               .arg(url));
}

TEST_CASE("Shaarli: a link saved on both sides before any sync is merged on first send", "[shaarli]")
{
    ShaarliEnv env;
    env.connect();
    const QString url = QStringLiteral("https://example.org/twice");
    const qint64 remoteId = env.server.addLink(
        url, QStringLiteral("Twice"), QStringLiteral("server says"), { QStringLiteral("server") });
    REQUIRE(remoteId >= 0);
    const qint64 id = env.save(url, QStringLiteral("Twice"), QStringLiteral("gilde says"),
        { QStringLiteral("gilde") }, minutesAgo(60), minutesAgo(60));
    REQUIRE(env.settle());
    CHECK(env.entries().first().state == OutboxEntry::State::Sent);
    CHECK(env.server.links().size() == 1);
    CHECK(env.link(id).remoteId == QString::number(remoteId));
    CHECK(env.link(id).tags == QStringList { QStringLiteral("gilde"), QStringLiteral("server") });
    CHECK(tagsOf(env.server.link(remoteId))
        == QStringList { QStringLiteral("gilde"), QStringLiteral("server") });
    CHECK(env.merges.size() == 1);
}
