#include "test_store_support.h"

using namespace gilde;
using namespace gilde::test;

TEST_CASE("SourceStore adds once per URL and reads back every field", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    Source s;
    s.url = QUrl(QStringLiteral("https://example.org/feed.xml"));
    s.title = QStringLiteral("Example");
    s.siteUrl = QUrl(QStringLiteral("https://example.org/"));
    s.folder = QStringLiteral("News/World");
    s.ttlMinutes = 30;
    const qint64 id = sources.add(s);
    REQUIRE(id > 0);
    s.title = QStringLiteral("Other title");
    CHECK(sources.add(s) == id);
    CHECK(sources.all().size() == 1);
    CHECK(sources.add(Source {}) == 0);

    const auto back = sources.byId(id);
    REQUIRE(back);
    CHECK(back->url == s.url);
    CHECK(back->title == QLatin1String("Example"));
    CHECK(back->siteUrl == s.siteUrl);
    CHECK(back->folder == QLatin1String("News/World"));
    CHECK(back->kind == QLatin1String("feed"));
    CHECK(back->ttlMinutes == 30);
    CHECK(back->etag.isEmpty());
    CHECK(sources.byUrl(s.url)->id == id);
    CHECK_FALSE(sources.byUrl(QUrl(QStringLiteral("https://example.org/other"))));
    CHECK_FALSE(sources.byId(id + 100));

    CHECK(sources.rename(id, QStringLiteral("Renamed")));
    CHECK(sources.setFolder(id, QString()));
    CHECK(sources.byId(id)->title == QLatin1String("Renamed"));
    CHECK(sources.byId(id)->folder.isEmpty());
    CHECK_FALSE(sources.rename(id + 100, QStringLiteral("x")));
}

TEST_CASE("SourceStore lists due sources, folders and folder contents", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    const qint64 a = addSource(
        sources, QStringLiteral("https://example.org/a"), QStringLiteral("Tech"), QStringLiteral("b-title"));
    const qint64 b
        = addSource(sources, QStringLiteral("https://example.org/b"), QStringLiteral("Tech/Web/Deep"));
    const qint64 c
        = addSource(sources, QStringLiteral("https://example.org/c"), QStringLiteral("Technology"));
    const qint64 d = addSource(sources, QStringLiteral("https://example.org/d"));
    const qint64 e = addSource(
        sources, QStringLiteral("https://example.org/e"), QStringLiteral("Tech"), QStringLiteral("A-title"));

    CHECK(sources.folders()
        == QStringList({ QStringLiteral("Tech"), QStringLiteral("Tech/Web"), QStringLiteral("Tech/Web/Deep"),
            QStringLiteral("Technology") }));
    QList<qint64> tech;
    for (const Source &s : sources.inFolder(QStringLiteral("Tech")))
        tech << s.id;
    CHECK(tech == QList<qint64>({ e, a, b })); // by folder, then title
    CHECK(sources.inFolder(QStringLiteral("Tech/Web")).size() == 1);
    CHECK(sources.inFolder(QStringLiteral("Nothing")).isEmpty());

    // New sources are due at once; then as their state says.
    CHECK(sources.due(1000).size() == 5);
    for (qint64 id : { a, b, c, d, e }) {
        Source s = *sources.byId(id);
        s.nextRefreshMs = id == c ? 500 : 5000;
        REQUIRE(sources.saveRefreshState(s));
    }
    const auto due = sources.due(1000);
    REQUIRE(due.size() == 1);
    CHECK(due.first().id == c);
    CHECK(sources.due(5000).size() == 5);
}

TEST_CASE("SourceStore saves refresh state, following a permanent redirect", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    const qint64 id = addSource(sources, QStringLiteral("http://old.example.org/feed"));
    const qint64 other = addSource(sources, QStringLiteral("https://example.org/taken"));

    Source s = *sources.byId(id);
    s.url = QUrl(QStringLiteral("https://new.example.org/feed?x=1&y=%C3%A9"));
    s.title = QStringLiteral("Feed title");
    s.siteUrl = QUrl(QStringLiteral("https://new.example.org/"));
    s.iconUrl = QUrl(QStringLiteral("https://new.example.org/icon.png"));
    s.etag = QByteArrayLiteral("W/\"abc\"");
    s.lastModified = QByteArrayLiteral("Wed, 01 May 2024 09:30:00 GMT");
    s.ttlMinutes = 60;
    s.lastRefreshMs = 111;
    s.lastSuccessMs = 111;
    s.nextRefreshMs = 222;
    s.errorCount = 0;
    REQUIRE(sources.saveRefreshState(s));
    Source back = *sources.byId(id);
    CHECK(back.url == s.url);
    CHECK(back.title == s.title);
    CHECK(back.siteUrl == s.siteUrl);
    CHECK(back.iconUrl == s.iconUrl);
    CHECK(back.etag == s.etag);
    CHECK(back.lastModified == s.lastModified);
    CHECK(back.ttlMinutes == 60);
    CHECK(back.lastRefreshMs == 111);
    CHECK(back.lastSuccessMs == 111);
    CHECK(back.nextRefreshMs == 222);
    CHECK(sources.byUrl(s.url)->id == id);

    // A failure, then a redirect onto a feed that is already subscribed: the
    // state is saved and the address stays.
    back.errorCount = 3;
    back.lastError = QStringLiteral("Server said 503");
    back.etag.clear();
    back.url = sources.byId(other)->url;
    REQUIRE(sources.saveRefreshState(back));
    const Source failed = *sources.byId(id);
    CHECK(failed.url == s.url);
    CHECK(failed.errorCount == 3);
    CHECK(failed.lastError == QLatin1String("Server said 503"));
    CHECK(failed.etag.isEmpty());

    Source ghost = back;
    ghost.id = 9999;
    CHECK_FALSE(sources.saveRefreshState(ghost));
}

TEST_CASE("SourceStore removes a source with its items", "[store]")
{
    TempDb t;
    SourceStore sources(*t.db);
    ItemStore items(*t.db);
    const qint64 a = addSource(sources, QStringLiteral("https://example.org/a"));
    const qint64 b = addSource(sources, QStringLiteral("https://example.org/b"));
    REQUIRE(items.upsert(a, { makeItem(QStringLiteral("1"), 1), makeItem(QStringLiteral("2"), 2) }).ok);
    REQUIRE(items.upsert(b, { makeItem(QStringLiteral("1"), 1) }).ok);
    items.indexPending();

    CHECK(sources.remove(a));
    CHECK_FALSE(sources.remove(a));
    CHECK(items.count() == 1);
    CHECK_FALSE(sources.byId(a));
    CHECK(sources.all().size() == 1);
    CHECK(items.checkSearchIndex());
    CHECK(t.db->integrityCheck());
}
