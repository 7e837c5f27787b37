#pragma once

#include <QString>
#include <QUrl>

namespace gilde {

/// Something that yields items. For 0.1 that is a feed URL; later kinds
/// (Mastodon timelines, Discourse categories) share the same row.
struct Source {
    qint64 id = 0;
    QString kind = QStringLiteral("feed");
    QUrl url;           ///< the feed address; a permanent redirect updates it
    QString title;
    QUrl siteUrl;
    QUrl iconUrl;
    QString folder;     ///< "" for none; nested OPML folders as "A/B"
    // Refresh state
    QByteArray etag;
    QByteArray lastModified;
    qint64 lastRefreshMs = 0; ///< last attempt that reached a verdict, UTC ms
    qint64 lastSuccessMs = 0;
    qint64 nextRefreshMs = 0; ///< when it is due again
    int errorCount = 0;       ///< consecutive failures, drives backoff
    QString lastError;        ///< human text of the last failure, "" after success
    bool lastErrorNetwork = false; ///< that failure was the network's (DNS, route, timeout), not the feed's
    int ttlMinutes = 0;       ///< what the feed asked for, 0 = not said
};

} // namespace gilde
