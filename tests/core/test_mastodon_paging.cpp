// Timelines that page and show their gaps: the pure folding of pages into
// what the cache holds, that state on disk, and the whole engine against a
// scripted server on 127.0.0.1 (older pages by max_id, gaps filled by min_id,
// a server that ignores min_id, one without Link headers).
#include "Engine.h"
#include "MastodonServer.h"
#include "TestSupport.h"
#include "model/Column.h"
#include "sources/feeds/Subscriptions.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "store/TimelineStore.h"
#include "sync/SyncEngine.h"
#include "sync/TimelinePaging.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

PageReport page(PageRequest::Direction direction, const QString &newest, const QString &oldest, int count,
    const QString &cursor = {}, bool moreOlder = true)
{
    PageReport p;
    p.present = true;
    p.direction = int(direction);
    p.cursor = cursor;
    p.newest = newest;
    p.oldest = oldest;
    p.count = count;
    p.oldestMs = oldest.toLongLong() * 1000;
    p.moreOlder = moreOlder && count > 0;
    return p;
}

using D = PageRequest::Direction;

} // namespace

TEST_CASE("Timeline paging: a newest page that does not reach the cache leaves a gap", "[mastodon][paging]")
{
    TimelineState state;
    foldPage(state, page(D::Newest, QStringLiteral("139"), QStringLiteral("100"), 40));
    CHECK(state.newest == QStringLiteral("139"));
    CHECK(state.oldest == QStringLiteral("100"));
    CHECK(state.gaps.isEmpty());

    // Overlapping the cache: contiguous.
    foldPage(state, page(D::Newest, QStringLiteral("150"), QStringLiteral("111"), 40));
    CHECK(state.newest == QStringLiteral("150"));
    CHECK(state.gaps.isEmpty());

    // Forty new ones, all above what the cache has: posts in between were missed.
    foldPage(state, page(D::Newest, QStringLiteral("1000"), QStringLiteral("961"), 40));
    REQUIRE(state.gaps.size() == 1);
    CHECK(state.gaps[0].newer == QStringLiteral("961"));
    CHECK(state.gaps[0].older == QStringLiteral("150"));
    CHECK(state.gaps[0].atMs == 961000);
    CHECK(state.newest == QStringLiteral("1000"));
    REQUIRE(nextGapRequest(state));
    CHECK(nextGapRequest(state)->direction == D::Fill);
    CHECK(nextGapRequest(state)->cursor == QStringLiteral("150"));

    // Filling from below: the gap shrinks, then closes where it meets the page above.
    foldPage(state, page(D::Fill, QStringLiteral("190"), QStringLiteral("151"), 40, QStringLiteral("150")));
    REQUIRE(state.gaps.size() == 1);
    CHECK(state.gaps[0].older == QStringLiteral("190"));
    CHECK(state.gaps[0].newer == QStringLiteral("961"));
    foldPage(state, page(D::Fill, QStringLiteral("961"), QStringLiteral("922"), 40, QStringLiteral("190")));
    CHECK(state.gaps.isEmpty());
    CHECK_FALSE(nextGapRequest(state));
}

TEST_CASE("Timeline paging: a fill that meets the page above closes the gap; an empty one too", "[mastodon][paging]")
{
    TimelineState state { QStringLiteral("1000"), QStringLiteral("100"), false,
        { TimelineGap { 0, QStringLiteral("961"), QStringLiteral("150"), 1, false } } };
    TimelineState met = state;
    foldPage(met, page(D::Fill, QStringLiteral("965"), QStringLiteral("151"), 40, QStringLiteral("150")));
    CHECK(met.gaps.isEmpty());

    TimelineState empty = state;
    foldPage(empty, page(D::Fill, {}, {}, 0, QStringLiteral("150")));
    CHECK(empty.gaps.isEmpty());

    // An answer for a gap that is no longer there changes nothing.
    TimelineState stale = state;
    foldPage(stale, page(D::Fill, QStringLiteral("300"), QStringLiteral("261"), 40, QStringLiteral("7")));
    CHECK(stale == state);
}

TEST_CASE("Timeline paging: a server that answers min_id with its newest page is filled from above",
    "[mastodon][paging]")
{
    TimelineState state { QStringLiteral("1000"), QStringLiteral("100"), false,
        { TimelineGap { 0, QStringLiteral("961"), QStringLiteral("150"), 961000, false } } };
    foldPage(state, page(D::Fill, QStringLiteral("1000"), QStringLiteral("961"), 40, QStringLiteral("150")));
    REQUIRE(state.gaps.size() == 1);
    CHECK(state.gaps[0].downward);
    REQUIRE(nextGapRequest(state));
    CHECK(nextGapRequest(state)->direction == D::FillDown);
    CHECK(nextGapRequest(state)->cursor == QStringLiteral("961"));

    foldPage(state, page(D::FillDown, QStringLiteral("960"), QStringLiteral("921"), 40, QStringLiteral("961")));
    REQUIRE(state.gaps.size() == 1);
    CHECK(state.gaps[0].newer == QStringLiteral("921"));
    CHECK(state.gaps[0].atMs == 921000); // the row moves down with what was filled
    foldPage(state, page(D::FillDown, QStringLiteral("920"), QStringLiteral("140"), 40, QStringLiteral("921")));
    CHECK(state.gaps.isEmpty());
}

TEST_CASE("Timeline paging: older pages move the bottom until the server has no more", "[mastodon][paging]")
{
    TimelineState state;
    foldPage(state, page(D::Newest, QStringLiteral("139"), QStringLiteral("100"), 40));
    foldPage(state, page(D::Older, QStringLiteral("99"), QStringLiteral("60"), 40, QStringLiteral("100")));
    CHECK(state.oldest == QStringLiteral("60"));
    CHECK_FALSE(state.endReached);
    // A late answer to a request the cache has moved past is ignored.
    foldPage(state, page(D::Older, QStringLiteral("99"), QStringLiteral("60"), 40, QStringLiteral("100")));
    CHECK(state.oldest == QStringLiteral("60"));
    foldPage(state, page(D::Older, {}, {}, 0, QStringLiteral("60")));
    CHECK(state.endReached);
    CHECK(state.oldest == QStringLiteral("60"));
}

TEST_CASE("Timeline paging: ids order as numbers, and ULIDs as text", "[mastodon][paging]")
{
    CHECK(compareIds(QStringLiteral("99"), QStringLiteral("100")) < 0);
    CHECK(compareIds(QStringLiteral("109876543210987654321"), QStringLiteral("99999999999999999999")) > 0);
    CHECK(compareIds(QStringLiteral("01HQ8Z0000AAAA"), QStringLiteral("01HQ8Z0000AAAB")) < 0);
    CHECK(compareIds(QStringLiteral("7"), QStringLiteral("7")) == 0);
    // Only ASCII digits are digits: an Arabic-Indic "٣" is text.
    CHECK(compareIds(QStringLiteral("5"), QString::fromUtf8("\u0663")) < 0);
}

TEST_CASE("Timeline store: the state and its gaps survive a reopen and go with their source", "[mastodon][paging][store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    qint64 source = 0;
    const TimelineState state { QStringLiteral("1000"), QStringLiteral("100"), true,
        { TimelineGap { 0, QStringLiteral("961"), QStringLiteral("500"), 961000, false },
            TimelineGap { 0, QStringLiteral("400"), QStringLiteral("150"), 400000, true } } };
    {
        Engine::Opened opened = Engine::open(dir.path());
        REQUIRE(opened.engine);
        source = opened.engine->subscriptions().subscribe(
            QUrl(QStringLiteral("https://example.test/api/v1/timelines/public?local=true")), QStringLiteral("Local"), {},
            QStringLiteral("mastodon"));
        REQUIRE(source > 0);
        CHECK(opened.engine->timelines().state(source).isEmpty());
        REQUIRE(opened.engine->timelines().save(source, state));
    }
    Engine::Opened again = Engine::open(dir.path());
    REQUIRE(again.engine);
    TimelineState read = again.engine->timelines().state(source);
    REQUIRE(read.gaps.size() == 2);
    for (TimelineGap &g : read.gaps)
        g.id = 0;
    CHECK(read == state);
    CHECK(again.engine->timelines().gaps({ source }).size() == 2);

    REQUIRE(again.engine->subscriptions().unsubscribe(source));
    CHECK(again.engine->timelines().state(source).isEmpty());
    CHECK(again.engine->timelines().gaps({ source }).isEmpty());
}

namespace
{

struct PagingEnv {
    MastodonServer server;
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
    qint64 source = 0;
    QByteArray path = "/api/v1/timelines/tag/gilde";

    PagingEnv()
    {
        REQUIRE(server.listen());
        REQUIRE(dir.isValid());
        Engine::Opened opened = Engine::open(dir.path());
        REQUIRE(opened.engine);
        engine = std::move(opened.engine);
        QUrl api = server.url(QString::fromUtf8(path));
        source = engine->subscriptions().subscribe(api, QStringLiteral("#gilde"), {}, QStringLiteral("mastodon"));
        REQUIRE(source > 0);
    }

    RefreshSummary last;

    void run(const std::function<void()> &start)
    {
        std::optional<RefreshSummary> done;
        auto c = QObject::connect(&engine->sync(), &SyncEngine::refreshFinished,
            [&](const RefreshSummary &summary) { done = summary; });
        start();
        const bool finished = waitUntil([&] { return done.has_value(); }, 20000);
        QObject::disconnect(c);
        REQUIRE(finished);
        last = *done;
    }
    void refresh() { run([&] { engine->sync().refresh({ source }); }); }

    QStringList ids()
    {
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Source;
        spec.sourceId = source;
        QStringList out;
        for (const Item &item : engine->items().page(spec, {}, 5000))
            out << item.remoteId;
        return out;
    }
    /// Every id from `first` to `last`, each once.
    bool holdsAll(qint64 first, qint64 last)
    {
        QStringList have = ids();
        have.sort();
        QStringList want;
        for (qint64 id = first; id <= last; ++id)
            want << QString::number(id);
        want.sort();
        return have == want;
    }
    QList<QByteArray> queries()
    {
        QList<QByteArray> out;
        for (const TestRequest &r : server.http().requests()) {
            if (r.path.startsWith(path))
                out << r.path.mid(path.size());
        }
        return out;
    }
};

} // namespace

TEST_CASE("Mastodon paging: a refresh that finds more than a page fills the gap with min_id, exactly once each",
    "[mastodon][paging][engine]")
{
    PagingEnv env;
    env.server.setTimeline(env.path, 40, 1000); // ids 1000..1039
    env.refresh();
    CHECK(env.holdsAll(1000, 1039));
    CHECK(env.engine->timelines().state(env.source).newest == QStringLiteral("1039"));

    // 100 more came while Gilde was closed: the newest page is 1100..1139.
    env.server.setTimeline(env.path, 140, 1000);
    QSignalSpy changed(&env.engine->sync(), &SyncEngine::timelineChanged);
    env.refresh();
    CHECK(env.holdsAll(1000, 1139));
    // One timeline refreshed, whatever the pages it took.
    CHECK(env.last.sources == 1);
    CHECK(env.last.changed == 1);
    CHECK(env.last.added == 100);
    const TimelineState state = env.engine->timelines().state(env.source);
    CHECK(state.gaps.isEmpty());
    CHECK(state.newest == QStringLiteral("1139"));
    CHECK(changed.count() >= 3); // the refresh that found the gap, and the pages into it
    const QList<QByteArray> asked = env.queries();
    CHECK(asked.contains("?limit=40&min_id=1039"));
    CHECK(asked.contains("?limit=40&min_id=1079"));
}

TEST_CASE("Mastodon paging: a long absence leaves a gap that survives a restart and fills when asked",
    "[mastodon][paging][engine]")
{
    PagingEnv env;
    env.server.setTimeline(env.path, 40, 1000);
    env.refresh();
    // 600 new posts: more than the pages a refresh fetches into a gap on its own.
    env.server.setTimeline(env.path, 640, 1000);
    env.refresh();
    TimelineState state = env.engine->timelines().state(env.source);
    REQUIRE(state.gaps.size() == 1);
    CHECK(state.gaps[0].newer == QStringLiteral("1600"));
    CHECK(state.gaps[0].older == QStringLiteral("1439")); // 1040..1439 came in ten pages
    CHECK(env.ids().size() == 40 + 40 + 400);

    // A restart keeps the gap.
    const QString dirPath = env.dir.path();
    env.engine.reset();
    Engine::Opened opened = Engine::open(dirPath);
    REQUIRE(opened.engine);
    env.engine = std::move(opened.engine);
    state = env.engine->timelines().state(env.source);
    REQUIRE(state.gaps.size() == 1);

    // The user clicks the gap's row.
    env.run([&] { env.engine->sync().fillGaps({ env.source }); });
    CHECK(env.engine->timelines().state(env.source).gaps.isEmpty());
    CHECK(env.holdsAll(1000, 1639));
}

TEST_CASE("Mastodon paging: a server that ignores min_id is filled from the top of the gap", "[mastodon][paging][engine]")
{
    PagingEnv env;
    env.server.setIgnoreMinId(true);
    env.server.setTimeline(env.path, 40, 1000);
    env.refresh();
    env.server.setTimeline(env.path, 200, 1000);
    env.refresh();
    CHECK(env.engine->timelines().state(env.source).gaps.isEmpty());
    CHECK(env.holdsAll(1000, 1199));
    CHECK(env.queries().contains("?limit=40&max_id=1160"));
}

TEST_CASE("Mastodon paging: scrolling past the cache pages older posts until the server has none",
    "[mastodon][paging][engine]")
{
    for (const bool links : { true, false }) {
        DYNAMIC_SECTION((links ? "with Link headers" : "without Link headers"))
        {
            PagingEnv env;
            env.server.setNoLinkHeader(!links);
            env.server.setTimeline(env.path, 100, 1000);
            env.refresh();
            CHECK(env.ids().size() == 40);
            env.run([&] { env.engine->sync().fetchOlder({ env.source }); });
            CHECK(env.ids().size() == 80);
            CHECK(env.queries().last() == "?limit=40&max_id=1060");
            env.run([&] { env.engine->sync().fetchOlder({ env.source }); });
            CHECK(env.holdsAll(1000, 1099));
            // Twenty came back, with or without a way further: one more question settles it.
            env.run([&] { env.engine->sync().fetchOlder({ env.source }); });
            CHECK(env.engine->timelines().state(env.source).endReached);
            const qsizetype asked = env.queries().size();
            env.run([&] { env.engine->sync().fetchOlder({ env.source }); });
            CHECK(env.queries().size() == asked); // at the end: nothing more is asked
            // An older page is no refresh: the source stays due when it was.
            CHECK(env.engine->sources().byId(env.source)->errorCount == 0);
        }
    }
}
