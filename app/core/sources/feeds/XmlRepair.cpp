// The byte-level repairs declared in XmlInput.h.
#include "FeedParserText.h"
#include "XmlInput.h"
#include "XmlScan.h"
#include "text/HtmlEntities.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gilde
{

namespace
{

using namespace xmlscan;

bool isXmlChar(char32_t cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

/// lt, gt, amp, quot or apos: the references XML defines itself.
bool isXmlEntity(const char *name, qsizetype length)
{
    switch (length) {
    case 2:
        return (name[0] == 'l' || name[0] == 'g') && name[1] == 't';
    case 3:
        return std::memcmp(name, "amp", 3) == 0;
    case 4:
        return std::memcmp(name, "quot", 4) == 0 || std::memcmp(name, "apos", 4) == 0;
    default:
        return false;
    }
}

void appendCharRef(QByteArray &out, char32_t cp)
{
    out.append("&#");
    out.append(QByteArray::number(quint32(cp)));
    out.append(';');
}

/// The entities a DOCTYPE's internal subset declares. Only plain-text values
/// are kept; anything that refers to other entities (the stuff of entity
/// bombs), to files or to parameter entities is refused.
struct DoctypeEntities {
    QHash<QByteArray, QByteArray> plain;
    QSet<QByteArray> refused;
};

/// Parses the DOCTYPE that starts at d[i]; returns the index just after it.
qsizetype readDoctype(const char *d, qsizetype n, qsizetype i, DoctypeEntities &entities)
{
    i += 9; // "<!DOCTYPE"
    while (i < n) {
        const char c = d[i];
        if (c == '"' || c == '\'') {
            const void *close = std::memchr(d + i + 1, c, size_t(n - i - 1));
            i = close ? static_cast<const char *>(close) - d + 1 : n;
        } else if (c == '>') {
            return i + 1;
        } else if (c == '[') {
            ++i;
            while (i < n && d[i] != ']') {
                if (startsWith(d, n, i, "<!--")) {
                    const qsizetype end = find(d, n, i + 4, "-->");
                    i = end < 0 ? n : end + 3;
                } else if (startsWith(d, n, i, "<!ENTITY")) {
                    i += 8;
                    while (i < n && isSpace(d[i]))
                        ++i;
                    const bool parameter = i < n && d[i] == '%';
                    if (parameter)
                        ++i;
                    while (i < n && isSpace(d[i]))
                        ++i;
                    const qsizetype nameStart = i;
                    while (i < n && isNameChar(d[i]))
                        ++i;
                    const QByteArray name(d + nameStart, i - nameStart);
                    while (i < n && isSpace(d[i]))
                        ++i;
                    QByteArray value;
                    bool plain = !parameter && !name.isEmpty() && i < n && (d[i] == '"' || d[i] == '\'');
                    if (plain) {
                        const char quote = d[i];
                        const void *close = std::memchr(d + i + 1, quote, size_t(n - i - 1));
                        const qsizetype end = close ? static_cast<const char *>(close) - d : n;
                        value = QByteArray(d + i + 1, end - i - 1);
                        plain = !value.contains('&') && !value.contains('%') && !value.contains('<')
                            && value.size() <= 4096;
                        i = end + 1;
                    }
                    // Skip the rest of the declaration (quoted parts included).
                    while (i < n && d[i] != '>') {
                        if (d[i] == '"' || d[i] == '\'') {
                            const void *close = std::memchr(d + i + 1, d[i], size_t(n - i - 1));
                            i = close ? static_cast<const char *>(close) - d + 1 : n;
                        } else {
                            ++i;
                        }
                    }
                    ++i;
                    if (name.isEmpty() || parameter)
                        entities.refused.insert(name);
                    else if (plain && entities.plain.size() < 1000)
                        entities.plain.insert(name, value);
                    else
                        entities.refused.insert(name);
                } else if (d[i] == '"' || d[i] == '\'') {
                    const void *close = std::memchr(d + i + 1, d[i], size_t(n - i - 1));
                    i = close ? static_cast<const char *>(close) - d + 1 : n;
                } else {
                    ++i;
                }
            }
            ++i; // ']'
        } else {
            ++i;
        }
    }
    return n;
}

} // namespace

QByteArray repairXml(const QByteArray &utf8, QStringList &warnings)
{
    const char *d = utf8.constData();
    const qsizetype n = utf8.size();
    qsizetype start = 0;
    while (start < n && isSpace(d[start]))
        ++start;
    const qsizetype firstTag = utf8.indexOf('<', start);
    if (firstTag < 0)
        return utf8;
    // Server-side warnings printed ahead of the feed ("<b>Warning</b>: ...
    // <?xml ...") are junk before the real document.
    const qsizetype window = std::min<qsizetype>(n, 65536);
    const qsizetype lateDecl = QByteArrayView(d, window).indexOf("<?xml", firstTag);
    if (lateDecl > firstTag)
        start = lateDecl;
    else
        start = firstTag;
    for (qsizetype i = 0; i < start; ++i) {
        if (!isSpace(d[i])) {
            warnings.append(FeedParserText::tr("Ignored text before the start of the document."));
            break;
        }
    }
    if (startsWith(d, n, start, "<?xml") && start + 5 < n && (isSpace(d[start + 5]) || d[start + 5] == '?')) {
        const qsizetype end = find(d, n, start, "?>");
        if (end >= 0)
            start = end + 2;
    }

    QByteArray out;
    bool copying = false;
    qsizetype done = start;
    auto flush = [&](qsizetype upTo) {
        if (!copying) {
            out.reserve(n + n / 16);
            copying = true;
        }
        out.append(d + done, upTo - done);
    };

    DoctypeEntities entities;
    bool hadDoctypeEntities = false;
    int bareAmpersands = 0;
    int htmlEntities = 0;
    int controls = 0;
    qsizetype expansionBudget = 1 << 20;
    QList<QByteArray> unknown;
    int unknownCount = 0;

    // Bytes that need a look: '<', '&' and the C0 controls XML forbids.
    static const auto interesting = [] {
        std::array<bool, 256> table {};
        for (int c = 0; c < 0x20; ++c)
            table[c] = c != '\t' && c != '\n' && c != '\r';
        table['<'] = table['&'] = true;
        return table;
    }();
    // The next byte from `from` on that may need a look; sixteen at a time
    // where SSE2 is there (tabs and line ends stop that loop too, and the
    // table lets them pass).
    auto skipPlain = [&](qsizetype from) {
        qsizetype k = from;
#if defined(__SSE2__)
        const __m128i lt = _mm_set1_epi8('<');
        const __m128i amp = _mm_set1_epi8('&');
        const __m128i control = _mm_set1_epi8(0x1f);
        while (k + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + k));
            const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(v, amp)),
                _mm_cmpeq_epi8(_mm_max_epu8(v, control), control));
            const int mask = _mm_movemask_epi8(hit);
            if (mask)
                return k + qsizetype(__builtin_ctz(unsigned(mask)));
            k += 16;
        }
#endif
        while (k < n && !interesting[static_cast<unsigned char>(d[k])])
            ++k;
        return k;
    };
    qsizetype i = start;
    while (i < n) {
        if (!interesting[static_cast<unsigned char>(d[i])]) {
            i = skipPlain(i + 1);
            continue;
        }
        const char c = d[i];
        if (c == '<') {
            const char next = i + 1 < n ? d[i + 1] : 0;
            if (next != '!' && next != '?') {
                ++i; // an ordinary tag
                continue;
            }
            if (startsWith(d, n, i, "<!--")) {
                const qsizetype end = find(d, n, i + 4, "-->");
                i = end < 0 ? n : end + 3;
            } else if (startsWith(d, n, i, "<![CDATA[")) {
                const qsizetype end = find(d, n, i + 9, "]]>");
                i = end < 0 ? n : end + 3;
            } else if (startsWith(d, n, i, "<?")) {
                const qsizetype end = find(d, n, i + 2, "?>");
                i = end < 0 ? n : end + 2;
            } else if (startsWith(d, n, i, "<!DOCTYPE") || startsWith(d, n, i, "<!doctype")) {
                flush(i);
                const int before = int(entities.plain.size() + entities.refused.size());
                i = readDoctype(d, n, i, entities);
                if (int(entities.plain.size() + entities.refused.size()) > before)
                    hadDoctypeEntities = true;
                done = i;
            } else {
                ++i;
            }
            continue;
        }
        if (c == '&') {
            qsizetype j = i + 1;
            if (j < n && d[j] == '#') {
                ++j;
                const bool hex = j < n && (d[j] == 'x' || d[j] == 'X');
                if (hex)
                    ++j;
                const qsizetype digits = j;
                char32_t value = 0;
                while (j < n
                    && (hex ? std::isxdigit(static_cast<unsigned char>(d[j]))
                            : std::isdigit(static_cast<unsigned char>(d[j])))) {
                    const int v = d[j] <= '9' ? d[j] - '0' : (d[j] | 0x20) - 'a' + 10;
                    value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + char32_t(v);
                    ++j;
                }
                if (j > digits && j < n && d[j] == ';') {
                    if (value >= 0x80 && value <= 0x9F) {
                        // HTML habit: &#150; means windows-1252's en dash.
                        flush(i);
                        QString ch;
                        appendCodePoint(ch, value);
                        appendCharRef(out, ch.at(0).unicode());
                        done = j + 1;
                    } else if (!isXmlChar(value)) {
                        flush(i);
                        ++controls;
                        done = j + 1;
                    }
                    i = j + 1;
                    continue;
                }
            } else if (j < n && isNameStart(d[j])) {
                while (j < n && isNameChar(d[j]) && j - i < 64)
                    ++j;
                if (j < n && d[j] == ';') {
                    // The five XML entities are most of what escaped HTML holds:
                    // recognise them without building a string.
                    if (isXmlEntity(d + i + 1, j - i - 1)) {
                        i = j + 1;
                        continue;
                    }
                    const QByteArray name(d + i + 1, j - i - 1);
                    flush(i);
                    const auto plain = entities.plain.constFind(name);
                    const EntityChars chars = htmlEntity(QLatin1StringView(name));
                    if (plain != entities.plain.cend() && expansionBudget >= plain->size()) {
                        expansionBudget -= plain->size();
                        for (const char v : *plain) {
                            if (v == '"')
                                out.append("&quot;");
                            else if (v == '\'')
                                out.append("&apos;");
                            else
                                out.append(v);
                        }
                    } else if (chars.isValid()) {
                        ++htmlEntities;
                        appendCharRef(out, chars.first);
                        if (chars.second)
                            appendCharRef(out, chars.second);
                    } else {
                        // Unknown, refused or over budget: shown as the text it is.
                        if (!entities.refused.contains(name)) {
                            ++unknownCount;
                            if (unknown.size() < 5 && !unknown.contains(name))
                                unknown.append(name);
                        }
                        out.append("&amp;");
                        out.append(name);
                        out.append(';');
                    }
                    done = j + 1;
                    i = j + 1;
                    continue;
                }
            }
            flush(i);
            out.append("&amp;");
            ++bareAmpersands;
            done = i + 1;
            ++i;
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            flush(i);
            ++controls;
            done = i + 1;
        }
        ++i;
    }

    if (hadDoctypeEntities || !entities.refused.isEmpty()) {
        if (!entities.refused.isEmpty()) {
            warnings.append(
                FeedParserText::tr("Entities declared in terms of other entities or files were not expanded "
                                   "(a safety measure): %n.",
                    nullptr, int(entities.refused.size())));
        } else {
            warnings.append(FeedParserText::tr(
                "The document's DOCTYPE declares entities; only plain-text ones were used."));
        }
    }
    if (htmlEntities > 0)
        warnings.append(
            FeedParserText::tr("HTML entities that XML does not know, replaced by their characters: %n.",
                nullptr, htmlEntities));
    if (unknownCount > 0) {
        QStringList names;
        for (const QByteArray &name : std::as_const(unknown))
            names.append(QStringLiteral("&") + QString::fromUtf8(name) + QStringLiteral(";"));
        warnings.append(FeedParserText::tr("Undefined entities kept as text: %n (%1).", nullptr, unknownCount)
                            .arg(names.join(u", ")));
    }
    if (bareAmpersands > 0)
        warnings.append(FeedParserText::tr("Bare '&' characters escaped: %n.", nullptr, bareAmpersands));
    if (controls > 0)
        warnings.append(
            FeedParserText::tr("Characters that XML does not allow, removed: %n.", nullptr, controls));

    if (!copying)
        return start == 0 ? utf8 : utf8.sliced(start);
    out.append(d + done, n - done);
    return out;
}

} // namespace gilde
