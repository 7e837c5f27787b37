// "Read later" has no field in Shaarli: it travels as the tag "toread", to a
// real Shaarli and back, and never shows as a tag of the library.

#include "test_shaarli_support.h"

using namespace gilde;
using namespace gilde::test;

TEST_CASE(
    "Shaarli: read later goes to the server as the tag toread, clearing it removes the tag", "[shaarli]")
{
    ShaarliEnv env;
    env.connect();
    Link l;
    l.url = QUrl(QStringLiteral("https://example.org/long-read"));
    l.title = QStringLiteral("Long read");
    l.tags = { QStringLiteral("essays") };
    l.readLater = true;
    const auto saved = env.library.save(l);
    REQUIRE(saved.error.isEmpty());
    REQUIRE(env.settle());
    const qint64 remoteId = env.link(saved.id).remoteId.toLongLong();
    REQUIRE(remoteId >= 0);
    CHECK(tagsOf(env.server.link(remoteId))
        == QStringList { QStringLiteral("essays"), QStringLiteral("toread") });
    CHECK(env.link(saved.id).tags == QStringList { QStringLiteral("essays") });
    CHECK(env.link(saved.id).readLater);

    // Read: the flag goes, and so does the tag there; the other tags stay.
    Link read = env.link(saved.id);
    read.readLater = false;
    read.updatedMs = 0;
    REQUIRE(env.library.save(read).error.isEmpty());
    REQUIRE(env.settle());
    for (const OutboxEntry &e : env.entries())
        CHECK(e.state == OutboxEntry::State::Sent);
    CHECK(tagsOf(env.server.link(remoteId)) == QStringList { QStringLiteral("essays") });

    // Nothing to take from the server afterwards: the flag stays cleared.
    const ShaarliPullSummary s = env.pull();
    REQUIRE(s.ok());
    CHECK(s.updated == 0);
    CHECK_FALSE(env.link(saved.id).readLater);
    CHECK(env.link(saved.id).tags == QStringList { QStringLiteral("essays") });
}

TEST_CASE("Shaarli: a link tagged toread on the server is read later in the library", "[shaarli]")
{
    ShaarliEnv env;
    env.connect();
    const QString url = QStringLiteral("https://example.org/later");
    const qint64 remoteId = env.server.addLink(
        url, QStringLiteral("Later"), {}, { QStringLiteral("toread"), QStringLiteral("news") });
    REQUIRE(remoteId >= 0);
    ShaarliPullSummary s = env.pull();
    REQUIRE(s.ok());
    REQUIRE(s.added == 1);
    auto pulled = env.links.byUrl(QUrl(url));
    REQUIRE(pulled);
    CHECK(pulled->readLater);
    CHECK(pulled->tags == QStringList { QStringLiteral("news") });
    CHECK(env.links.tags() == QList<TagCount> { { QStringLiteral("news"), 1 } });
    CHECK(env.entries().isEmpty()); // not echoed back

    // Read on the server (its tag removed there): read here too.
    REQUIRE(env.server.editLink(
        remoteId, QJsonObject { { QStringLiteral("tags"), QJsonArray { QStringLiteral("news") } } }));
    s = env.pull();
    CHECK(s.updated == 1);
    CHECK_FALSE(env.links.byUrl(QUrl(url))->readLater);

    // The tag in another spelling is the same flag.
    REQUIRE(env.server.editLink(remoteId,
        QJsonObject {
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("ToRead"), QStringLiteral("news") } } }));
    s = env.pull();
    CHECK(s.updated == 1);
    pulled = env.links.byUrl(QUrl(url));
    CHECK(pulled->readLater);
    CHECK(pulled->tags == QStringList { QStringLiteral("news") });
    CHECK(env.entries().isEmpty());
}

TEST_CASE("Shaarli: a read-later link synced without the tag gets it on the next pull", "[shaarli]")
{
    ShaarliEnv env;
    env.connect();
    const qint64 id = env.save(QStringLiteral("https://example.org/older-sync"), QStringLiteral("Older"), {},
        { QStringLiteral("misc") });
    REQUIRE(env.settle());
    const qint64 remoteId = env.link(id).remoteId.toLongLong();
    // As a version that kept the flag to itself left it: set here, never sent.
    Link flagged = env.link(id);
    flagged.readLater = true;
    flagged.updatedMs = flagged.remoteUpdatedMs + 1500;
    REQUIRE(env.links.save(flagged).ok);
    REQUIRE(env.entries().size() == 1);

    const ShaarliPullSummary s = env.pull();
    REQUIRE(s.ok());
    CHECK(s.updated == 0);
    CHECK(env.link(id).readLater); // not cleared by the server's silence
    REQUIRE(env.entries().size() == 2);
    REQUIRE(env.settle());
    CHECK(tagsOf(env.server.link(remoteId))
        == QStringList { QStringLiteral("misc"), QStringLiteral("toread") });
    CHECK(env.link(id).readLater);
    CHECK(env.pull().updated == 0);
    CHECK(env.entries().size() == 2);
}
