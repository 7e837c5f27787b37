#include "FeedParser.h"

#include "AtomParser.h"
#include "FeedParserText.h"
#include "FeedXmlReader.h"
#include "JsonFeedParser.h"
#include "RssParser.h"
#include "XmlInput.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFeedParser, "gilde.feeds", QtInfoMsg)

namespace gilde
{

namespace
{

/// One parse of prepared XML. `xmlError` tells whether the XML broke off and
/// `truncated` whether it broke off because the data ended.
struct XmlAttempt {
    ParsedFeed feed;
    bool rootKnown = false;
    bool xmlError = false;
    bool truncated = false;
    QString errorText;
};

/// Web pages are rarely well-formed XML, so the root element cannot always
/// tell; their first bytes can.
bool looksLikeHtml(const QByteArray &utf8)
{
    const QByteArray head = utf8.first(std::min<qsizetype>(utf8.size(), 2048)).toLower();
    return head.contains("<!doctype html") || head.contains("<html");
}

XmlAttempt parseXmlOnce(const QByteArray &utf8, const QUrl &base)
{
    XmlAttempt attempt;
    // DOCTYPEs are gone by now; the reader refuses entity declarations as a
    // second fence, not the first.
    XmlPullReader xml(utf8);
    while (!xml.atEnd() && xml.readNext() != XmlPullReader::Token::StartElement) { }
    if (xml.isStartElement()) {
        const QStringView root = xml.name();
        const QStringView uri = xml.namespaceUri();
        FeedXmlReader reader(xml, base);
        if (root == u"rss" || (root == u"RDF" && (uri == ns::rdf || uri.isEmpty()))) {
            attempt.rootKnown = true;
            parseRss(reader, attempt.feed);
        } else if (root == u"feed" && (uri.isEmpty() || ns::isAtom(uri))) {
            attempt.rootKnown = true;
            parseAtom(reader, attempt.feed);
        } else if (root.compare(u"html", Qt::CaseInsensitive) == 0) {
            attempt.feed.error = FeedParserText::tr("This is a web page, not a feed.");
            return attempt;
        } else {
            attempt.feed.error
                = FeedParserText::tr("Unknown feed format: the document's root element is <%1>.")
                      .arg(root.toString());
            return attempt;
        }
    }
    if (xml.hasError()) {
        attempt.xmlError = true;
        attempt.truncated = xml.errorIsPrematureEnd();
        attempt.errorText = FeedParserText::tr("line %1, column %2: %3")
                                .arg(xml.lineNumber())
                                .arg(xml.columnNumber())
                                .arg(xml.errorString());
    }
    if (!attempt.rootKnown && attempt.feed.error.isEmpty() && looksLikeHtml(utf8)) {
        attempt.feed.error = FeedParserText::tr("This is a web page, not a feed.");
    } else if (!attempt.rootKnown && attempt.feed.error.isEmpty()) {
        attempt.feed.error = attempt.xmlError
            ? FeedParserText::tr("The document is not readable XML (%1).").arg(attempt.errorText)
            : FeedParserText::tr("The document has no content.");
    }
    attempt.feed.ok = attempt.rootKnown;
    return attempt;
}

ParsedFeed parseXmlFeed(const QByteArray &utf8, const QUrl &base, QStringList warnings)
{
    const QByteArray repaired = repairXml(utf8, warnings);
    XmlAttempt first = parseXmlOnce(repaired, base);
    if (!first.xmlError) {
        first.feed.warnings = warnings + first.feed.warnings;
        return first.feed;
    }
    // The usual remaining breakage: a prefix used without its xmlns, end tags
    // that do not match (typos, HTML left unescaped), a document cut short.
    // Both repairs cost a pass each, so they run only when the first parse fails.
    QStringList structureWarnings;
    const QByteArray balanced
        = balanceTags(declareMissingPrefixes(repaired, structureWarnings), structureWarnings);
    XmlAttempt second = parseXmlOnce(balanced, base);
    const bool useSecond = !second.xmlError || second.feed.entries.size() > first.feed.entries.size();
    XmlAttempt &attempt = useSecond ? second : first;
    if (useSecond)
        warnings += structureWarnings;
    if (first.truncated && first.rootKnown) {
        warnings.append(FeedParserText::tr("The document ends too early (truncated?); entries recovered: %n.",
            nullptr, int(attempt.feed.entries.size())));
    } else if (attempt.xmlError && attempt.rootKnown) {
        warnings.append(FeedParserText::tr(
            "The document is not well-formed XML (%1); entries kept from before that point: %n.", nullptr,
            int(attempt.feed.entries.size()))
                            .arg(attempt.errorText));
    }
    attempt.feed.warnings = warnings + attempt.feed.warnings;
    return attempt.feed;
}

/// The feed's own address as a base for relative links; only web addresses
/// count (a local file's path must not leak into item links).
QUrl webBase(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == u"http" || scheme == u"https" ? url : QUrl();
}

} // namespace

ParsedFeed parseFeed(const QByteArray &bytes, const QUrl &baseUrl, const QByteArray &contentType)
{
    QStringList warnings;
    const QByteArray utf8 = decodeToUtf8(bytes, contentType, warnings);
    qsizetype first = 0;
    while (first < utf8.size() && QChar::isSpace(uchar(utf8[first])))
        ++first;
    ParsedFeed feed;
    if (first == utf8.size()) {
        feed.error = FeedParserText::tr("The document is empty.");
    } else if (utf8[first] == '{' || utf8[first] == '[') {
        feed = parseJsonFeed(utf8, webBase(baseUrl));
        feed.warnings = warnings + feed.warnings;
    } else {
        feed = parseXmlFeed(utf8, webBase(baseUrl), warnings);
    }
    if (!feed.ok) {
        feed.entries.clear();
        qCDebug(lcFeedParser) << "not a feed:" << baseUrl << feed.error;
    } else if (!feed.warnings.isEmpty()) {
        qCDebug(lcFeedParser) << "recovered" << baseUrl << feed.warnings;
    }
    return feed;
}

} // namespace gilde
