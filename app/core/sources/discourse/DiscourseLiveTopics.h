#pragma once

#include <QObject>
#include <QString>

#include <map>
#include <memory>

namespace gilde
{

class DiscoursePacing;
class SourceStore;
class SyncEngine;
struct HttpResult;

/// Topics followed live: the forum says when a topic followed in a column
/// (DiscourseStream::Kind::Topic) gets a post, and that column is refreshed
/// then, not at the next round. The forum's push channel is the one its own
/// web client listens on: MessageBus, long-polled (POST
/// /message-bus/{client}/poll with each topic's channel "/topic/{id}" and
/// the last message seen on it, answered when something happens or after
/// about 25 s with nothing). One poll per forum carries all its followed
/// topics, as the user the forum is signed in as (DiscoursePacing), within
/// the forum's pace. A forum that answers at once (long polling turned off)
/// is asked again after a pause; one that fails is tried again with growing
/// pauses; a forum without MessageBus is left to the rounds, which refresh
/// the topic anyway. A forum signed in with a user API key counts every poll
/// against the key's 2,880 requests a day, so its polls start at most every
/// KeyedSpacingMs: a third of that budget, the rest for lists and threads.
/// Nothing here is for the user to see or care about.
class DiscourseLiveTopics : public QObject
{
    Q_OBJECT
public:
    DiscourseLiveTopics(SourceStore &sources, SyncEngine &sync, DiscoursePacing &pacing, QObject *parent = nullptr);
    ~DiscourseLiveTopics() override;

    /// Listens to the forums of the followed topics until stopped.
    void start();
    void stop();
    /// Sources changed: forums with followed topics are listened to, others
    /// no longer. A poll under way ends first; the next one asks for the new set.
    void reconcile();
    /// Whether `forum` (a DiscourseStream base) is listened to now.
    bool isListening(const QString &forum) const;
    /// Pauses: after an answer at once with nothing (the forum does not hold
    /// polls), and after a failure, the first doubling up to the last (tests shorten them).
    void setPauses(int quietMs, int firstRetryMs, int maxRetryMs);
    /// The least time between the starts of two polls with a user key (tests shorten it).
    void setKeyedSpacing(int ms) { m_keyedSpacingMs = qMax(0, ms); }

    /// How long a poll may wait for an answer: the forum holds one about 25 s.
    static constexpr int PollTimeoutMs = 60000;
    /// An empty answer sooner than this means the forum does not hold polls.
    static constexpr int HeldAtLeastMs = 5000;
    /// 960 polls a day at most with a user key, of the 2,880 it may ask.
    static constexpr int KeyedSpacingMs = 90000;

Q_SIGNALS:
    /// The forum told of a change to these followed topics (their sources),
    /// whose refresh was asked for.
    void topicsChanged(const QList<qint64> &sourceIds);

private:
    struct Forum;
    void poll(Forum &forum);
    void answered(const QString &base, quint64 poll, const HttpResult &result);
    /// Asks again after `ms`, and not sooner than a user key's spacing allows.
    void pauseThenPoll(Forum &forum, int ms);

    SourceStore &m_sources;
    SyncEngine &m_sync;
    DiscoursePacing &m_pacing;
    const QString m_clientId;
    bool m_running = false;
    quint64 m_lastPoll = 0; ///< numbers polls, so that the answer to one no longer awaited is dropped
    int m_quietMs = 30000;
    int m_firstRetryMs = 5000;
    int m_maxRetryMs = 10 * 60 * 1000;
    int m_keyedSpacingMs = KeyedSpacingMs;
    std::map<QString, std::unique_ptr<Forum>> m_forums;
};

} // namespace gilde
