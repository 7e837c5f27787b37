#include "HtmlSanitizer.h"

#include "HtmlEntities.h"
#include "HtmlForeign.h"
#include "HtmlTags.h"
#include "HtmlTokenizer.h"
#include "TextBuffer.h"
#include "VideoEmbed.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace gilde
{

namespace
{

using namespace html;

bool isDigits(QStringView s, bool allowPercent)
{
    if (s.isEmpty() || s.size() > 8)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit() && c.unicode() < 128)
            continue;
        if (allowPercent && c == u'%' && i == s.size() - 1 && i > 0)
            continue;
        return false;
    }
    return true;
}

/// Decodes text (entities) and appends it escaped for HTML.
void appendText(TextBuffer &out, QStringView raw)
{
    const qsizetype n = raw.size();
    const char16_t *const d = raw.utf16();
    qsizetype done = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i];
        if (c > '>' || (c != '&' && c != '<' && c != '>' && c != 0))
            continue;
        out.append(raw.sliced(done, i - done));
        done = i + 1;
        if (c == '<') {
            out.append(QLatin1StringView("&lt;"));
        } else if (c == '>') {
            out.append(QLatin1StringView("&gt;"));
        } else if (c == '&') {
            // Decode into the output, then escape what was decoded there.
            const qsizetype mark = out.size();
            const qsizetype used = decodeCharRef(raw, i, out);
            if (used == 0) {
                out.append(QLatin1StringView("&amp;"));
            } else {
                // A reference is at most two code points, four UTF-16 units.
                const QStringView added = out.view().sliced(mark);
                if (added.contains(u'&') || added.contains(u'<') || added.contains(u'>')) {
                    char16_t chars[4];
                    const qsizetype count = std::min<qsizetype>(added.size(), 4);
                    std::copy_n(added.utf16(), count, chars);
                    out.truncate(mark);
                    appendHtmlEscaped(out, QStringView(chars, count));
                }
                i += used - 1;
                done = i + 1;
            }
        }
    }
    out.append(raw.sliced(done));
}

/// An attribute value with its character references decoded: a view of the
/// raw value when it has none (the usual case), else of `scratch`.
QStringView decodedValue(QStringView raw, TextBuffer &scratch)
{
    if (!raw.contains(u'&'))
        return raw;
    scratch.clear();
    appendDecoded(scratch, raw);
    return scratch.view();
}

/// An absolute web address with nothing that needs a closer look.
bool isPlainWebUrl(QStringView url)
{
    if (!url.startsWith(u"https://") && !url.startsWith(u"http://"))
        return false;
    for (const QChar c : url) {
        if (c.unicode() <= 0x20)
            return false;
    }
    return true;
}

/// The attributes the sanitizer keeps, by their lowercased name.
enum class AttrName { Other, Title, Href, Src, Alt, Width, Height, Colspan, Rowspan };

AttrName attrName(QStringView name)
{
    static constexpr struct {
        const char *name;
        AttrName kind;
    } known[] = { { "title", AttrName::Title }, { "href", AttrName::Href }, { "src", AttrName::Src },
        { "alt", AttrName::Alt }, { "width", AttrName::Width }, { "height", AttrName::Height },
        { "colspan", AttrName::Colspan }, { "rowspan", AttrName::Rowspan } };
    const qsizetype n = name.size();
    if (n < 3 || n > 7)
        return AttrName::Other;
    char lower[8];
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = name[i].unicode();
        if (c >= 0x80)
            return AttrName::Other;
        lower[i] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    for (const auto &k : known) {
        if (qsizetype(std::strlen(k.name)) == n && std::memcmp(k.name, lower, size_t(n)) == 0)
            return k.kind;
    }
    return AttrName::Other;
}

/// The writer behind sanitizeHtml: an allow-list filter over the token stream
/// that keeps a stack of open elements, so that its output is always balanced.
class Sanitizer
{
public:
    Sanitizer(QStringView html, const QUrl &base)
        : m_tokens(html)
        , m_base(base)
        , m_out(html.size() + 16)
    {
    }

    QString run()
    {
        for (;;) {
            switch (m_tokens.next()) {
            case HtmlTokenizer::Token::End:
                closeTo(0);
                return m_out.take();
            case HtmlTokenizer::Token::Text:
                if (m_dropDepth == 0)
                    appendText(m_out, m_tokens.text());
                break;
            case HtmlTokenizer::Token::StartTag:
                startTag();
                break;
            case HtmlTokenizer::Token::EndTag:
                endTag();
                break;
            }
        }
    }

private:
    void startTag()
    {
        const QStringView name = m_tokens.tagName();
        if (m_dropDepth > 0) {
            if (!m_tokens.selfClosing()
                && name.compare(QLatin1StringView(m_dropTag->name), Qt::CaseInsensitive) == 0)
                ++m_dropDepth;
            return;
        }
        if (inForeign()) {
            if (const TagInfo *foreign = foreignTagInfo(name, m_open.last()->group)) {
                startForeign(foreign);
                return;
            }
            if (!tagInfo(name))
                return; // unknown inside SVG or MathML: the tags go, the text stays
            // An HTML element ends SVG and MathML, as it does in browsers.
            closeTo(foreignRoot());
        }
        const TagInfo *tag = tagInfo(name);
        if (!tag)
            return;
        if (tag->flags & RawText) {
            m_tokens.skipRawText(name);
            return;
        }
        if (tag->flags & Foreign) {
            startForeign(foreignTagInfo(name, tag->group));
            return;
        }
        if (tag->flags & DropSubtree) {
            if (!m_tokens.selfClosing()) {
                m_dropTag = tag;
                m_dropDepth = 1;
            }
            return;
        }
        if (tag->flags & Embed) {
            embed(tag);
            return;
        }
        if (!(tag->flags & Allowed))
            return;
        impliedEnds(tag);
        // Nested past all reason: the element goes and its content stays in
        // the one around it. Written closed at once instead, its end tag would
        // close an outer namesake when the output is read again.
        if (!(tag->flags & Void) && m_open.size() >= kMaxDepth)
            return;
        const qsizetype mark = m_out.size();
        m_out.append(u'<');
        m_out.append(QLatin1StringView(tag->outputName()));
        if (!writeAttributes(tag)) {
            m_out.truncate(mark); // an image without a usable source is dropped
            return;
        }
        if (tag->flags & Void) {
            m_out.append(QLatin1StringView("/>"));
            return;
        }
        if (m_tokens.selfClosing()) {
            // <p/> in HTML is an open <p>; close it at once to stay balanced.
            m_out.append(QLatin1StringView("></"));
            m_out.append(QLatin1StringView(tag->outputName()));
            m_out.append(u'>');
            return;
        }
        m_out.append(u'>');
        m_open.append(tag);
    }

    void endTag()
    {
        const QStringView name = m_tokens.tagName();
        if (m_dropDepth > 0) {
            if (name.compare(QLatin1StringView(m_dropTag->name), Qt::CaseInsensitive) == 0)
                --m_dropDepth;
            return;
        }
        if (inForeign()) {
            // Closes the element within SVG or MathML, never an HTML one around it.
            const TagInfo *foreign = foreignTagInfo(name, m_open.last()->group);
            for (qsizetype i = m_open.size() - 1; foreign && i >= foreignRoot(); --i) {
                if (m_open[i] == foreign) {
                    closeTo(i);
                    return;
                }
            }
            return;
        }
        const TagInfo *tag = tagInfo(name);
        if (!tag || !(tag->flags & Allowed) || (tag->flags & Void))
            return;
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open[i] == tag) {
                closeTo(i);
                return;
            }
        }
    }

    bool inForeign() const
    {
        return !m_open.isEmpty()
            && (m_open.last()->group == TagGroup::Svg || m_open.last()->group == TagGroup::Math);
    }

    /// The index of the outermost open element of the SVG or MathML in progress.
    qsizetype foreignRoot() const
    {
        qsizetype i = m_open.size();
        while (i > 0 && (m_open[i - 1]->group == TagGroup::Svg || m_open[i - 1]->group == TagGroup::Math))
            --i;
        return i;
    }

    void startForeign(const TagInfo *tag)
    {
        if (tag->flags & DropSubtree) {
            if (!m_tokens.selfClosing()) {
                m_dropTag = tag;
                m_dropDepth = 1;
            }
            return;
        }
        if (!(tag->flags & Allowed))
            return;
        m_out.append(u'<');
        m_out.append(QLatin1StringView(tag->outputName()));
        writeForeignAttributes(m_out, tag, m_tokens.attributes(), m_base);
        if (m_tokens.selfClosing() || m_open.size() >= kMaxDepth) {
            m_out.append(QLatin1StringView("/>"));
            return;
        }
        m_out.append(u'>');
        m_open.append(tag);
    }

    /// An <iframe> or <embed>: a known video player becomes a link to the
    /// video's page (and the iframe's fallback goes); anything else goes,
    /// leaving its fallback content.
    void embed(const TagInfo *tag)
    {
        QStringView src;
        QStringView title;
        for (const HtmlTokenizer::Attribute &attr : m_tokens.attributes()) {
            if (attrName(attr.name) == AttrName::Src && src.isNull())
                src = attr.value;
            else if (attrName(attr.name) == AttrName::Title)
                title = attr.value;
        }
        const QString url = src.isNull() ? QString() : safeUrl(decodedValue(src, m_scratch), m_base);
        const std::optional<VideoLink> video = url.isEmpty() ? std::nullopt : videoLinkForEmbed(QUrl(url));
        if (!video)
            return;
        const QString label = videoLinkLabel(decodedValue(title, m_scratch).toString(), *video);
        impliedEnds(tagInfo(u"a"));
        if (m_open.size() >= kMaxDepth) { // too deep for a link: its words alone, as for any element
            appendHtmlEscaped(m_out, label);
            if (!(tag->flags & Void) && !m_tokens.selfClosing())
                m_tokens.skipRawText(m_tokens.tagName());
            return;
        }
        m_out.append(QLatin1StringView("<a"));
        writeAttribute("href", video->url);
        m_out.append(u'>');
        appendHtmlEscaped(m_out, label);
        m_out.append(QLatin1StringView("</a>"));
        if (!(tag->flags & Void) && !m_tokens.selfClosing())
            m_tokens.skipRawText(m_tokens.tagName());
    }

    // The few HTML rules about elements that end implicitly, enough that common
    // sloppy markup (<li> without </li>, <p> before a block) nests as intended.
    void impliedEnds(const TagInfo *tag)
    {
        if (m_open.isEmpty())
            return;
        if ((tag->flags & ClosesP) && m_open.last()->group == TagGroup::P) {
            closeTo(m_open.size() - 1);
            return;
        }
        // Whether an open element is ended by the new one (1), stops the
        // search (-1), or neither (0).
        auto ends = [](TagGroup open, TagGroup opening) {
            switch (opening) {
            case TagGroup::Li:
                return open == TagGroup::Li ? 1 : open == TagGroup::List ? -1 : 0;
            case TagGroup::DtDd:
                return open == TagGroup::DtDd ? 1 : open == TagGroup::Dl ? -1 : 0;
            case TagGroup::Tr:
                return open == TagGroup::Tr ? 1 : open == TagGroup::TableSection ? -1 : 0;
            case TagGroup::Cell:
                return open == TagGroup::Cell                                  ? 1
                    : (open == TagGroup::Tr || open == TagGroup::TableSection) ? -1
                                                                               : 0;
            case TagGroup::A:
                return open == TagGroup::A ? 1 : 0;
            default:
                return -1;
            }
        };
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            const int verdict = ends(m_open[i]->group, tag->group);
            if (verdict > 0)
                closeTo(i);
            if (verdict != 0)
                return;
        }
    }

    void closeTo(qsizetype index)
    {
        while (m_open.size() > index) {
            m_out.append(QLatin1StringView("</"));
            m_out.append(QLatin1StringView(m_open.last()->outputName()));
            m_out.append(u'>');
            m_open.removeLast();
        }
    }

    void writeAttribute(const char *name, QStringView value)
    {
        m_out.append(u' ');
        m_out.append(QLatin1StringView(name));
        m_out.append(QLatin1StringView("=\""));
        appendHtmlEscaped(m_out, value, true);
        m_out.append(u'"');
    }

    /// Writes a URL attribute if the address is safe; false when it is not.
    bool writeUrl(const char *name, QStringView raw, bool allowMail)
    {
        const QStringView value = decodedValue(raw, m_scratch);
        if (isPlainWebUrl(value)) {
            writeAttribute(name, value);
            return true;
        }
        const QString url = safeUrl(value, m_base);
        if (url.isEmpty() || (!allowMail && url.startsWith(u"mailto:", Qt::CaseInsensitive)))
            return false;
        writeAttribute(name, url);
        return true;
    }

    /// Writes the attributes that are safe on `tag`; false when the element
    /// must go (an <img> without a safe source).
    bool writeAttributes(const TagInfo *tag)
    {
        const bool isA = tag->group == TagGroup::A;
        const bool isImg = tag->group == TagGroup::Img;
        const bool isCell = tag->flags & Cell;
        bool hasSrc = false;
        for (const HtmlTokenizer::Attribute &attr : m_tokens.attributes()) {
            switch (attrName(attr.name)) {
            case AttrName::Title:
                writeAttribute("title", decodedValue(attr.value, m_scratch));
                break;
            case AttrName::Href:
                if (isA)
                    writeUrl("href", attr.value, true);
                break;
            case AttrName::Src:
                if (isImg && !hasSrc) {
                    if (!writeUrl("src", attr.value, false))
                        return false;
                    hasSrc = true;
                }
                break;
            case AttrName::Alt:
                if (isImg)
                    writeAttribute("alt", decodedValue(attr.value, m_scratch));
                break;
            case AttrName::Width:
            case AttrName::Height:
                if (isImg) {
                    const QStringView value = decodedValue(attr.value, m_scratch).trimmed();
                    if (isDigits(value, true))
                        writeAttribute(attrName(attr.name) == AttrName::Width ? "width" : "height", value);
                }
                break;
            case AttrName::Colspan:
            case AttrName::Rowspan:
                if (isCell) {
                    const QStringView value = decodedValue(attr.value, m_scratch).trimmed();
                    if (isDigits(value, false))
                        writeAttribute(
                            attrName(attr.name) == AttrName::Colspan ? "colspan" : "rowspan", value);
                }
                break;
            case AttrName::Other:
                break;
            }
        }
        return !isImg || hasSrc;
    }

    static constexpr qsizetype kMaxDepth = 200;

    HtmlTokenizer m_tokens;
    const QUrl &m_base;
    TextBuffer m_out;
    TextBuffer m_scratch;
    QVarLengthArray<const TagInfo *, 32> m_open;
    const TagInfo *m_dropTag = nullptr; ///< matched by name: it may be an HTML, SVG or MathML element
    int m_dropDepth = 0;
};

bool isUrlSpace(char16_t c)
{
    return c <= 0x20;
}

} // namespace

QString safeUrl(QStringView url, const QUrl &base)
{
    // The common case, an absolute web address with nothing odd in it, needs
    // no further look.
    if (url.startsWith(u"https://") || url.startsWith(u"http://")) {
        bool plain = true;
        for (const QChar c : url) {
            if (c.unicode() <= 0x20) {
                plain = false;
                break;
            }
        }
        if (plain)
            return url.toString();
    }
    // Browsers ignore leading/trailing controls and spaces, and tabs and
    // newlines anywhere: "java\tscript:" is javascript:. Do as they do before
    // looking at the scheme.
    qsizetype begin = 0;
    qsizetype end = url.size();
    while (begin < end && isUrlSpace(url[begin].unicode()))
        ++begin;
    while (end > begin && isUrlSpace(url[end - 1].unicode()))
        --end;
    if (begin == end)
        return {};
    QString clean;
    clean.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t c = url[i].unicode();
        if (c == '\t' || c == '\n' || c == '\r' || c == 0)
            continue;
        if (c == ' ')
            clean.append(QLatin1StringView("%20"));
        else if (c > 0x20)
            clean.append(QChar(c)); // other controls: dropped
    }
    if (clean.isEmpty())
        return {};

    qsizetype colon = -1;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const char16_t c = clean[i].unicode();
        if (c == ':') {
            colon = i;
            break;
        }
        if (c == '/' || c == '?' || c == '#')
            break;
    }
    auto schemeIs = [&](const char *scheme) {
        return clean.first(colon).compare(QLatin1StringView(scheme), Qt::CaseInsensitive) == 0;
    };
    if (colon >= 0) {
        if (!schemeIs("http") && !schemeIs("https") && !schemeIs("mailto"))
            return {};
        for (qsizetype i = 0; i < colon; ++i)
            clean[i] = clean[i].toLower();
        return clean;
    }
    if (!base.isValid() || base.isRelative())
        return clean; // relative with nothing to resolve against: harmless as it is
    const QUrl resolved = base.resolved(QUrl(clean));
    const QString scheme = resolved.scheme();
    if (scheme != u"http" && scheme != u"https")
        return {};
    return resolved.toString(QUrl::FullyEncoded);
}

QString sanitizeHtml(const QString &html, const QUrl &base)
{
    if (html.isEmpty())
        return {};
    return Sanitizer(html, base).run();
}

} // namespace gilde
