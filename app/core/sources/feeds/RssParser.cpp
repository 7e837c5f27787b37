#include "RssParser.h"

#include "FeedDates.h"
#include "FeedXmlReader.h"
#include "text/HtmlSanitizer.h"

namespace gilde
{

namespace
{

/// RSS 2.0 has no namespace, RSS 1.0 and 0.90 have their own; some feeds
/// invent one. Anything that is not a known extension counts as RSS itself.
bool isRssCore(QStringView uri)
{
    return uri.isEmpty() || uri == ns::rss10 || uri == ns::rss090
        || (uri != ns::dc && uri != ns::dcterms && uri != ns::content && uri != ns::sy && uri != ns::rdf
            && !ns::isMedia(uri) && !ns::isItunes(uri) && !ns::isAtom(uri));
}

class RssReader
{
public:
    RssReader(FeedXmlReader &reader, ParsedFeed &feed)
        : m_r(reader)
        , m_xml(reader.xml())
        , m_feed(feed)
    {
    }

    void readRoot()
    {
        const QStringView root = m_xml.name();
        const QUrl base = m_r.baseOf(m_r.documentBase());
        if (root == u"RDF") {
            m_feed.format = QStringLiteral("rss1.0");
            // RSS 0.90 is RDF too, told apart by its namespace (two spellings).
            for (const XmlPullReader::NamespaceDeclaration &decl : m_xml.namespaceDeclarations()) {
                if (decl.namespaceUri.endsWith(u"/rdf/simple/0.9/"))
                    m_feed.format = QStringLiteral("rss0.9x");
            }
        } else {
            const QStringView version = m_xml.attributes().value(QLatin1StringView("version")).trimmed();
            m_feed.format = version.startsWith(u"0.9") ? QStringLiteral("rss0.9x") : QStringLiteral("rss2.0");
        }
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (!isRssCore(m_xml.namespaceUri())) {
                m_xml.skipCurrentElement();
            } else if (name == u"channel") {
                readChannel(base);
            } else if (name == u"item") {
                readItem(base); // RSS 1.0 keeps items beside the channel
            } else if (name == u"image") {
                readImage(base);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        m_r.finishFeed(m_feed, m_fallbacks);
    }

    /// The entry being read when the document broke off, if it has anything.
    void salvagePartialEntry()
    {
        if (m_inItem && (!m_entry.title.isEmpty() || !m_entry.link.isEmpty() || !m_entry.id.isEmpty())) {
            m_r.finishEntry(m_entry, m_entryFallbacks);
            m_feed.entries.append(std::move(m_entry));
        }
        m_inItem = false;
        m_r.finishFeed(m_feed, m_fallbacks);
    }

private:
    void readChannel(const QUrl &parentBase)
    {
        const QUrl base = m_r.baseOf(parentBase);
        m_channelBase = base;
        QDateTime pubDate;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (!isRssCore(m_xml.namespaceUri())) {
                if (!m_r.readFeedExtension(m_fallbacks, base))
                    m_xml.skipCurrentElement();
            } else if (name == u"item") {
                readItem(base);
            } else if (name == u"title") {
                m_feed.title = FeedXmlReader::plainLine(m_r.readText());
            } else if (name == u"link") {
                readChannelLink(base);
            } else if (name == u"description") {
                m_feed.description = htmlToPlainText(m_r.readText());
            } else if (name == u"language") {
                m_feed.language = m_r.readText().trimmed();
            } else if (name == u"lastBuildDate") {
                m_feed.updated = parseFeedDate(m_r.readText());
            } else if (name == u"pubDate") {
                pubDate = parseFeedDate(m_r.readText());
            } else if (name == u"ttl") {
                bool ok = false;
                const int ttl = m_r.readText().trimmed().toInt(&ok);
                if (ok && ttl > 0)
                    m_feed.ttlMinutes = ttl;
            } else if (name == u"image") {
                readImage(base);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (!m_feed.updated.isValid())
            m_feed.updated = pubDate;
    }

    void readChannelLink(const QUrl &parentBase)
    {
        const QUrl base = m_r.baseOf(parentBase);
        const QString link = m_r.url(m_r.readText(), base);
        if (!m_feed.link.isEmpty() || link.isEmpty())
            return;
        m_feed.link = link;
        // Without a feed address, the site's address is the best base there is.
        if (m_r.documentBase().isEmpty() && !QUrl(link).isRelative())
            m_r.setDocumentBase(QUrl(link));
    }

    void readImage(const QUrl &parentBase)
    {
        const QUrl base = m_r.baseOf(parentBase);
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"url" && m_feed.iconUrl.isEmpty())
                m_feed.iconUrl = m_r.url(m_r.readText(), m_r.baseOf(base));
            else
                m_xml.skipCurrentElement();
        }
    }

    void readItem(const QUrl &parentBase)
    {
        QUrl base = m_r.baseOf(parentBase);
        if (base.isEmpty())
            base = m_r.documentBase();
        m_entry = FeedEntry();
        m_entryFallbacks = EntryFallbacks();
        m_inItem = true;
        bool guidIsPermaLink = false;
        FeedEntry &e = m_entry;
        for (const XmlPullReader::Attribute &attr : m_xml.attributes()) {
            if (attr.name == u"about" && attr.namespaceUri == ns::rdf && !attr.value.trimmed().isEmpty()) {
                const QUrl about(attr.value.trimmed().toString());
                e.resource = (base.isEmpty() ? about : base.resolved(about)).toString();
            }
        }
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (!isRssCore(m_xml.namespaceUri())) {
                if (!m_r.readEntryExtension(e, m_entryFallbacks, base))
                    m_xml.skipCurrentElement();
            } else if (name == u"title") {
                e.title = FeedXmlReader::plainLine(m_r.readText());
            } else if (name == u"link") {
                const QUrl linkBase = m_r.baseOf(base);
                const QString link = m_r.url(m_r.readText(), linkBase);
                if (e.link.isEmpty())
                    e.link = link;
            } else if (name == u"description") {
                const QUrl htmlBase = m_r.baseOf(base);
                e.summary = sanitizeHtml(m_r.readHtml(false, nullptr, htmlBase), htmlBase);
            } else if (name == u"guid") {
                const QStringView permaLink = m_xml.attributes().value(QLatin1StringView("isPermaLink"));
                guidIsPermaLink = permaLink.isEmpty() || permaLink.compare(u"true", Qt::CaseInsensitive) == 0;
                e.id = m_r.readText().trimmed();
            } else if (name == u"pubDate") {
                e.published = parseFeedDate(m_r.readText());
            } else if (name == u"author") {
                e.author = FeedXmlReader::personName(m_r.readText());
            } else if (name == u"category") {
                const QString category = FeedXmlReader::plainLine(m_r.readText());
                if (!category.isEmpty() && !e.categories.contains(category))
                    e.categories.append(category);
            } else if (name == u"enclosure") {
                readEnclosure(e, base);
            } else if (name == u"body") {
                // XHTML's <body> (with or without its namespace) is the item's full content.
                const QUrl htmlBase = m_r.baseOf(base);
                const QString html = sanitizeHtml(m_r.readHtml(false, nullptr, htmlBase), htmlBase);
                if (e.content.isEmpty())
                    e.content = html;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return; // cut short: salvagePartialEntry() decides
        // A permalink guid is the item's address when it gives no <link>.
        if (e.link.isEmpty() && guidIsPermaLink
            && (e.id.startsWith(u"http://") || e.id.startsWith(u"https://")))
            e.link = m_r.url(e.id, base);
        m_r.finishEntry(e, m_entryFallbacks);
        m_feed.entries.append(std::move(m_entry));
        m_inItem = false;
    }

    void readEnclosure(FeedEntry &e, const QUrl &parentBase)
    {
        const XmlPullReader::Attributes attrs = m_xml.attributes();
        Enclosure enclosure;
        enclosure.url = m_r.url(attrs.value(QLatin1StringView("url")), m_r.baseOf(parentBase));
        enclosure.type = attrs.value(QLatin1StringView("type")).trimmed().toString();
        bool ok = false;
        const qint64 length = attrs.value(QLatin1StringView("length")).trimmed().toLongLong(&ok);
        enclosure.length = ok && length >= 0 ? length : -1;
        m_xml.skipCurrentElement();
        if (enclosure.url.isEmpty())
            return;
        for (const Enclosure &existing : std::as_const(e.enclosures)) {
            if (existing.url == enclosure.url)
                return;
        }
        e.enclosures.append(enclosure);
    }

    FeedXmlReader &m_r;
    XmlPullReader &m_xml;
    ParsedFeed &m_feed;
    FeedFallbacks m_fallbacks;
    QUrl m_channelBase;
    FeedEntry m_entry;
    EntryFallbacks m_entryFallbacks;
    bool m_inItem = false;
};

} // namespace

void parseRss(FeedXmlReader &reader, ParsedFeed &feed)
{
    RssReader rss(reader, feed);
    rss.readRoot();
    if (reader.xml().hasError())
        rss.salvagePartialEntry();
}

} // namespace gilde
