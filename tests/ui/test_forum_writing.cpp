// Writing to a forum from the window: a signed-in forum's thread has Reply
// and Like under each post (and a post's own HTML can never make such a
// link); Reply with text selected opens the composer with it quoted, and the
// reply is queued in the outbox; a new topic needs a title.
#include "DiscourseProfile.h"
#include "DiscourseServer.h"
#include "DiscourseServerSupport.h"
#include "TestSupport.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/discourse/DiscourseHttp.h"
#include "core/sources/discourse/DiscourseThreads.h"
#include "core/sources/feeds/Subscriptions.h"
#include "core/store/ItemStore.h"
#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "ui/compose/ForumActions.h"
#include "ui/compose/ForumComposerDialog.h"
#include "ui/reader/ReaderBrowser.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ThreadHtml.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

ForumComposerDialog *openComposer()
{
    ForumComposerDialog *found = nullptr;
    waitUntil(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<ForumComposerDialog *>(w); d && d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        5000);
    return found;
}

} // namespace

TEST_CASE("Only Gilde's own Reply and Like links are post actions, never a post's", "[discourse][reader][compose]")
{
    ThreadPost hostile;
    hostile.number = 1;
    hostile.author = QStringLiteral("mallory");
    hostile.html = QStringLiteral("<p><a href=\"gilde-post:like/1\">free like</a> and <a href=\"gilde-post:reply/1\">reply</a></p>");
    const QString plain = threadHtml({ hostile });
    CHECK_FALSE(plain.contains(QStringLiteral("gilde-post:")));
    const QString withActions = threadHtml({ hostile }, 0, -1, QUrl(QStringLiteral("https://forum.example/t/x/1")), true);
    CHECK(withActions.count(QStringLiteral("gilde-post:")) == 2);
    CHECK(withActions.contains(QStringLiteral("href=\"gilde-post:reply/1\"")));
    CHECK(withActions.contains(QStringLiteral("href=\"gilde-post:like/1\"")));
}

TEST_CASE("Reply under a post opens the forum composer with the selection quoted, and queues the reply",
    "[discourse][reader][compose]")
{
    DiscourseServer server;
    REQUIRE(server.listen());
    server.addCategory({ 5, QStringLiteral("Support"), QStringLiteral("support"), QStringLiteral("0088CC") });
    server.addTopics(5, 1, 100);
    server.setPosts(100, 6);
    server.setAdminKey(QStringLiteral("admin-key"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Engine::Opened opened = Engine::open(dir.path());
    REQUIRE(opened.engine);
    Engine &engine = *opened.engine;
    engine.outbox().setOnline(false);
    const qint64 source = engine.subscriptions().subscribe(
        server.url(QStringLiteral("/c/support/5.json")), QStringLiteral("Support"), {}, QStringLiteral("discourse"));
    QSignalSpy refreshed(&engine.sync(), &SyncEngine::refreshFinished);
    engine.sync().refresh({ source });
    REQUIRE(waitUntil([&] { return refreshed.count() > 0; }, 10000));
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = source;
    const QList<Item> items = engine.items().page(spec, {}, 10);
    REQUIRE(items.size() == 1);

    QWidget window;
    ReaderPane reader(engine, &window);
    ForumActions actions(engine, &window);
    QObject::connect(&reader, &ReaderPane::replyToPostRequested, &actions, &ForumActions::reply);
    QSignalSpy said(&actions, &ForumActions::statusMessage);
    window.resize(700, 900);
    window.show();

    // Not signed in: the thread has no actions, and Reply says what to do.
    QSignalSpy loaded(&engine.forumThreads(), &DiscourseThreads::threadLoaded);
    reader.showItem(items.first().id);
    REQUIRE(waitUntil([&] { return loaded.count() > 0; }, 20000));
    REQUIRE(waitUntil([&] { return reader.browser()->toPlainText().contains(DiscourseServer::postText(100, 6)); }, 10000));
    CHECK_FALSE(reader.browser()->toHtml().contains(QStringLiteral("gilde-post:")));
    actions.reply(items.first().id, 0, {});
    REQUIRE(said.count() == 1);
    CHECK(said.first().first().toString().contains(QStringLiteral("Sign in")));

    DiscourseCredentials admin;
    admin.apiKey = QStringLiteral("admin-key");
    admin.apiUsername = QStringLiteral("alice");
    std::optional<Accounts::AddResult> added;
    engine.accounts().addDiscourse(server.base(), admin, [&](const Accounts::AddResult &r) { added = r; });
    REQUIRE(waitUntil([&] { return added.has_value(); }, 10000));
    REQUIRE(added->id > 0);

    reader.clear();
    reader.showItem(items.first().id);
    REQUIRE(waitUntil([&] { return reader.browser()->toHtml().contains(QStringLiteral("gilde-post:reply/4")); }, 10000));
    // The user selects some of post 4 and clicks its Reply.
    QTextCursor cursor = reader.browser()->document()->find(DiscourseServer::postText(100, 4));
    REQUIRE_FALSE(cursor.isNull());
    reader.browser()->setTextCursor(cursor);
    Q_EMIT reader.browser()->linkActivated(QUrl(QStringLiteral("gilde-post:reply/4")));
    ForumComposerDialog *composer = openComposer();
    REQUIRE(composer);
    CHECK_FALSE(composer->titleField()->isVisible());
    const QString draft = composer->textEdit()->toPlainText();
    CHECK(draft.startsWith(QStringLiteral("[quote=\"")));
    CHECK(draft.contains(QStringLiteral("post:4, topic:100\"]\n") + DiscourseServer::postText(100, 4)));
    composer->textEdit()->moveCursor(QTextCursor::End);
    composer->textEdit()->insertPlainText(QStringLiteral("I found the same, and here is why."));
    composer->postButton()->click();
    REQUIRE(waitUntil([&] { return !composer->isVisible(); }, 5000));

    const QList<OutboxEntry> queued = engine.outboxStore().all();
    REQUIRE(queued.size() == 1);
    CHECK(queued.first().action == QStringLiteral("discourse.reply"));
    CHECK(queued.first().accountId == added->id);
    CHECK(queued.first().payload.value(QLatin1String("topic_id")).toInteger() == 100);
    CHECK(queued.first().payload.value(QLatin1String("reply_to_post_number")).toInt() == 4);
    CHECK(queued.first().payload.value(QLatin1String("raw")).toString().endsWith(QStringLiteral("here is why.")));

    // A new topic in the category: the title is asked for before anything is queued.
    actions.newTopic(source);
    ForumComposerDialog *topic = openComposer();
    REQUIRE(topic);
    CHECK(topic->titleField()->isVisible());
    topic->textEdit()->setPlainText(QStringLiteral("Has anyone tried the new release yet?"));
    topic->postButton()->click();
    CHECK(topic->isVisible());
    CHECK(topic->errorLabel()->text().contains(QStringLiteral("title")));
    topic->titleField()->setText(QStringLiteral("Experiences with the new release"));
    topic->postButton()->click();
    REQUIRE(waitUntil([&] { return !topic->isVisible(); }, 5000));
    CHECK(engine.outboxStore().all().size() == 2);
    CHECK(engine.outboxStore().all().first().action == QStringLiteral("discourse.topic"));

    bool removed = false;
    engine.accounts().remove(added->id, [&](bool, const QString &) { removed = true; });
    waitUntil([&] { return removed; }, 10000);
}

TEST_CASE("A post's row in a followed topic's column takes r and f: a reply to that post, a like of it",
    "[discourse][compose]")
{
    DiscourseProfile env;
    env.server.addCategory({ 5, QStringLiteral("Support"), QStringLiteral("support"), QStringLiteral("0088CC") });
    env.server.addTopics(5, 1, 100);
    env.server.setPosts(100, 6);
    env.server.setAdminKey(QStringLiteral("admin-key"));
    Engine &engine = *env.engine;
    engine.outbox().setOnline(false);
    const qint64 source = env.follow(QStringLiteral("/t/100.json"), QStringLiteral("Topic 100"));
    REQUIRE(env.refresh(source).isEmpty());
    const QList<Item> posts = env.itemsOf(source);
    REQUIRE(posts.size() == 6);
    const Item &fourth = posts.at(2); // newest first
    REQUIRE(fourth.url.endsWith(QStringLiteral("/100/4")));

    DiscourseCredentials admin;
    admin.apiKey = QStringLiteral("admin-key");
    admin.apiUsername = QStringLiteral("alice");
    const Accounts::AddResult added = env.addAccount(env.server.base(), admin);
    REQUIRE(added.id > 0);

    QWidget window;
    ForumActions actions(engine, &window);
    CHECK(actions.isForumItem(fourth.id));

    // f: that post is liked, no thread needed.
    actions.like(fourth.id, 1);
    REQUIRE(engine.outboxStore().all().size() == 1);
    const OutboxEntry like = engine.outboxStore().all().first();
    CHECK(like.action == QStringLiteral("discourse.like"));
    CHECK(like.payload.value(QLatin1String("post_id")).toInteger() == gilde::test::discourse::postId(100, 4));
    CHECK(like.payload.value(QLatin1String("title")).toString() == QStringLiteral("Topic 100"));

    // r: the composer answers post 4 of the topic.
    actions.reply(fourth.id, 0, {});
    ForumComposerDialog *composer = openComposer();
    REQUIRE(composer);
    composer->textEdit()->setPlainText(QStringLiteral("Thanks, this is what I needed to read."));
    composer->postButton()->click();
    REQUIRE(waitUntil([&] { return !composer->isVisible(); }, 5000));
    const QList<OutboxEntry> queued = engine.outboxStore().all();
    REQUIRE(queued.size() == 2);
    const auto reply = std::find_if(queued.cbegin(), queued.cend(),
        [](const OutboxEntry &e) { return e.action == QStringLiteral("discourse.reply"); });
    REQUIRE(reply != queued.cend());
    CHECK(reply->payload.value(QLatin1String("topic_id")).toInteger() == 100);
    CHECK(reply->payload.value(QLatin1String("reply_to_post_number")).toInt() == 4);
}
