#include "HtmlSanitizer.h"

#include "HtmlEntities.h"
#include "HtmlTags.h"
#include "HtmlTokenizer.h"

#include <QVarLengthArray>

#include <algorithm>

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
        m_out.append(QLatin1StringView(tag->outputName()));
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
            m_out.append(QLatin1StringView(tag->outputName()));
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
        const bool isA = tag->group == TagGroup::A;
        const bool isImg = tag->group == TagGroup::Img;
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
