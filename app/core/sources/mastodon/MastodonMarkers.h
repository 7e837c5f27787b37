#pragma once

#include "MastodonFetcher.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace gilde
{

class HttpClient;
class SourceStore;
class TimelineStore;
struct HttpResult;

/// Keeps where the user has read an account's Home and Notifications in step
/// with the server's read markers (/api/v1/markers), as the web client and
/// the phone apps keep them: what another client read shows read here, and
/// how far the user read here is told to the server. A marker only ever moves
/// forward: Gilde never sets it behind what the server has. Two updates that
/// meet (409) are settled by asking again. Other columns keep their read
/// state to themselves.
class MastodonMarkers : public QObject
{
    Q_OBJECT
public:
    MastodonMarkers(SourceStore &sources, TimelineStore &timelines, HttpClient &http,
        MastodonFetcher::TokenFor tokenFor, QObject *parent = nullptr);

    /// Follows refreshes (a refresh of Home or Notifications brings the
    /// markers too) and tells the server what the user reads, checked every
    /// `pushIntervalMs`. Until then, only sync() talks to the server.
    void start(int pushIntervalMs = 30000);
    /// Reads the account's markers, applies them, then tells the server where
    /// Gilde is ahead. Emits synced() when done, whatever the outcome.
    void sync(qint64 accountId);
    /// Called for every source refreshed.
    void sourceRefreshed(qint64 sourceId);

    /// A refresh brings the markers along at most this often per account.
    static constexpr qint64 MinPullIntervalMs = 60000;
    /// Updates refused with 409 in a row before the next round.
    static constexpr int MaxConflicts = 3;

Q_SIGNALS:
    /// The server's marker made `count` items of `sourceId` read.
    void readChanged(qint64 sourceId, int count);
    void synced(qint64 accountId);

private:
    /// An account's timelines that have markers: its own, as Gilde follows them.
    struct Timelines {
        QUrl server;
        qint64 home = 0;
        qint64 notifications = 0;
        QList<qint64> mentions; ///< notifications of one kind: the notifications marker reads them too
    };
    /// Every account's timelines, in one read of the sources: a round looks
    /// them up once and passes them along.
    QHash<qint64, Timelines> timelinesByAccount() const;
    void pull(qint64 accountId, const QString &token, int conflicts);
    void applyPulled(qint64 accountId, const Timelines &timelines, const HttpResult &result);
    void push(qint64 accountId, const Timelines &timelines, const QString &token, int conflicts);
    /// What Gilde has read further than the server knows, as the form of an update.
    QByteArray aheadForm(qint64 accountId, const Timelines &timelines) const;
    void finish(qint64 accountId);
    void pushDue();

    SourceStore &m_sources;
    TimelineStore &m_timelines;
    HttpClient &m_http;
    MastodonFetcher::TokenFor m_tokenFor;
    QTimer m_pushTimer;
    bool m_started = false;
    /// The markers as the server last told them: account → "home"/"notifications" → last read id.
    QHash<qint64, QHash<QString, QString>> m_known;
    QHash<qint64, qint64> m_lastPullMs;
    QSet<qint64> m_busy;
    QSet<qint64> m_unsupported; ///< accounts whose server has no markers
};

} // namespace gilde
