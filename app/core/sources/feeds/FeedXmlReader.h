#pragma once

#include "XmlPullReader.h"
#include "model/ParsedFeed.h"

#include <QUrl>

namespace gilde
{

/// What an entry's extension elements (Dublin Core, Media RSS, iTunes, Atom
/// inside RSS) offered; applied after the entry's own elements, as fallbacks.
struct EntryFallbacks {
    QString title;
    QString author;
    QString summary; ///< HTML, not yet sanitized
    QString link;
    QString id;
    QString thumbnail;
    QString image; ///< a Media RSS image or an iTunes image: thumbnail of last resort
    QDateTime published;
    QDateTime updated;
    QUrl summaryBase;
};

/// What a feed's extension elements offered for the feed itself.
struct FeedFallbacks {
    QString title;
    QString link;
    QString description;
    QString language;
    QString icon;
    QDateTime updated;
    int updatePeriodMinutes = 0;
    int updateFrequency = 0;
};

/// The reading helpers shared by the RSS and Atom parsers: one pass over a
/// XmlPullReader, xml:base aware, with the extension vocabularies both
/// formats carry. It never builds a tree; every helper consumes exactly the
/// element it is called on.
class FeedXmlReader
{
public:
    FeedXmlReader(XmlPullReader &xml, const QUrl &documentBase);

    XmlPullReader &xml() { return m_xml; }
    const QUrl &documentBase() const { return m_documentBase; }
    void setDocumentBase(const QUrl &base) { m_documentBase = base; }

    /// The base URL in force inside the current start element.
    QUrl baseOf(const QUrl &parent) const;

    /// The text inside the current element (child elements' text included).
    QString readText();
    /// The content of the current element as HTML: its text when it has no
    /// child elements, else the children written back as markup. With
    /// `unwrapDiv`, an outer XHTML <div> is left out (Atom's wrapper). `base`
    /// is the element's own base: an xml:base inside the markup resolves
    /// against it, and addresses below such an xml:base come out absolute.
    /// With `textIsHtml`, text beside child elements is taken as HTML source
    /// rather than escaped.
    QString readHtml(
        bool unwrapDiv = false, bool *hadMarkup = nullptr, const QUrl &base = {}, bool textIsHtml = false);
    /// A URL as a safe absolute address ("" when unsafe or empty).
    QString url(QStringView raw, const QUrl &base) const;
    /// A single-line plain text from text that may carry HTML.
    static QString plainLine(const QString &text);
    /// The name in an RSS-style person string: "mail@x.org (Name)", "Name <mail>".
    static QString personName(const QString &text);

    /// Handles an extension element inside an entry; false when it is not one.
    bool readEntryExtension(FeedEntry &entry, EntryFallbacks &fallbacks, const QUrl &base);
    /// Handles an extension element at feed level; false when it is not one.
    bool readFeedExtension(FeedFallbacks &fallbacks, const QUrl &base);
    /// Applies an entry's fallbacks and sanitizes its HTML.
    void finishEntry(FeedEntry &entry, EntryFallbacks &fallbacks) const;
    /// Applies the feed's fallbacks.
    static void finishFeed(ParsedFeed &feed, const FeedFallbacks &fallbacks);

private:
    void readMedia(FeedEntry &entry, EntryFallbacks &fallbacks, const QUrl &base, int depth = 0);
    void addEnclosure(FeedEntry &entry, const Enclosure &enclosure) const;

    XmlPullReader &m_xml;
    QUrl m_documentBase;
};

/// The namespaces feeds use, and a few checks on them.
namespace ns
{
inline constexpr char16_t atom10[] = u"http://www.w3.org/2005/Atom";
inline constexpr char16_t atom03[] = u"http://purl.org/atom/ns#";
inline constexpr char16_t rss10[] = u"http://purl.org/rss/1.0/";
inline constexpr char16_t rss090[] = u"http://my.netscape.com/rdf/simple/0.9/";
inline constexpr char16_t rdf[] = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr char16_t dc[] = u"http://purl.org/dc/elements/1.1/";
inline constexpr char16_t dcterms[] = u"http://purl.org/dc/terms/";
inline constexpr char16_t content[] = u"http://purl.org/rss/1.0/modules/content/";
inline constexpr char16_t sy[] = u"http://purl.org/rss/1.0/modules/syndication/";
inline constexpr char16_t xhtml[] = u"http://www.w3.org/1999/xhtml";
inline constexpr char xmlLatin1[] = "http://www.w3.org/XML/1998/namespace";
bool isMedia(QStringView uri);
bool isItunes(QStringView uri);
bool isAtom(QStringView uri);
} // namespace ns

} // namespace gilde
