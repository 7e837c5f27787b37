#include "DiscourseProfile.h"

#include "TestSupport.h"
#include "sources/discourse/DiscourseThreads.h"
#include "sources/discourse/DiscourseUserApiKey.h"
#include "sources/discourse/TopicMeta.h"
#include "store/ItemStore.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <optional>

namespace gilde::test
{

DiscourseProfile::DiscourseProfile(const QString &subfolder)
    : server(subfolder)
{
    REQUIRE(server.listen());
    REQUIRE(dir.isValid());
    Engine::Opened opened = Engine::open(dir.path());
    REQUIRE(opened.engine);
    engine = std::move(opened.engine);
}

Subscriptions::Probe DiscourseProfile::probe(const QUrl &url)
{
    std::optional<Subscriptions::Probe> result;
    engine->subscriptions().probe(url, [&](const Subscriptions::Probe &p) { result = p; });
    REQUIRE(waitUntil([&] { return result.has_value(); }, 10000));
    return *result;
}

qint64 DiscourseProfile::follow(const DiscoveredFeed &feed)
{
    const qint64 id = engine->subscriptions().subscribe(feed.url, feed.title, {}, feed.sourceKind);
    REQUIRE(id > 0);
    return id;
}

qint64 DiscourseProfile::follow(const QString &path, const QString &title)
{
    DiscoveredFeed feed;
    feed.url = server.url(path);
    feed.title = title.isEmpty() ? path : title;
    feed.sourceKind = QStringLiteral("discourse");
    return follow(feed);
}

QString DiscourseProfile::refresh(qint64 sourceId)
{
    QString error;
    QSignalSpy finished(&engine->sync(), &SyncEngine::refreshFinished);
    QObject guard;
    QObject::connect(&engine->sync(), &SyncEngine::sourceFailed, &guard, [&](qint64 source, const QString &e) {
        if (source == sourceId)
            error = e;
    });
    engine->sync().refresh({ sourceId });
    REQUIRE(waitUntil([&] { return finished.count() > 0; }, 10000));
    return error;
}

QList<Item> DiscourseProfile::itemsOf(qint64 sourceId)
{
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = sourceId;
    return engine->items().page(spec, {}, 1000);
}

qint64 DiscourseProfile::itemOfTopic(qint64 sourceId, qint64 topicId)
{
    for (const Item &i : itemsOf(sourceId)) {
        if (TopicMeta::fromJson(i.meta).topicId == topicId)
            return i.id;
    }
    FAIL("no item for topic " << topicId);
    return 0;
}

QString DiscourseProfile::loadThread(qint64 itemId, int timeoutMs)
{
    std::optional<QString> outcome;
    QObject guard;
    QObject::connect(&engine->forumThreads(), &DiscourseThreads::threadLoaded, &guard, [&](qint64 id) {
        if (id == itemId)
            outcome = QString();
    });
    QObject::connect(&engine->forumThreads(), &DiscourseThreads::threadFailed, &guard,
        [&](qint64 id, const QString &error) {
            if (id == itemId)
                outcome = error.isEmpty() ? QStringLiteral("?") : error;
        });
    engine->forumThreads().load(itemId);
    REQUIRE(waitUntil([&] { return outcome.has_value(); }, timeoutMs));
    return *outcome;
}

HttpResult DiscourseProfile::approve(const QUrl &url)
{
    std::optional<HttpResult> result;
    HttpRequest request;
    request.url = url;
    engine->http().get(request, [&](const HttpResult &r) { result = r; });
    REQUIRE(waitUntil([&] { return result.has_value(); }, 10000));
    return *result;
}

Accounts::AddResult DiscourseProfile::addAccount(const QUrl &forum, const DiscourseCredentials &credentials)
{
    std::optional<Accounts::AddResult> result;
    engine->accounts().addDiscourse(forum, credentials, [&](const Accounts::AddResult &r) { result = r; });
    REQUIRE(waitUntil([&] { return result.has_value(); }, 10000));
    return *result;
}

std::pair<Accounts::AddResult, DiscourseCredentials> DiscourseProfile::signIn()
{
    const auto request = DiscourseUserApiKey::create();
    REQUIRE(request);
    approve(request->authorizationUrl(server.base()));
    const auto key = request->keyFromPayload(server.lastPayload());
    REQUIRE(key);
    DiscourseCredentials credentials;
    credentials.userApiKey = *key;
    const Accounts::AddResult added = addAccount(server.base(), credentials);
    INFO(added.error.toStdString());
    REQUIRE(added.id > 0);
    return { added, credentials };
}

} // namespace gilde::test
