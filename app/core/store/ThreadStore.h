#pragma once

#include "model/ThreadPost.h"

#include <QList>
#include <QString>

namespace gilde
{

class Database;

/// All SQL about the posts of threads (a forum topic's replies): what the
/// reader shows of a topic, offline too. Thread-safe as Database is: each
/// thread uses its own connection, so a thread of a thousand posts is written
/// off the window's thread.
class ThreadStore
{
public:
    explicit ThreadStore(Database &db);
    /// Replaces the thread of an item in one transaction; false (and
    /// `error`, translated) when it could not be written.
    bool replace(qint64 itemId, const QList<ThreadPost> &posts, QString *error = nullptr);
    /// The thread in order; empty when it was never fetched.
    QList<ThreadPost> posts(qint64 itemId) const;
    int count(qint64 itemId) const;
    /// The posts' numbers in order, without their text (cheap for a long thread).
    QList<int> numbers(qint64 itemId) const;

    /// Whether the thread's reading is yet to be told to its forum (DiscourseReading); kept across restarts.
    void setReadUntold(qint64 itemId, bool untold);
    /// The items whose reading is yet to be told.
    QList<qint64> readsUntold() const;

private:
    Database &m_db;
};

} // namespace gilde
