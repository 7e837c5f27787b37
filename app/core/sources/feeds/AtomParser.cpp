#include "AtomParser.h"

#include "FeedDates.h"
#include "FeedXmlReader.h"
#include "text/HtmlSanitizer.h"

namespace gilde
{

namespace
{

/// How an Atom text construct carries its text: Atom 1.0 says text, html or
/// xhtml; Atom 0.3 gives a MIME type and a mode (xml, escaped, base64).
enum class TextKind { Text, Html, Xhtml, Other };

class AtomReader
{
public:
    AtomReader(FeedXmlReader &reader, ParsedFeed &feed)
        : m_r(reader)
        , m_xml(reader.xml())
        , m_feed(feed)
    {
    }

    void readRoot()
    {
        const XmlPullReader::Attributes attrs = m_xml.attributes();
        m_feed.format
            = m_xml.namespaceUri() == ns::atom03 || attrs.value(QLatin1StringView("version")) == u"0.3"
            ? QStringLiteral("atom0.3")
            : QStringLiteral("atom1.0");
        m_feed.language
            = attrs.value(QLatin1StringView(ns::xmlLatin1), QLatin1StringView("lang")).trimmed().toString();
        QUrl base = m_r.baseOf(m_r.documentBase());
        QString logo;
        while (m_xml.readNextStartElement()) {
            const QStringView uri = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            if (!isAtomCore(uri)) {
                if (!m_r.readFeedExtension(m_fallbacks, base))
                    m_xml.skipCurrentElement();
            } else if (name == u"entry") {
                readEntry(base);
            } else if (name == u"title") {
                m_feed.title = readPlain();
            } else if (name == u"subtitle" || name == u"tagline") {
                m_feed.description = readPlain();
            } else if (name == u"link") {
                readLink(base, &m_feed.link, nullptr);
                // Without a feed address, the site's address is the best base there is.
                if (base.isEmpty() && !m_feed.link.isEmpty() && !QUrl(m_feed.link).isRelative()) {
                    base = QUrl(m_feed.link);
                    m_r.setDocumentBase(base);
                }
            } else if (name == u"updated" || name == u"modified") {
                m_feed.updated = parseFeedDate(m_r.readText());
            } else if (name == u"icon") {
                const QUrl iconBase = m_r.baseOf(base);
                m_feed.iconUrl = m_r.url(m_r.readText(), iconBase);
            } else if (name == u"logo") {
                const QUrl logoBase = m_r.baseOf(base);
                logo = m_r.url(m_r.readText(), logoBase);
            } else if (name == u"author") {
                m_feedAuthor = readPerson();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_feed.iconUrl.isEmpty())
            m_feed.iconUrl = logo;
        m_r.finishFeed(m_feed, m_fallbacks);
    }

    void salvagePartialEntry()
    {
        if (m_inEntry && (!m_entry.title.isEmpty() || !m_entry.link.isEmpty() || !m_entry.id.isEmpty()))
            finishEntry();
        m_inEntry = false;
        m_r.finishFeed(m_feed, m_fallbacks);
    }

private:
    static bool isAtomCore(QStringView uri) { return uri.isEmpty() || ns::isAtom(uri); }

    TextKind textKind() const
    {
        const XmlPullReader::Attributes attrs = m_xml.attributes();
        const QString type = attrs.value(QLatin1StringView("type")).trimmed().toString().toLower();
        if (type == u"html" || type == u"text/html" || attrs.value(QLatin1StringView("mode")) == u"escaped")
            return TextKind::Html;
        if (type == u"xhtml" || type.endsWith(u"+xml") || type.endsWith(u"/xml"))
            return TextKind::Xhtml;
        if (type == u"application/octet-stream")
            return TextKind::Html; // base64; what it decodes to is most often markup
        if (type.startsWith(u"image/") || type.startsWith(u"audio/") || type.startsWith(u"video/"))
            return TextKind::Other; // media, not something to show as text
        return TextKind::Text; // text, text/*, and types we do not know
    }

    /// A text construct as HTML (not yet sanitized); `base` is the element's own.
    QString readHtmlConstruct(const QUrl &base = {})
    {
        const TextKind kind = textKind();
        const QStringView type = m_xml.attributes().value(QLatin1StringView("type")).trimmed();
        const bool base64 = m_xml.attributes().value(QLatin1StringView("mode")) == u"base64"
            || type == u"application/octet-stream";
        // Atom 0.3 defaults to text/plain, yet what feeds encode in base64 is
        // markup or escaped markup; feedparser and gofeed pass it on as such.
        const bool saysText = type == u"text" || type == u"text/plain";
        if (kind == TextKind::Other) {
            m_xml.skipCurrentElement();
            return {};
        }
        if (base64) {
            const QString decoded = QString::fromUtf8(QByteArray::fromBase64(m_r.readText().toLatin1()));
            // Binary data that is not text has no place in a reader.
            for (const QChar c : decoded) {
                if (c == QChar::ReplacementCharacter || (c.unicode() < 0x20 && !c.isSpace()))
                    return {};
            }
            return saysText ? decoded.toHtmlEscaped() : decoded;
        }
        bool hadMarkup = false;
        // type="html" holds HTML as text; elements inside it (an XHTML <div>
        // put there by mistake) wrap that text, they do not turn it into text.
        const QString html = m_r.readHtml(kind == TextKind::Xhtml, &hadMarkup, base, kind == TextKind::Html);
        if (hadMarkup || kind == TextKind::Html)
            return html;
        return html.toHtmlEscaped();
    }

    /// A text construct as one line of plain text (titles).
    QString readPlain()
    {
        const TextKind kind = textKind();
        if (kind == TextKind::Text && m_xml.attributes().value(QLatin1StringView("mode")).isEmpty()) {
            bool hadMarkup = false;
            const QString text = m_r.readHtml(false, &hadMarkup);
            return hadMarkup ? FeedXmlReader::plainLine(text) : text.simplified();
        }
        return FeedXmlReader::plainLine(readHtmlConstruct());
    }

    QString readPerson()
    {
        QString name;
        QString email;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"name")
                name = FeedXmlReader::plainLine(m_r.readText());
            else if (m_xml.name() == u"email")
                email = m_r.readText().trimmed();
            else
                m_xml.skipCurrentElement();
        }
        return name.isEmpty() ? email : name;
    }

    /// Reads a <link>: the alternate one into `link` (the first, or the first
    /// HTML one), an enclosure into `entry`.
    void readLink(const QUrl &parentBase, QString *link, FeedEntry *entry)
    {
        const QUrl base = m_r.baseOf(parentBase);
        const XmlPullReader::Attributes attrs = m_xml.attributes();
        const QStringView rel = attrs.value(QLatin1StringView("rel")).trimmed();
        const QStringView type = attrs.value(QLatin1StringView("type")).trimmed();
        QStringView href = attrs.value(QLatin1StringView("href"));
        QString text;
        if (href.isEmpty()) {
            text = m_r.readText(); // some feeds put the address in the element
            href = text;
        } else {
            m_xml.skipCurrentElement();
        }
        if (rel.isEmpty() || rel == u"alternate") {
            const bool html = type.isEmpty() || type.contains(u"html");
            if (link->isEmpty() || (html && !m_linkIsHtml)) {
                const QString url = m_r.url(href, base);
                if (!url.isEmpty()) {
                    *link = url;
                    m_linkIsHtml = html;
                }
            }
        } else if (rel == u"enclosure" && entry) {
            Enclosure enclosure;
            enclosure.url = m_r.url(href, base);
            enclosure.type = type.toString();
            bool ok = false;
            const qint64 length = attrs.value(QLatin1StringView("length")).trimmed().toLongLong(&ok);
            enclosure.length = ok && length >= 0 ? length : -1;
            if (!enclosure.url.isEmpty() && !entry->enclosures.contains(enclosure))
                entry->enclosures.append(enclosure);
        }
    }

    void readEntry(const QUrl &parentBase)
    {
        QUrl base = m_r.baseOf(parentBase);
        if (base.isEmpty())
            base = m_r.documentBase();
        m_entry = FeedEntry();
        m_entryFallbacks = EntryFallbacks();
        m_inEntry = true;
        const bool feedLinkIsHtml = m_linkIsHtml;
        m_linkIsHtml = false;
        QStringList authors;
        FeedEntry &e = m_entry;
        while (m_xml.readNextStartElement()) {
            const QStringView uri = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            if (!isAtomCore(uri)) {
                if (!m_r.readEntryExtension(e, m_entryFallbacks, base))
                    m_xml.skipCurrentElement();
            } else if (name == u"title") {
                e.title = readPlain();
            } else if (name == u"id") {
                e.id = m_r.readText().trimmed();
            } else if (name == u"link") {
                readLink(base, &e.link, &e);
            } else if (name == u"published" || name == u"issued") {
                e.published = parseFeedDate(m_r.readText());
            } else if (name == u"created") {
                const QDateTime created = parseFeedDate(m_r.readText());
                if (!e.published.isValid())
                    e.published = created;
            } else if (name == u"updated" || name == u"modified") {
                e.updated = parseFeedDate(m_r.readText());
            } else if (name == u"author") {
                const QString author = readPerson();
                if (!author.isEmpty() && !authors.contains(author))
                    authors.append(author);
            } else if (name == u"summary") {
                const QUrl htmlBase = m_r.baseOf(base);
                e.summary = sanitizeHtml(readHtmlConstruct(htmlBase), htmlBase);
            } else if (name == u"content") {
                const QUrl htmlBase = m_r.baseOf(base);
                e.content = sanitizeHtml(readHtmlConstruct(htmlBase), htmlBase);
            } else if (name == u"category") {
                const XmlPullReader::Attributes attrs = m_xml.attributes();
                // The label is for people; the term is for machines.
                const QStringView label = attrs.value(QLatin1StringView("label"));
                const QString category = FeedXmlReader::plainLine(
                    (label.isEmpty() ? attrs.value(QLatin1StringView("term")) : label).toString());
                if (!category.isEmpty() && !e.categories.contains(category))
                    e.categories.append(category);
                m_xml.skipCurrentElement();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        m_linkIsHtml = feedLinkIsHtml;
        e.author = authors.join(QLatin1StringView(", "));
        if (m_xml.hasError())
            return; // cut short: salvagePartialEntry() decides
        finishEntry();
    }

    void finishEntry()
    {
        m_r.finishEntry(m_entry, m_entryFallbacks);
        if (m_entry.author.isEmpty())
            m_entry.author = m_feedAuthor; // Atom: the feed's author writes what has none
        m_feed.entries.append(std::move(m_entry));
        m_inEntry = false;
    }

    FeedXmlReader &m_r;
    XmlPullReader &m_xml;
    ParsedFeed &m_feed;
    FeedFallbacks m_fallbacks;
    QString m_feedAuthor;
    bool m_linkIsHtml = false;
    FeedEntry m_entry;
    EntryFallbacks m_entryFallbacks;
    bool m_inEntry = false;
};

} // namespace

void parseAtom(FeedXmlReader &reader, ParsedFeed &feed)
{
    AtomReader atom(reader, feed);
    atom.readRoot();
    if (reader.xml().hasError())
        atom.salvagePartialEntry();
}

} // namespace gilde
