#pragma once

#include <QObject>

namespace gilde
{

class DiscourseThreads;
class MastodonThreads;
struct Item;

/// The thread of any item that has one, for the reader and `gilde thread`
/// to ask in one place: a forum topic's posts (DiscourseThreads), a
/// Mastodon post's conversation (MastodonThreads). Either way the posts go
/// to ThreadStore, where they are read back, offline too.
class Threads : public QObject
{
    Q_OBJECT
public:
    Threads(DiscourseThreads &forum, MastodonThreads &microblog, QObject *parent = nullptr);

    /// Whether `item` opens as a thread: a forum topic, or a post (a status,
    /// a notification about one).
    static bool hasThread(const Item &item);
    /// Whether it is a forum topic's thread (its posts take replies and likes there).
    static bool isForumTopic(const Item &item);

    /// Fetches the thread of the item (as the caller has it, full); threadLoaded
    /// or threadFailed follows, always later (threadFailed for an item without one).
    void load(const Item &item);
    bool isLoading(qint64 itemId) const;

Q_SIGNALS:
    void threadLoaded(qint64 itemId, int posts);
    /// `error` is translated; what was cached stays.
    void threadFailed(qint64 itemId, const QString &error);

private:
    DiscourseThreads &m_forum;
    MastodonThreads &m_microblog;
};

} // namespace gilde
