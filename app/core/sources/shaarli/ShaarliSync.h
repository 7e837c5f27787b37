#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <functional>

namespace gilde
{

class Accounts;
class HttpClient;
class LinkStore;
class Outbox;
class OutboxStore;
struct Link;

/// What one pull did.
struct ShaarliPullSummary {
    qint64 accountId = 0;
    int seen = 0; ///< links on the server
    int added = 0; ///< new in the library
    int updated = 0; ///< changed on the server only: taken over
    int merged = 0; ///< changed on both sides: merged
    int removed = 0; ///< deleted on the server: removed from the library
    int kept = 0; ///< deleted on the server but changed here since: kept, sent again
    QStringList messages; ///< translated, one per merge
    QString error; ///< translated; empty when the pull went through
    bool ok() const { return error.isEmpty(); }
};

/// What of a pull the user should hear of, as sentences: links removed or
/// kept against a delete on the server, merges, or why the pull failed.
/// Empty when the pull only brought the usual news.
QStringList shaarliPullNotices(const ShaarliPullSummary &summary);
/// A successful pull in one sentence: how many links were read, new, changed, merged.
QString shaarliPullLine(const ShaarliPullSummary &summary);

/// Brings links saved or edited on a Shaarli into the library: pages through
/// GET /api/v1/links, adds links the library lacks and takes over changes made
/// on the server since the last sync. When the library has a change of the
/// same link still waiting in the outbox, both are merged (the union of the
/// tags, the newer note) and the user is told; the waiting change then sends
/// the merged link. Links with a delete waiting in the outbox are left out.
/// Links are written to the LinkStore directly, so a pull never queues an echo
/// back to the server.
///
/// Deletions on the server: once the whole list has been read (every page,
/// none failed), a synced link missing from it is asked for by id, and only
/// a 404 counts as deleted there (a link can slip between pages while the
/// server changes). Then a link with a change of ours still owed to the
/// server (in the outbox, or edited since the last sync) is kept and sent
/// again, so that a local edit wins over a remote delete; the others are
/// removed. When none of the synced links is on the server, nothing is
/// removed: that looks like another Shaarli, not like deletions.
class ShaarliSync : public QObject
{
    Q_OBJECT
public:
    ShaarliSync(Accounts &accounts, LinkStore &links, OutboxStore &outbox, HttpClient &http,
        QObject *parent = nullptr);

    /// Starts a pull unless one for this account is running (then `done` joins it).
    void pull(qint64 accountId, std::function<void(const ShaarliPullSummary &)> done = {});
    bool isPulling(qint64 accountId) const { return m_running.contains(accountId); }

    void setPageSize(int n) { m_pageSize = qMax(1, n); }
    /// Where links deleted on the server but changed here are queued to be
    /// sent again; without it they go straight into the OutboxStore (sent at
    /// the outbox's next round).
    void setOutbox(Outbox *outbox) { m_outbox = outbox; }
    /// Idle time before a request counts as timed out (default 30 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    /// A change on both sides was merged; `message` says what was kept.
    void merged(qint64 linkId, const QString &message);
    void pullFinished(const gilde::ShaarliPullSummary &summary);
    /// Links were added or changed by a pull.
    void linksChanged();

private:
    struct Run;
    void fetchPage(std::shared_ptr<Run> run, int offset);
    void findDeleted(std::shared_ptr<Run> run);
    void confirmDeleted(std::shared_ptr<Run> run);
    void applyDeleted(std::shared_ptr<Run> run);
    bool queueSave(qint64 accountId, const Link &link);
    void finish(std::shared_ptr<Run> run);

    Accounts &m_accounts;
    LinkStore &m_links;
    OutboxStore &m_outboxStore;
    Outbox *m_outbox = nullptr;
    HttpClient &m_http;
    int m_pageSize = 100;
    int m_timeoutMs = 30000;
    QHash<qint64, QList<std::function<void(const ShaarliPullSummary &)>>> m_running;
};

} // namespace gilde

Q_DECLARE_METATYPE(gilde::ShaarliPullSummary)
