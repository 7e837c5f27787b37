// The composer and the writing keys: posts and replies become queued outbox
// entries (one per account ticked), the count is the server's, and an item
// that is no Mastodon post says so.
#include "MastodonServer.h"
#include "TestSupport.h"
#include "core/accounts/Accounts.h"
#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"
#include "test_dashboard_support.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/compose/PostActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

struct ComposeEnv {
    MastodonServer first;
    MastodonServer second;
    DashboardProfile p;
    QList<Account> accounts;

    ComposeEnv()
    {
        for (MastodonServer *server : { &first, &second }) {
            REQUIRE(server->listen());
            std::optional<Accounts::AddResult> added;
            p.engine->accounts().addMastodon(
                server->server(), server->token(), [&](const Accounts::AddResult &r) { added = r; });
            REQUIRE(waitUntil([&] { return added.has_value(); }, 10000));
            INFO(added->error.toStdString());
            REQUIRE(added->id > 0);
            accounts << added->account;
        }
        // Nothing goes out during these tests: the entries are what they check.
        p.engine->outbox().setOnline(false);
    }

    ~ComposeEnv()
    {
        for (const Account &a : accounts) {
            bool done = false;
            p.engine->accounts().remove(a.id, [&](bool, const QString &) { done = true; });
            waitUntil([&] { return done; });
        }
    }

    QList<OutboxEntry> entries() { return p.engine->outboxStore().all(); }
};

} // namespace

TEST_CASE("Composer: a post from two accounts is two queued writes", "[ui][compose]")
{
    ComposeEnv env;
    ComposerDialog dialog(*env.p.engine);
    REQUIRE(dialog.accountBoxes().size() == 2);
    CHECK(dialog.accountBoxes()[0]->isChecked());
    CHECK_FALSE(dialog.postButton()->isEnabled()); // nothing written yet
    QTest::keyClicks(dialog.textEdit(), QStringLiteral("Vandaag geleerd: https://example.org/a/long/address"));
    CHECK(dialog.counter()->text() == QString::number(500 - 17 - 23));
    dialog.accountBoxes()[1]->setChecked(true);
    dialog.visibilityBox()->setCurrentIndex(dialog.visibilityBox()->findData(QStringLiteral("unlisted")));
    QSignalSpy queued(&dialog, &ComposerDialog::queued);
    dialog.postButton()->click();
    CHECK(queued.count() == 1);
    const QList<OutboxEntry> entries = env.entries();
    REQUIRE(entries.size() == 2);
    for (const OutboxEntry &e : entries) {
        CHECK(e.action == QStringLiteral("mastodon.post"));
        CHECK(e.payload.value(QLatin1String("status")).toString().startsWith(QStringLiteral("Vandaag geleerd")));
        CHECK(e.payload.value(QLatin1String("visibility")).toString() == QStringLiteral("unlisted"));
    }
    CHECK(entries[0].accountId != entries[1].accountId);
}

TEST_CASE("Composer: past the server's limit nothing can be posted", "[ui][compose]")
{
    ComposeEnv env;
    ComposerDialog dialog(*env.p.engine);
    dialog.textEdit()->setPlainText(QString(501, u'a'));
    CHECK(dialog.counter()->text() == QStringLiteral("-1"));
    CHECK_FALSE(dialog.postButton()->isEnabled());
}

TEST_CASE("Writing keys: reply mentions the thread, favourite and boost queue; a feed item says it is none",
    "[ui][compose]")
{
    ComposeEnv env;
    Source home;
    home.kind = QStringLiteral("mastodon");
    home.url = QUrl(env.first.server().toString() + QStringLiteral("/api/v1/timelines/home#account=%1").arg(env.accounts[0].id));
    home.title = QStringLiteral("Home");
    const qint64 homeId = env.p.engine->sources().add(home);
    REQUIRE(homeId > 0);
    Item post;
    post.remoteId = QStringLiteral("4242");
    post.kind = QStringLiteral("status");
    post.author = QStringLiteral("Anna (@anna@elsewhere.example)");
    post.text = QStringLiteral("Wat lees jij deze week?");
    post.html = QStringLiteral("<p>Wat lees jij deze week?</p>");
    post.url = QStringLiteral("https://elsewhere.example/@anna/4242");
    post.meta = QStringLiteral(R"({"status":"4242","acct":"anna@elsewhere.example","visibility":"private"})");
    REQUIRE(env.p.engine->items().upsert(homeId, { post }).added == 1);
    const qint64 itemId = env.p.engine->items().page(sourceSpec(homeId), {}, 1).first().id;

    QWidget window;
    PostActions actions(*env.p.engine, &window);
    QStringList messages;
    QObject::connect(&actions, &PostActions::statusMessage, [&](const QString &m) { messages << m; });

    actions.favourite(itemId);
    actions.boost(itemId);
    QList<OutboxEntry> entries = env.entries();
    REQUIRE(entries.size() == 2);
    QStringList actionsQueued { entries[0].action, entries[1].action };
    actionsQueued.sort();
    CHECK(actionsQueued == QStringList { QStringLiteral("mastodon.favourite"), QStringLiteral("mastodon.reblog") });
    CHECK(entries[0].payload.value(QLatin1String("status_id")).toString() == QStringLiteral("4242"));
    CHECK(entries[0].accountId == env.accounts[0].id);

    actions.reply(itemId);
    auto *composer = window.findChild<ComposerDialog *>();
    REQUIRE(composer);
    CHECK(composer->textEdit()->toPlainText().startsWith(QStringLiteral("@anna@elsewhere.example ")));
    CHECK(composer->visibilityBox()->currentData().toString() == QStringLiteral("private"));
    QTest::keyClicks(composer->textEdit(), QStringLiteral("Een boek over leren."));
    composer->postButton()->click();
    entries = env.entries();
    REQUIRE(entries.size() == 3);
    const OutboxEntry reply = entries.first();
    CHECK(reply.payload.value(QLatin1String("in_reply_to_id")).toString() == QStringLiteral("4242"));
    CHECK(reply.payload.value(QLatin1String("status")).toString()
        == QStringLiteral("@anna@elsewhere.example Een boek over leren."));

    // An article of a feed takes none of this.
    const qint64 feed = env.p.addSource(QStringLiteral("A blog"));
    env.p.addItems(feed, 1, QStringLiteral("Article"), env.p.baseMs);
    const qint64 article = env.p.engine->items().page(sourceSpec(feed), {}, 1).first().id;
    actions.favourite(article);
    CHECK(messages.last() == QStringLiteral("This is not a Mastodon post."));
    CHECK(env.entries().size() == 3);
}
