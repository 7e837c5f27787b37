#include "Subscriptions.h"

#include "sources/discourse/DiscourseJson.h"
#include "sources/discourse/DiscourseProbe.h"
#include "sources/discourse/DiscourseStream.h"
#include "sources/mastodon/MastodonProbe.h"

#include "model/Source.h"
#include "net/HttpClient.h"
#include "sources/feeds/FeedParser.h"
#include "sources/feeds/Opml.h"
#include "store/SourceStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

namespace gilde
{

Q_LOGGING_CATEGORY(lcSubscriptions, "gilde.feeds")

namespace
{

QString mimeForFormat(const QString &format)
{
    if (format.startsWith(u"atom"))
        return QStringLiteral("application/atom+xml");
    if (format.startsWith(u"json"))
        return QStringLiteral("application/feed+json");
    return QStringLiteral("application/rss+xml");
}

QString fallbackTitle(const QUrl &url)
{
    QString host = url.host();
    if (host.startsWith(u"www."))
        host.remove(0, 4);
    return host.isEmpty() ? url.toString() : host;
}

} // namespace

Subscriptions::Subscriptions(SourceStore &sources, HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_http(http)
{
}

QUrl Subscriptions::urlFromUserInput(const QString &text)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    // feed://host/path and feed:https://host/path are old ways to hand a feed to a reader.
    if (s.startsWith(u"feed:", Qt::CaseInsensitive)) {
        s.remove(0, 5);
        if (s.startsWith(u"//"))
            s.prepend(u"https:");
    }
    if (!s.contains(u"://"))
        s.prepend(u"https://");
    QUrl url(s, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return {};
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

void Subscriptions::probe(const QUrl &input, std::function<void(const Probe &)> done)
{
    const QUrl url = input.scheme().isEmpty() ? urlFromUserInput(input.toString()) : input;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        Probe p;
        p.error = tr("This is not a web address: %1").arg(input.toString());
        // Callers may rely on the answer coming later, as it does for a fetch.
        QMetaObject::invokeMethod(
            this, [done = std::move(done), p] { done(p); }, Qt::QueuedConnection);
        return;
    }

    if (const auto address = MastodonAddress::parse(url.toString())) {
        // Not Mastodon after all (a blog's /tags/ page, say): a page to look for feeds on.
        probeMastodon(*address, done, [this, url, done] { probeFeed(url, done); });
        return;
    }
    probeFeed(url, std::move(done));
}

void Subscriptions::probeText(const QString &text, std::function<void(const Probe &)> done)
{
    const QString t = text.trimmed();
    if (!t.contains(u'/') && t.contains(u'@')) {
        const auto address = MastodonAddress::parse(t);
        if (!address) {
            Probe p;
            p.error = tr("This is not a Mastodon address: %1").arg(t);
            QMetaObject::invokeMethod(this, [done = std::move(done), p] { done(p); }, Qt::QueuedConnection);
            return;
        }
        const QString host = address->server.host();
        probeMastodon(*address, done, [done, host] {
            Probe p;
            p.error = tr("%1 does not answer as a Mastodon server.").arg(host);
            done(p);
        });
        return;
    }
    probe(urlFromUserInput(t).isEmpty() ? QUrl(t) : urlFromUserInput(t), std::move(done));
}

void Subscriptions::probeMastodon(
    const MastodonAddress &address, std::function<void(const Probe &)> done, std::function<void()> notMastodon)
{
    QPointer<Subscriptions> self(this);
    mastodon::probe(m_http, address,
        [self, done = std::move(done), notMastodon = std::move(notMastodon)](const mastodon::ProbeResult &r) {
            if (!self)
                return;
            if (r.notMastodon) {
                notMastodon();
                return;
            }
            Probe p;
            p.error = r.error;
            if (r.timeline) {
                p.isFeed = true;
                p.feeds.append(*r.timeline);
            }
            done(p);
        });
}

void Subscriptions::probeFeed(const QUrl &url, std::function<void(const Probe &)> done)
{
    HttpRequest request;
    request.url = url;
    request.accept
        = "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, "
          "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5";
    request.maxBytes = 8 * 1024 * 1024;
    QPointer<Subscriptions> self(this);
    m_http.get(request, [self, url, done = std::move(done)](const HttpResult &result) {
        if (!self)
            return;
        Probe p;
        if (!result.isSuccess()) {
            p.error
                = result.errorText.isEmpty() ? tr("Could not load %1").arg(url.toString()) : result.errorText;
            done(p);
            return;
        }
        const QUrl documentUrl = result.finalUrl.isValid() ? result.finalUrl : url;
        const ParsedFeed feed = parseFeed(result.body, result.documentUrl(), result.contentType);
        if (feed.ok) {
            // Subscribe where the user pointed unless the server said the feed moved for good.
            const QUrl feedUrl = result.permanentUrl.isValid() ? result.permanentUrl : url;
            p.isFeed = true;
            p.feeds.append({ feedUrl, feed.title.isEmpty() ? fallbackTitle(feedUrl) : feed.title,
                mimeForFormat(feed.format) });
            done(p);
            return;
        }
        // A forum's own lists are better followed than the feeds its pages advertise.
        if (const auto forum = discourse::forumOfPage(result.body, documentUrl)) {
            discourse::probe(self->m_http, *forum, documentUrl, [self, done](const discourse::ProbeResult &r) {
                if (!self)
                    return;
                Probe p;
                p.feeds = r.lists;
                p.error = r.error;
                done(p);
            });
            return;
        }
        if (const auto list = DiscourseStream::fromSourceUrl(documentUrl);
            list && discourse::isTopicList(result.body)) {
            p.isFeed = true;
            p.feeds.append({ list->apiUrl(), fallbackTitle(list->base), discourse::listType(),
                QStringLiteral("discourse") });
            done(p);
            return;
        }
        p.feeds = discoverFeeds(result.body, documentUrl);
        if (p.feeds.isEmpty())
            p.error = tr("No feed found at this address");
        qCDebug(lcSubscriptions) << "probe" << url << "found" << p.feeds.size() << "feeds on the page";
        done(p);
    });
}

qint64 Subscriptions::subscribe(const QUrl &feedUrl, const QString &title, const QString &folder, const QString &kind)
{
    if (const auto existing = m_sources.byUrl(feedUrl))
        return existing->id;
    Source source;
    source.kind = kind;
    source.url = feedUrl;
    source.title = title.trimmed().isEmpty() ? fallbackTitle(feedUrl) : title.trimmed();
    source.folder = folder;
    const qint64 id = m_sources.add(source);
    if (id > 0)
        Q_EMIT sourcesChanged();
    return id;
}

Subscriptions::ImportResult Subscriptions::importOpml(const QByteArray &opml)
{
    ImportResult result;
    const OpmlDocument doc = parseOpml(opml);
    if (!doc.ok) {
        result.error = doc.error;
        return result;
    }
    for (const OpmlFeed &feed : doc.feeds) {
        if (m_sources.byUrl(feed.xmlUrl)) {
            ++result.existing;
            continue;
        }
        Source source;
        source.url = feed.xmlUrl;
        source.siteUrl = feed.htmlUrl;
        source.title = feed.title.isEmpty() ? fallbackTitle(feed.xmlUrl) : feed.title;
        source.folder = feed.folder;
        if (m_sources.add(source) > 0) {
            ++result.added;
        } else {
            result.error = tr("Could not save the feed %1.").arg(feed.xmlUrl.toString());
            break;
        }
    }
    if (result.added > 0)
        Q_EMIT sourcesChanged();
    return result;
}

QByteArray Subscriptions::exportOpml() const
{
    QList<OpmlFeed> feeds;
    const QList<Source> sources = m_sources.all();
    for (const Source &s : sources) {
        if (s.kind != u"feed")
            continue;
        feeds.append({ s.url, s.siteUrl, s.title, s.folder });
    }
    return writeOpml(tr("Gilde subscriptions"), feeds);
}

bool Subscriptions::rename(qint64 sourceId, const QString &title)
{
    const QString t = title.trimmed();
    if (t.isEmpty() || !m_sources.rename(sourceId, t))
        return false;
    Q_EMIT sourcesChanged();
    return true;
}

bool Subscriptions::moveToFolder(qint64 sourceId, const QString &folder)
{
    // The same normal form as imported folders: "A/B" without empty levels.
    QStringList parts;
    for (const QString &part : folder.split(u'/')) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    const QString normal = parts.join(u'/');
    if (!m_sources.setFolder(sourceId, normal))
        return false;
    Q_EMIT sourcesChanged();
    return true;
}

bool Subscriptions::unsubscribe(qint64 sourceId)
{
    if (!m_sources.remove(sourceId))
        return false;
    Q_EMIT sourcesChanged();
    return true;
}

} // namespace gilde
