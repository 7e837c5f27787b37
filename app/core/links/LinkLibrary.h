#pragma once

#include "model/Link.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace gilde {

class HttpClient;
class LinkStore;
class Outbox;

/// The user's link library as a service: saves with normalization (saving the
/// same page twice updates it and says so), keeps a readable text copy of each
/// page (fetched when online, queued when not), and hands every change to the
/// outbox for the synced server when one is set up.
class LinkLibrary : public QObject
{
    Q_OBJECT
public:
    LinkLibrary(LinkStore &store, HttpClient &http, Outbox &outbox, QObject *parent = nullptr);

    /// The account whose server gets link changes (0 = none: local only).
    void setSyncAccount(qint64 accountId) { m_syncAccount = accountId; }
    qint64 syncAccount() const { return m_syncAccount; }

    struct SaveResult {
        qint64 id = 0;
        bool updatedExisting = false;
        QString error; ///< translated; empty on success
    };
    /// `link.url` may be raw: it is normalized here. Commits before returning.
    SaveResult save(Link link);
    bool remove(qint64 linkId);
    bool renameTag(const QString &from, const QString &to);
    bool deleteTag(const QString &tag);

    /// Fetches page text for links waiting for it (call when online).
    void fetchPendingTexts();

    /// Title of a page, for prefilling the save popup when the item has none.
    void fetchTitle(const QUrl &url, std::function<void(const QString &title)> done);

Q_SIGNALS:
    void linksChanged();

private:
    LinkStore &m_store;
    HttpClient &m_http;
    Outbox &m_outbox;
    qint64 m_syncAccount = 0;
};

} // namespace gilde
