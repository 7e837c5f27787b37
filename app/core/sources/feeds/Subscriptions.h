#pragma once

#include "sources/feeds/FeedDiscovery.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace gilde
{

class HttpClient;
struct MastodonAddress;
class SourceStore;

/// Adding, importing, exporting and removing feeds: the user's subscriptions.
class Subscriptions : public QObject
{
    Q_OBJECT
public:
    Subscriptions(SourceStore &sources, HttpClient &http, QObject *parent = nullptr);

    /// What is behind a URL the user typed: a feed (feeds has one entry, isFeed)
    /// or a web page advertising feeds (pick one), or an error to show.
    struct Probe {
        bool isFeed = false;
        QList<DiscoveredFeed> feeds;
        QString error; ///< translated; empty on success
    };
    /// Accepts "example.org" or a bare URL without a scheme (https:// is added).
    /// The answer always comes later, from the event loop, never from inside probe().
    /// A Mastodon address (https://server/@user, /tags/name, /public/local) that
    /// the server confirms is a timeline to follow (DiscoveredFeed::sourceKind "mastodon").
    void probe(const QUrl &url, std::function<void(const Probe &)> done);
    /// As probe(), for what the user typed: also "@user@server".
    void probeText(const QString &text, std::function<void(const Probe &)> done);
    /// What the user typed as an http(s) URL: "example.org" -> https://example.org/,
    /// feed:// -> https://. Invalid (empty) when it cannot be one.
    static QUrl urlFromUserInput(const QString &text);

    /// Adds a source (or returns the existing one with that URL) and emits
    /// sourcesChanged. `kind` is Source::kind: a DiscoveredFeed's sourceKind.
    qint64 subscribe(const QUrl &feedUrl, const QString &title, const QString &folder = {},
        const QString &kind = QStringLiteral("feed"));

    struct ImportResult {
        int added = 0;
        int existing = 0;
        QString error; ///< translated; empty on success
    };
    ImportResult importOpml(const QByteArray &opml);
    QByteArray exportOpml() const;

    bool rename(qint64 sourceId, const QString &title);
    bool moveToFolder(qint64 sourceId, const QString &folder);
    bool unsubscribe(qint64 sourceId); ///< with its items

Q_SIGNALS:
    void sourcesChanged();

private:
    void probeFeed(const QUrl &url, std::function<void(const Probe &)> done);
    /// Asks the server of a Mastodon-looking address; `notMastodon` when it is none.
    void probeMastodon(const MastodonAddress &address, std::function<void(const Probe &)> done,
        std::function<void()> notMastodon);

    SourceStore &m_sources;
    HttpClient &m_http;
};

} // namespace gilde
