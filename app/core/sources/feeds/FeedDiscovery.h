#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace gilde {

/// A feed a web page advertises with <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">.
struct DiscoveredFeed {
    QUrl url;
    QString title;
    QString type;
    QString sourceKind = QStringLiteral("feed"); ///< Source::kind to subscribe with ("mastodon" for a timeline)
    // Forum lists (sourceKind "discourse") say which category they follow:
    QString color; ///< the category's colour, "0088CC"; empty for none
    int depth = 0; ///< 1 for a subcategory
    QString description; ///< plain text, may be empty
    bool suggested = false; ///< what the address the user gave points at: picked first
};

/// Pure: finds the feeds an HTML page links to, resolved against `pageUrl`
/// (and its <base href>). Empty when the page advertises none.
QList<DiscoveredFeed> discoverFeeds(const QByteArray &html, const QUrl &pageUrl);

} // namespace gilde
