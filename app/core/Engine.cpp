#include "Engine.h"

#include "accounts/Accounts.h"
#include "accounts/SecretStore.h"
#include "sources/discourse/DiscourseAccountSetup.h"
#include "sources/discourse/DiscourseFetcher.h"
#include "sources/discourse/DiscourseHttp.h"
#include "sources/discourse/DiscourseDeliverer.h"
#include "sources/discourse/DiscoursePacing.h"
#include "sources/discourse/DiscourseLiveTopics.h"
#include "sources/discourse/DiscourseReading.h"
#include "sources/discourse/OfflineThreads.h"
#include "sources/discourse/DiscourseThreads.h"
#include "sources/feeds/FeedFetcher.h"
#include "sources/mastodon/MastodonAccountSetup.h"
#include "sources/mastodon/MastodonDeliverer.h"
#include "sources/mastodon/StatusToItems.h"
#include "sources/mastodon/MastodonFetcher.h"
#include "sources/mastodon/MastodonMarkers.h"
#include "sources/mastodon/MastodonThreads.h"
#include "sources/Threads.h"
#include "sources/mastodon/MastodonStreams.h"
#include "links/LinkLibrary.h"
#include "net/HttpClient.h"
#include "sources/feeds/Subscriptions.h"
#include "sources/shaarli/ShaarliDeliverer.h"
#include "sources/shaarli/ShaarliSync.h"
#include "store/AccountStore.h"
#include "store/ColumnStore.h"
#include "store/Database.h"
#include "store/ItemStore.h"
#include "store/LinkStore.h"
#include "store/OutboxStore.h"
#include "store/SourceStore.h"
#include "store/ThreadStore.h"
#include "store/TimelineStore.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace gilde
{

namespace
{

QString lockMessage(const QString &profileDir)
{
    return Engine::tr("Gilde is already running with this profile (%1). Close it first, or start with "
                      "--profile to use another one.")
        .arg(QDir::toNativeSeparators(profileDir));
}

Engine::Status fromDatabase(Database::Status s)
{
    switch (s) {
    case Database::Status::Ok:
        return Engine::Status::Ok;
    case Database::Status::Corrupt:
        return Engine::Status::Corrupt;
    case Database::Status::TooNew:
        return Engine::Status::TooNew;
    case Database::Status::IoError:
        return Engine::Status::IoError;
    }
    return Engine::Status::IoError;
}

/// The profile's name in the keychain, made once: account ids repeat across
/// profiles, their secrets must not. Empty when it cannot be kept.
QString keychainScope(const QString &profileDir)
{
    const QString path = profileDir + QStringLiteral("/keychain-scope");
    QFile in(path);
    if (in.open(QIODevice::ReadOnly)) {
        const QString scope = QString::fromLatin1(in.readAll()).trimmed();
        if (!scope.isEmpty())
            return scope;
    }
    const QString scope = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(scope.toLatin1()) < 0 || !out.commit())
        return {};
    return scope;
}

} // namespace

Engine::Opened Engine::open(const QString &profileDir)
{
    Opened result;
    const QString dir = QDir(profileDir).absolutePath();
    if (!QDir().mkpath(dir)) {
        result.status = Status::IoError;
        result.message = tr("Cannot create the profile folder %1.").arg(QDir::toNativeSeparators(dir));
        return result;
    }

    auto lock = std::make_unique<QLockFile>(dir + QStringLiteral("/gilde.lock"));
    // Never stale by age: a long-running window must keep its lock. A lock
    // left by a process that is gone is still taken over, as QLockFile checks
    // whether the recorded process is alive.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            result.status = Status::Locked;
            result.message = lockMessage(dir);
        } else {
            result.status = Status::IoError;
            result.message = tr("Cannot lock the profile folder %1 (is it writable?).")
                                 .arg(QDir::toNativeSeparators(dir));
        }
        return result;
    }

    const QString dbPath = dir + QStringLiteral("/gilde.sqlite");
    const bool isNew = !QFileInfo::exists(dbPath);
    Database::Opened opened = Database::open(dbPath);
    if (!opened.db) {
        result.status = fromDatabase(opened.status);
        if (result.status == Status::Ok)
            result.status = Status::IoError;
        result.message = opened.message;
        return result;
    }

    result.engine.reset(new Engine(dir, std::move(lock), std::move(opened.db)));
    result.engine->m_isNew = isNew;
    result.status = Status::Ok;
    return result;
}

QString Engine::defaultProfileDir()
{
    const QString env = qEnvironmentVariable("GILDE_PROFILE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Engine::Engine(const QString &profileDir, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db)
    : m_profileDir(profileDir)
    , m_lock(std::move(lock))
    , m_db(std::move(db))
{
    m_items = std::make_unique<ItemStore>(*m_db);
    m_sources = std::make_unique<SourceStore>(*m_db);
    m_columns = std::make_unique<ColumnStore>(*m_db);
    m_timelines = std::make_unique<TimelineStore>(*m_db);
    m_threadPosts = std::make_unique<ThreadStore>(*m_db);
    m_http = new HttpClient(this);
    m_http->setCacheDirectory(profileDir + QStringLiteral("/cache"));
    m_sync = new SyncEngine(*m_db, *m_sources, *m_items, *m_http, this);
    m_subscriptions = new Subscriptions(*m_sources, *m_http, this);

    m_links = std::make_unique<LinkStore>(*m_db);
    m_outboxStore = std::make_unique<OutboxStore>(*m_db);
    m_accountStore = std::make_unique<AccountStore>(*m_db);
    m_secrets = new SecretStore(this);
    m_accounts = new Accounts(*m_accountStore, *m_secrets, *m_http, this);
    m_accounts->setSecretScope(keychainScope(profileDir));
    m_outbox = new Outbox(*m_outboxStore, this);
    m_library = new LinkLibrary(*m_links, *m_http, *m_outbox, this);
    m_shaarliDeliverer = new ShaarliDeliverer(*m_accounts, *m_links, *m_http, this);
    m_outbox->registerDeliverer(QStringLiteral("shaarli."), m_shaarliDeliverer);
    m_mastodonDeliverer = new MastodonDeliverer(*m_accounts, *m_http, this);
    m_mastodonDeliverer->setEntryLookup([this](qint64 entryId) { return m_outboxStore->byId(entryId); });
    m_outbox->registerDeliverer(QStringLiteral("mastodon."), m_mastodonDeliverer);
    // An edited post shows as edited where it was edited from, as the server renders it.
    connect(m_mastodonDeliverer, &MastodonDeliverer::statusEdited, this, [this](qint64 sourceId, const MastodonStatus &status) {
        if (m_sync)
            m_sync->ingest(sourceId, mastodon::itemsFromStatuses({ status }, sourceId), PageReport());
    });
    m_shaarliSync = new ShaarliSync(*m_accounts, *m_links, *m_outboxStore, *m_http, this);
    m_shaarliSync->setOutbox(m_outbox); // links it keeps against a remote delete go back
    // What the server side changes shows in the library like a local change.
    connect(m_shaarliDeliverer, &ShaarliDeliverer::linkChanged, m_library, &LinkLibrary::linksChanged);
    connect(m_shaarliSync, &ShaarliSync::linksChanged, m_library, &LinkLibrary::linksChanged);
    connect(m_accounts, &Accounts::accountsChanged, this, &Engine::updateLinkSyncAccount);
    updateLinkSyncAccount();
    QPointer<Accounts> accounts(m_accounts);
    const MastodonFetcher::TokenFor tokenFor = [accounts](qint64 accountId,
                                                   std::function<void(bool, QString, QString)> done) {
        if (!accounts) {
            done(false, QString(), QString());
            return;
        }
        accounts->secret(accountId, std::move(done));
    };
    m_sync->addFetcher(std::make_shared<FeedFetcher>());
    m_sync->addFetcher(std::make_shared<MastodonFetcher>(tokenFor));
    // One pace per forum for its lists and its threads.
    m_forumPacing = new DiscoursePacing(*m_http, this);
    // A forum the user signed in to is read as them (private categories too).
    m_forumPacing->setCredentials([accounts](const QString &forum, std::function<void(DiscourseCredentials)> done) {
        const QList<Account> signedIn = accounts ? accounts->ofKind(QStringLiteral("discourse")) : QList<Account>();
        const auto it = std::find_if(signedIn.begin(), signedIn.end(),
            [&](const Account &a) { return a.server.toString() == forum; });
        if (it == signedIn.end()) {
            done({});
            return;
        }
        accounts->secret(it->id, [done = std::move(done)](bool ok, const QString &secret, const QString &) {
            done(ok ? DiscourseCredentials::fromSecret(secret) : DiscourseCredentials());
        });
    });
    m_sync->addFetcher(std::make_shared<DiscourseFetcher>(m_forumPacing));
    m_threads = new DiscourseThreads(*m_items, *m_sources, *m_threadPosts, *m_forumPacing, this);
    m_conversations = new MastodonThreads(*m_items, *m_sources, *m_threadPosts, *m_http, tokenFor, this);
    m_threadsOfAny = new Threads(*m_threads, *m_conversations, this);
    m_forumReading = new DiscourseReading(*m_accounts, *m_items, *m_sources, *m_threadPosts, *m_forumPacing, this);
    connect(m_sync, &SyncEngine::onlineChanged, m_forumReading, &DiscourseReading::setOnline);
    auto *offlineThreads = new OfflineThreads(*m_columns, *m_items, *m_threadPosts, *m_threads, this);
    connect(m_sync, &SyncEngine::sourceRefreshed, offlineThreads,
        [offlineThreads](qint64 sourceId) { offlineThreads->sourceRefreshed(sourceId); });
    connect(m_sync, &SyncEngine::refreshFinished, offlineThreads, &OfflineThreads::roundFinished);
    m_discourseDeliverer = new DiscourseDeliverer(*m_accounts, *m_forumPacing, this);
    m_outbox->registerDeliverer(QStringLiteral("discourse."), m_discourseDeliverer);
    m_streams = new MastodonStreams(*m_sources, *m_accountStore, *m_http, *m_sync, tokenFor, this);
    connect(m_accounts, &Accounts::accountsChanged, m_streams, &MastodonStreams::reconcile);
    connect(m_subscriptions, &Subscriptions::sourcesChanged, m_streams, &MastodonStreams::reconcile);
    m_markers = new MastodonMarkers(*m_sources, *m_timelines, *m_http, tokenFor, this);
    connect(m_sync, &SyncEngine::sourceRefreshed, m_markers,
        [this](qint64 sourceId) { m_markers->sourceRefreshed(sourceId); });
    m_liveTopics = new DiscourseLiveTopics(*m_sources, *m_sync, *m_forumPacing, this);
    connect(m_subscriptions, &Subscriptions::sourcesChanged, m_liveTopics, &DiscourseLiveTopics::reconcile);
    connect(m_sync, &SyncEngine::onlineChanged, this, [this](bool online) {
        if (online && m_streamsWanted) {
            m_streams->start();
            m_liveTopics->start();
        }
    });
    // A signed-out account's timelines (a forum's signed-in lists) go with it.
    connect(m_accounts, &Accounts::accountsChanged, this, [this] {
        const QList<Account> accounts = m_accounts->all();
        const int gone = mastodon::removeOrphanTimelines(*m_sources, *m_columns, accounts)
            + discourse::removeOrphanLists(*m_sources, *m_columns, accounts);
        if (gone > 0)
            Q_EMIT m_subscriptions->sourcesChanged();
    });

    m_outbox->setOnline(m_sync->isOnline());
    connect(m_sync, &SyncEngine::onlineChanged, m_outbox, &Outbox::setOnline);
    // Links saved on the server come in after refresh rounds and on a timer.
    m_linkPullTimer = new QTimer(this);
    m_linkPullTimer->setInterval(m_linkPullIntervalMs);
    connect(m_linkPullTimer, &QTimer::timeout, this, &Engine::pullLinksIfDue);
    connect(m_sync, &SyncEngine::refreshFinished, this, &Engine::pullLinksIfDue);
    m_linkPullTimer->start();
    // Saved links wait for their page text until the network is there; the
    // app's refresh rounds (due checks included) come every minute.
    connect(m_sync, &SyncEngine::refreshFinished, this, &Engine::fetchPageTextsIfOnline);
    connect(m_sync, &SyncEngine::onlineChanged, this, &Engine::fetchPageTextsIfOnline);
    // Resumes what a previous run left in flight, from the event loop.
    m_outbox->start();
}

void Engine::startStreaming()
{
    m_streamsWanted = true;
    m_streams->start();
    m_liveTopics->start();
    m_markers->start();
    // What was read while offline in an earlier run is told now.
    m_forumReading->setOnline(m_sync->isOnline());
}

qint64 Engine::linkSyncAccount() const
{
    return m_library->syncAccount();
}

void Engine::updateLinkSyncAccount()
{
    const QList<Account> shaarlis = m_accounts->ofKind(QStringLiteral("shaarli"));
    const qint64 account = shaarlis.isEmpty() ? 0 : shaarlis.first().id;
    const qint64 previous = m_library->syncAccount();
    // Links keep the ids of one server: those of an account that is gone
    // would name other links on the next one, and an edit sent there would
    // overwrite a stranger's link.
    if (previous != 0 && previous != account)
        m_links->forgetRemoteIds();
    m_library->setSyncAccount(account);
}

void Engine::pullLinks()
{
    const qint64 account = linkSyncAccount();
    if (account == 0)
        return;
    m_lastLinkPullMs = QDateTime::currentMSecsSinceEpoch();
    m_shaarliSync->pull(account);
}

void Engine::pullLinksIfDue()
{
    if (!m_sync->isOnline())
        return;
    if (QDateTime::currentMSecsSinceEpoch() - m_lastLinkPullMs < m_linkPullIntervalMs - 1000)
        return;
    pullLinks();
}

void Engine::fetchPageTextsIfOnline()
{
    if (m_sync->isOnline())
        m_library->fetchPendingTexts();
}

void Engine::setLinkPullInterval(int ms)
{
    m_linkPullIntervalMs = qMax(1000, ms);
    m_linkPullTimer->setInterval(m_linkPullIntervalMs);
}

Engine::~Engine()
{
    // The services use the stores and the database: they go first, the sync
    // engine (whose writer thread writes) before the HTTP client it fetches with.
    delete m_streams;
    m_streams = nullptr;
    delete m_liveTopics;
    m_liveTopics = nullptr;
    delete m_threadsOfAny;
    m_threadsOfAny = nullptr;
    delete m_threads; // these two wait for a thread's write
    m_threads = nullptr;
    delete m_conversations;
    m_conversations = nullptr;
    delete m_shaarliSync;
    m_shaarliSync = nullptr;
    delete m_outbox; // before its deliverers
    m_outbox = nullptr;
    delete m_shaarliDeliverer;
    m_shaarliDeliverer = nullptr;
    delete m_mastodonDeliverer;
    m_mastodonDeliverer = nullptr;
    delete m_discourseDeliverer;
    m_discourseDeliverer = nullptr;
    delete m_library;
    m_library = nullptr;
    delete m_accounts;
    m_accounts = nullptr;
    delete m_secrets;
    m_secrets = nullptr;
    delete m_subscriptions;
    m_subscriptions = nullptr;
    delete m_sync;
    m_sync = nullptr;
    delete m_http;
    m_http = nullptr;
    m_accountStore.reset();
    m_outboxStore.reset();
    m_links.reset();
    m_columns.reset();
    m_sources.reset();
    m_items.reset();
    m_db.reset();
    m_lock.reset();
}

} // namespace gilde
