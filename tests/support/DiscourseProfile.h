#pragma once

#include "DiscourseServer.h"
#include "Engine.h"
#include "accounts/Accounts.h"
#include "net/HttpClient.h"
#include "sources/discourse/DiscourseHttp.h"
#include "model/Item.h"
#include "sources/feeds/Subscriptions.h"

#include <QTemporaryDir>

#include <memory>

namespace gilde::test
{

/// A profile on disk with its engine, and a scripted forum on 127.0.0.1 to
/// follow: what the Discourse tests of the engine, the threads and the pacing
/// start from. Each step waits (boundedly) for what it started.
struct DiscourseProfile {
    DiscourseServer server;
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;

    explicit DiscourseProfile(const QString &subfolder = {});

    Subscriptions::Probe probe(const QUrl &url);
    qint64 follow(const DiscoveredFeed &feed);
    /// Follows the list at `path` on the forum (`/c/news/7.json`, ...).
    qint64 follow(const QString &path, const QString &title = {});
    /// Refreshes one source; the error it reported, "" when none.
    QString refresh(qint64 sourceId);
    QList<Item> itemsOf(qint64 sourceId);
    /// The item of forum topic `topicId` in `sourceId`'s list.
    qint64 itemOfTopic(qint64 sourceId, qint64 topicId);
    /// Loads a topic's thread; the error when it failed, "" when it came.
    QString loadThread(qint64 itemId, int timeoutMs = 20000);

    /// What the browser does: opens the address, the user allows Gilde.
    HttpResult approve(const QUrl &url);
    Accounts::AddResult addAccount(const QUrl &forum, const DiscourseCredentials &credentials);
    /// The whole sign-in as the user goes through it: the forum's page
    /// allowed, the payload decrypted, the account added with the key.
    std::pair<Accounts::AddResult, DiscourseCredentials> signIn();
};

} // namespace gilde::test
