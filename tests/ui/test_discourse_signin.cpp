// The forum sign-in dialog against a scripted forum: the browser is sent to
// the forum's page for allowing Gilde, the text the forum shows is pasted
// back, and the account arrives with the forum's tab; a wrong paste is said
// in the dialog. The account rail offers both kinds of account.
#include "DiscourseServer.h"
#include "TestSupport.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/model/Column.h"
#include "core/net/HttpClient.h"
#include "core/store/ColumnStore.h"
#include "test_dashboard_support.h"
#include "ui/accounts/AccountRail.h"
#include "ui/accounts/DiscourseSignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QUrlQuery>
#include <QCheckBox>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

/// The user allows Gilde on the page the dialog opened.
void allow(Engine &engine, const QUrl &page)
{
    std::optional<HttpResult> result;
    HttpRequest request;
    request.url = page;
    engine.http().get(request, [&](const HttpResult &r) { result = r; });
    REQUIRE(waitUntil([&] { return result.has_value(); }, 10000));
    REQUIRE(result->outcome == HttpResult::Outcome::Ok);
}

/// A forum, a profile and the dialog, whose "browser" notes where it was sent.
struct SignInEnv {
    DiscourseServer server;
    DashboardProfile profile;
    DiscourseSignInDialog dialog { *profile.engine };
    QUrl opened;

    SignInEnv()
    {
        REQUIRE(server.listen());
        dialog.setBrowserOpener([this](const QUrl &url) { opened = url; });
    }
};

void signOutAll(Engine &engine)
{
    for (const Account &a : engine.accounts().all()) {
        bool done = false;
        engine.accounts().remove(a.id, [&](bool, const QString &) { done = true; });
        waitUntil([&] { return done; }, 10000);
    }
}

} // namespace

TEST_CASE("Forum sign-in: the text the forum shows, pasted, signs in and brings the forum's tab", "[ui][discourse]")
{
    SignInEnv env;
    DiscourseServer &server = env.server;
    DashboardProfile &p = env.profile;
    DiscourseSignInDialog &dialog = env.dialog;
    const QUrl &opened = env.opened;
    QSignalSpy added(&dialog, &DiscourseSignInDialog::accountAdded);

    CHECK_FALSE(dialog.openButton()->isEnabled());
    CHECK_FALSE(dialog.signInButton()->isEnabled());
    dialog.forumField()->setText(QStringLiteral("not a forum at all"));
    dialog.openButton()->click();
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("not a forum")));
    CHECK_FALSE(opened.isValid());

    dialog.forumField()->setText(server.base().toString());
    dialog.openButton()->click();
    REQUIRE(opened.isValid());
    CHECK(opened.path() == QStringLiteral("/user-api-key/new"));
    allow(*p.engine, opened);

    SECTION("the right text")
    {
        dialog.payloadField()->setPlainText(server.lastPayload());
        REQUIRE(dialog.signInButton()->isEnabled());
        dialog.signInButton()->click();
        REQUIRE(waitUntil([&] { return added.count() == 1; }, 10000));
        const QList<Account> accounts = p.engine->accounts().ofKind(QStringLiteral("discourse"));
        REQUIRE(accounts.size() == 1);
        CHECK(accounts.first().userName == DiscourseServer::signedInUser());
        const qint64 tabId = added.first().at(1).toLongLong();
        CHECK(p.engine->columns().columns(tabId).size() == 5); // latest, new, unread, notifications, messages
        CHECK(added.first().at(2).toString().contains(DiscourseServer::signedInUser()));
    }
    SECTION("text from another sign-in")
    {
        dialog.payloadField()->setPlainText(QStringLiteral("aGVsbG8gd29ybGQ="));
        dialog.signInButton()->click();
        const QString said = dialog.statusLabel()->text();
        INFO(said.toStdString());
        CHECK((said.contains(QStringLiteral("decrypted")) || said.contains(QStringLiteral("not for this sign-in"))));
        CHECK(added.isEmpty());
        CHECK(p.engine->accounts().ofKind(QStringLiteral("discourse")).isEmpty());
        // The text stays to be mended, and can be tried again.
        CHECK(dialog.payloadField()->toPlainText() == QStringLiteral("aGVsbG8gd29ybGQ="));
        CHECK(dialog.signInButton()->isEnabled());
    }
    signOutAll(*p.engine);
}

TEST_CASE("Forum sign-in: a forum that may send the key straight back signs in without a paste", "[ui][discourse]")
{
    SignInEnv env;
    DiscourseServer &server = env.server;
    DashboardProfile &p = env.profile;
    DiscourseSignInDialog &dialog = env.dialog;
    const QUrl &opened = env.opened;
    QSignalSpy added(&dialog, &DiscourseSignInDialog::accountAdded);

    CHECK_FALSE(dialog.directBox()->isChecked()); // pasting works everywhere: the default
    dialog.directBox()->setChecked(true);
    dialog.forumField()->setText(server.base().toString());
    dialog.openButton()->click();
    REQUIRE(opened.isValid());
    const QUrl redirect(QUrlQuery(opened).queryItemValue(QStringLiteral("auth_redirect"), QUrl::FullyDecoded));
    REQUIRE(redirect.isValid());
    CHECK(redirect.host() == QStringLiteral("127.0.0.1"));
    CHECK(redirect.port() > 0);

    // The browser: the forum's page, allowed, goes on to Gilde's own port.
    allow(*p.engine, opened);
    REQUIRE(waitUntil([&] { return added.count() == 1; }, 10000));
    const QList<Account> accounts = p.engine->accounts().ofKind(QStringLiteral("discourse"));
    REQUIRE(accounts.size() == 1);
    CHECK(accounts.first().userName == DiscourseServer::signedInUser());
    signOutAll(*p.engine);
}

TEST_CASE("Account rail: the + offers a Mastodon account and a forum", "[ui][discourse]")
{
    DashboardProfile p;
    AccountRail rail(*p.engine);
    QMenu *kinds = rail.addMenu();
    REQUIRE(kinds);
    QStringList texts;
    for (QAction *a : kinds->actions())
        texts << a->text();
    CHECK(texts == QStringList { QStringLiteral("Mastodon account…"), QStringLiteral("Discourse forum…") });
    QSignalSpy mastodon(&rail, &AccountRail::addAccountRequested);
    QSignalSpy forum(&rail, &AccountRail::addForumRequested);
    kinds->actions().at(1)->trigger();
    CHECK(forum.count() == 1);
    CHECK(mastodon.isEmpty());
    kinds->actions().at(0)->trigger();
    CHECK(mastodon.count() == 1);
}
