#include "TestSupport.h"
#include "test_store_support.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <random>

using namespace gilde;
using namespace gilde::test;

namespace
{

QStringList remoteIds(const QList<Item> &items)
{
    QStringList out;
    for (const Item &it : items)
        out << it.remoteId;
    return out;
}

StreamSpec specOf(StreamSpec::Kind kind)
{
    StreamSpec s;
    s.kind = kind;
    return s;
}

StreamSpec search(const QString &query)
{
    StreamSpec s;
    s.kind = StreamSpec::Kind::Search;
    s.query = query;
    return s;
}

// Every item of a stream, fetched page by page the way a column does.
QList<Item> allPages(ItemStore &items, const StreamSpec &spec, int pageSize, int *pages = nullptr)
{
    QList<Item> out;
    PageCursor cursor;
    int n = 0;
    for (; n < 1000; ++n) {
        const QList<Item> page = items.page(spec, cursor, pageSize);
        if (page.isEmpty())
            break;
        out << page;
        cursor = { page.last().publishedMs, page.last().id };
    }
    if (pages)
        *pages = n;
    return out;
}

} // namespace

TEST_CASE("upsert counts added, updated and unchanged items", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));

    QList<Item> batch;
    for (int i = 0; i < 10; ++i)
        batch << makeItem(QStringLiteral("id-%1").arg(i), 1000 + i);
    auto stats = items.upsert(sid, batch);
    CHECK(stats.ok);
    CHECK(stats.added == 10);
    CHECK(stats.updated == 0);
    CHECK(stats.unchanged == 0);

    stats = items.upsert(sid, batch);
    CHECK(stats.added == 0);
    CHECK(stats.updated == 0);
    CHECK(stats.unchanged == 10);

    batch[2].title = QStringLiteral("Edited title");
    batch[5].html = QStringLiteral("<p>edited</p>");
    batch << makeItem(QStringLiteral("id-new"), 2000);
    stats = items.upsert(sid, batch);
    CHECK(stats.added == 1);
    CHECK(stats.updated == 2);
    CHECK(stats.unchanged == 8);
    CHECK(items.count() == 11);

    CHECK(items.upsert(sid, {}).ok);
}

TEST_CASE("upsert keeps read, starred and the first-seen date across updates", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));

    Item dated = makeItem(QStringLiteral("dated"), 5000);
    Item undated = makeItem(QStringLiteral("undated"), 0);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(items.upsert(sid, { dated, undated }).added == 2);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const QList<Item> first = items.page({}, {}, 10);
    REQUIRE(first.size() == 2);
    const Item storedUndated = first.at(0); // now > 5000
    CHECK(storedUndated.remoteId == QLatin1String("undated"));
    CHECK(storedUndated.publishedMs >= before);
    CHECK(storedUndated.publishedMs <= after);
    const qint64 datedId = first.at(1).id;

    REQUIRE(items.setRead(datedId, true));
    REQUIRE(items.setStarred(datedId, true));
    REQUIRE(items.setStarred(storedUndated.id, true));

    dated.title = QStringLiteral("New title");
    undated.text = QStringLiteral("New text");
    undated.html = QStringLiteral("<p>New text</p>");
    QThread::msleep(5);
    const auto stats = items.upsert(sid, { dated, undated });
    CHECK(stats.updated == 2);

    const auto d = items.item(datedId);
    REQUIRE(d);
    CHECK(d->title == QLatin1String("New title"));
    CHECK(d->read);
    CHECK(d->starred);
    const auto u = items.item(storedUndated.id);
    REQUIRE(u);
    CHECK(u->text == QLatin1String("New text"));
    CHECK(u->publishedMs == storedUndated.publishedMs);
    CHECK(u->starred);
    CHECK_FALSE(u->read);

    // A date alone is no change: many feeds stamp every entry with the time
    // of the request. Nor does a later date move an item back to the top.
    undated.publishedMs = storedUndated.publishedMs + 60000;
    CHECK(items.upsert(sid, { undated }).unchanged == 1);
    CHECK(items.item(storedUndated.id)->publishedMs == storedUndated.publishedMs);
    undated.text = QStringLiteral("Newer text");
    undated.html = QStringLiteral("<p>Newer text</p>");
    CHECK(items.upsert(sid, { undated }).updated == 1);
    CHECK(items.item(storedUndated.id)->publishedMs == storedUndated.publishedMs);
    // An earlier date that comes with an edit replaces the first-seen one.
    undated.publishedMs = 7000;
    undated.text = QStringLiteral("Newest text");
    undated.html = QStringLiteral("<p>Newest text</p>");
    CHECK(items.upsert(sid, { undated }).updated == 1);
    CHECK(items.item(storedUndated.id)->publishedMs == 7000);
}

TEST_CASE("re-ingesting reordered entries makes no duplicates", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 a = addSource(sources, QStringLiteral("https://example.org/a"));
    const qint64 b = addSource(sources, QStringLiteral("https://example.org/b"));

    QList<Item> batch;
    for (int i = 0; i < 50; ++i)
        batch << makeItem(QStringLiteral("e%1").arg(i), 1000 + i);
    REQUIRE(items.upsert(a, batch).added == 50);
    std::mt19937 rng(42);
    std::shuffle(batch.begin(), batch.end(), rng);
    const auto stats = items.upsert(a, batch);
    CHECK(stats.added == 0);
    CHECK(stats.unchanged == 50);
    // The same remote ids in another source are other items.
    CHECK(items.upsert(b, batch).added == 50);
    CHECK(items.count() == 100);

    // Entries without an id are keyed by link and title, also stable.
    Item anonymous = makeItem(QString(), 3000, QStringLiteral("No id"));
    CHECK(items.upsert(a, { anonymous }).added == 1);
    CHECK(items.upsert(a, { anonymous }).unchanged == 1);
}

TEST_CASE("page walks a stream newest first with a keyset cursor", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));

    QList<Item> batch;
    for (int i = 0; i < 237; ++i) // several items share a timestamp: id breaks the tie
        batch << makeItem(
            QStringLiteral("p%1").arg(i), 100000 + (i / 3) * 1000, {}, QString(1000, QLatin1Char('x')));
    std::mt19937 rng(7);
    std::shuffle(batch.begin(), batch.end(), rng);
    REQUIRE(items.upsert(sid, batch).added == 237);

    int pages = 0;
    const QList<Item> all = allPages(items, {}, 50, &pages);
    CHECK(pages == 5);
    REQUIRE(all.size() == 237);
    QSet<qint64> seen;
    for (int i = 0; i < all.size(); ++i) {
        seen.insert(all.at(i).id);
        if (i > 0) {
            const Item &prev = all.at(i - 1);
            const Item &cur = all.at(i);
            CHECK((prev.publishedMs > cur.publishedMs
                || (prev.publishedMs == cur.publishedMs && prev.id > cur.id)));
        }
    }
    CHECK(seen.size() == 237);
    // List rows carry an excerpt, not the article.
    CHECK(all.first().html.isEmpty());
    CHECK(all.first().text.size() == 300);
    CHECK(items.item(all.first().id)->html.size() > 1000);
    CHECK(items.page({}, {}, 0).isEmpty());
}

TEST_CASE("newerThan returns the rows above the top one, newest first", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));
    QList<Item> batch;
    for (int i = 0; i < 10; ++i)
        batch << makeItem(QStringLiteral("n%1").arg(i), 1000 + i);
    REQUIRE(items.upsert(sid, batch).ok);
    const QList<Item> top = items.page({}, {}, 3);
    REQUIRE(top.size() == 3);

    QList<Item> fresh;
    for (int i = 10; i < 15; ++i)
        fresh << makeItem(QStringLiteral("n%1").arg(i), 1000 + i);
    REQUIRE(items.upsert(sid, fresh).added == 5);

    const PageCursor cursor { top.first().publishedMs, top.first().id };
    const QList<Item> newer = items.newerThan({}, cursor, 10);
    CHECK(remoteIds(newer)
        == QStringList({ QStringLiteral("n14"), QStringLiteral("n13"), QStringLiteral("n12"),
            QStringLiteral("n11"), QStringLiteral("n10") }));
    // With a smaller limit, the ones right above the top come first.
    CHECK(remoteIds(items.newerThan({}, cursor, 2))
        == QStringList({ QStringLiteral("n11"), QStringLiteral("n10") }));
    CHECK(items.newerThan({}, { newer.first().publishedMs, newer.first().id }, 10).isEmpty());
}

TEST_CASE("mute words match the words a reader sees, in any case, not the markup", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));
    Item markup = makeItem(QStringLiteral("markup"), 1000);
    markup.html = QStringLiteral("<p class=\"code\"><a href=\"https://example.org/code\">a link</a></p>");
    Item deep = makeItem(QStringLiteral("deep"), 2000);
    deep.html = QStringLiteral("<p>%1</p><p>Then the Éclair section.</p>")
                    .arg(QStringLiteral("Long opening words. ").repeated(40));
    REQUIRE(items.upsert(sid, { markup, deep }).added == 2);

    auto ids = [&](const QString &word) {
        StreamSpec muted;
        muted.muteWords = { word };
        return remoteIds(items.page(muted, {}, 100));
    };
    CHECK(ids(QStringLiteral("code")) == QStringList({ "deep", "markup" })); // only in markup
    CHECK(ids(QStringLiteral("ÉCLAIR")) == QStringList({ "markup" })); // past the excerpt, any case
    CHECK(ids(QStringLiteral("link")) == QStringList({ "deep" }));
    // The list's excerpt is made from the html too.
    const QList<Item> page = items.page({}, {}, 10);
    REQUIRE(page.size() == 2);
    CHECK(page.at(0).text.startsWith(QLatin1String("Long opening words.")));
    CHECK(page.at(0).text.size() == 300);
    CHECK(page.at(1).text == QLatin1String("a link"));
}

TEST_CASE("stream specs select sources, folders, unread, starred and hide muted words", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 tech
        = addSource(sources, QStringLiteral("https://example.org/tech"), QStringLiteral("Tech"));
    const qint64 web
        = addSource(sources, QStringLiteral("https://example.org/web"), QStringLiteral("Tech/Web"));
    const qint64 other
        = addSource(sources, QStringLiteral("https://example.org/other"), QStringLiteral("Technology"));
    const qint64 loose = addSource(sources, QStringLiteral("https://example.org/loose"));

    REQUIRE(items.upsert(tech, { makeItem(QStringLiteral("t1"), 1000), makeItem(QStringLiteral("t2"), 2000) })
                .ok);
    REQUIRE(
        items.upsert(web, { makeItem(QStringLiteral("w1"), 1500, QStringLiteral("About CRYPTO coins")) }).ok);
    REQUIRE(items.upsert(other, { makeItem(QStringLiteral("o1"), 1700) }).ok);
    REQUIRE(
        items.upsert(loose, { makeItem(QStringLiteral("l1"), 1800, {}, QStringLiteral("sports and crypto")) })
            .ok);

    auto ids = [&](const StreamSpec &spec) { return remoteIds(items.page(spec, {}, 100)); };

    CHECK(ids({}) == QStringList({ "t2", "l1", "o1", "w1", "t1" }));

    StreamSpec source = specOf(StreamSpec::Kind::Source);
    source.sourceId = tech;
    CHECK(ids(source) == QStringList({ "t2", "t1" }));

    StreamSpec folder = specOf(StreamSpec::Kind::Folder);
    folder.folder = QStringLiteral("Tech");
    CHECK(ids(folder) == QStringList({ "t2", "w1", "t1" })); // not "Technology"
    folder.folder = QStringLiteral("Tech/Web");
    CHECK(ids(folder) == QStringList({ "w1" }));

    const qint64 t1 = items.page(source, {}, 10).last().id;
    REQUIRE(items.setRead(t1, true));
    CHECK(ids(specOf(StreamSpec::Kind::Unread)) == QStringList({ "t2", "l1", "o1", "w1" }));
    StreamSpec unreadSource = source;
    unreadSource.unreadOnly = true;
    CHECK(ids(unreadSource) == QStringList({ "t2" }));

    CHECK(ids(specOf(StreamSpec::Kind::Starred)).isEmpty());
    REQUIRE(items.setStarred(t1, true));
    CHECK(ids(specOf(StreamSpec::Kind::Starred)) == QStringList({ "t1" }));
    CHECK_FALSE(items.setStarred(999999, true));

    StreamSpec muted;
    muted.muteWords = { QStringLiteral("Crypto") };
    CHECK(ids(muted) == QStringList({ "t2", "o1", "t1" })); // title (any case) and text
    muted.muteWords = { QStringLiteral("  "), QStringLiteral("sports") };
    CHECK(ids(muted) == QStringList({ "t2", "o1", "w1", "t1" }));
}

TEST_CASE("unreadCount and markAllRead follow the spec", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 a = addSource(sources, QStringLiteral("https://example.org/a"), QStringLiteral("F"));
    const qint64 b = addSource(sources, QStringLiteral("https://example.org/b"), QStringLiteral("F/G"));
    const qint64 c = addSource(sources, QStringLiteral("https://example.org/c"));
    QList<Item> batch;
    for (int i = 0; i < 5; ++i)
        batch << makeItem(QStringLiteral("x%1").arg(i), 1000 + i);
    REQUIRE(items.upsert(a, batch).ok);
    REQUIRE(items.upsert(b, batch).ok);
    REQUIRE(items.upsert(c, batch).ok);

    StreamSpec folder = specOf(StreamSpec::Kind::Folder);
    folder.folder = QStringLiteral("F");
    StreamSpec sourceC = specOf(StreamSpec::Kind::Source);
    sourceC.sourceId = c;
    CHECK(items.unreadCount({}) == 15);
    CHECK(items.unreadCount(folder) == 10);
    CHECK(items.unreadCount(sourceC) == 5);

    REQUIRE(items.setRead(items.page(sourceC, {}, 1).first().id, true));
    CHECK(items.unreadCount(sourceC) == 4);
    CHECK(items.markAllRead(folder) == 10);
    CHECK(items.markAllRead(folder) == 0);
    CHECK(items.unreadCount(folder) == 0);
    CHECK(items.unreadCount({}) == 4);

    StreamSpec muted = sourceC;
    muted.muteWords = { QStringLiteral("x3") };
    CHECK(items.unreadCount(muted) == 3);
    CHECK(items.markAllRead(muted) == 3);
    CHECK(items.unreadCount(sourceC) == 1); // the muted one stays unread
}

TEST_CASE("search finds indexed items, follows edits and forgets removed sources", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 a = addSource(sources, QStringLiteral("https://example.org/a"));
    const qint64 b = addSource(sources, QStringLiteral("https://example.org/b"));

    REQUIRE(items
                .upsert(a,
                    { makeItem(QStringLiteral("1"), 1000, QStringLiteral("Gardening in spring"),
                          QStringLiteral("Tomatoes and basil")),
                        makeItem(QStringLiteral("2"), 2000, QStringLiteral("Compilers"),
                            QStringLiteral("Parsing and code generation")) })
                .ok);
    REQUIRE(items
                .upsert(b,
                    { makeItem(QStringLiteral("3"), 3000, QStringLiteral("Résumé tips"),
                        QStringLiteral("Writing about gardening work")) })
                .ok);

    // Ingest leaves indexing for later.
    CHECK(items.page(search(QStringLiteral("gardening")), {}, 50).isEmpty());
    CHECK(items.indexPending() == 3);
    CHECK(items.indexPending() == 0);
    CHECK(items.checkSearchIndex());

    CHECK(remoteIds(items.page(search(QStringLiteral("gardening")), {}, 50)) == QStringList({ "3", "1" }));
    CHECK(remoteIds(items.page(search(QStringLiteral("GARDEN*")), {}, 50)) == QStringList({ "3", "1" }));
    CHECK(remoteIds(items.page(search(QStringLiteral("gardening basil")), {}, 50)) == QStringList({ "1" }));
    CHECK(remoteIds(items.page(search(QStringLiteral("resume")), {}, 50)) == QStringList({ "3" }));
    CHECK(remoteIds(items.page(search(QStringLiteral("Author")), {}, 50)).size() == 3);
    CHECK(items.unreadCount(search(QStringLiteral("gardening"))) == 2);

    // Whatever the user types is taken literally, never as FTS5 syntax.
    for (const char *typed :
        { "\"", "AND", "gardening OR", "NEAR(", "-basil", "title:x", "^x", "***", "(", "a\"b" })
        items.page(search(QLatin1String(typed)), {}, 50); // must not fail or throw
    CHECK(items.page(search(QStringLiteral("  ")), {}, 50).isEmpty());
    CHECK(items.page(search(QStringLiteral("\"gardening\"")), {}, 50).size() == 2);

    // An edited item is found by its new words only, once re-indexed.
    Item edited = makeItem(
        QStringLiteral("1"), 1000, QStringLiteral("Beekeeping in spring"), QStringLiteral("Hives and honey"));
    REQUIRE(items.upsert(a, { edited }).updated == 1);
    CHECK(items.indexPending() == 1);
    CHECK(remoteIds(items.page(search(QStringLiteral("gardening")), {}, 50)) == QStringList({ "3" }));
    CHECK(remoteIds(items.page(search(QStringLiteral("honey")), {}, 50)) == QStringList({ "1" }));
    CHECK(items.checkSearchIndex());

    // Read state changes do not disturb the index.
    REQUIRE(items.setRead(items.page(search(QStringLiteral("honey")), {}, 1).first().id, true));
    CHECK(items.indexPending() == 0);

    // Removing a source takes its items out of search, indexed or not.
    REQUIRE(
        items.upsert(b, { makeItem(QStringLiteral("4"), 4000, QStringLiteral("Pending honey")) }).added == 1);
    REQUIRE(sources.remove(b));
    CHECK(items.indexPending() == 0);
    CHECK(items.page(search(QStringLiteral("resume")), {}, 50).isEmpty());
    CHECK(remoteIds(items.page(search(QStringLiteral("honey")), {}, 50)) == QStringList({ "1" }));
    CHECK(items.checkSearchIndex());

    // Ids freed at the top are reused; they are indexed again.
    REQUIRE(
        items.upsert(a, { makeItem(QStringLiteral("5"), 5000, QStringLiteral("Fresh start")) }).added == 1);
    CHECK(items.indexPending() == 1);
    CHECK(remoteIds(items.page(search(QStringLiteral("fresh")), {}, 50)) == QStringList({ "5" }));
    CHECK(items.checkSearchIndex());
    CHECK(t.db->integrityCheck());
}

TEST_CASE("search pages and combines with unread-only and mute words", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));
    QList<Item> batch;
    for (int i = 0; i < 120; ++i)
        batch << makeItem(QStringLiteral("s%1").arg(i), 1000 + i,
            QStringLiteral("Common word %1 %2").arg(i).arg(i % 2 ? "odd" : "even"));
    REQUIRE(items.upsert(sid, batch).ok);
    items.indexPending();

    int pages = 0;
    CHECK(allPages(items, search(QStringLiteral("common")), 25, &pages).size() == 120);
    CHECK(pages == 5);
    StreamSpec spec = search(QStringLiteral("comm*"));
    spec.muteWords = { QStringLiteral("odd") };
    CHECK(allPages(items, spec, 25).size() == 60);
    REQUIRE(items.setRead(items.page(spec, {}, 1).first().id, true));
    spec.unreadOnly = true;
    CHECK(allPages(items, spec, 25).size() == 59);
    CHECK(items.markAllRead(spec) == 59);
}

TEST_CASE("a failed write reports why and keeps what was there", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));
    REQUIRE(items.upsert(sid, { makeItem(QStringLiteral("kept"), 1000) }).added == 1);

    // Cap the file at its current size: the next big batch hits SQLITE_FULL.
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    const int pages = q.value(0).toInt();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    q.finish();

    QList<Item> big;
    for (int i = 0; i < 300; ++i)
        big << makeItem(QStringLiteral("big%1").arg(i), 2000 + i, {}, QString(2000, QLatin1Char('y')));
    const auto stats = items.upsert(sid, big);
    CHECK_FALSE(stats.ok);
    CHECK(stats.added == 0);
    CHECK(stats.error.contains(QLatin1String("disk is full"), Qt::CaseInsensitive));
    CHECK(items.count() == 1);
    CHECK(items.page({}, {}, 10).first().remoteId == QLatin1String("kept"));

    // Nothing is stuck: the connection writes again once there is room.
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    CHECK(items.upsert(sid, big).added == 300);
}

TEST_CASE("two threads write at once without losing a batch", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 a = addSource(sources, QStringLiteral("https://example.org/a"));
    const qint64 b = addSource(sources, QStringLiteral("https://example.org/b"));

    std::atomic<int> failures = 0;
    auto writer = [&](qint64 sid, const QString &prefix) {
        for (int batch = 0; batch < 20; ++batch) {
            QList<Item> list;
            for (int i = 0; i < 50; ++i)
                list << makeItem(QStringLiteral("%1-%2-%3").arg(prefix).arg(batch).arg(i), batch * 100 + i);
            if (!items.upsert(sid, list).ok)
                ++failures;
            if (batch % 5 == 0)
                items.indexPending();
        }
    };
    QThread *one = QThread::create(writer, a, QStringLiteral("a"));
    QThread *two = QThread::create(writer, b, QStringLiteral("b"));
    one->start();
    two->start();
    REQUIRE(waitUntil([&] { return one->isFinished() && two->isFinished(); }, 60000));
    delete one;
    delete two;
    CHECK(failures == 0);
    CHECK(items.count() == 2000);
    items.indexPending();
    CHECK(items.pendingIndexCount() == 0);
    CHECK(items.checkSearchIndex());
}

TEST_CASE("a search matching everything is capped to the most recent matches", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));
    QList<Item> batch;
    for (int i = 0; i < 2100; ++i)
        batch << makeItem(
            QStringLiteral("c%1").arg(i), 1000 + i, QStringLiteral("everywhere"), QStringLiteral("x"));
    REQUIRE(items.upsert(sid, batch).added == 2100);
    CHECK(items.indexPending() == 2100);
    CHECK(items.unreadCount(search(QStringLiteral("everywhere"))) == 2000);
    const QList<Item> first = items.page(search(QStringLiteral("everywhere")), {}, 1);
    REQUIRE(first.size() == 1);
    CHECK(first.first().remoteId == QLatin1String("c2099"));
}
