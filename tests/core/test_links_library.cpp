// LinkLibrary: saving with normalization, the outbox entries of a synced
// library, imports, and page text fetched from a local server.

#include "TestHttpServer.h"
#include "TestSupport.h"
#include "links/LinkLibrary.h"
#include "links/NetscapeBookmarks.h"
#include "net/HttpClient.h"
#include "store/AccountStore.h"
#include "store/LinkStore.h"
#include "store/OutboxStore.h"
#include "sync/Outbox.h"
#include "test_store_support.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct Library {
    TempDb t;
    LinkStore store { *t.db };
    OutboxStore outboxStore { *t.db };
    AccountStore accounts { *t.db };
    HttpClient http;
    Outbox outbox { outboxStore };
    LinkLibrary library { store, http, outbox };

    qint64 addShaarli()
    {
        Account a;
        a.kind = QStringLiteral("shaarli");
        a.server = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        const qint64 id = accounts.add(a);
        REQUIRE(id > 0);
        return id;
    }
};

Link raw(const QString &url, const QString &title = {}, QStringList tags = {})
{
    Link l;
    l.url = QUrl(url);
    l.title = title;
    l.tags = std::move(tags);
    return l;
}

} // namespace

TEST_CASE("LinkLibrary saves normalized, says when it updated, and queues page text", "[links]")
{
    Library lib;
    QSignalSpy changed(&lib.library, &LinkLibrary::linksChanged);
    const auto first = lib.library.save(raw(QStringLiteral("HTTPS://Example.org:443/post/?utm_source=feed"),
        QStringLiteral("Post"), { QStringLiteral("Reading"), QStringLiteral("reading") }));
    REQUIRE(first.error.isEmpty());
    CHECK_FALSE(first.updatedExisting);
    CHECK(changed.size() == 1);
    auto stored = lib.store.byId(first.id);
    REQUIRE(stored);
    CHECK(stored->url.toString() == QLatin1String("https://example.org/post"));
    CHECK(stored->tags == QStringList { QStringLiteral("reading") });
    CHECK(stored->textState == Link::TextState::Pending);
    CHECK(stored->updatedMs > 0);

    const auto second = lib.library.save(
        raw(QStringLiteral("https://example.org/post#comments"), QStringLiteral("Post, again")));
    CHECK(second.error.isEmpty());
    CHECK(second.updatedExisting);
    CHECK(second.id == first.id);
    CHECK(lib.store.byId(first.id)->title == QLatin1String("Post, again"));
    CHECK(lib.store.all().size() == 1);

    // No sync account: nothing goes to the outbox.
    CHECK(lib.outboxStore.all().isEmpty());

    const auto bad = lib.library.save(raw(QStringLiteral("javascript:alert(1)")));
    CHECK(bad.id == 0);
    CHECK_FALSE(bad.error.isEmpty());
    CHECK(changed.size() == 2);
}

TEST_CASE("LinkLibrary hands every change to the outbox of the synced account", "[links]")
{
    Library lib;
    const qint64 account = lib.addShaarli();
    lib.library.setSyncAccount(account);

    Link l = raw(QStringLiteral("https://example.org/a"), QStringLiteral("A"),
        { QStringLiteral("x"), QStringLiteral("y") });
    l.note = QStringLiteral("note");
    l.isPrivate = true;
    const auto saved = lib.library.save(l);
    REQUIRE(saved.error.isEmpty());
    QList<OutboxEntry> entries = lib.outboxStore.all();
    REQUIRE(entries.size() == 1);
    const OutboxEntry &e = entries.first();
    CHECK(e.accountId == account);
    CHECK(e.action == QLatin1String("shaarli.save"));
    CHECK_FALSE(e.idempotencyKey.isEmpty());
    CHECK(e.payload.value(QStringLiteral("linkId")).toInteger() == saved.id);
    CHECK(e.payload.value(QStringLiteral("url")).toString() == QLatin1String("https://example.org/a"));
    CHECK(e.payload.value(QStringLiteral("title")).toString() == QLatin1String("A"));
    CHECK(e.payload.value(QStringLiteral("note")).toString() == QLatin1String("note"));
    CHECK(e.payload.value(QStringLiteral("tags")).toArray()
        == QJsonArray { QStringLiteral("x"), QStringLiteral("y") });
    CHECK(e.payload.value(QStringLiteral("private")).toBool());
    CHECK_FALSE(e.payload.value(QStringLiteral("readLater")).toBool());
    CHECK(e.payload.value(QStringLiteral("updatedMs")).toInteger() == lib.store.byId(saved.id)->updatedMs);

    // A tag rename is an edit of every link carrying it.
    REQUIRE(
        lib.library
            .save(raw(QStringLiteral("https://example.org/b"), QStringLiteral("B"), { QStringLiteral("x") }))
            .error.isEmpty());
    REQUIRE(
        lib.library
            .save(raw(QStringLiteral("https://example.org/c"), QStringLiteral("C"), { QStringLiteral("z") }))
            .error.isEmpty());
    CHECK(lib.outboxStore.all().size() == 3);
    REQUIRE(lib.library.renameTag(QStringLiteral("x"), QStringLiteral("renamed")));
    entries = lib.outboxStore.all();
    REQUIRE(entries.size() == 5);
    QStringList renamedUrls;
    for (int i = 0; i < 2; ++i) {
        CHECK(entries.at(i)
                  .payload.value(QStringLiteral("tags"))
                  .toArray()
                  .contains(QStringLiteral("renamed")));
        renamedUrls << entries.at(i).payload.value(QStringLiteral("url")).toString();
    }
    renamedUrls.sort();
    CHECK(renamedUrls
        == QStringList { QStringLiteral("https://example.org/a"), QStringLiteral("https://example.org/b") });
    REQUIRE(lib.library.deleteTag(QStringLiteral("z")));
    CHECK(lib.outboxStore.all().size() == 6);

    // Removing a link the server knows queues its deletion; one it never had, nothing.
    REQUIRE(lib.store.setRemote(saved.id, QStringLiteral("17"), 1000));
    REQUIRE(lib.library.remove(saved.id));
    entries = lib.outboxStore.all();
    REQUIRE(entries.size() == 7);
    CHECK(entries.first().action == QLatin1String("shaarli.delete"));
    CHECK(entries.first().payload.value(QStringLiteral("remoteId")).toString() == QLatin1String("17"));
    CHECK(entries.first().payload.value(QStringLiteral("url")).toString()
        == QLatin1String("https://example.org/a"));
    const qint64 c = lib.store.byUrl(QUrl(QStringLiteral("https://example.org/c")))->id;
    REQUIRE(lib.library.remove(c));
    CHECK(lib.outboxStore.all().size() == 7);
    CHECK_FALSE(lib.library.remove(c));
}

TEST_CASE("LinkLibrary imports a bookmark file into a library, joining tags", "[links]")
{
    Library lib;
    Link existing = raw(QStringLiteral("https://www.sqlite.org/fts5.html"), QStringLiteral("Mine"),
        { QStringLiteral("mine") });
    existing.note = QStringLiteral("my note");
    REQUIRE(lib.library.save(existing).error.isEmpty());
    QSignalSpy changed(&lib.library, &LinkLibrary::linksChanged);

    const BookmarkFile file = readNetscapeBookmarks(fixture(QStringLiteral("bookmarks/pinboard.html")));
    const LinkLibrary::ImportResult r = lib.library.importLinks(file.links);
    CHECK(r.added == 2);
    CHECK(r.updated == 1);
    CHECK(r.failed == 0);
    CHECK(changed.size() == 1);
    const auto fts = lib.store.byUrl(QUrl(QStringLiteral("https://www.sqlite.org/fts5.html")));
    REQUIRE(fts);
    CHECK(fts->tags
        == QStringList { QStringLiteral("databases"), QStringLiteral("mine"), QStringLiteral("search"),
            QStringLiteral("sqlite") });
    CHECK(fts->title == QLatin1String("SQLite FTS5 Extension"));
    CHECK(fts->readLater);
    CHECK(lib.store.all().size() == 3);
    const auto priv = lib.store.byUrl(QUrl(QStringLiteral("https://blog.example.org/2023/12/private-notes")));
    REQUIRE(priv);
    CHECK(priv->savedMs == 1703980800000);
    CHECK(priv->isPrivate);
    CHECK(priv->textState == Link::TextState::Pending);

    // Importing the same file again changes nothing more.
    const LinkLibrary::ImportResult again = lib.library.importLinks(file.links);
    CHECK(again.added == 0);
    CHECK(again.updated == 3);
    CHECK(lib.store.all().size() == 3);
}

TEST_CASE("LinkLibrary fetches page text, keeps it pending while offline, and says why it failed", "[links]")
{
    Library lib;
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route("/article",
        TestResponse::ok(fixture(QStringLiteral("bookmarks/article.html")), "text/html; charset=utf-8"));
    server.route("/gone", TestResponse::error(404));
    server.route("/file.pdf", TestResponse::ok("%PDF-1.4 ...", "application/pdf"));

    const qint64 article = lib.library.save(raw(server.url(QStringLiteral("/article")).toString())).id;
    const qint64 gone = lib.library.save(raw(server.url(QStringLiteral("/gone")).toString())).id;
    const qint64 pdf = lib.library.save(raw(server.url(QStringLiteral("/file.pdf")).toString())).id;
    REQUIRE(article > 0);
    REQUIRE(gone > 0);
    REQUIRE(pdf > 0);
    QSignalSpy finished(&lib.library, &LinkLibrary::textFetchFinished);

    // Refused connections stand for being offline.
    std::unique_ptr<TestHttpServer> refusing = std::make_unique<TestHttpServer>();
    REQUIRE(refusing->listen());
    const QUrl refusedUrl = refusing->url(QStringLiteral("/later"));
    refusing.reset();
    const qint64 later = lib.library.save(raw(refusedUrl.toString())).id;
    REQUIRE(later > 0);

    lib.library.fetchPendingTexts();
    CHECK(lib.library.isFetchingTexts());
    REQUIRE(waitUntil([&] { return finished.size() > 0; }, 20000));
    CHECK_FALSE(lib.library.isFetchingTexts());

    const auto a = lib.store.byId(article);
    CHECK(a->textState == Link::TextState::Fetched);
    CHECK(a->pageText.startsWith(QLatin1String("Why SQLite works\n\nBy Ann Example")));
    // Saved without a title: the page's own.
    CHECK(a->title == QLatin1String("Why SQLite works & keeps working"));
    CHECK(lib.store.page({ {}, false, QStringLiteral("fuzzing") }, 0, 0, 10).size() == 1);

    const auto g = lib.store.byId(gone);
    CHECK(g->textState == Link::TextState::Failed);
    CHECK_FALSE(g->textError.isEmpty());
    const auto p = lib.store.byId(pdf);
    CHECK(p->textState == Link::TextState::Failed);
    CHECK(p->textError.contains(QLatin1String("application/pdf")));
    CHECK(lib.store.byId(later)->textState == Link::TextState::Pending);
    CHECK(lib.store.needingPageText(10).size() == 1);
    CHECK(server.requestCount("/article") == 1);
}

TEST_CASE("LinkLibrary fetches a page's title", "[links]")
{
    Library lib;
    TestHttpServer server;
    REQUIRE(server.listen());
    server.route(
        "/article", TestResponse::ok(fixture(QStringLiteral("bookmarks/article.html")), "text/html"));
    server.route("/missing", TestResponse::error(404));
    QString title;
    bool done = false;
    lib.library.fetchTitle(server.url(QStringLiteral("/article")), [&](const QString &t) {
        title = t;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }, 10000));
    CHECK(title == QLatin1String("Why SQLite works & keeps working"));

    done = false;
    title = QStringLiteral("unchanged");
    lib.library.fetchTitle(server.url(QStringLiteral("/missing")), [&](const QString &t) {
        title = t;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }, 10000));
    CHECK(title.isEmpty());

    done = false;
    lib.library.fetchTitle(QUrl(QStringLiteral("javascript:x")), [&](const QString &t) {
        title = t;
        done = true;
    });
    CHECK_FALSE(done); // never from inside the call
    REQUIRE(waitUntil([&] { return done; }, 1000));
    CHECK(title.isEmpty());
}
