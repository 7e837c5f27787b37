// A write the server refused is edited where it was written: the outbox's
// Edit… opens the forum composer or the post composer on the entry, with the
// server's words; Send again replaces the entry, which then reaches the
// server once, with the new text. What may already have reached the server
// cannot be edited.
#include "DiscourseProfile.h"
#include "MastodonProfile.h"
#include "TestSupport.h"
#include "core/accounts/Accounts.h"
#include "core/sources/discourse/DiscoursePacing.h"
#include "core/sources/discourse/DiscourseWrites.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/store/AccountStore.h"
#include "core/store/ItemStore.h"
#include "core/store/OutboxStore.h"
#include "core/store/SourceStore.h"
#include "core/sync/Outbox.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/compose/ForumComposerDialog.h"
#include "test_links_support.h"
#include "ui/outbox/OutboxDialog.h"
#include "ui/outbox/OutboxModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

bool settled(Engine &engine, qint64 id)
{
    const auto e = engine.outboxStore().byId(id);
    return e && (e->state == OutboxEntry::State::Sent || e->state == OutboxEntry::State::Failed);
}

void removeAccount(Engine &engine, qint64 id)
{
    bool done = false;
    engine.accounts().remove(id, [&](bool, const QString &) { done = true; });
    waitUntil([&] { return done; });
}

} // namespace

TEST_CASE("A reply the forum refused is edited from the outbox and reaches the forum once", "[ui][outbox][discourse]")
{
    DiscourseProfile env;
    env.server.addCategory({ 7, QStringLiteral("News"), QStringLiteral("news"), QStringLiteral("0088CC") });
    env.server.addTopics(7, 3, 101);
    env.server.setPosts(101, 4);
    env.engine->outbox().setBackoff(20, 200);
    env.engine->forumPacing().setUserKeyLimits({ { 1000, 1000 } });
    env.engine->forumPacing().setLimits({ { 1000, 1000 } });
    const auto [added, key] = env.signIn();
    const qint64 source = env.follow(QStringLiteral("/c/news/7.json"), QStringLiteral("News"));
    REQUIRE(env.refresh(source).isEmpty());

    ForumDraft draft;
    QString error;
    const Item topic = *env.engine->items().item(env.itemOfTopic(source, 101));
    REQUIRE(discourse::makeReply(draft, topic, *env.engine->sources().byId(source), 3, &error));
    draft.raw = QStringLiteral("Me too!");
    const qint64 id = env.engine->outbox().enqueue(added.id, QString::fromLatin1(discourse::ReplyAction), discourse::replyPayload(draft));
    REQUIRE(id > 0);
    env.engine->outbox().setOnline(true);
    env.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return settled(*env.engine, id); }, 20000));
    REQUIRE(env.engine->outboxStore().byId(id)->state == OutboxEntry::State::Failed);
    CHECK(env.server.written().isEmpty());

    OutboxDialog dialog(*env.engine);
    dialog.show();
    dialog.selectEntry(id); // the failure is selected first anyway
    CHECK(dialog.selectedEntryId() == id);
    REQUIRE(dialog.editButton()->isEnabled());
    CHECK(dialog.detailLabel()->text().contains(QStringLiteral("Edit it")));
    auto *composer = qobject_cast<ForumComposerDialog *>(dialog.editSelected());
    REQUIRE(composer);
    CHECK(composer->isVisible());
    CHECK(composer->textEdit()->toPlainText() == QStringLiteral("Me too!"));
    CHECK(composer->errorLabel()->text().contains(QStringLiteral("too short")));
    CHECK(composer->postButton()->text() == QStringLiteral("Send again"));
    CHECK_FALSE(composer->titleField()->isVisible());

    composer->textEdit()->setPlainText(QStringLiteral("Me too: the same happens on our servers since Monday."));
    composer->postButton()->click();
    REQUIRE(waitUntil([&] { return settled(*env.engine, id); }, 20000));
    const OutboxEntry sent = *env.engine->outboxStore().byId(id);
    CHECK(sent.state == OutboxEntry::State::Sent);
    CHECK(sent.payload.value(QLatin1String("reply_to_post_number")).toInt() == 3);
    const auto written = env.server.written();
    REQUIRE(written.size() == 1);
    CHECK(written.first().raw == QStringLiteral("Me too: the same happens on our servers since Monday."));
    CHECK(written.first().replyTo == 3);
    CHECK(written.first().topicId == 101);
    CHECK(env.engine->outboxStore().all().size() == 1); // replaced, not queued again
    CHECK_FALSE(dialog.editButton()->isEnabled());

    removeAccount(*env.engine, added.id);
}

TEST_CASE("A post the server refused is edited with its warning and visibility, and goes out once", "[ui][outbox][compose]")
{
    MastodonProfile env;
    MastodonServer &server = env.server;
    Engine &engine = *env.engine;
    engine.outbox().setBackoff(20, 200);
    const std::optional<Accounts::AddResult> added = env.addAccount(server.token());
    REQUIRE(added->id > 0);

    server.setRefusePosts(QStringLiteral("Validation failed: Text character limit of 500 exceeded"));
    mastodon::PostDraft draft;
    draft.text = QStringLiteral("A long thought about knowledge sharing");
    draft.spoiler = QStringLiteral("work talk");
    draft.visibility = QStringLiteral("unlisted");
    draft.language = QStringLiteral("en");
    draft.inReplyToId = QStringLiteral("4242");
    const qint64 id = engine.outbox().enqueue(added->id, QStringLiteral("mastodon.post"), mastodon::postPayload(draft));
    REQUIRE(id > 0);
    engine.outbox().deliverNow();
    REQUIRE(waitUntil([&] { return settled(engine, id); }, 20000));
    REQUIRE(engine.outboxStore().byId(id)->state == OutboxEntry::State::Failed);
    server.setRefusePosts({});

    OutboxDialog dialog(engine);
    dialog.show();
    dialog.selectEntry(id);
    REQUIRE(dialog.editButton()->isEnabled());
    auto *composer = qobject_cast<ComposerDialog *>(dialog.editSelected());
    REQUIRE(composer);
    CHECK(composer->textEdit()->toPlainText() == draft.text);
    CHECK(composer->warningField()->isVisible());
    CHECK(composer->warningField()->text() == QStringLiteral("work talk"));
    CHECK(composer->visibilityBox()->currentData().toString() == QStringLiteral("unlisted"));
    REQUIRE(composer->accountBoxes().size() == 1);
    CHECK_FALSE(composer->accountBoxes().first()->isEnabled());

    composer->textEdit()->setPlainText(QStringLiteral("A shorter thought about knowledge sharing"));
    composer->postButton()->click();
    REQUIRE(waitUntil([&] { return settled(engine, id); }, 20000));
    CHECK(engine.outboxStore().byId(id)->state == OutboxEntry::State::Sent);
    const auto posted = server.posted();
    REQUIRE(posted.size() == 1);
    CHECK(posted.first().text == QStringLiteral("A shorter thought about knowledge sharing"));
    CHECK(posted.first().inReplyTo == QStringLiteral("4242"));
}

TEST_CASE("What may have reached the server cannot be edited", "[ui][outbox]")
{
    QTemporaryDir dir;
    Engine::Opened opened = Engine::open(dir.path());
    REQUIRE(opened.engine);
    Engine &engine = *opened.engine;
    engine.outbox().setOnline(false);
    Account a;
    a.kind = QStringLiteral("mastodon");
    a.server = QUrl(QStringLiteral("http://127.0.0.1:9"));
    a.userName = QStringLiteral("anna");
    const qint64 account = engine.accountStore().add(a);
    REQUIRE(account > 0);
    const qint64 fresh = engine.outbox().enqueue(account, QStringLiteral("mastodon.post"), { { QStringLiteral("status"), QStringLiteral("one") } });
    const qint64 tried = engine.outbox().enqueue(account, QStringLiteral("mastodon.post"), { { QStringLiteral("status"), QStringLiteral("two") } });
    const qint64 like = engine.outbox().enqueue(account, QStringLiteral("mastodon.favourite"), { { QStringLiteral("status_id"), QStringLiteral("1") } });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // An attempt whose answer never came: the post may be on the server.
    REQUIRE(engine.outboxStore().markSending(tried, now));
    REQUIRE(engine.outboxStore().markRetry(tried, QStringLiteral("timed out"), now + 60000, now));

    OutboxDialog dialog(engine);
    dialog.selectEntry(fresh);
    CHECK(dialog.editButton()->isEnabled());
    dialog.selectEntry(tried);
    CHECK_FALSE(dialog.editButton()->isEnabled());
    CHECK(dialog.editSelected() == nullptr);
    CHECK_FALSE(engine.outbox().edit(tried, { { QStringLiteral("status"), QStringLiteral("changed") } }));
    dialog.selectEntry(like);
    CHECK_FALSE(dialog.editButton()->isEnabled()); // nothing to write

    // Editing what was never tried keeps it waiting as it was.
    REQUIRE(engine.outbox().edit(fresh, { { QStringLiteral("status"), QStringLiteral("one, better") } }));
    const OutboxEntry e = *engine.outboxStore().byId(fresh);
    CHECK(e.state == OutboxEntry::State::Queued);
    CHECK(e.payload.value(QLatin1String("status")).toString() == QStringLiteral("one, better"));
    CHECK(engine.outboxStore().byId(tried)->payload.value(QLatin1String("status")).toString() == QStringLiteral("two"));
}

TEST_CASE("A post the server holds for later is listed, changed and called off from the outbox", "[ui][outbox][compose]")
{
    MastodonProfile env;
    MastodonServer &server = env.server;
    Engine &engine = *env.engine;
    const std::optional<Accounts::AddResult> added = env.addAccount(server.token());
    REQUIRE(added->id > 0);
    mastodon::PostDraft draft;
    draft.text = QStringLiteral("Fijne feestdagen");
    draft.scheduledAtMs = QDateTime::currentMSecsSinceEpoch() + 3 * 3600 * 1000;
    const qint64 id = engine.outbox().enqueue(added->id, QStringLiteral("mastodon.post"), mastodon::postPayload(draft));
    engine.outbox().deliverNow();
    REQUIRE(waitUntil([&] { return settled(engine, id); }, 20000));
    REQUIRE(server.scheduled().size() == 1);

    const QString heldId = engine.outboxStore().byId(id)->remoteId;
    OutboxDialog dialog(engine);
    dialog.show();
    dialog.selectEntry(id);
    const QModelIndex state = dialog.findChild<QTreeView *>()->currentIndex().siblingAtColumn(OutboxModel::StateColumn);
    CHECK(state.data().toString().startsWith(QStringLiteral("Scheduled for")));
    REQUIRE(dialog.editButton()->isEnabled());
    CHECK(dialog.discardButton()->text() == QStringLiteral("Cancel post…"));
    auto *composer = qobject_cast<ComposerDialog *>(dialog.editSelected());
    REQUIRE(composer);
    CHECK(composer->textEdit()->toPlainText() == QStringLiteral("Fijne feestdagen"));
    CHECK(composer->laterToggle()->isChecked());
    composer->textEdit()->setPlainText(QStringLiteral("Fijne feestdagen, allemaal!"));
    composer->postButton()->click();
    REQUIRE(waitUntil([&] { return server.scheduled().size() == 1 && server.scheduled().first().text.endsWith(u'!'); }, 20000));
    CHECK(server.actions().contains(QStringLiteral("unschedule ") + heldId));
    CHECK_FALSE(engine.outboxStore().byId(id)); // its edit took its place

    // Called off.
    qint64 replacement = 0;
    REQUIRE(waitUntil([&] {
        for (const OutboxEntry &e : engine.outboxStore().all())
            replacement = e.state == OutboxEntry::State::Sent ? e.id : replacement;
        return replacement > 0;
    }, 20000));
    dialog.selectEntry(replacement);
    auto answered = std::make_shared<bool>(false);
    answerNextMessageBox(QMessageBox::Yes, answered);
    CHECK(dialog.discardSelected());
    REQUIRE(waitUntil([&] { return server.scheduled().isEmpty(); }, 20000));
    CHECK(*answered);
}
