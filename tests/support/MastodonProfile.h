#pragma once

#include "Engine.h"
#include "MastodonServer.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "model/Column.h"
#include "sources/feeds/Subscriptions.h"
#include "sources/mastodon/MastodonTimeline.h"
#include "store/ItemStore.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace gilde::test
{

/// A profile on disk with its engine, and a scripted Mastodon server on
/// 127.0.0.1: what the Mastodon tests of the engine start from. Accounts
/// added go from the keychain with it.
struct MastodonProfile {
    MastodonServer server;
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;

    MastodonProfile()
    {
        REQUIRE(server.listen());
        REQUIRE(dir.isValid());
        Engine::Opened opened = Engine::open(dir.path());
        REQUIRE(opened.engine);
        engine = std::move(opened.engine);
        engine->accounts().setTimeoutMs(5000);
    }

    ~MastodonProfile()
    {
        // The keychain outlives the test: its secrets go with it.
        for (const Account &a : engine->accounts().all()) {
            bool done = false;
            engine->accounts().remove(a.id, [&](bool, const QString &) { done = true; });
            waitUntil([&] { return done; });
        }
    }

    Accounts::AddResult addAccount(const QString &token)
    {
        std::optional<Accounts::AddResult> result;
        engine->accounts().addMastodon(server.server(), token, [&](const Accounts::AddResult &r) { result = r; });
        REQUIRE(waitUntil([&] { return result.has_value(); }, 10000));
        return *result;
    }

    /// Follows one of the server's timelines as the account (0: as anyone), without refreshing it.
    qint64 follow(MastodonTimeline::Kind kind, qint64 accountId, const QString &arg = {})
    {
        MastodonTimeline timeline;
        timeline.kind = kind;
        timeline.server = server.server();
        timeline.accountId = accountId;
        timeline.arg = arg;
        const qint64 id = engine->subscriptions().subscribe(
            timeline.sourceUrl(), timeline.title(), {}, QStringLiteral("mastodon"));
        REQUIRE(id > 0);
        return id;
    }

    /// Follows the server's public hashtag timeline, as anyone, and refreshes it.
    qint64 followHashtag(const QString &tag)
    {
        MastodonTimeline timeline;
        timeline.kind = MastodonTimeline::Kind::Hashtag;
        timeline.server = server.server();
        timeline.arg = tag;
        const qint64 id = engine->subscriptions().subscribe(
            timeline.sourceUrl(), u'#' + tag, {}, QStringLiteral("mastodon"));
        REQUIRE(id > 0);
        refresh({ id });
        return id;
    }

    void refresh(const QList<qint64> &ids)
    {
        QSignalSpy finished(&engine->sync(), &SyncEngine::refreshFinished);
        engine->sync().refresh(ids);
        REQUIRE(waitUntil([&] { return finished.count() > 0; }, 10000));
    }

    /// A source's cached items, newest first, as its column lists them.
    QList<Item> listOf(qint64 sourceId)
    {
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Source;
        spec.sourceId = sourceId;
        return engine->items().page(spec, {}, 1000);
    }

    int itemsOf(qint64 sourceId) { return int(listOf(sourceId).size()); }
};

} // namespace gilde::test
