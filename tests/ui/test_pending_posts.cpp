// Posts still in the outbox show at the top of their account's Home column,
// as the mockup has them: what is happening to each, Edit… and Cancel; they
// leave once posted, and a refused one says what the server said.
#include "MastodonProfile.h"
#include "core/sources/mastodon/MastodonAccountSetup.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/store/ColumnStore.h"
#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"
#include "test_links_support.h"
#include "ui/common/SourceCache.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/PendingPosts.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace gilde;
using namespace gilde::test;

namespace
{

QStringList labels(QWidget *w)
{
    QStringList out;
    for (QLabel *l : w->findChildren<QLabel *>())
        out << l->text();
    return out;
}

QPushButton *button(QWidget *w, const QString &text, int nth = 0)
{
    for (QPushButton *b : w->findChildren<QPushButton *>()) {
        if (b->text() == text && nth-- == 0)
            return b;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Queued posts show at the top of their Home column with Edit and Cancel, until posted",
    "[ui][outbox][mastodon]")
{
    MastodonProfile env;
    env.server.setTimeline("/api/v1/timelines/home", 3);
    const Accounts::AddResult added = env.addAccount(env.server.token());
    REQUIRE(added.id > 0);
    QList<qint64> sources;
    const qint64 tab = mastodon::addAccountTab(env.engine->subscriptions(), env.engine->columns(), added.account, &sources);
    env.engine->outbox().setOnline(false);
    const auto queue = [&](const QString &text) {
        mastodon::PostDraft draft;
        draft.text = text;
        const qint64 id = env.engine->outbox().enqueue(added.id, QStringLiteral("mastodon.post"), mastodon::postPayload(draft));
        REQUIRE(id > 0);
        return id;
    };
    const qint64 first = queue(QStringLiteral("Eerste gedachte"));

    SourceCache sourceCache(env.engine->sources());
    Dashboard dashboard(*env.engine, sourceCache, nullptr);
    dashboard.load(tab);
    PendingPosts *home = nullptr;
    for (ColumnWidget *col : dashboard.columns(tab)) {
        if (auto *strip = col->findChild<PendingPosts *>()) {
            REQUIRE_FALSE(home); // Home only, not Notifications
            home = strip;
        }
    }
    REQUIRE(home);
    CHECK(home->count() == 1);
    CHECK(labels(home).contains(QStringLiteral("Eerste gedachte")));
    // Its buttons are in the column's Tab order.
    ColumnWidget *homeColumn = qobject_cast<ColumnWidget *>(home->parentWidget());
    REQUIRE(homeColumn);
    CHECK(homeColumn->focusChain().contains(button(home, QStringLiteral("Edit…"))));

    // Edit… opens it in the composer, and the change shows.
    QDialog *opened = nullptr;
    QObject::connect(home, &PendingPosts::editorOpened, [&](QDialog *d) { opened = d; });
    button(home, QStringLiteral("Edit…"))->click();
    auto *composer = qobject_cast<ComposerDialog *>(opened);
    REQUIRE(composer);
    CHECK(composer->textEdit()->toPlainText() == QStringLiteral("Eerste gedachte"));
    composer->textEdit()->setPlainText(QStringLiteral("Eerste gedachte, beter"));
    composer->postButton()->click();
    REQUIRE(waitUntil([&] { return labels(home).contains(QStringLiteral("Eerste gedachte, beter")); }, 5000));

    // Continue thread…: an answer to it, sent after it.
    button(home, QStringLiteral("Continue thread…"))->click();
    auto *next = qobject_cast<ComposerDialog *>(opened);
    REQUIRE(next);
    REQUIRE(next != composer);
    next->textEdit()->setPlainText(QStringLiteral("En een vervolg"));
    REQUIRE(next->post());
    const OutboxEntry answer = env.engine->outboxStore().all().first();
    CHECK(mastodon::draftOf(answer.payload).inReplyToEntry == first);
    env.engine->outbox().discard(answer.id);

    // More than three: the rest are counted.
    for (int i = 0; i < 4; ++i)
        queue(QStringLiteral("Gedachte %1").arg(i));
    CHECK(home->count() == PendingPosts::MaxShown);
    CHECK(labels(home).contains(QStringLiteral("and 2 more in the outbox")));

    // Cancel, once confirmed, takes it out of the outbox.
    auto answered = std::make_shared<bool>(false);
    answerNextMessageBox(QMessageBox::Yes, answered);
    button(home, QStringLiteral("Cancel"))->click();
    CHECK(*answered);
    CHECK_FALSE(env.engine->outboxStore().byId(first));
    CHECK(home->count() == PendingPosts::MaxShown);
    CHECK(labels(home).contains(QStringLiteral("and 1 more in the outbox")));

    // Online: posted, they leave; a refused one stays, with the server's words.
    env.server.setRefusePosts(QStringLiteral("Text character limit of 500 exceeded"));
    env.engine->outbox().setOnline(true);
    env.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return env.engine->outboxStore().all().first().state == OutboxEntry::State::Failed; }, 10000));
    REQUIRE(waitUntil([&] {
        return labels(home).join(u'\n').contains(QStringLiteral("the server said: The server refused it: Text character limit"));
    }, 10000));
    env.server.setRefusePosts({});
    for (const OutboxEntry &e : env.engine->outboxStore().all())
        env.engine->outbox().retry(e.id);
    REQUIRE(waitUntil([&] { return home->isHidden(); }, 20000));
    CHECK(env.server.posted().size() == 4);
}
