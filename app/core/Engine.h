#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

namespace gilde {

class ColumnStore;
class Database;
class HttpClient;
class ItemStore;
class SourceStore;
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
    HttpClient &http() { return *m_http; }
    SyncEngine &sync() { return *m_sync; }
    Subscriptions &subscriptions() { return *m_subscriptions; }

    /// True the first time a profile is opened: the caller may seed it
    /// (the window imports the starter OPML and builds a welcome tab).
    bool isNewProfile() const { return m_isNew; }

private:
    Engine(const QString &profileDir, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db);

    QString m_profileDir;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ItemStore> m_items;
    std::unique_ptr<SourceStore> m_sources;
    std::unique_ptr<ColumnStore> m_columns;
    HttpClient *m_http = nullptr;      // QObject children
    SyncEngine *m_sync = nullptr;
    Subscriptions *m_subscriptions = nullptr;
    bool m_isNew = false;
};

} // namespace gilde
