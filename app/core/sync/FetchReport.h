#pragma once

#include "model/Item.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace gilde
{

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
};

} // namespace gilde
