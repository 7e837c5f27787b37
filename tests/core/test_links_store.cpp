// LinkStore: saving and updating by address, tags, search, paging and the
// v1 -> v2 upgrade.

#include "model/Link.h"
#include "store/LinkStore.h"
#include "store/Schema.h"
#include "test_store_support.h"

#include <QFile>
#include <QSqlQuery>

using namespace gilde;
using namespace gilde::test;

namespace
{

Link makeLink(const QString &url, const QString &title, QStringList tags = {}, qint64 savedMs = 0)
{
    Link l;
    l.url = QUrl(url);
    l.title = title;
    l.tags = std::move(tags);
    l.savedMs = savedMs;
    return l;
}

qint64 saveOk(LinkStore &store, const Link &link)
{
    const LinkStore::Saved s = store.save(link);
    INFO(s.error.toStdString());
    REQUIRE(s.ok);
    REQUIRE(s.id > 0);
    return s.id;
}

QStringList titles(const QList<Link> &links)
{
    QStringList out;
    for (const Link &l : links)
        out << l.title;
    return out;
}

bool ftsIntact(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("INSERT INTO links_fts (links_fts, rank) VALUES ('integrity-check', 1)"));
}

} // namespace

TEST_CASE("LinkStore saves a link and updates it when the same address is saved again", "[links]")
{
    TempDb t;
    LinkStore store(*t.db);
    Link first = makeLink(QStringLiteral("https://example.org/a"), QStringLiteral("First"),
        { QStringLiteral("Qt"), QStringLiteral(" c++ "), QStringLiteral("qt") }, 1000);
    first.note = QStringLiteral("A note");
    first.fromItemId = 0;
    const LinkStore::Saved s1 = store.save(first);
    REQUIRE(s1.ok);
    CHECK_FALSE(s1.existed);

    auto read = store.byId(s1.id);
    REQUIRE(read);
    CHECK(read->url == QUrl(QStringLiteral("https://example.org/a")));
    CHECK(read->title == QLatin1String("First"));
    CHECK(read->note == QLatin1String("A note"));
    CHECK(read->tags == QStringList { QStringLiteral("c++"), QStringLiteral("qt") });
    CHECK(read->savedMs == 1000);
    CHECK(read->updatedMs > 0);

    Link second = makeLink(QStringLiteral("https://example.org/a"), QStringLiteral("Second"),
        { QStringLiteral("Reading"), QStringLiteral("later list") }, 5000);
    second.readLater = true;
    second.isPrivate = true;
    const LinkStore::Saved s2 = store.save(second);
    REQUIRE(s2.ok);
    CHECK(s2.existed);
    CHECK(s2.id == s1.id);
    read = store.byUrl(QUrl(QStringLiteral("https://example.org/a")));
    REQUIRE(read);
    CHECK(read->title == QLatin1String("Second"));
    CHECK(read->note.isEmpty());
    CHECK(read->readLater);
    CHECK(read->isPrivate);
    CHECK(read->savedMs == 1000); // first saved stays
    CHECK(read->tags == QStringList { QStringLiteral("later-list"), QStringLiteral("reading") });
    CHECK(store.all().size() == 1);
    // Tags no link carries any more are gone.
    CHECK(store.tags()
        == QList<TagCount> { { QStringLiteral("later-list"), 1 }, { QStringLiteral("reading"), 1 } });
    CHECK(ftsIntact(*t.db));
}

TEST_CASE("LinkStore edits a link by id, its address included", "[links]")
{
    TempDb t;
    LinkStore store(*t.db);
    const qint64 a = saveOk(store, makeLink(QStringLiteral("https://example.org/a"), QStringLiteral("A")));
    const qint64 b = saveOk(store, makeLink(QStringLiteral("https://example.org/b"), QStringLiteral("B")));
    Link edit = *store.byId(a);
    edit.url = QUrl(QStringLiteral("https://example.org/a2"));
    const LinkStore::Saved s = store.save(edit);
    REQUIRE(s.ok);
    CHECK(s.existed);
    CHECK(s.id == a);
    CHECK_FALSE(store.byUrl(QUrl(QStringLiteral("https://example.org/a"))));
    CHECK(store.byUrl(QUrl(QStringLiteral("https://example.org/a2")))->id == a);

    edit.url = QUrl(QStringLiteral("https://example.org/b"));
    const LinkStore::Saved clash = store.save(edit);
    CHECK_FALSE(clash.ok);
    CHECK_FALSE(clash.error.isEmpty());
    CHECK(store.byId(b)->title == QLatin1String("B"));
}

TEST_CASE("LinkStore keeps where a link was found, and keeps the link when that goes", "[links]")
{
    TempDb t;
    LinkStore store(*t.db);
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 sid = addSource(sources, QStringLiteral("https://example.org/feed"));
    REQUIRE(items.upsert(sid, { makeItem(QStringLiteral("x"), 1000) }).added == 1);
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM items")));
    REQUIRE(q.next());
    const qint64 itemId = q.value(0).toLongLong();
    q.finish();

    Link l = makeLink(QStringLiteral("https://example.org/x"), QStringLiteral("X"));
    l.fromItemId = itemId;
    l.fromSourceId = sid;
    const qint64 id = saveOk(store, l);
    CHECK(store.byId(id)->fromItemId == itemId);
    CHECK(store.byId(id)->fromSourceId == sid);

    // Saved again from nowhere: the origin stays.
    saveOk(store, makeLink(QStringLiteral("https://example.org/x"), QStringLiteral("X2")));
    CHECK(store.byId(id)->fromItemId == itemId);

    REQUIRE(sources.remove(sid));
    const auto after = store.byId(id);
    REQUIRE(after);
    CHECK(after->fromItemId == 0);
    CHECK(after->fromSourceId == 0);
    CHECK(after->title == QLatin1String("X2"));
}

TEST_CASE("LinkStore counts tags, completes prefixes, renames, merges and deletes tags", "[links]")
{
    TempDb t;
    LinkStore store(*t.db);
    const qint64 a = saveOk(store,
        makeLink(QStringLiteral("https://a.org/"), QStringLiteral("A"),
            { QStringLiteral("python"), QStringLiteral("programming") }));
    const qint64 b = saveOk(store,
        makeLink(QStringLiteral("https://b.org/"), QStringLiteral("B"),
            { QStringLiteral("python"), QStringLiteral("py") }));
    const qint64 c = saveOk(store,
        makeLink(QStringLiteral("https://c.org/"), QStringLiteral("C"),
            { QStringLiteral("python"), QStringLiteral("pyqt"), QStringLiteral("programming") }));

    CHECK(store.tags()
        == QList<TagCount> { { QStringLiteral("python"), 3 }, { QStringLiteral("programming"), 2 },
            { QStringLiteral("py"), 1 }, { QStringLiteral("pyqt"), 1 } });
    CHECK(store.tagsWithPrefix(QStringLiteral("Py"), 10)
        == QList<TagCount> {
            { QStringLiteral("python"), 3 }, { QStringLiteral("py"), 1 }, { QStringLiteral("pyqt"), 1 } });
    CHECK(store.tagsWithPrefix(QStringLiteral("py"), 1).size() == 1);
    CHECK(store.tagsWithPrefix(QStringLiteral("%"), 10).isEmpty());

    // Plain rename.
    REQUIRE(store.renameTag(QStringLiteral("pyqt"), QStringLiteral("Qt")));
    CHECK(store.byId(c)->tags
        == QStringList { QStringLiteral("programming"), QStringLiteral("python"), QStringLiteral("qt") });
    CHECK(store.page({ QStringLiteral("qt"), false, {} }, 0, 0, 10).size() == 1);
    CHECK(store.page({ {}, false, QStringLiteral("qt") }, 0, 0, 10).size() == 1);
    CHECK(store.page({ {}, false, QStringLiteral("pyqt") }, 0, 0, 10).isEmpty());

    // Merge: "py" into "python"; b had both and keeps one.
    REQUIRE(store.renameTag(QStringLiteral("py"), QStringLiteral("python")));
    CHECK(store.byId(b)->tags == QStringList { QStringLiteral("python") });
    CHECK(store.tags()
        == QList<TagCount> { { QStringLiteral("python"), 3 }, { QStringLiteral("programming"), 2 },
            { QStringLiteral("qt"), 1 } });
    // Merge where some links have only the source tag.
    REQUIRE(store.renameTag(QStringLiteral("programming"), QStringLiteral("qt")));
    CHECK(store.byId(a)->tags == QStringList { QStringLiteral("python"), QStringLiteral("qt") });
    CHECK(store.byId(c)->tags == QStringList { QStringLiteral("python"), QStringLiteral("qt") });
    CHECK(store.tags() == QList<TagCount> { { QStringLiteral("python"), 3 }, { QStringLiteral("qt"), 2 } });
    CHECK_FALSE(store.renameTag(QStringLiteral("missing"), QStringLiteral("x")));
    CHECK_FALSE(store.renameTag(QStringLiteral("qt"), QStringLiteral("  ")));

    REQUIRE(store.deleteTag(QStringLiteral("Python")));
    CHECK(store.all().size() == 3);
    CHECK(store.byId(b)->tags.isEmpty());
    CHECK(store.tags() == QList<TagCount> { { QStringLiteral("qt"), 2 } });
    CHECK(store.page({ {}, false, QStringLiteral("python") }, 0, 0, 10).isEmpty());
    CHECK_FALSE(store.deleteTag(QStringLiteral("python")));
    CHECK(ftsIntact(*t.db));
}

TEST_CASE("LinkStore searches title, note, tags and page text", "[links]")
{
    TempDb t;
    LinkStore store(*t.db);
    Link a = makeLink(QStringLiteral("https://a.org/"), QStringLiteral("Résumé of SQLite internals"),
        { QStringLiteral("databases") }, 1000);
    a.note = QStringLiteral("B-tree pages explained");
    const qint64 aId = saveOk(store, a);
    Link b = makeLink(
        QStringLiteral("https://b.org/"), QStringLiteral("Cooking"), { QStringLiteral("food") }, 2000);
    const qint64 bId = saveOk(store, b);

    auto search = [&](const QString &text) { return titles(store.page({ {}, false, text }, 0, 0, 10)); };
    CHECK(search(QStringLiteral("sqlite")) == QStringList { a.title });
    CHECK(search(QStringLiteral("resume")) == QStringList { a.title }); // diacritics folded
    CHECK(search(QStringLiteral("b-tree")) == QStringList { a.title });
    CHECK(search(QStringLiteral("databases")) == QStringList { a.title });
    CHECK(search(QStringLiteral("data*")) == QStringList { a.title });
    CHECK(search(QStringLiteral("food")) == QStringList { b.title });
    CHECK(search(QStringLiteral("\"unbalanced AND (")).isEmpty());
    CHECK(search(QStringLiteral("NEAR(")).isEmpty());
    CHECK(search(QStringLiteral("*")).isEmpty());

    REQUIRE(store.setPageText(
        bId, QStringLiteral("Slow roasted tomatoes with garlic"), Link::TextState::Fetched));
    CHECK(search(QStringLiteral("tomatoes")) == QStringList { b.title });
    CHECK(store.byId(bId)->pageText.contains(QLatin1String("garlic")));
    CHECK(store.byId(bId)->textState == Link::TextState::Fetched);
    REQUIRE(store.setPageText(bId, QStringLiteral("Now about bread"), Link::TextState::Fetched));
    CHECK(search(QStringLiteral("tomatoes")).isEmpty());
    CHECK(search(QStringLiteral("bread")) == QStringList { b.title });

    // Search combines with a tag and with read-later.
    CHECK(
        titles(store.page({ QStringLiteral("food"), false, QStringLiteral("sqlite") }, 0, 0, 10)).isEmpty());
    CHECK(titles(store.page({ QStringLiteral("databases"), false, QStringLiteral("sqlite") }, 0, 0, 10))
        == QStringList { a.title });

    REQUIRE(store.remove(aId));
    CHECK(search(QStringLiteral("sqlite")).isEmpty());
    CHECK_FALSE(store.byId(aId));
    CHECK_FALSE(store.remove(aId));
    CHECK(store.tags() == QList<TagCount> { { QStringLiteral("food"), 1 } });
    CHECK(ftsIntact(*t.db));
}

TEST_CASE("LinkStore pages newest first by a (saved, id) key", "[links]")
{
    TempDb t;
    LinkStore store(*t.db);
    // Three links share a saved time, so the id breaks the tie.
    const qint64 times[] = { 100, 200, 200, 200, 300, 400, 500 };
    for (int i = 0; i < 7; ++i) {
        Link l = makeLink(QStringLiteral("https://example.org/%1").arg(i), QStringLiteral("L%1").arg(i),
            { i % 2 ? QStringLiteral("odd") : QStringLiteral("even") }, times[i]);
        l.readLater = i >= 5;
        saveOk(store, l);
    }
    QStringList seen;
    qint64 beforeSaved = 0, beforeId = 0;
    for (int round = 0; round < 10; ++round) {
        const QList<Link> page = store.page({}, beforeSaved, beforeId, 3);
        if (page.isEmpty())
            break;
        seen << titles(page);
        beforeSaved = page.last().savedMs;
        beforeId = page.last().id;
    }
    CHECK(seen
        == QStringList { QStringLiteral("L6"), QStringLiteral("L5"), QStringLiteral("L4"),
            QStringLiteral("L3"), QStringLiteral("L2"), QStringLiteral("L1"), QStringLiteral("L0") });
    CHECK(titles(store.page({ QStringLiteral("odd"), false, {} }, 0, 0, 10))
        == QStringList { QStringLiteral("L5"), QStringLiteral("L3"), QStringLiteral("L1") });
    CHECK(titles(store.page({ {}, true, {} }, 0, 0, 10))
        == QStringList { QStringLiteral("L6"), QStringLiteral("L5") });
    CHECK(titles(store.all()).first() == QLatin1String("L0"));
    CHECK(store.page({}, 0, 0, 0).isEmpty());
}

TEST_CASE("LinkStore tells which of many addresses are saved", "[links]")
{
    TempDb t;
    LinkStore store(*t.db);
    QStringList urls;
    for (int i = 0; i < 1200; ++i) {
        const QString url = QStringLiteral("https://example.org/p/%1").arg(i);
        urls << url;
        if (i % 100 == 7)
            saveOk(store, makeLink(url, QStringLiteral("P%1").arg(i)));
    }
    urls << QStringLiteral("https://elsewhere.org/");
    const QSet<QString> saved = store.savedAmong(urls);
    CHECK(saved.size() == 12);
    CHECK(saved.contains(QStringLiteral("https://example.org/p/1107")));
    CHECK_FALSE(saved.contains(QStringLiteral("https://example.org/p/1108")));
    CHECK(store.savedAmong({}).isEmpty());
}

TEST_CASE("LinkStore keeps page-text state and remote ids", "[links]")
{
    TempDb t;
    LinkStore store(*t.db);
    Link l = makeLink(QStringLiteral("https://example.org/a"), QStringLiteral("A"));
    l.textState = Link::TextState::Pending;
    const qint64 a = saveOk(store, l);
    const qint64 b = saveOk(store, makeLink(QStringLiteral("https://example.org/b"), QStringLiteral("B")));
    CHECK(store.needingPageText(10).size() == 1);
    CHECK(store.needingPageText(10).first().id == a);
    REQUIRE(store.setPageText(a, QStringLiteral("text"), Link::TextState::Fetched));
    CHECK(store.needingPageText(10).isEmpty());

    // Saving again without a text state keeps the text.
    saveOk(store, makeLink(QStringLiteral("https://example.org/a"), QStringLiteral("A again")));
    CHECK(store.byId(a)->pageText == QLatin1String("text"));
    CHECK(store.byId(a)->textState == Link::TextState::Fetched);

    REQUIRE(store.setRemote(b, QStringLiteral("42"), 7000));
    CHECK(store.byRemoteId(QStringLiteral("42"))->id == b);
    CHECK(store.byRemoteId(QStringLiteral("42"))->remoteUpdatedMs == 7000);
    CHECK_FALSE(store.byRemoteId(QStringLiteral("43")));
    CHECK_FALSE(store.byRemoteId(QString()));
    CHECK_FALSE(store.setRemote(999, QStringLiteral("1"), 1));

    // The synced links, for finding the ones deleted on the server.
    REQUIRE(store.setRemote(a, QStringLiteral("7"), 8000));
    QList<Link> synced = store.withRemoteId();
    REQUIRE(synced.size() == 2);
    CHECK(synced[0].id == a);
    CHECK(synced[0].remoteId == QLatin1String("7"));
    CHECK(synced[0].pageText.isEmpty());
    CHECK(synced[1].id == b);
    CHECK(synced[1].remoteUpdatedMs == 7000);
    REQUIRE(store.setRemote(a, QString(), 0));
    synced = store.withRemoteId();
    REQUIRE(synced.size() == 1);
    CHECK(synced.first().id == b);
}

TEST_CASE("LinkStore refuses an address that is not one", "[links]")
{
    TempDb t;
    LinkStore store(*t.db);
    const LinkStore::Saved s = store.save(Link {});
    CHECK_FALSE(s.ok);
    CHECK_FALSE(s.error.isEmpty());
    CHECK(store.all().isEmpty());
}

TEST_CASE("LinkStore normalizes tags", "[links]")
{
    CHECK(LinkStore::normalizedTags({ QStringLiteral(" B "), QStringLiteral("a,b"), QStringLiteral(""),
              QStringLiteral("Web  Dev"), QStringLiteral("ÉTÉ") })
        == QStringList {
            QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("web-dev"), QStringLiteral("été") });
}

TEST_CASE("A version 1 profile upgrades to the current schema and keeps its data", "[links][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        auto v1 = Database::open(path, schemaMigrations().mid(0, 1));
        REQUIRE(v1.status == Database::Status::Ok);
        SourceStore sources(*v1.db);
        const qint64 sid
            = addSource(sources, QStringLiteral("https://example.org/feed"), QStringLiteral("News"));
        insertOldItem(*v1.db, sid, makeItem(QStringLiteral("a"), 1000, QStringLiteral("Zeppelin")));
        QSqlQuery q(v1.db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 1);
    }
    auto opened = Database::open(path);
    INFO(opened.message.toStdString());
    REQUIRE(opened.status == Database::Status::Ok);
    CHECK(QFile::exists(path + QStringLiteral(".bak-v1")));
    {
        QSqlQuery q(opened.db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == Database::SchemaVersion);
    }
    CHECK(opened.db->integrityCheck());
    SourceStore sources(*opened.db);
    ItemStore items(*opened.db);
    REQUIRE(sources.all().size() == 1);
    CHECK(sources.all().first().folder == QLatin1String("News"));
    CHECK(items.count() == 1);
    CHECK(items.indexPending() == 1);
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Search;
    spec.query = QStringLiteral("zeppelin");
    CHECK(items.page(spec, PageCursor(), 10).size() == 1);

    LinkStore links(*opened.db);
    const LinkStore::Saved s = links.save(
        makeLink(QStringLiteral("https://example.org/a"), QStringLiteral("A"), { QStringLiteral("t") }));
    CHECK(s.ok);
    CHECK(links.tags().size() == 1);
}

TEST_CASE("LinkStore says why a save failed, and leaves nothing half-written", "[links]")
{
    TempDb t;
    LinkStore store(*t.db);
    const qint64 kept
        = saveOk(store, makeLink(QStringLiteral("https://example.org/kept"), QStringLiteral("Kept")));
    {
        // A full disk, as SQLite sees it: no page may be added to the file.
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(q.next());
        const int pages = q.value(0).toInt();
        q.finish();
        REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    }
    Link big = makeLink(
        QStringLiteral("https://example.org/big"), QStringLiteral("Big"), { QStringLiteral("new-tag") });
    big.note = QString(200000, QLatin1Char('x'));
    const LinkStore::Saved s = store.save(big);
    CHECK_FALSE(s.ok);
    CHECK(s.error.contains(QLatin1String("disk is full")));
    CHECK_FALSE(store.byUrl(QUrl(QStringLiteral("https://example.org/big"))));
    CHECK(store.tags().isEmpty());
    CHECK(store.byId(kept));
    CHECK(ftsIntact(*t.db));
}
