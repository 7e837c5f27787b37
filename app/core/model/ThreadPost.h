#pragma once

#include <QString>

namespace gilde
{

/// One post of a thread (a forum topic's replies, in order) as the cache
/// keeps it for reading offline. `html` is sanitized.
struct ThreadPost {
    qint64 itemId = 0; ///< the topic's item
    int number = 0; ///< its place in the thread, from 1 (the opening post)
    QString remoteId; ///< the post's id on the server
    QString author; ///< user name
    QString authorName; ///< display name, may be empty
    QString avatar; ///< address of the author's avatar, may be empty
    qint64 publishedMs = 0;
    int replyTo = 0; ///< the number of the post it answers; 0 for the thread
    int likes = 0;
    QString html;
};

} // namespace gilde
