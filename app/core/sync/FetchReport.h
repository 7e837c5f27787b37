#pragma once

#include "model/Item.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace gilde
{

/// Where one page of a paged source (a timeline) sits, in the server's paging
/// ids: what was asked for and the ids at either end of what came back.
struct PageReport {
    bool present = false; ///< the source is paged: fold this into its TimelineState
    int direction = 0; ///< PageRequest::Direction
    QString cursor; ///< what the request started from (Older, Fill)
    QString newest; ///< paging id of the newest entry (or the server's "prev" cursor)
    QString oldest; ///< paging id of the oldest entry (or the server's "next" cursor)
    int count = 0; ///< entries the server sent (before filters hid any)
    qint64 oldestMs = 0; ///< time of the oldest entry: a gap found below it is shown there
    bool moreOlder = true; ///< the server gave a way to older entries (a "next" link)
};

/// What one fetch (and parse) of a source came to, on its way to the store.
struct FetchReport {
    enum class Kind { Changed, NotModified, Failed };
    qint64 sourceId = 0;
    Kind kind = Kind::Failed;
    QByteArray etag;
    QByteArray lastModified;
    QUrl permanentUrl; ///< a permanent redirect's target: the source moves there
    QString error; ///< translated, for Failed
    int retryAfterSecs = -1;
    bool networkError = false; ///< Network or Timeout: counts towards "offline"
    // Learned from the feed (Changed only)
    QString title;
    QUrl siteUrl;
    QUrl iconUrl;
    int ttlMinutes = 0;
    QList<Item> items;
    /// Items the server says are gone (a deleted post), by their remote id.
    QStringList withdrawn;
    PageReport page;
};

} // namespace gilde
