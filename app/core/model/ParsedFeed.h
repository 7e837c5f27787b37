#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gilde {

/// A media file attached to an entry (RSS <enclosure>, Atom rel="enclosure",
/// JSON Feed attachment, Media RSS content).
struct Enclosure {
    QString url;
    QString type;
    qint64 length = -1; ///< bytes; -1 when unknown
    friend bool operator==(const Enclosure &, const Enclosure &) = default;
};

/// One entry of a parsed feed, as the protocol said it. Text fields are plain
/// text; summary and content are sanitized HTML; URLs are absolute.
struct FeedEntry {
    QString id; ///< guid / atom:id / JSON id; empty when the feed gave none
    QString title;
    QString link;
    QString author;
    QDateTime published; ///< UTC; invalid when absent
    QDateTime updated;   ///< UTC; invalid when absent
    QString summary;
    QString content;
    QStringList categories;
    QList<Enclosure> enclosures;
    QString thumbnail; ///< Media RSS thumbnail or JSON Feed image
    /// RSS 1.0: the URI the item is about (rdf:about), absolute. Apart from id
    /// and link because it stands in for them only where the item has neither.
    QString resource;
};

/// The result of parsing one feed document: a pure value, no I/O behind it.
struct ParsedFeed {
    bool ok = false;     ///< false: not a feed at all (error says why)
    QString error;
    QString format;      ///< rss2.0|rss1.0|rss0.9x|atom1.0|atom0.3|json1.0|json1.1
    QString title;
    QString link;        ///< the site's address
    QString description;
    QString language;
    QString iconUrl;
    QDateTime updated;
    int ttlMinutes = 0;  ///< from <ttl> or sy:updatePeriod/sy:updateFrequency; 0 = not said
    QStringList warnings; ///< what was recovered from ill-formed input
    QList<FeedEntry> entries;
};

} // namespace gilde
