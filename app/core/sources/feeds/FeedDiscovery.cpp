#include "FeedDiscovery.h"

#include "text/HtmlTagScanner.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace gilde
{

namespace
{

bool isFeedType(const QString &type)
{
    // Parameters such as "; charset=utf-8" do not change what the document is.
    const QString mime = type.section(u';', 0, 0).trimmed().toLower();
    return mime == u"application/rss+xml" || mime == u"application/atom+xml"
        || mime == u"application/feed+json" || mime == u"application/json" || mime == u"application/rdf+xml";
}

bool hasAlternateRel(const QString &rel)
{
    const QStringList parts = rel.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (p.compare(u"alternate", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QList<DiscoveredFeed> discoverFeeds(const QByteArray &html, const QUrl &pageUrl)
{
    const QString text = decodeHtmlPage(html);
    HtmlTagScanner scanner(text);

    QUrl base = pageUrl;
    bool baseSeen = false;
    // Links are collected first because a <base> may follow them in sloppy pages.
    struct Candidate {
        QString href;
        QString title;
        QString type;
    };
    QList<Candidate> candidates;
    while (scanner.next()) {
        const QString name = scanner.name();
        if (name == u"base" && !baseSeen) {
            const QString href = scanner.attribute(QStringLiteral("href")).trimmed();
            if (!href.isEmpty()) {
                base = pageUrl.resolved(QUrl(href));
                baseSeen = true;
            }
        } else if (name == u"link") {
            const QString type = scanner.attribute(QStringLiteral("type"));
            if (!hasAlternateRel(scanner.attribute(QStringLiteral("rel"))) || !isFeedType(type))
                continue;
            const QString href = scanner.attribute(QStringLiteral("href")).trimmed();
            if (href.isEmpty())
                continue;
            candidates.append({ href, scanner.attribute(QStringLiteral("title")).simplified(),
                type.section(u';', 0, 0).trimmed().toLower() });
        }
    }

    QList<DiscoveredFeed> feeds;
    QSet<QString> seen;
    for (const Candidate &c : candidates) {
        const QUrl url = base.resolved(QUrl(c.href));
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https"))
            continue;
        const QString key = url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        feeds.append({ url.adjusted(QUrl::RemoveFragment), c.title, c.type });
    }
    return feeds;
}

} // namespace gilde
