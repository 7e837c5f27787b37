// The composer and the writing keys: posts and replies become queued outbox
// entries (one per account ticked), the count is the server's, and an item
// that is no Mastodon post says so.
#include "MastodonServer.h"
#include "TestSupport.h"
#include "core/accounts/Accounts.h"
#include "core/store/OutboxStore.h"
#include "core/sync/Outbox.h"
#include "test_dashboard_support.h"
#include "core/sources/mastodon/PostDrafts.h"
#include "ui/compose/ComposerAttachments.h"
#include "ui/compose/ComposerDialog.h"
#include "ui/compose/ComposerPoll.h"
#include "ui/common/SourceCache.h"
#include "ui/compose/PostActions.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"
#include "ui/links/LinkActions.h"
#include "ui/reader/ReaderBrowser.h"
#include "ui/reader/ReaderPane.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

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

    qint64 homeId = 0;

    /// A post in the first account's Home (by someone elsewhere unless `acct`
    /// says whose); its item id.
    qint64 addHomePost(const QString &statusId = QStringLiteral("4242"), const QString &acct = QStringLiteral("anna@elsewhere.example"),
        const QString &visibility = QStringLiteral("unlisted"))
    {
        if (!homeId) {
            Source home;
            home.kind = QStringLiteral("mastodon");
            home.url = QUrl(first.server().toString() + QStringLiteral("/api/v1/timelines/home#account=%1").arg(accounts[0].id));
            home.title = QStringLiteral("Home");
            homeId = p.engine->sources().add(home);
            REQUIRE(homeId > 0);
        }
        Item post;
        post.remoteId = statusId;
        post.kind = QStringLiteral("status");
        post.author = QStringLiteral("Anna (@%1)").arg(acct);
        post.text = QStringLiteral("Wat lees jij deze week?");
        post.html = QStringLiteral("<p>Wat lees jij deze week?</p>");
        post.url = QStringLiteral("https://elsewhere.example/@anna/%1").arg(statusId);
        post.meta = QStringLiteral(R"({"status":"%1","account":"%1-author","acct":"%2","visibility":"%3"})").arg(statusId, acct, visibility);
        REQUIRE(p.engine->items().upsert(homeId, { post }).added == 1);
        for (const Item &item : p.engine->items().page(sourceSpec(homeId), {}, 100)) {
            if (item.remoteId == statusId)
                return item.id;
        }
        FAIL("the post is not in the cache");
        return 0;
    }
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
    const qint64 itemId = env.addHomePost();

    QWidget window;
    PostActions actions(*env.p.engine, &window);
    QStringList messages;
    QObject::connect(&actions, &PostActions::statusMessage, [&](const QString &m) { messages << m; });

    actions.favourite(itemId);
    actions.boost(itemId);
    actions.bookmark(itemId);
    QList<OutboxEntry> entries = env.entries();
    REQUIRE(entries.size() == 3);
    QStringList actionsQueued { entries[0].action, entries[1].action, entries[2].action };
    actionsQueued.sort();
    CHECK(actionsQueued
        == QStringList { QStringLiteral("mastodon.bookmark"), QStringLiteral("mastodon.favourite"), QStringLiteral("mastodon.reblog") });
    CHECK(entries[0].payload.value(QLatin1String("status_id")).toString() == QStringLiteral("4242"));
    CHECK(entries[0].accountId == env.accounts[0].id);
    // The same key again undoes it, as in Mastodon's own clients.
    actions.boost(itemId);
    CHECK(messages.last() == QStringLiteral("Boost undone: it goes out with the outbox."));
    REQUIRE(env.entries().size() == 4);
    CHECK(env.entries().first().action == QStringLiteral("mastodon.unreblog"));
    CHECK(env.entries().first().payload.value(QLatin1String("status_id")).toString() == QStringLiteral("4242"));

    actions.reply(itemId);
    auto *composer = window.findChild<ComposerDialog *>();
    REQUIRE(composer);
    CHECK(composer->textEdit()->toPlainText().startsWith(QStringLiteral("@anna@elsewhere.example ")));
    CHECK(composer->visibilityBox()->currentData().toString() == QStringLiteral("unlisted"));
    QTest::keyClicks(composer->textEdit(), QStringLiteral("Een boek over leren."));
    composer->postButton()->click();
    entries = env.entries();
    REQUIRE(entries.size() == 5);
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
    CHECK(env.entries().size() == 5);
}

TEST_CASE("A post's Reply, Boost, Favourite and Bookmark are buttons under the reader's title and in its row's menu",
    "[ui][compose]")
{
    ComposeEnv env;
    const qint64 itemId = env.addHomePost();
    const qint64 feed = env.p.addSource(QStringLiteral("A blog"));
    env.p.addItems(feed, 1, QStringLiteral("Article"), env.p.baseMs);
    const qint64 article = env.p.engine->items().page(sourceSpec(feed), {}, 1).first().id;

    QWidget window;
    PostActions actions(*env.p.engine, &window);
    ReaderPane reader(*env.p.engine, &window);
    actions.attachReader(&reader);
    auto *row = reader.findChild<QWidget *>(QStringLiteral("postActions"));
    REQUIRE(row);
    reader.showItem(itemId);
    CHECK(row->isVisibleTo(&reader));
    // In the reader's Tab order, after its bar and before the text.
    const QList<QWidget *> chain = reader.focusChain();
    auto *boost = row->findChild<QToolButton *>(QStringLiteral("boostButton"));
    REQUIRE(boost);
    CHECK(chain.indexOf(boost) > chain.indexOf(reader.findChild<QWidget *>(QStringLiteral("closeButton"))));
    CHECK(chain.indexOf(boost) < chain.indexOf(reader.browser()));

    auto *favourite = row->findChild<QToolButton *>(QStringLiteral("favouriteButton"));
    REQUIRE(favourite);
    CHECK_FALSE(favourite->isChecked());
    boost->click();
    favourite->click();
    QList<OutboxEntry> entries = env.entries();
    REQUIRE(entries.size() == 2);
    QStringList queued { entries[0].action, entries[1].action };
    queued.sort();
    CHECK(queued == QStringList { QStringLiteral("mastodon.favourite"), QStringLiteral("mastodon.reblog") });
    // Shown done, and kept so: the post says it when opened again.
    CHECK(favourite->isChecked());
    CHECK(favourite->text() == QStringLiteral("★ Favourited"));
    CHECK(boost->isChecked());
    CHECK(mastodon::hasMark(*env.p.engine->items().item(itemId), QLatin1String("reblogged")));
    // Again: undone.
    favourite->click();
    REQUIRE(env.entries().size() == 3);
    CHECK(env.entries().first().action == QStringLiteral("mastodon.unfavourite"));
    CHECK_FALSE(favourite->isChecked());
    CHECK(favourite->text() == QStringLiteral("☆ Favourite"));
    CHECK_FALSE(mastodon::hasMark(*env.p.engine->items().item(itemId), QLatin1String("favourited")));
    row->findChild<QToolButton *>(QStringLiteral("replyButton"))->click();
    auto *composer = window.findChild<ComposerDialog *>();
    REQUIRE(composer);
    CHECK(composer->textEdit()->toPlainText().startsWith(QStringLiteral("@anna@elsewhere.example ")));
    composer->close();

    // Whose it is: their posts as a column, read as the account that read this.
    reader.showItem(itemId);
    QList<std::pair<MastodonTimeline, QString>> asked;
    QObject::connect(&actions, &PostActions::timelineRequested,
        [&](const MastodonTimeline &t, const QString &title) { asked.append({ t, title }); });
    auto *author = row->findChild<QToolButton *>(QStringLiteral("authorButton"));
    REQUIRE(author);
    REQUIRE(author->isVisibleTo(&reader));
    author->click();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().first.kind == MastodonTimeline::Kind::Account);
    CHECK(asked.first().first.arg == QStringLiteral("4242-author"));
    CHECK(asked.first().first.accountId == env.accounts[0].id);
    CHECK(asked.first().first.server == env.first.server());
    CHECK(asked.first().second == QStringLiteral("@anna@elsewhere.example"));

    // Someone's followers-only post is theirs to share: no boost.
    const qint64 followersOnly = env.addHomePost(QStringLiteral("4244"), QStringLiteral("anna@elsewhere.example"), QStringLiteral("private"));
    reader.showItem(followersOnly);
    CHECK_FALSE(boost->isEnabled());
    CHECK(favourite->isEnabled());
    const qsizetype before = env.entries().size();
    actions.boost(followersOnly);
    CHECK(env.entries().size() == before);

    // A feed's article has none of them.
    reader.showItem(article);
    CHECK_FALSE(row->isVisibleTo(&reader));
    reader.clear();
    CHECK_FALSE(row->isVisibleTo(&reader));

    QMenu postMenu;
    actions.addToMenu(&postMenu, itemId);
    QStringList texts;
    for (QAction *a : postMenu.actions()) {
        if (!a->isSeparator())
            texts << a->text();
    }
    CHECK(texts == QStringList { "Posts by @anna@elsewhere.example", "Reply…", "Boost", "Favourite", "Bookmark" });
    // Ticked as the post is: boosted, not favourited (any more).
    CHECK(postMenu.actions().at(3)->isChecked());
    CHECK_FALSE(postMenu.actions().at(4)->isChecked());
    postMenu.actions().last()->trigger();
    entries = env.entries();
    REQUIRE(entries.size() == 4);
    CHECK(entries.first().action == QStringLiteral("mastodon.bookmark"));
    QMenu again;
    actions.addToMenu(&again, itemId);
    CHECK(again.actions().last()->isChecked());
    QMenu articleMenu;
    actions.addToMenu(&articleMenu, article);
    CHECK(articleMenu.isEmpty());
}

TEST_CASE("A post of one's own can be deleted, after a question: queued, and gone from the cache and the reader",
    "[ui][compose]")
{
    ComposeEnv env;
    const qint64 others = env.addHomePost();
    const QString me = env.accounts[0].userName.section(u'@', 0, 0);
    const qint64 mine = env.addHomePost(QStringLiteral("4343"), me);

    QWidget window;
    PostActions actions(*env.p.engine, &window);
    ReaderPane reader(*env.p.engine, &window);
    actions.attachReader(&reader);
    auto *remove = reader.findChild<QToolButton *>(QStringLiteral("deleteButton"));
    REQUIRE(remove);
    reader.showItem(others);
    CHECK_FALSE(remove->isVisibleTo(&reader));
    QMenu othersMenu;
    actions.addToMenu(&othersMenu, others);
    CHECK(othersMenu.actions().last()->text() == QStringLiteral("Bookmark"));
    QMenu mineMenu;
    actions.addToMenu(&mineMenu, mine);
    CHECK(mineMenu.actions().last()->text() == QStringLiteral("Delete…"));

    reader.showItem(mine);
    REQUIRE(remove->isVisibleTo(&reader));
    // Asked first: Cancel leaves it be.
    remove->click();
    auto *question = window.findChild<QMessageBox *>();
    REQUIRE(question);
    question->button(QMessageBox::Cancel)->click();
    QTest::qWait(20);
    CHECK(env.entries().isEmpty());
    CHECK(reader.currentItemId() == mine);

    REQUIRE(waitUntil([&] { return !window.findChild<QMessageBox *>(); }, 5000)); // the one answered has gone
    remove->click();
    QAbstractButton *confirm = goAheadButton(&window);
    REQUIRE(confirm);
    confirm->click();
    const QList<OutboxEntry> entries = env.entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().action == QStringLiteral("mastodon.delete"));
    CHECK(entries.first().payload.value(QLatin1String("status_id")).toString() == QStringLiteral("4343"));
    CHECK(reader.currentItemId() == 0);
    REQUIRE(waitUntil([&] { return !env.p.engine->items().item(mine); }, 5000));
    CHECK(env.p.engine->items().item(others));
}

TEST_CASE("A post of one's own is edited in the composer, its words fetched first; once sent it shows edited",
    "[ui][compose]")
{
    ComposeEnv env;
    // A post of the first account's, on its server.
    mastodon::PostDraft first;
    first.text = QStringLiteral("Eerste versie");
    REQUIRE(env.p.engine->outbox().enqueue(env.accounts[0].id, QStringLiteral("mastodon.post"), mastodon::postPayload(first)) > 0);
    env.p.engine->outbox().setOnline(true);
    env.p.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return env.first.posted().size() == 1; }, 10000));
    const QString id = env.first.posted().first().id;
    const qint64 mine = env.addHomePost(id, env.accounts[0].userName.section(u'@', 0, 0));

    QWidget window;
    PostActions actions(*env.p.engine, &window);
    ReaderPane reader(*env.p.engine, &window);
    actions.attachReader(&reader);
    reader.showItem(mine);
    auto *change = reader.findChild<QToolButton *>(QStringLiteral("editButton"));
    REQUIRE(change);
    REQUIRE(change->isVisibleTo(&reader));
    change->click();
    ComposerDialog *composer = nullptr;
    REQUIRE(waitUntil([&] { return (composer = window.findChild<ComposerDialog *>()) != nullptr; }, 10000));
    CHECK(composer->textEdit()->toPlainText() == QStringLiteral("Eerste versie"));
    CHECK_FALSE(composer->visibilityBox()->isEnabled());
    composer->textEdit()->setPlainText(QStringLiteral("Tweede versie"));
    composer->postButton()->click();
    const QList<OutboxEntry> entries = env.entries();
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.first().action == QStringLiteral("mastodon.edit"));
    CHECK(entries.first().payload.value(QLatin1String("status_id")).toString() == id);
    CHECK_FALSE(entries.first().payload.contains(QLatin1String("language"))); // kept as the server has it

    env.p.engine->outbox().deliverNow();
    REQUIRE(waitUntil([&] { return env.first.actions().contains(QStringLiteral("edit ") + id); }, 10000));
    CHECK(env.first.posted().first().text == QStringLiteral("Tweede versie"));
    // Where it was edited from, it reads as the server now has it.
    REQUIRE(waitUntil([&] { return env.p.engine->items().item(mine)->html.contains(QStringLiteral("Tweede versie")); }, 10000));

    // Someone else's post has no Edit.
    reader.showItem(env.addHomePost(QStringLiteral("4242")));
    CHECK_FALSE(change->isVisibleTo(&reader));
}

TEST_CASE("A column row's menu offers the post's actions before Save link", "[ui][compose]")
{
    ComposeEnv env;
    const qint64 itemId = env.addHomePost();
    const qint64 homeId = env.p.engine->items().item(itemId)->sourceId;
    SourceCache sources(env.p.engine->sources());
    Dashboard dashboard(*env.p.engine, sources, nullptr);
    dashboard.load(0);
    ColumnWidget *column = dashboard.column(dashboard.addColumn(QStringLiteral("Home"), sourceSpec(homeId)));
    REQUIRE(column);
    dashboard.resize(500, 600);
    dashboard.show();
    REQUIRE(waitUntil([&] { return column->model()->rowCount() == 1; }, 5000));
    PostActions actions(*env.p.engine, &dashboard);
    QObject::connect(dashboard.links(), &LinkActions::itemMenuAboutToShow, &actions, &PostActions::addToMenu);
    QStringList texts;
    qint64 asked = 0;
    QObject::connect(dashboard.links(), &LinkActions::itemMenuAboutToShow, [&](QMenu *, qint64 id) { asked = id; });
    // The menu runs its own loop: read and close it from there.
    QTimer::singleShot(0, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : menu->actions())
                texts << a->text();
            menu->close();
        }
    });
    ItemListView *view = column->view();
    Q_EMIT view->customContextMenuRequested(view->visualRect(column->model()->index(0)).center());
    CHECK(asked == itemId);
    const qsizetype reply = texts.indexOf(QStringLiteral("Reply…"));
    CHECK(reply > texts.indexOf(QStringLiteral("Star")));
    CHECK(reply < texts.indexOf(QStringLiteral("Save link…")));
}

namespace
{

QString pictureFile(const QTemporaryDir &dir, const QString &name, const QColor &colour)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path, "PNG"));
    return path;
}

} // namespace

TEST_CASE("Composer: pictures with their descriptions go with each account's post, each its own copy",
    "[ui][compose][media]")
{
    ComposeEnv env;
    QTemporaryDir files;
    const QString board = pictureFile(files, QStringLiteral("bord.png"), Qt::darkGreen);
    const QString team = pictureFile(files, QStringLiteral("team.png"), Qt::darkRed);
    ComposerDialog composer(*env.p.engine);
    for (QCheckBox *box : composer.accountBoxes())
        box->setChecked(true);
    composer.textEdit()->setPlainText(QStringLiteral("Wat we vandaag leerden"));
    composer.addFiles({ board, team });
    REQUIRE(composer.attachments()->count() == 2);
    QTest::keyClicks(composer.attachments()->descriptionField(0), QStringLiteral("Een whiteboard vol post-its"));
    // Pictures or a poll: with pictures, no poll.
    CHECK_FALSE(composer.pollToggle()->isEnabled());
    // Five is one too many.
    composer.addFiles({ board, board, board });
    CHECK(composer.attachments()->count() == 4);
    composer.attachments()->setMedia(composer.attachments()->media().mid(0, 2));
    REQUIRE(composer.postButton()->isEnabled());
    REQUIRE(composer.post());

    const QList<OutboxEntry> entries = env.entries();
    REQUIRE(entries.size() == 2);
    QStringList copies;
    for (const OutboxEntry &e : entries) {
        const mastodon::PostDraft draft = mastodon::draftOf(e.payload);
        REQUIRE(draft.media.size() == 2);
        CHECK(draft.media.at(0).description == QStringLiteral("Een whiteboard vol post-its"));
        CHECK(draft.media.at(1).description.isEmpty());
        for (const mastodon::MediaDraft &m : draft.media) {
            CHECK(m.path.startsWith(env.p.dir.path()));
            CHECK(QFile::exists(m.path));
            copies << m.path;
        }
    }
    copies.removeDuplicates();
    CHECK(copies.size() == 4);
}

TEST_CASE("Composer: a poll, and a post for later: by the server far ahead, by the outbox when near",
    "[ui][compose]")
{
    ComposeEnv env;
    {
        ComposerDialog composer(*env.p.engine);
        composer.textEdit()->setPlainText(QStringLiteral("Koffie of thee?"));
        composer.pollToggle()->setChecked(true);
        REQUIRE(composer.pollEditor()->isVisibleTo(&composer));
        composer.pollEditor()->choiceField(0)->setText(QStringLiteral("Koffie"));
        CHECK_FALSE(composer.postButton()->isEnabled()); // one choice is no poll
        composer.pollEditor()->choiceField(1)->setText(QStringLiteral("Thee"));
        CHECK(composer.postButton()->isEnabled());
        composer.laterToggle()->setChecked(true);
        CHECK(composer.postButton()->text() == QStringLiteral("Schedule"));
        composer.whenEdit()->setDateTime(QDateTime::currentDateTime().addSecs(-60));
        CHECK_FALSE(composer.postButton()->isEnabled()); // not in the past
        const QDateTime later = QDateTime::currentDateTime().addSecs(3 * 3600);
        composer.whenEdit()->setDateTime(later);
        REQUIRE(composer.post());
        REQUIRE(env.entries().size() == 1);
        const OutboxEntry e = env.entries().first();
        const mastodon::PostDraft draft = mastodon::draftOf(e.payload);
        REQUIRE(draft.poll);
        CHECK(draft.poll->options == QStringList { "Koffie", "Thee" });
        CHECK(qAbs(draft.scheduledAtMs - later.toMSecsSinceEpoch()) < 60000);
        CHECK(e.notBeforeMs == 0); // the server holds it
    }
    ComposerDialog composer(*env.p.engine);
    composer.textEdit()->setPlainText(QStringLiteral("Zo meteen"));
    composer.laterToggle()->setChecked(true);
    composer.whenEdit()->setDateTime(QDateTime::currentDateTime().addSecs(120));
    REQUIRE(composer.post());
    REQUIRE(env.entries().size() == 2);
    CHECK(env.entries().first().notBeforeMs > QDateTime::currentMSecsSinceEpoch()); // newest first
}

TEST_CASE("Composer: what is written and not posted is there the next time, per subject", "[ui][compose][drafts]")
{
    ComposeEnv env;
    QTemporaryDir files;
    const QString board = pictureFile(files, QStringLiteral("bord.png"), Qt::darkGreen);
    {
        ComposerDialog composer(*env.p.engine);
        composer.textEdit()->setPlainText(QStringLiteral("Half af"));
        composer.addFiles({ board });
        composer.attachments()->descriptionField(0)->setText(QStringLiteral("Een bord"));
        composer.accountBoxes().last()->setChecked(true);
        composer.reject();
    }
    {
        ComposerDialog composer(*env.p.engine);
        CHECK(composer.textEdit()->toPlainText() == QStringLiteral("Half af"));
        REQUIRE(composer.attachments()->count() == 1);
        CHECK(composer.attachments()->media().first() == mastodon::MediaDraft { board, QStringLiteral("Een bord") });
        CHECK(composer.accountBoxes().first()->isChecked());
        CHECK(composer.accountBoxes().last()->isChecked());
        // Posted: the draft is done with.
        REQUIRE(composer.post());
        composer.accept();
    }
    {
        ComposerDialog composer(*env.p.engine);
        CHECK(composer.textEdit()->toPlainText().isEmpty());
        CHECK(composer.attachments()->count() == 0);
        // Kept by the button too; emptied, it is gone.
        composer.textEdit()->setPlainText(QStringLiteral("Voor later"));
        composer.saveDraftButton()->click();
    }
    {
        ComposerDialog composer(*env.p.engine);
        CHECK(composer.textEdit()->toPlainText() == QStringLiteral("Voor later"));
        composer.textEdit()->clear();
        composer.reject();
    }
    ComposerDialog composer(*env.p.engine);
    CHECK(composer.textEdit()->toPlainText().isEmpty());
    // The file is written whole: what is there reads back.
    QFile file(QDir(env.p.engine->profileDir()).filePath(QStringLiteral("drafts.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(file.readAll()).isObject());
}
