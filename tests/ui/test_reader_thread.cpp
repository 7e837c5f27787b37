// A forum topic in the reader: its whole thread from a scripted forum, in
// order, with who answers whom; sanitized; and from the cache, with a word
// why, when the forum cannot be reached. A Mastodon post: its conversation.
#include "DiscourseServer.h"
#include "MastodonProfile.h"
#include "TestSupport.h"
#include "core/Engine.h"
#include "core/sources/Threads.h"
#include "core/sources/discourse/DiscourseThreads.h"
#include "core/sources/feeds/Subscriptions.h"
#include "core/store/ItemStore.h"
#include "core/sync/SyncEngine.h"
#include "core/sources/mastodon/MastodonJson.h"
#include "core/sources/mastodon/MastodonTimeline.h"
#include "core/sources/mastodon/StatusToItems.h"
#include "core/sync/FetchReport.h"
#include "core/store/ColumnStore.h"
#include "ui/common/SourceCache.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/reader/ReaderBrowser.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ThreadHtml.h"
#include "ui/compose/PostActions.h"
#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

TEST_CASE("The reader shows a topic's whole thread, and the cached one offline", "[discourse][reader]")
{
    DiscourseServer server;
    REQUIRE(server.listen());
    server.addCategory({ 5, QStringLiteral("Support"), QStringLiteral("support"), QStringLiteral("0088CC") });
    server.addTopics(5, 1, 100);
    server.setPosts(100, 70); // more than the reader shows at once: the rest comes in parts
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Engine::Opened opened = Engine::open(dir.path());
    REQUIRE(opened.engine);
    Engine &engine = *opened.engine;
    const qint64 source = engine.subscriptions().subscribe(
        server.url(QStringLiteral("/latest.json")), QStringLiteral("Forum"), {}, QStringLiteral("discourse"));
    QSignalSpy refreshed(&engine.sync(), &SyncEngine::refreshFinished);
    engine.sync().refresh({ source });
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }, 10000));
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = source;
    const QList<Item> items = engine.items().page(spec, {}, 10);
    REQUIRE(items.size() == 1);

    ReaderPane reader(engine);
    reader.resize(700, 900);
    reader.show();
    QSignalSpy loaded(&engine.forumThreads(), &DiscourseThreads::threadLoaded);
    reader.showItem(items.first().id);
    REQUIRE(waitUntil([&] { return loaded.count() > 0; }, 20000));
    REQUIRE(waitUntil(
        [&] { return reader.browser()->document()->toPlainText().contains(DiscourseServer::postText(100, 70)); }, 10000));
    const QString text = reader.browser()->document()->toPlainText();
    // In order, every post, once.
    qsizetype at = -1;
    for (int n = 1; n <= 70; ++n) {
        const qsizetype found = text.indexOf(DiscourseServer::postText(100, n));
        INFO("post " << n);
        CHECK(found > at);
        CHECK(text.count(DiscourseServer::postText(100, n)) == 1);
        at = found;
    }
    CHECK_FALSE(text.contains(QStringLiteral("alert(1)")));
    // Offline: the same thread, and why it is not newer.
    server.setFault("/t/100.json", TestResponse::error(503, "down"));
    reader.clear();
    QSignalSpy failed(&engine.forumThreads(), &DiscourseThreads::threadFailed);
    reader.showItem(items.first().id);
    REQUIRE(waitUntil([&] { return failed.count() > 0; }, 20000));
    const QString offline = reader.browser()->document()->toPlainText();
    CHECK(offline.contains(QStringLiteral("could not be brought up to date")));
    CHECK(offline.contains(DiscourseServer::postText(100, 1)));
}

TEST_CASE("The reader shows a Mastodon post in its conversation, without a forum's actions", "[mastodon][reader]")
{
    MastodonProfile env;
    env.server.setTimeline("/api/v1/timelines/tag/gilde", 1, 1000);
    env.server.setConversation(1000, 1, 2);
    const QList<Item> items = env.listOf(env.followHashtag(QStringLiteral("gilde")));
    REQUIRE(items.size() == 1);

    ReaderPane reader(*env.engine);
    reader.resize(700, 900);
    reader.show();
    QSignalSpy loaded(&env.engine->threads(), &Threads::threadLoaded);
    reader.showItem(items.first().id);
    REQUIRE(waitUntil([&] { return loaded.count() > 0; }, 10000));
    REQUIRE(waitUntil([&] {
        return reader.browser()->document()->toPlainText().contains(MastodonServer::conversationText(1000, 4));
    }, 5000));
    const QString text = reader.browser()->document()->toPlainText();
    qsizetype at = -1;
    for (int n = 1; n <= 4; ++n) {
        INFO("post " << n);
        const qsizetype found = text.indexOf(MastodonServer::conversationText(1000, n));
        CHECK(found > at);
        at = found;
    }
    CHECK_FALSE(reader.browser()->toHtml().contains(QStringLiteral("gilde-post:")));
}

TEST_CASE("A hashtag in a Mastodon post opens its timeline as a column, once; other links go to the browser",
    "[mastodon][reader]")
{
    MastodonProfile env;
    env.server.setTimeline("/api/v1/timelines/tag/gilde", 1, 1000);
    const QList<Item> items = env.listOf(env.followHashtag(QStringLiteral("gilde")));
    REQUIRE(items.size() == 1);

    ReaderPane reader(*env.engine);
    QList<QUrl> opened;
    reader.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    reader.showItem(items.first().id);
    QList<std::pair<MastodonTimeline, QString>> asked;
    QObject::connect(&reader, &ReaderPane::timelineRequested,
        [&](const MastodonTimeline &t, const QString &title) { asked.append({ t, title }); });
    // As Mastodon writes it: the tag's page on the author's server.
    Q_EMIT reader.browser()->linkActivated(QUrl(QStringLiteral("https://mastodon.social/tags/Leren")));
    REQUIRE(asked.size() == 1);
    const MastodonTimeline timeline = asked.first().first;
    CHECK(timeline.kind == MastodonTimeline::Kind::Hashtag);
    CHECK(timeline.arg == QStringLiteral("Leren"));
    CHECK(timeline.server == env.server.server()); // read where the post was read
    CHECK(asked.first().second == timeline.title());
    CHECK(opened.isEmpty());

    Q_EMIT reader.browser()->linkActivated(QUrl(QStringLiteral("https://example.org/article")));
    CHECK(asked.size() == 1);
    REQUIRE(opened.size() == 1);

    // The column: one, however often it is asked for.
    const qint64 tab = env.engine->columns().addTab(QStringLiteral("Social"));
    SourceCache sources(env.engine->sources());
    Dashboard dashboard(*env.engine, sources, nullptr);
    dashboard.load(tab);
    const qint64 tag = env.engine->subscriptions().subscribe(timeline.sourceUrl(), timeline.title(), {}, QStringLiteral("mastodon"));
    REQUIRE(tag > 0);
    const qint64 column = dashboard.showSourceColumn(tag, timeline.title());
    REQUIRE(column > 0);
    CHECK(dashboard.showSourceColumn(tag, timeline.title()) == column);
    CHECK(dashboard.columns(tab).size() == 1);
}

TEST_CASE("A person mentioned in a Mastodon post opens their posts as a column; an unknown one, their page",
    "[mastodon][reader]")
{
    MastodonProfile env;
    env.server.setTimeline("/api/v1/timelines/tag/gilde", 1, 1000);
    const qint64 source = env.followHashtag(QStringLiteral("gilde"));
    // A post that mentions two people: one the server knows, one it does not.
    QJsonObject json = MastodonServer::status(2000, QStringLiteral("Vraag aan @noiob en @ghost"), QDateTime::currentMSecsSinceEpoch());
    json.insert(QStringLiteral("mentions"), QJsonArray {
        QJsonObject { { QStringLiteral("id"), QStringLiteral("23634") }, { QStringLiteral("username"), QStringLiteral("noiob") },
            { QStringLiteral("acct"), QStringLiteral("noiob@awoo.space") }, { QStringLiteral("url"), QStringLiteral("https://awoo.space/@noiob") } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("5") }, { QStringLiteral("username"), QStringLiteral("ghost") },
            { QStringLiteral("acct"), QStringLiteral("ghost@gone.example") }, { QStringLiteral("url"), QStringLiteral("https://gone.example/@ghost") } } });
    QSignalSpy refreshed(&env.engine->sync(), &SyncEngine::sourceRefreshed);
    env.engine->sync().ingest(source, { mastodon::itemFromStatus(mastodon::status(json), source) }, PageReport {});
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }, 5000));
    const QList<Item> items = env.listOf(source);
    REQUIRE_FALSE(items.isEmpty());
    const Item post = items.first();
    REQUIRE(post.text.contains(QStringLiteral("Vraag aan")));

    ReaderPane reader(*env.engine);
    QList<QUrl> opened;
    reader.setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    reader.showItem(post.id);
    QList<std::pair<MastodonTimeline, QString>> asked;
    QObject::connect(&reader, &ReaderPane::timelineRequested,
        [&](const MastodonTimeline &t, const QString &title) { asked.append({ t, title }); });

    // The person's posts, as the server the post was read from knows them.
    Q_EMIT reader.browser()->linkActivated(QUrl(QStringLiteral("https://awoo.space/@noiob")));
    REQUIRE(waitUntil([&] { return !asked.isEmpty(); }, 5000));
    const MastodonTimeline person = asked.first().first;
    CHECK(person.kind == MastodonTimeline::Kind::Account);
    CHECK(person.arg == QStringLiteral("23634"));
    CHECK(person.server == env.server.server());
    CHECK(asked.first().second == QStringLiteral("ikea shark fan account (@noiob@awoo.space)"));
    CHECK(opened.isEmpty());

    // Someone the server cannot find: their page in the browser, as a link would.
    Q_EMIT reader.browser()->linkActivated(QUrl(QStringLiteral("https://gone.example/@ghost")));
    REQUIRE(waitUntil([&] { return !opened.isEmpty(); }, 5000));
    CHECK(opened.first() == QUrl(QStringLiteral("https://gone.example/@ghost")));
    // A profile-shaped link of someone not mentioned is just a link.
    Q_EMIT reader.browser()->linkActivated(QUrl(QStringLiteral("https://video.example/@channel")));
    CHECK(opened.size() == 2);
    QTest::qWait(100);
    CHECK(asked.size() == 1);
}

TEST_CASE("A thread's document says who answers whom, and what was deleted", "[discourse][reader]")
{
    QList<ThreadPost> posts;
    for (int n = 1; n <= 4; ++n) {
        ThreadPost p;
        p.number = n;
        p.author = QStringLiteral("user%1").arg(n);
        p.authorName = n == 1 ? QStringLiteral("Anne de Vries") : QString();
        p.publishedMs = 1764583200000 + n * 60000;
        p.html = n == 3 ? QString() : QStringLiteral("<p>Text %1</p>").arg(n);
        posts << p;
    }
    posts[1].replyTo = 1; // the post just above: no pointer needed
    posts[3].replyTo = 1; // further up: said
    posts[3].likes = 2;
    QTextDocument doc;
    doc.setHtml(threadHtml(posts));
    const QString text = doc.toPlainText();
    CHECK(text.contains(QStringLiteral("Anne de Vries")));
    CHECK(text.contains(QStringLiteral("@user1")));
    CHECK(text.count(QStringLiteral("replying to")) == 1);
    CHECK(text.contains(QStringLiteral("replying to @user1 (#1)")));
    CHECK(text.contains(QStringLiteral("deleted or hidden")));
    CHECK(text.contains(QStringLiteral("2 likes")));
    CHECK(text.indexOf(QStringLiteral("Text 1")) < text.indexOf(QStringLiteral("Text 4")));
}

TEST_CASE("A post's open poll takes a vote from the reader, queued and cast once; a closed one none",
    "[mastodon][reader][outbox]")
{
    MastodonProfile env;
    const Accounts::AddResult added = env.addAccount(env.server.token());
    REQUIRE(added.id > 0);
    const qint64 home = env.follow(MastodonTimeline::Kind::Home, added.id);
    QJsonObject poll = QJsonDocument::fromJson(fixture(QStringLiteral("mastodon/poll.json"))).object();
    poll.insert(QStringLiteral("expired"), false);
    poll.insert(QStringLiteral("voted"), false);
    poll.insert(QStringLiteral("own_votes"), QJsonArray());
    QJsonObject open = MastodonServer::status(3001, QStringLiteral("Doen we mee?"), QDateTime::currentMSecsSinceEpoch());
    open.insert(QStringLiteral("poll"), poll);
    QJsonObject closed = MastodonServer::status(3002, QStringLiteral("Uitslag"), QDateTime::currentMSecsSinceEpoch() - 60000);
    closed.insert(QStringLiteral("poll"), QJsonDocument::fromJson(fixture(QStringLiteral("mastodon/poll.json"))).object());
    QSignalSpy refreshed(&env.engine->sync(), &SyncEngine::sourceRefreshed);
    env.engine->sync().ingest(home, mastodon::itemsFromStatuses({ mastodon::status(open), mastodon::status(closed) }, home), PageReport {});
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }, 5000));
    qint64 openItem = 0;
    qint64 closedItem = 0;
    for (const Item &item : env.listOf(home))
        (item.remoteId == QStringLiteral("3001") ? openItem : closedItem) = item.id;
    REQUIRE(openItem > 0);
    REQUIRE(closedItem > 0);

    ReaderPane reader(*env.engine);
    reader.resize(600, 800);
    reader.showItem(closedItem);
    CHECK_FALSE(reader.browser()->toHtml().contains(QStringLiteral("gilde-post:vote")));
    reader.showItem(openItem);
    REQUIRE(reader.browser()->toHtml().contains(QStringLiteral("gilde-post:vote/1")));
    CHECK(reader.browser()->toPlainText().contains(QStringLiteral("Vote: accept · deny")));

    PostActions actions(*env.engine, nullptr);
    QObject::connect(&reader, &ReaderPane::voteRequested, &actions, &PostActions::vote);
    Q_EMIT reader.browser()->linkActivated(QUrl(QStringLiteral("gilde-post:vote/1")));
    CHECK(reader.browser()->toPlainText().contains(QStringLiteral("Your vote for “deny” is on its way.")));
    // Once: a second click on the choices that were there does nothing more.
    Q_EMIT reader.browser()->linkActivated(QUrl(QStringLiteral("gilde-post:vote/0")));
    const QList<OutboxEntry> entries = env.engine->outboxStore().all();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().action == QStringLiteral("mastodon.vote"));

    env.engine->outbox().setOnline(true);
    env.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return env.engine->outboxStore().all().first().state == OutboxEntry::State::Sent; }, 10000));
    CHECK(env.server.actions().contains(QStringLiteral("vote 34830 [1]")));
}
