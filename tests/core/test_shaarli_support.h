#pragma once

// A real Shaarli (Debian's package under php -S) and the Gilde side that
// syncs with it: stores on a temporary profile, the keychain, the outbox
// with the Shaarli deliverer, the link library and the pull.

#include "FaultProxy.h"
#include "ShaarliServer.h"
#include "TestSupport.h"
#include "accounts/Accounts.h"
#include "accounts/SecretStore.h"
#include "links/LinkLibrary.h"
#include "net/HttpClient.h"
#include "sources/shaarli/ShaarliDeliverer.h"
#include "sources/shaarli/ShaarliSync.h"
#include "store/AccountStore.h"
#include "store/LinkStore.h"
#include "store/OutboxStore.h"
#include "sync/Outbox.h"
#include "test_feed_support.h"
#include "test_store_support.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <catch2/catch.hpp>
#include <optional>

namespace gilde::test
{

struct ShaarliEnv {
    ShaarliServer server;
    TempDb t;
    LinkStore links { *t.db };
    AccountStore accountStore { *t.db };
    OutboxStore outboxStore { *t.db };
    HttpClient http;
    SecretStore secrets;
    Accounts accounts { accountStore, secrets, http };
    Outbox outbox { outboxStore };
    LinkLibrary library { links, http, outbox };
    ShaarliDeliverer deliverer { accounts, links, http };
    ShaarliSync sync { accounts, links, outboxStore, http };
    qint64 account = 0;
    QStringList merges; ///< every merge message, from the deliverer and the pull

    ShaarliEnv()
    {
        const bool started = server.start();
        INFO("The Shaarli tests need Debian's shaarli and php-cli: " << server.error().toStdString());
        REQUIRE(started);
        // Secrets of this test only, removed at the end: the keychain outlives the run.
        accounts.setSecretScope(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        outbox.registerDeliverer(QStringLiteral("shaarli."), &deliverer);
        sync.setOutbox(&outbox);
        outbox.setBackoff(50, 400);
        QObject::connect(
            &deliverer, &ShaarliDeliverer::merged, [this](qint64, const QString &m) { merges << m; });
        QObject::connect(&sync, &ShaarliSync::merged, [this](qint64, const QString &m) { merges << m; });
    }

    ~ShaarliEnv()
    {
        for (const Account &a : accountStore.all()) {
            bool done = false;
            secrets.remove(accounts.secretKey(a.id), [&](bool, const QString &) { done = true; });
            waitUntil([&] { return done; }, 10000);
        }
    }

    Accounts::AddResult addAccount(const QUrl &url, const QString &secret)
    {
        std::optional<Accounts::AddResult> result;
        accounts.addShaarli(url, secret, [&](const Accounts::AddResult &r) { result = r; });
        REQUIRE(waitUntil([&] { return result.has_value(); }, 20000));
        return *result;
    }

    /// Adds the account (through `url`, the server itself by default) and syncs the library with it.
    void connect(const QUrl &url = {})
    {
        const auto r = addAccount(url.isEmpty() ? server.url() : url, server.secret());
        INFO(r.error.toStdString());
        REQUIRE(r.id > 0);
        account = r.id;
        library.setSyncAccount(account);
    }

    /// Saves in the library (queues a shaarli.save); the id of the link.
    qint64 save(const QString &url, const QString &title, const QString &note, const QStringList &tags,
        qint64 savedMs = 0, qint64 updatedMs = 0)
    {
        Link l;
        l.url = QUrl(url);
        l.title = title;
        l.note = note;
        l.tags = tags;
        l.savedMs = savedMs;
        l.updatedMs = updatedMs;
        const auto r = library.save(l);
        INFO(r.error.toStdString());
        REQUIRE(r.error.isEmpty());
        REQUIRE(r.id > 0);
        return r.id;
    }

    Link link(qint64 id) const
    {
        const auto l = links.byId(id);
        REQUIRE(l.has_value());
        return *l;
    }

    QList<OutboxEntry> entries() const { return outboxStore.all(); }

    /// Waits until nothing is queued or in flight (failed entries stay).
    bool settle(int timeoutMs = 20000)
    {
        outbox.start();
        return waitUntil(
            [&] {
                return outbox.isIdle() && outboxStore.inState(OutboxEntry::State::Queued).isEmpty()
                    && outboxStore.inState(OutboxEntry::State::Sending).isEmpty();
            },
            timeoutMs);
    }

    ShaarliPullSummary pull()
    {
        std::optional<ShaarliPullSummary> summary;
        sync.pull(account, [&](const ShaarliPullSummary &s) { summary = s; });
        REQUIRE(waitUntil([&] { return summary.has_value(); }, 30000));
        return *summary;
    }

    /// Deletes a link on the server, as its own web interface or another client would.
    bool deleteOnServer(qint64 remoteId)
    {
        return server.request("DELETE", QStringLiteral("/api/v1/links/%1").arg(remoteId)).status == 204;
    }

    /// The server's links with this URL.
    QList<QJsonObject> onServer(const QString &url)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : server.links()) {
            if (o.value(QLatin1String("url")).toString() == url)
                out << o;
        }
        return out;
    }
};

inline QStringList tagsOf(const QJsonObject &serverLink)
{
    QStringList tags;
    for (const QJsonValue &v : serverLink.value(QLatin1String("tags")).toArray())
        tags << v.toString();
    tags.sort();
    return tags;
}

inline qint64 minutesAgo(int minutes)
{
    return QDateTime::currentMSecsSinceEpoch() - qint64(minutes) * 60 * 1000;
}

} // namespace gilde::test
