// The Mastodon sign-in dialog against a scripted server: the browser is sent
// to the server's page, comes back on the loopback redirect (or the user
// pastes the code), and the account arrives with its tab.
#include "MastodonServer.h"
#include "TestSupport.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/store/ColumnStore.h"
#include "test_dashboard_support.h"
#include "ui/accounts/AccountRail.h"
#include "ui/accounts/MastodonSignInDialog.h"
#include "core/sources/mastodon/MastodonAccountSetup.h"
#include "core/sources/feeds/Subscriptions.h"
#include "test_links_support.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace gilde;
using namespace gilde::test;

namespace
{

void removeAccounts(Engine &engine)
{
    for (const Account &a : engine.accounts().all()) {
        bool done = false;
        engine.accounts().remove(a.id, [&](bool, const QString &) { done = true; });
        waitUntil([&] { return done; });
    }
}

} // namespace

TEST_CASE("Mastodon sign-in: the browser comes back on the loopback redirect", "[ui][mastodon]")
{
    MastodonServer server;
    REQUIRE(server.listen());
    DashboardProfile p;
    MastodonSignInDialog dialog(*p.engine);
    QUrl opened;
    dialog.setBrowserOpener([&](const QUrl &url) { opened = url; });
    QSignalSpy added(&dialog, &MastodonSignInDialog::accountAdded);

    dialog.serverField()->setText(server.server().toString());
    dialog.signInButton()->click();
    REQUIRE(waitUntil([&] { return opened.isValid(); }, 10000));
    const QString redirect = QUrlQuery(opened).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    CHECK(redirect.startsWith(QStringLiteral("http://127.0.0.1:")));

    // The user allows Gilde; the server sends the browser back to Gilde.
    const QString code = server.authorize(opened);
    REQUIRE_FALSE(code.isEmpty());
    QUrl back(redirect);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), code);
    query.addQueryItem(QStringLiteral("state"), QUrlQuery(opened).queryItemValue(QStringLiteral("state")));
    back.setQuery(query);
    QNetworkAccessManager browser;
    QNetworkReply *reply = browser.get(QNetworkRequest(back));
    REQUIRE(waitUntil([&] { return added.count() == 1; }, 10000));
    waitUntil([&] { return reply->isFinished(); });
    reply->deleteLater();

    const QList<Account> accounts = p.engine->accounts().ofKind(QStringLiteral("mastodon"));
    REQUIRE(accounts.size() == 1);
    CHECK(accounts.first().userName == QStringLiteral("noiob@127.0.0.1"));
    const qint64 tabId = added.first().at(1).toLongLong();
    CHECK(p.engine->columns().columns(tabId).size() == 2);
    removeAccounts(*p.engine);
}

TEST_CASE("Mastodon sign-in: a pasted code works, a wrong one is said in the dialog", "[ui][mastodon]")
{
    MastodonServer server;
    REQUIRE(server.listen());
    DashboardProfile p;
    MastodonSignInDialog dialog(*p.engine);
    QList<QUrl> opened;
    dialog.setBrowserOpener([&](const QUrl &url) { opened << url; });
    QSignalSpy added(&dialog, &MastodonSignInDialog::accountAdded);

    dialog.serverField()->setText(server.server().toString());
    dialog.signInButton()->click();
    REQUIRE(waitUntil([&] { return opened.size() == 1; }, 10000));
    QPushButton *codePage = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Show me a code instead"))
            codePage = b;
    }
    REQUIRE(codePage);
    codePage->click();
    REQUIRE(opened.size() == 2);
    CHECK(QUrlQuery(opened.last()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
        == QStringLiteral("urn:ietf:wg:oauth:2.0:oob"));

    dialog.codeField()->setText(QStringLiteral("made-up"));
    dialog.useCodeButton()->click();
    REQUIRE(waitUntil([&] { return dialog.statusLabel()->text().contains(QStringLiteral("grant is invalid")); }, 10000));
    CHECK(added.isEmpty());

    dialog.codeField()->setText(server.authorize(opened.last()));
    dialog.useCodeButton()->click();
    REQUIRE(waitUntil([&] { return added.count() == 1; }, 10000));
    CHECK(p.engine->accounts().ofKind(QStringLiteral("mastodon")).size() == 1);
    removeAccounts(*p.engine);
}

TEST_CASE("Account rail: an avatar per account; signing out from its menu takes the account and its tab",
    "[ui][mastodon]")
{
    MastodonServer server;
    REQUIRE(server.listen());
    DashboardProfile p;
    std::optional<Accounts::AddResult> added;
    p.engine->accounts().addMastodon(server.server(), server.token(), [&](const Accounts::AddResult &r) { added = r; });
    REQUIRE(waitUntil([&] { return added.has_value(); }, 10000));
    REQUIRE(added->id > 0);
    QList<qint64> sources;
    const qint64 tab = mastodon::addAccountTab(p.engine->subscriptions(), p.engine->columns(), added->account, &sources);
    REQUIRE(tab > 0);

    AccountRail rail(*p.engine);
    REQUIRE(rail.accountButtons().size() == 1);
    CHECK(rail.accountButtons().first()->accessibleName() == QStringLiteral("Account @noiob@127.0.0.1"));

    // The menu's "Sign out…", then Yes in the question.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, answered] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : menu->actions()) {
                if (a->text() == QStringLiteral("Sign out…")) {
                    answerNextMessageBox(QMessageBox::Yes, answered);
                    a->trigger();
                    menu->close();
                }
            }
            timer->deleteLater();
            return;
        }
        if (++*tries > 300)
            timer->deleteLater();
    });
    timer->start(10);
    rail.accountButtons().first()->click();
    REQUIRE(waitUntil([&] { return *answered && p.engine->accounts().all().isEmpty(); }, 10000));
    CHECK(waitUntil([&] { return rail.accountButtons().isEmpty(); }));
    CHECK_FALSE(p.engine->sources().byId(sources.first()));
    CHECK(p.engine->columns().columns(tab).isEmpty());
}
