// Mentions on the desktop: a new mention, reply or direct message that
// reaches an account's notifications raises a desktop notification (over
// the freedesktop notification service on the session bus); what the
// timeline brought first, other kinds of notification and an account the
// user silenced stay quiet, and a burst is told as one.
#include "MastodonProfile.h"
#include "core/sources/mastodon/MastodonJson.h"
#include "core/sources/mastodon/MastodonTimeline.h"
#include "core/sources/mastodon/StatusToItems.h"
#include "core/sync/FetchReport.h"
#include "ui/accounts/AccountRail.h"
#include "ui/accounts/MentionAlerts.h"
#include "ui/common/DesktopNotifications.h"
#include "ui/common/SourceCache.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDateTime>
#include <QJsonDocument>
#include <QTest>
#include <QMenu>
#include <QSettings>
#include <QVariantMap>

using namespace gilde;
using namespace gilde::test;

namespace
{

/// Stands in for the desktop's notification service on the test's private session bus.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown {
        QString app;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

    /// What the desktop does when the user clicks notification `id` (1 for the first shown).
    void click(uint id)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        QDBusConnection::sessionBus().send(signal);
    }

public Q_SLOTS:
    uint Notify(const QString &app, uint, const QString &, const QString &summary, const QString &body,
        const QStringList &actions, const QVariantMap &hints, int)
    {
        shown.append({ app, summary, body, actions, hints });
        return uint(shown.size());
    }
};

QJsonObject notificationJson(const QString &id, const QString &type, const QJsonObject &status)
{
    QJsonObject account = QJsonDocument::fromJson(fixture(QStringLiteral("mastodon/account.json"))).object();
    account.insert(QStringLiteral("display_name"), QStringLiteral("Anne de Vries"));
    account.insert(QStringLiteral("acct"), QStringLiteral("anne@kennisnet.example"));
    QJsonObject n { { QStringLiteral("id"), id }, { QStringLiteral("type"), type },
        { QStringLiteral("created_at"), status.value(QLatin1String("created_at")) }, { QStringLiteral("account"), account } };
    if (!status.isEmpty())
        n.insert(QStringLiteral("status"), status);
    return n;
}

struct Alerted {
    QString summary;
    QString body;
    qint64 itemId = 0;
};

} // namespace

TEST_CASE("A new mention, reply or direct message is told on the desktop, once, unless silenced",
    "[ui][mastodon][notifications]")
{
    MastodonProfile env;
    env.server.setNotifications();
    const Accounts::AddResult added = env.addAccount(env.server.token());
    REQUIRE(added.id > 0);
    const qint64 source = env.follow(MastodonTimeline::Kind::Notifications, added.id);

    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    SourceCache sources(env.engine->sources());
    MentionAlerts alerts(*env.engine, sources, settings);
    QList<Alerted> told;
    alerts.setShow([&](const QString &summary, const QString &body, qint64 itemId) {
        told.append({ summary, body, itemId });
    });

    // The first page of a timeline just added is not news.
    env.refresh({ source });
    REQUIRE(env.itemsOf(source) > 0);
    QTest::qWait(50);
    CHECK(told.isEmpty());

    // Then, live: a mention, a favourite, a reply and a direct message.
    qint64 at = QDateTime::currentMSecsSinceEpoch();
    const auto arrive = [&](const QList<QJsonObject> &list) {
        QList<MastodonNotification> decoded;
        for (const QJsonObject &n : list)
            decoded << mastodon::notification(n);
        QSignalSpy refreshed(&env.engine->sync(), &SyncEngine::sourceRefreshed);
        env.engine->sync().ingest(source, mastodon::itemsFromNotifications(decoded, source), PageReport {});
        REQUIRE(waitUntil([&] { return refreshed.count() > 0; }, 5000));
    };
    const auto status = [&](qint64 id, const QString &text) {
        at += 1000;
        return MastodonServer::status(id, text, at);
    };
    arrive({ notificationJson(QStringLiteral("n1"), QStringLiteral("mention"), status(501, QStringLiteral("Wat vind jij van Gilde?"))) });
    REQUIRE(told.size() == 1);
    CHECK(told.first().summary == QStringLiteral("Anne de Vries mentioned you"));
    INFO(told.first().body.toStdString());
    CHECK(told.first().body.startsWith(QStringLiteral("Wat vind jij van Gilde?")));
    // A click opens the mention itself.
    const std::optional<Item> clicked = env.engine->items().item(told.first().itemId);
    REQUIRE(clicked);
    CHECK(clicked->sourceId == source);
    CHECK(clicked->text.startsWith(QStringLiteral("Wat vind jij van Gilde?")));

    arrive({ notificationJson(QStringLiteral("n2"), QStringLiteral("favourite"), status(502, QStringLiteral("Mijn post"))) });
    CHECK(told.size() == 1);

    QJsonObject reply = status(503, QStringLiteral("Goed punt!"));
    reply.insert(QStringLiteral("in_reply_to_id"), QStringLiteral("400"));
    reply.insert(QStringLiteral("in_reply_to_account_id"), QStringLiteral("999"));
    QJsonObject direct = status(504, QStringLiteral("Even onder ons"));
    direct.insert(QStringLiteral("visibility"), QStringLiteral("direct"));
    arrive({ notificationJson(QStringLiteral("n3"), QStringLiteral("mention"), reply),
        notificationJson(QStringLiteral("n4"), QStringLiteral("mention"), direct) });
    REQUIRE(told.size() == 3);
    QStringList summaries { told.at(1).summary, told.at(2).summary };
    summaries.sort();
    CHECK(summaries == QStringList { "Anne de Vries replied", "Direct message from Anne de Vries" });

    // The same mention again (a refresh after the stream) is not told twice.
    arrive({ notificationJson(QStringLiteral("n1"), QStringLiteral("mention"), status(501, QStringLiteral("Wat vind jij van Gilde?"))) });
    CHECK(told.size() == 3);

    // A burst is one notification.
    QList<QJsonObject> burst;
    for (int i = 0; i < 5; ++i)
        burst << notificationJson(QStringLiteral("b%1").arg(i), QStringLiteral("mention"), status(600 + i, QStringLiteral("Hoi")));
    arrive(burst);
    REQUIRE(told.size() == 4);
    CHECK(told.last().summary == QStringLiteral("5 new mentions"));
    CHECK(told.last().body == QStringLiteral("Anne de Vries"));
    // Its click opens the newest of them.
    const std::optional<Item> newestOfBurst = env.engine->items().item(told.last().itemId);
    REQUIRE(newestOfBurst);
    CHECK(newestOfBurst->remoteId.endsWith(QStringLiteral("b4")));

    // Silenced from the account's menu in the rail: nothing more, and it is kept.
    AccountRail rail(*env.engine);
    rail.setMentionAlerts(&alerts);
    QMenu menu;
    rail.fillMenu(menu, added.id);
    QAction *toggle = nullptr;
    for (QAction *a : menu.actions()) {
        if (a->text() == QStringLiteral("Notify me of mentions"))
            toggle = a;
    }
    REQUIRE(toggle);
    CHECK(toggle->isChecked());
    toggle->trigger();
    CHECK_FALSE(alerts.isOn(added.id));
    arrive({ notificationJson(QStringLiteral("n9"), QStringLiteral("mention"), status(509, QStringLiteral("Hallo?"))) });
    CHECK(told.size() == 4);
    settings.sync();
    CHECK(QSettings(settings.fileName(), QSettings::IniFormat).value(QStringLiteral("notifications/mentions-%1").arg(added.id), true).toBool() == false);
}

TEST_CASE("A desktop notification goes to the session bus's notification service, its text escaped",
    "[ui][notifications]")
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    REQUIRE(bus.isConnected());
    FakeNotificationService service;
    REQUIRE(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service, QDBusConnection::ExportAllSlots));
    REQUIRE(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));

    DesktopNotifier notifier;
    QSignalSpy activated(&notifier, &DesktopNotifier::activated);
    notifier.notify(QStringLiteral("Anne mentioned you"), QStringLiteral("<b>a</b> & b"), QStringLiteral("item-7"));
    notifier.notify(QStringLiteral("Bert mentioned you"), QStringLiteral("b"), QStringLiteral("item-8"));
    REQUIRE(waitUntil([&] { return service.shown.size() == 2; }, 5000));
    CHECK(service.shown.first().app == QStringLiteral("Gilde"));
    CHECK(service.shown.first().summary == QStringLiteral("Anne mentioned you"));
    CHECK(service.shown.first().body == QStringLiteral("&lt;b&gt;a&lt;/b&gt; &amp; b"));
    CHECK(service.shown.first().hints.value(QStringLiteral("desktop-entry")).toString() == QStringLiteral("nl.gilde.Gilde"));
    CHECK(service.shown.first().actions.value(0) == QStringLiteral("default"));

    // A click on the second says which it was; one on a notification of
    // another application (an id not ours) says nothing.
    QTest::qWait(50); // the ids come back asynchronously
    service.click(2);
    REQUIRE(waitUntil([&] { return activated.count() == 1; }, 5000));
    CHECK(activated.first().first().toString() == QStringLiteral("item-8"));
    service.click(99);
    QTest::qWait(100);
    CHECK(activated.count() == 1);

    bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
}

#include "test_mention_alerts.moc"
