#pragma once

#include <QObject>

namespace gilde
{

class Accounts;
class DiscoursePacing;
class ItemStore;
class SourceStore;
class ThreadStore;

/// Tells a forum what the user read in Gilde, as its own web client does:
/// POST /topics/timings with the topic's posts, as the account signed in to
/// that forum, within the forum's pace. The forum then counts the topic as
/// read (its unread counts, its lists' read state, the next refresh here).
/// Topics of forums the user is not signed in to are nobody's business.
/// What could not be told (offline, on a train) is told once online again,
/// after a restart too (ThreadStore keeps the list).
class DiscourseReading : public QObject
{
    Q_OBJECT
public:
    DiscourseReading(Accounts &accounts, ItemStore &items, SourceStore &sources, ThreadStore &threads,
        DiscoursePacing &pacing, QObject *parent = nullptr);

    /// The user read forum topic `itemId` (its thread shown in the reader).
    void topicRead(qint64 itemId);
    /// Online (again): what waited is told now.
    void setOnline(bool online);

    /// The time reported for each post read, in ms, as the forum's web client
    /// reports a post seen on screen.
    static constexpr int MsPerPost = 2000;

Q_SIGNALS:
    /// One report ended; `told` false when it waits for the network or was refused.
    void reported(qint64 itemId, bool told);

private:
    Accounts &m_accounts;
    ItemStore &m_items;
    SourceStore &m_sources;
    ThreadStore &m_threads;
    DiscoursePacing &m_pacing;
    bool m_online = true;
};

} // namespace gilde
