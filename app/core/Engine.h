#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QTimer;

namespace gilde
{

class AccountStore;
class Accounts;
class ColumnStore;
class Database;
class HttpClient;
class ItemStore;
class LinkLibrary;
class LinkStore;
class MastodonDeliverer;
class Outbox;
class OutboxStore;
class SecretStore;
class ShaarliDeliverer;
class ShaarliSync;
class SourceStore;
class TimelineStore;
class ThreadStore;
class DiscoursePacing;
class DiscourseDeliverer;
class DiscourseReading;
class DiscourseLiveTopics;
class DiscourseThreads;
class MastodonMarkers;
class MastodonThreads;
class Threads;
class MastodonStreams;
class Subscriptions;
class SyncEngine;

/// The composition root shared by the window and the command line: opens a
/// profile (lock, database) and owns the services over it. Nothing else makes
/// these services; everything that needs one gets it from here, by reference.
class Engine : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, Locked, Corrupt, TooNew, IoError };
    struct Opened {
        std::unique_ptr<Engine> engine; ///< null unless status == Ok
        Status status = Status::IoError;
        QString message; ///< translated, says what the user can do
    };

    /// Takes the profile's lock (a second instance is refused) and opens its
    /// database. Creates the folder when missing.
    static Opened open(const QString &profileDir);
    /// GILDE_PROFILE when set, else the platform's app-data location.
    static QString defaultProfileDir();

    ~Engine() override;

    QString profileDir() const { return m_profileDir; }
    Database &database() { return *m_db; }
    ItemStore &items() { return *m_items; }
    SourceStore &sources() { return *m_sources; }
    ColumnStore &columns() { return *m_columns; }
    /// The live streams of the Mastodon accounts (started by the window, not the command line).
    MastodonStreams &streams() { return *m_streams; }
    MastodonMarkers &markers() { return *m_markers; }
    /// Opens the accounts' live streams and listens to the forums of the
    /// topics followed in columns, and keeps both up (again when online again).
    void startStreaming();
    /// What paged sources (timelines) hold, and their gaps.
    TimelineStore &timelines() { return *m_timelines; }
    /// The posts of threads read (forum topics, Mastodon conversations), for the reader and `gilde thread`.
    ThreadStore &threadPosts() { return *m_threadPosts; }
    /// Fetches the thread of any item that has one into ThreadStore.
    Threads &threads() { return *m_threadsOfAny; }
    /// Fetches a forum topic's whole thread into ThreadStore.
    DiscourseThreads &forumThreads() { return *m_threads; }
    /// Tells signed-in forums which topics the user read here.
    DiscourseReading &forumReading() { return *m_forumReading; }
    /// Every request to a forum, paced per forum.
    DiscoursePacing &forumPacing() { return *m_forumPacing; }
    /// Refreshes a followed topic's column when its forum says it changed (started with startStreaming()).
    DiscourseLiveTopics &liveTopics() { return *m_liveTopics; }
    HttpClient &http() { return *m_http; }
    SyncEngine &sync() { return *m_sync; }
    Subscriptions &subscriptions() { return *m_subscriptions; }
    LinkStore &links() { return *m_links; }
    OutboxStore &outboxStore() { return *m_outboxStore; }
    AccountStore &accountStore() { return *m_accountStore; }
    SecretStore &secrets() { return *m_secrets; }
    Accounts &accounts() { return *m_accounts; }
    /// Started on open; online as the SyncEngine sees it.
    Outbox &outbox() { return *m_outbox; }
    /// Synced to the first Shaarli account, when there is one.
    LinkLibrary &library() { return *m_library; }
    ShaarliDeliverer &shaarliDeliverer() { return *m_shaarliDeliverer; }
    MastodonDeliverer &mastodonDeliverer() { return *m_mastodonDeliverer; }
    DiscourseDeliverer &discourseDeliverer() { return *m_discourseDeliverer; }
    ShaarliSync &shaarliSync() { return *m_shaarliSync; }

    /// The account links are synced with (0 = none).
    qint64 linkSyncAccount() const;
    /// Pulls links from the synced Shaarli now (nothing without one).
    void pullLinks();
    /// Between automatic pulls (after refresh rounds and on a timer). Default 15 min.
    void setLinkPullInterval(int ms);

    /// True the first time a profile is opened: the caller may seed it
    /// (the window imports the starter OPML and builds a welcome tab).
    bool isNewProfile() const { return m_isNew; }

private:
    Engine(const QString &profileDir, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db);
    void updateLinkSyncAccount();
    void pullLinksIfDue();
    void fetchPageTextsIfOnline();

    QString m_profileDir;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ItemStore> m_items;
    std::unique_ptr<SourceStore> m_sources;
    std::unique_ptr<ColumnStore> m_columns;
    std::unique_ptr<TimelineStore> m_timelines;
    std::unique_ptr<ThreadStore> m_threadPosts;
    std::unique_ptr<LinkStore> m_links;
    std::unique_ptr<OutboxStore> m_outboxStore;
    std::unique_ptr<AccountStore> m_accountStore;
    HttpClient *m_http = nullptr; // QObject children
    SyncEngine *m_sync = nullptr;
    Subscriptions *m_subscriptions = nullptr;
    MastodonStreams *m_streams = nullptr;
    MastodonMarkers *m_markers = nullptr;
    DiscoursePacing *m_forumPacing = nullptr;
    DiscourseThreads *m_threads = nullptr;
    MastodonThreads *m_conversations = nullptr;
    Threads *m_threadsOfAny = nullptr;
    DiscourseReading *m_forumReading = nullptr;
    DiscourseLiveTopics *m_liveTopics = nullptr;
    bool m_streamsWanted = false;
    SecretStore *m_secrets = nullptr;
    Accounts *m_accounts = nullptr;
    Outbox *m_outbox = nullptr;
    LinkLibrary *m_library = nullptr;
    ShaarliDeliverer *m_shaarliDeliverer = nullptr;
    MastodonDeliverer *m_mastodonDeliverer = nullptr;
    DiscourseDeliverer *m_discourseDeliverer = nullptr;
    ShaarliSync *m_shaarliSync = nullptr;
    QTimer *m_linkPullTimer = nullptr;
    qint64 m_lastLinkPullMs = 0;
    int m_linkPullIntervalMs = 15 * 60 * 1000;
    bool m_isNew = false;
};

} // namespace gilde
