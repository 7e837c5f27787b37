#include "HtmlEntities.h"

#include "TextBuffer.h"

namespace gilde
{

namespace
{

// Windows-1252 meaning of the bytes 0x80..0x9F, which HTML applies to numeric
// references in that range (&#150; is an en dash on the web, not a control).
const char16_t kC1Replacements[32] = {
    0x20AC,
    0x0081,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008D,
    0x017D,
    0x008F,
    0x0090,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x009D,
    0x017E,
    0x0178,
};

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

int hexValue(char16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

template <typename Out> void appendCodePointTo(Out &out, char32_t cp)
{
    if (cp >= 0x80 && cp <= 0x9F) {
        out.append(QChar(kC1Replacements[cp - 0x80]));
    } else if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out.append(QChar(QChar::ReplacementCharacter));
    } else if (QChar::requiresSurrogates(cp)) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

template <typename Out> qsizetype decodeCharRefTo(QStringView text, qsizetype pos, Out &out)
{
    const qsizetype n = text.size();
    qsizetype i = pos + 1;
    if (i >= n)
        return 0;
    if (text[i] == u'#') {
        ++i;
        const bool hex = i < n && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        while (i < n) {
            const int d = hex ? hexValue(text[i].unicode())
                              : (text[i] >= u'0' && text[i] <= u'9' ? text[i].unicode() - '0' : -1);
            if (d < 0)
                break;
            // Saturate instead of overflowing; anything past U+10FFFF becomes U+FFFD.
            value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + char32_t(d);
            ++i;
        }
        if (i == digitsStart)
            return 0;
        // Browsers decode a numeric reference even without its ';', so must we:
        // "&#106avascript:" is "javascript:" to them.
        appendCodePointTo(out, value);
        return (i < n && text[i] == u';' ? i + 1 : i) - pos;
    }
    const qsizetype nameStart = i;
    while (i < n && i - nameStart <= 32 && isAsciiAlnum(text[i]))
        ++i;
    if (i == nameStart || i >= n || text[i] != u';')
        return 0;
    const QStringView name = text.sliced(nameStart, i - nameStart);
    // The usual suspects first; the table search is for the rest.
    char16_t common = 0;
    if (name == u"amp")
        common = u'&';
    else if (name == u"lt")
        common = u'<';
    else if (name == u"gt")
        common = u'>';
    else if (name == u"quot")
        common = u'"';
    else if (name == u"nbsp")
        common = 0xA0;
    if (common) {
        out.append(QChar(common));
        return i + 1 - pos;
    }
    const EntityChars chars = htmlEntity(name);
    if (!chars.isValid())
        return 0;
    appendCodePointTo(out, chars.first);
    if (chars.second)
        appendCodePointTo(out, chars.second);
    return i + 1 - pos;
}

template <typename Out> void appendHtmlEscapedTo(Out &out, QStringView text, bool attribute)
{
    qsizetype done = 0;
    const qsizetype n = text.size();
    const char16_t *const d = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i];
        if (c > '>')
            continue; // letters and most punctuation: nothing to escape
        const char *rep = nullptr;
        switch (c) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            if (attribute)
                rep = "&quot;";
            break;
        default:
            break;
        }
        if (rep) {
            out.append(text.sliced(done, i - done));
            out.append(QLatin1StringView(rep));
            done = i + 1;
        }
    }
    out.append(text.sliced(done));
}

} // namespace

void appendCodePoint(QString &out, char32_t cp)
{
    appendCodePointTo(out, cp);
}

void appendCodePoint(TextBuffer &out, char32_t cp)
{
    appendCodePointTo(out, cp);
}

qsizetype decodeCharRef(QStringView text, qsizetype pos, QString &out)
{
    return decodeCharRefTo(text, pos, out);
}

qsizetype decodeCharRef(QStringView text, qsizetype pos, TextBuffer &out)
{
    return decodeCharRefTo(text, pos, out);
}

QString decodeHtmlEntities(QStringView text)
{
    qsizetype amp = text.indexOf(u'&');
    if (amp < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    while (amp >= 0) {
        out.append(text.sliced(done, amp - done));
        const qsizetype used = decodeCharRef(text, amp, out);
        if (used == 0) {
            out.append(u'&');
            done = amp + 1;
        } else {
            done = amp + used;
        }
        amp = text.indexOf(u'&', done);
    }
    out.append(text.sliced(done));
    return out;
}

void appendDecoded(TextBuffer &out, QStringView text)
{
    qsizetype done = 0;
    for (qsizetype amp = text.indexOf(u'&'); amp >= 0; amp = text.indexOf(u'&', done)) {
        out.append(text.sliced(done, amp - done));
        const qsizetype used = decodeCharRefTo(text, amp, out);
        if (used == 0) {
            out.append(u'&');
            done = amp + 1;
        } else {
            done = amp + used;
        }
    }
    out.append(text.sliced(done));
}

void appendHtmlEscaped(QString &out, QStringView text, bool attribute)
{
    appendHtmlEscapedTo(out, text, attribute);
}

void appendHtmlEscaped(TextBuffer &out, QStringView text, bool attribute)
{
    appendHtmlEscapedTo(out, text, attribute);
}

char16_t windows1252C1(unsigned char byte)
{
    return kC1Replacements[byte - 0x80];
}

} // namespace gilde
