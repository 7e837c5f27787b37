#pragma once

#include <QMetaType>
#include <QString>

namespace gilde
{

/// One post, article, topic or reply as stored in the cache. List pages fill
/// every field but `html` (loaded for the reader only). A parsed item carries
/// its whole plain text; the store keeps only its start, so an item read back
/// has `text` as a short excerpt of it.
struct Item {
    qint64 id = 0;
    qint64 sourceId = 0;
    QString remoteId; ///< unique per source: the feed's id, else a stable hash of link+title
    QString kind = QStringLiteral("article");
    QString author;
    QString title;
    QString url;
    QString html; ///< sanitized HTML, for the reader
    QString text; ///< plain text (whole when parsed, an excerpt when stored)
    QString thumbnail; ///< image URL for the list, may be empty
    QString mediaJson; ///< enclosures as JSON array text
    /// What its protocol needs to act on it, as JSON object text ("" for feed
    /// items): a Mastodon status's id, author and visibility. Read by item();
    /// list pages read it for forum topics only, whose rows show it.
    QString meta;
    qint64 publishedMs = 0; ///< UTC ms; the feed's date or, without one, first-seen time
    qint64 updatedMs = 0;
    bool read = false;
    bool starred = false;
};

/// Keyset position in a newest-first list: (publishedMs, id) strictly before it.
struct PageCursor {
    qint64 publishedMs = 0;
    qint64 id = 0;
    bool isNull() const { return publishedMs == 0 && id == 0; }
};

} // namespace gilde

Q_DECLARE_METATYPE(gilde::Item)
