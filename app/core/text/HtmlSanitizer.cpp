#include "HtmlSanitizer.h"

#include "HtmlEntities.h"
#include "HtmlTokenizer.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace gilde
{

namespace
{

enum TagFlag : unsigned {
    Allowed = 1, // kept (possibly renamed)
    Void = 2, // never has content or an end tag
    Block = 4, // a line break in plain text
    RawText = 8, // content is not markup: skipped up to the end tag
    DropSubtree = 16, // dropped with everything inside it
    Cell = 32, // a table cell: a space in plain text
    ClosesP = 64, // opening it closes an open <p>
};

struct TagInfo {
    const char *name;
    unsigned flags;
    const char *keptAs; // the name written out when Allowed (nullptr: the same)
};

// Sorted by name. Elements not listed lose their tags but keep their text.
const TagInfo kTags[] = {
    { "a", Allowed, nullptr },
    { "abbr", Allowed, nullptr },
    { "acronym", Allowed, "abbr" },
    { "address", Allowed | Block | ClosesP, "div" },
    { "applet", DropSubtree, nullptr },
    { "area", Void, nullptr },
    { "article", Allowed | Block | ClosesP, "div" },
    { "aside", Allowed | Block | ClosesP, "div" },
    { "audio", DropSubtree, nullptr },
    { "b", Allowed, nullptr },
    { "base", Void, nullptr },
    { "basefont", Void, nullptr },
    { "big", Allowed, "span" },
    { "blockquote", Allowed | Block | ClosesP, nullptr },
    { "body", 0, nullptr },
    { "br", Allowed | Void | Block, nullptr },
    { "button", DropSubtree, nullptr },
    { "canvas", DropSubtree, nullptr },
    { "caption", Allowed | Block, "div" },
    { "center", Allowed | Block | ClosesP, "div" },
    { "cite", Allowed, nullptr },
    { "code", Allowed, nullptr },
    { "col", Void, nullptr },
    { "dd", Allowed | Block, nullptr },
    { "del", Allowed, nullptr },
    { "details", Allowed | Block | ClosesP, "div" },
    { "dfn", Allowed, "i" },
    { "dialog", DropSubtree, nullptr },
    { "dir", Allowed | Block | ClosesP, "ul" },
    { "div", Allowed | Block | ClosesP, nullptr },
    { "dl", Allowed | Block | ClosesP, nullptr },
    { "dt", Allowed | Block, nullptr },
    { "em", Allowed, nullptr },
    { "embed", Void, nullptr },
    { "figcaption", Allowed | Block, nullptr },
    { "figure", Allowed | Block | ClosesP, nullptr },
    { "footer", Allowed | Block | ClosesP, "div" },
    { "form", Block, nullptr },
    { "frame", Void, nullptr },
    { "frameset", DropSubtree, nullptr },
    { "h1", Allowed | Block | ClosesP, nullptr },
    { "h2", Allowed | Block | ClosesP, nullptr },
    { "h3", Allowed | Block | ClosesP, nullptr },
    { "h4", Allowed | Block | ClosesP, nullptr },
    { "h5", Allowed | Block | ClosesP, nullptr },
    { "h6", Allowed | Block | ClosesP, nullptr },
    { "head", DropSubtree, nullptr },
    { "header", Allowed | Block | ClosesP, "div" },
    { "hgroup", Allowed | Block | ClosesP, "div" },
    { "hr", Allowed | Void | Block | ClosesP, nullptr },
    { "html", 0, nullptr },
    { "i", Allowed, nullptr },
    { "iframe", RawText, nullptr },
    { "img", Allowed | Void, nullptr },
    { "input", Void, nullptr },
    { "ins", Allowed, nullptr },
    { "isindex", Void, nullptr },
    { "kbd", Allowed, nullptr },
    { "keygen", Void, nullptr },
    { "li", Allowed | Block, nullptr },
    { "link", Void, nullptr },
    { "main", Allowed | Block | ClosesP, "div" },
    { "map", DropSubtree, nullptr },
    { "mark", Allowed, nullptr },
    { "math", DropSubtree, nullptr },
    { "menu", Allowed | Block | ClosesP, "ul" },
    { "meta", Void, nullptr },
    { "nav", Allowed | Block | ClosesP, "div" },
    { "noembed", RawText, nullptr },
    { "noframes", RawText, nullptr },
    { "noscript", RawText, nullptr },
    { "object", DropSubtree, nullptr },
    { "ol", Allowed | Block | ClosesP, nullptr },
    { "optgroup", DropSubtree, nullptr },
    { "option", DropSubtree, nullptr },
    { "p", Allowed | Block | ClosesP, nullptr },
    { "param", Void, nullptr },
    { "picture", 0, nullptr },
    { "plaintext", RawText, nullptr },
    { "pre", Allowed | Block | ClosesP, nullptr },
    { "q", Allowed, nullptr },
    { "rp", DropSubtree, nullptr },
    { "s", Allowed, nullptr },
    { "samp", Allowed, "code" },
    { "script", RawText, nullptr },
    { "section", Allowed | Block | ClosesP, "div" },
    { "select", DropSubtree, nullptr },
    { "small", Allowed, nullptr },
    { "source", Void, nullptr },
    { "span", Allowed, nullptr },
    { "strike", Allowed, "s" },
    { "strong", Allowed, nullptr },
    { "style", RawText, nullptr },
    { "sub", Allowed, nullptr },
    { "summary", Allowed | Block, "div" },
    { "sup", Allowed, nullptr },
    { "svg", DropSubtree, nullptr },
    { "table", Allowed | Block | ClosesP, nullptr },
    { "tbody", Allowed, nullptr },
    { "td", Allowed | Cell, nullptr },
    { "template", DropSubtree, nullptr },
    { "textarea", RawText, nullptr },
    { "tfoot", Allowed, nullptr },
    { "th", Allowed | Cell, nullptr },
    { "thead", Allowed, nullptr },
    { "title", RawText, nullptr },
    { "tr", Allowed | Block, nullptr },
    { "track", Void, nullptr },
    { "tt", Allowed, "code" },
    { "u", Allowed, nullptr },
    { "ul", Allowed | Block | ClosesP, nullptr },
    { "var", Allowed, "i" },
    { "video", DropSubtree, nullptr },
    { "wbr", Void, nullptr },
    { "xmp", RawText, nullptr },
};

int compareTag(const char *entry, QStringView name)
{
    const qsizetype n = name.size();
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char e = static_cast<unsigned char>(entry[i]);
        char16_t c = name[i].unicode();
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + 32);
        if (e == 0)
            return -1;
        if (e != c)
            return e < c ? -1 : 1;
    }
    return entry[n] == 0 ? 0 : 1;
}

/// The table entry of a tag name (any case), or nullptr.
const TagInfo *tagInfo(QStringView name)
{
    if (name.isEmpty() || name.size() > 12)
        return nullptr;
    const TagInfo *it = std::lower_bound(std::begin(kTags), std::end(kTags), name,
        [](const TagInfo &t, QStringView n) { return compareTag(t.name, n) < 0; });
    if (it == std::end(kTags) || compareTag(it->name, name) != 0)
        return nullptr;
    return it;
}

const char *outputName(const TagInfo *tag)
{
    return tag->keptAs ? tag->keptAs : tag->name;
}

bool is(const TagInfo *tag, const char *name)
{
    return tag && std::strcmp(tag->name, name) == 0;
}

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
void appendText(QString &out, QStringView raw)
{
    const qsizetype n = raw.size();
    qsizetype done = 0;
    QString decoded;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = raw[i].unicode();
        if (c != '&' && c != '<' && c != '>' && c != 0)
            continue;
        out.append(raw.sliced(done, i - done));
        done = i + 1;
        if (c == '<') {
            out.append(QLatin1StringView("&lt;"));
        } else if (c == '>') {
            out.append(QLatin1StringView("&gt;"));
        } else if (c == '&') {
            decoded.clear();
            const qsizetype used = decodeCharRef(raw, i, decoded);
            if (used == 0) {
                out.append(QLatin1StringView("&amp;"));
            } else {
                appendHtmlEscaped(out, decoded);
                i += used - 1;
                done = i + 1;
            }
        }
    }
    out.append(raw.sliced(done));
}

/// The writer behind sanitizeHtml: an allow-list filter over the token stream
/// that keeps a stack of open elements, so that its output is always balanced.
class Sanitizer
{
public:
    Sanitizer(QStringView html, const QUrl &base)
        : m_tokens(html)
        , m_base(base)
    {
        m_out.reserve(html.size() + 16);
    }

    QString run()
    {
        for (;;) {
            switch (m_tokens.next()) {
            case HtmlTokenizer::Token::End:
                closeTo(0);
                return std::move(m_out);
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
        const TagInfo *tag = tagInfo(m_tokens.tagName());
        if (!tag)
            return;
        if (tag->flags & RawText) {
            m_tokens.skipRawText(m_tokens.tagName());
            return;
        }
        if (m_dropDepth > 0) {
            if (tag == m_dropTag && !m_tokens.selfClosing())
                ++m_dropDepth;
            return;
        }
        if (tag->flags & DropSubtree) {
            if (!m_tokens.selfClosing()) {
                m_dropTag = tag;
                m_dropDepth = 1;
            }
            return;
        }
        if (!(tag->flags & Allowed))
            return;
        impliedEnds(tag);
        const qsizetype mark = m_out.size();
        m_out.append(u'<');
        m_out.append(QLatin1StringView(outputName(tag)));
        if (!writeAttributes(tag)) {
            m_out.truncate(mark); // an image without a usable source is dropped
            return;
        }
        if (tag->flags & Void) {
            m_out.append(QLatin1StringView("/>"));
            return;
        }
        if (m_tokens.selfClosing() || m_open.size() >= kMaxDepth) {
            // <p/> in HTML is an open <p>; close it at once to stay balanced.
            m_out.append(QLatin1StringView("></"));
            m_out.append(QLatin1StringView(outputName(tag)));
            m_out.append(u'>');
            return;
        }
        m_out.append(u'>');
        m_open.append(tag);
    }

    void endTag()
    {
        const TagInfo *tag = tagInfo(m_tokens.tagName());
        if (!tag)
            return;
        if (m_dropDepth > 0) {
            if (tag == m_dropTag)
                --m_dropDepth;
            return;
        }
        if (!(tag->flags & Allowed) || (tag->flags & Void))
            return;
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open[i] == tag) {
                closeTo(i);
                return;
            }
        }
    }

    // The few HTML rules about elements that end implicitly, enough that common
    // sloppy markup (<li> without </li>, <p> before a block) nests as intended.
    void impliedEnds(const TagInfo *tag)
    {
        if (m_open.isEmpty())
            return;
        if ((tag->flags & ClosesP) && is(m_open.last(), "p")) {
            closeTo(m_open.size() - 1);
            return;
        }
        const char *same1 = nullptr;
        const char *same2 = nullptr;
        const char *scope1 = nullptr;
        const char *scope2 = nullptr;
        const char *scope3 = nullptr;
        if (is(tag, "li")) {
            same1 = "li";
            scope1 = "ul";
            scope2 = "ol";
            scope3 = "menu";
        } else if (is(tag, "dt") || is(tag, "dd")) {
            same1 = "dt";
            same2 = "dd";
            scope1 = "dl";
        } else if (is(tag, "tr")) {
            same1 = "tr";
            scope1 = "table";
            scope2 = "thead";
            scope3 = "tbody";
        } else if (is(tag, "td") || is(tag, "th")) {
            same1 = "td";
            same2 = "th";
            scope1 = "tr";
            scope2 = "table";
        } else if (is(tag, "a")) {
            same1 = "a";
        } else {
            return;
        }
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            const TagInfo *open = m_open[i];
            if (is(open, same1) || (same2 && is(open, same2))) {
                closeTo(i);
                return;
            }
            if ((scope1 && is(open, scope1)) || (scope2 && is(open, scope2)) || (scope3 && is(open, scope3)))
                return;
        }
    }

    void closeTo(qsizetype index)
    {
        while (m_open.size() > index) {
            m_out.append(QLatin1StringView("</"));
            m_out.append(QLatin1StringView(outputName(m_open.last())));
            m_out.append(u'>');
            m_open.removeLast();
        }
    }

    void writeAttribute(const char *name, const QString &value)
    {
        m_out.append(u' ');
        m_out.append(QLatin1StringView(name));
        m_out.append(QLatin1StringView("=\""));
        appendHtmlEscaped(m_out, value, true);
        m_out.append(u'"');
    }

    /// Writes the attributes that are safe on `tag`; false when the element
    /// must go (an <img> without a safe source).
    bool writeAttributes(const TagInfo *tag)
    {
        const bool isA = is(tag, "a");
        const bool isImg = is(tag, "img");
        const bool isCell = tag->flags & Cell;
        bool hasSrc = false;
        for (const HtmlTokenizer::Attribute &attr : m_tokens.attributes()) {
            const QStringView name = attr.name;
            auto named
                = [&](const char *n) { return name.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0; };
            if (named("title")) {
                writeAttribute("title", decodeHtmlEntities(attr.value));
            } else if (isA && named("href")) {
                const QString url = safeUrl(decodeHtmlEntities(attr.value), m_base);
                if (!url.isEmpty())
                    writeAttribute("href", url);
            } else if (isImg && named("src") && !hasSrc) {
                const QString url = safeUrl(decodeHtmlEntities(attr.value), m_base);
                if (url.isEmpty() || url.startsWith(u"mailto:", Qt::CaseInsensitive))
                    return false;
                writeAttribute("src", url);
                hasSrc = true;
            } else if (isImg && named("alt")) {
                writeAttribute("alt", decodeHtmlEntities(attr.value));
            } else if (isImg && (named("width") || named("height"))) {
                const QString value = decodeHtmlEntities(attr.value).trimmed();
                if (isDigits(value, true))
                    writeAttribute(named("width") ? "width" : "height", value);
            } else if (isCell && (named("colspan") || named("rowspan"))) {
                const QString value = decodeHtmlEntities(attr.value).trimmed();
                if (isDigits(value, false))
                    writeAttribute(named("colspan") ? "colspan" : "rowspan", value);
            }
        }
        return !isImg || hasSrc;
    }

    static constexpr qsizetype kMaxDepth = 200;

    HtmlTokenizer m_tokens;
    const QUrl &m_base;
    QString m_out;
    QVarLengthArray<const TagInfo *, 32> m_open;
    const TagInfo *m_dropTag = nullptr;
    int m_dropDepth = 0;
};

bool isUrlSpace(char16_t c)
{
    return c <= 0x20;
}

} // namespace

QString safeUrl(QStringView url, const QUrl &base)
{
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

QString htmlToPlainText(const QString &html)
{
    return htmlToPlainText(QStringView(html));
}

QString htmlToPlainText(QStringView html)
{
    QString out;
    out.reserve(html.size());
    // Whitespace is collapsed as it is written: a pending break is emitted only
    // in front of the next visible character, so nothing trails or doubles.
    enum class Pending { None, Space, Newline } pending = Pending::None;
    auto emitText = [&](QStringView text) {
        for (const QChar ch : text) {
            const char16_t c = ch.unicode();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (pending == Pending::None)
                    pending = Pending::Space;
                continue;
            }
            if (c == 0)
                continue;
            if (!out.isEmpty()) {
                if (pending == Pending::Newline)
                    out.append(u'\n');
                else if (pending == Pending::Space)
                    out.append(u' ');
            }
            pending = Pending::None;
            out.append(ch);
        }
    };

    HtmlTokenizer tokens(html);
    const TagInfo *dropTag = nullptr;
    int dropDepth = 0;
    QString decoded;
    for (;;) {
        const HtmlTokenizer::Token token = tokens.next();
        if (token == HtmlTokenizer::Token::End)
            break;
        if (token == HtmlTokenizer::Token::Text) {
            if (dropDepth > 0)
                continue;
            const QStringView raw = tokens.text();
            if (raw.contains(u'&')) {
                decoded = decodeHtmlEntities(raw);
                emitText(decoded);
            } else {
                emitText(raw);
            }
            continue;
        }
        const TagInfo *tag = tagInfo(tokens.tagName());
        if (!tag)
            continue;
        if (token == HtmlTokenizer::Token::StartTag && (tag->flags & RawText)) {
            tokens.skipRawText(tokens.tagName());
            continue;
        }
        if (tag->flags & DropSubtree) {
            if (token == HtmlTokenizer::Token::StartTag && !tokens.selfClosing()
                && (dropDepth == 0 || tag == dropTag)) {
                dropTag = tag;
                ++dropDepth;
            } else if (token == HtmlTokenizer::Token::EndTag && tag == dropTag && dropDepth > 0) {
                --dropDepth;
            }
            continue;
        }
        if (dropDepth > 0)
            continue;
        if (tag->flags & Block)
            pending = Pending::Newline;
        else if ((tag->flags & Cell) && pending == Pending::None)
            pending = Pending::Space;
    }
    return out;
}

} // namespace gilde
