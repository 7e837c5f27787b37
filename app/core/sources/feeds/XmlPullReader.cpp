#include "XmlPullReader.h"

#include <QCoreApplication>

#include <climits>
#include <cstring>
#include <deque>
#include <expat.h>
#include <string>
#include <string_view>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gilde
{

namespace
{

// Separates a namespace URI from the local name in the names expat reports.
// U+0001 cannot occur in XML 1.0 text, so it cannot occur in a URI either.
constexpr char NamespaceSeparator = '\x01';

struct Name {
    QString namespaceUri;
    QString local;
};

} // namespace

struct XmlPullReader::Event {
    Token type = Token::NoToken;
    quint32 name = 0; ///< start/end: index into Parse::names
    quint32 begin = 0; ///< characters: text offset; start: first attribute
    quint32 count = 0; ///< characters: text length; start: number of attributes
    quint32 end = 0; ///< start: index of the matching end event
    quint32 nsBegin = 0; ///< start: first namespace declaration
    quint32 nsCount = 0;
};

struct XmlPullReader::Parse {
    // Everything the document says as text (character data, attribute values)
    // in UTF-16, back to back. It never holds more code units than the UTF-8
    // input has bytes, so the buffer sized from the input is never outgrown.
    std::unique_ptr<char16_t[]> text;
    qsizetype textSize = 0;
    qsizetype textCapacity = 0;

    std::vector<Event> events;
    std::vector<Name> names;
    std::deque<std::string> nameKeys; ///< owns the bytes the map's keys view
    std::unordered_map<std::string_view, quint32> nameIndex;

    struct RawAttribute {
        quint32 name;
        quint32 valueBegin;
        quint32 valueLength;
    };
    std::vector<RawAttribute> rawAttributes;
    std::vector<Attribute> attributes; ///< filled from rawAttributes once the text is final
    std::vector<std::pair<QString, QString>> namespaces; ///< (prefix, URI) per declaration
    quint32 pendingNamespaces = 0; ///< declared for the next start element
    std::vector<quint32> open; ///< start events whose end has not come yet

    XML_Parser parser = nullptr;
    XML_Error error = XML_ERROR_NONE;
    bool entityDeclared = false;
    qint64 errorLine = 0;
    qint64 errorColumn = 0;

    QStringView textAt(quint32 begin, quint32 length) const
    {
        return { text.get() + begin, qsizetype(length) };
    }

    void reserveText(qsizetype more)
    {
        if (textSize + more <= textCapacity)
            return;
        const qsizetype capacity = std::max(textCapacity * 2, textSize + more);
        std::unique_ptr<char16_t[]> grown(new char16_t[size_t(capacity)]);
        if (textSize > 0)
            std::memcpy(grown.get(), text.get(), size_t(textSize) * sizeof(char16_t));
        text = std::move(grown);
        textCapacity = capacity;
    }

    /// Appends UTF-8 that expat has already checked as UTF-16.
    void appendUtf8(const char *data, qsizetype length)
    {
        reserveText(length);
        char16_t *out = text.get() + textSize;
        const auto *p = reinterpret_cast<const unsigned char *>(data);
        const unsigned char *const e = p + length;
        while (p < e) {
            // Markup and most feed text is ASCII: sixteen or eight bytes at a time.
#if defined(__SSE2__)
            const __m128i zero = _mm_setzero_si128();
            while (e - p >= 16) {
                const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                if (_mm_movemask_epi8(bytes))
                    break;
                _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_unpacklo_epi8(bytes, zero));
                _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 8), _mm_unpackhi_epi8(bytes, zero));
                out += 16;
                p += 16;
            }
#endif
            while (e - p >= 8) {
                quint64 word;
                std::memcpy(&word, p, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                for (int i = 0; i < 8; ++i)
                    out[i] = p[i];
                out += 8;
                p += 8;
            }
            if (p == e)
                break;
            const unsigned c = *p;
            if (c < 0x80) {
                *out++ = char16_t(c);
                ++p;
                continue;
            }
            const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            if (c < 0xC0 || e - p <= extra) {
                *out++ = u'\uFFFD'; // cannot happen after expat's check; stay safe anyway
                ++p;
                continue;
            }
            char32_t cp = c & (0x3F >> extra);
            for (int i = 1; i <= extra; ++i)
                cp = (cp << 6) | (p[i] & 0x3F);
            p += extra + 1;
            if (cp >= 0x10000) {
                cp -= 0x10000;
                *out++ = char16_t(0xD800 + (cp >> 10));
                *out++ = char16_t(0xDC00 + (cp & 0x3FF));
            } else {
                *out++ = char16_t(cp);
            }
        }
        textSize = out - text.get();
    }

    quint32 intern(const char *raw)
    {
        const std::string_view key(raw);
        const auto found = nameIndex.find(key);
        if (found != nameIndex.end())
            return found->second;
        const std::string &stored = nameKeys.emplace_back(key);
        const auto index = quint32(names.size());
        Name name;
        const size_t separator = stored.rfind(NamespaceSeparator);
        if (separator == std::string::npos) {
            name.local = QString::fromUtf8(stored.data(), qsizetype(stored.size()));
        } else {
            name.namespaceUri = QString::fromUtf8(stored.data(), qsizetype(separator));
            name.local
                = QString::fromUtf8(stored.data() + separator + 1, qsizetype(stored.size() - separator - 1));
        }
        names.push_back(std::move(name));
        nameIndex.emplace(std::string_view(stored), index);
        return index;
    }

    static void onStart(void *self, const XML_Char *name, const XML_Char **atts)
    {
        auto *p = static_cast<Parse *>(self);
        Event event;
        event.type = Token::StartElement;
        event.name = p->intern(name);
        event.begin = quint32(p->rawAttributes.size());
        for (const XML_Char **a = atts; *a; a += 2) {
            const quint32 attrName = p->intern(a[0]);
            const auto valueBegin = quint32(p->textSize);
            p->appendUtf8(a[1], qsizetype(std::strlen(a[1])));
            p->rawAttributes.push_back({ attrName, valueBegin, quint32(p->textSize - valueBegin) });
        }
        event.count = quint32(p->rawAttributes.size()) - event.begin;
        event.nsCount = p->pendingNamespaces;
        event.nsBegin = quint32(p->namespaces.size()) - p->pendingNamespaces;
        p->pendingNamespaces = 0;
        p->open.push_back(quint32(p->events.size()));
        p->events.push_back(event);
    }

    static void onEnd(void *self, const XML_Char *name)
    {
        auto *p = static_cast<Parse *>(self);
        Event event;
        event.type = Token::EndElement;
        event.name = p->intern(name);
        if (!p->open.empty()) {
            p->events[p->open.back()].end = quint32(p->events.size());
            p->open.pop_back();
        }
        p->events.push_back(event);
    }

    static void onCharacters(void *self, const XML_Char *data, int length)
    {
        auto *p = static_cast<Parse *>(self);
        // Expat hands text over in pieces (lines, around references, CDATA
        // sections); readers want a run of text as one token.
        if (p->events.empty() || p->events.back().type != Token::Characters) {
            Event event;
            event.type = Token::Characters;
            event.begin = quint32(p->textSize);
            p->events.push_back(event);
        }
        p->appendUtf8(data, length);
        Event &last = p->events.back();
        last.count = quint32(p->textSize) - last.begin;
    }

    static void onNamespace(void *self, const XML_Char *prefix, const XML_Char *uri)
    {
        auto *p = static_cast<Parse *>(self);
        p->namespaces.emplace_back(
            prefix ? QString::fromUtf8(prefix) : QString(), uri ? QString::fromUtf8(uri) : QString());
        ++p->pendingNamespaces;
    }

    // Entity declarations are what entity bombs are made of, and the repair
    // pass has taken every DOCTYPE out before this parser runs: one still here
    // is refused outright.
    static void onEntityDeclaration(void *self, const XML_Char *, int, const XML_Char *, int,
        const XML_Char *, const XML_Char *, const XML_Char *, const XML_Char *)
    {
        auto *p = static_cast<Parse *>(self);
        p->entityDeclared = true;
        XML_StopParser(p->parser, XML_FALSE);
    }

    void run(const QByteArray &utf8)
    {
        textCapacity = utf8.size() + 16;
        text.reset(new char16_t[size_t(textCapacity)]);
        events.reserve(size_t(utf8.size() / 64 + 16));
        parser = XML_ParserCreateNS("UTF-8", NamespaceSeparator);
        if (!parser) {
            error = XML_ERROR_NO_MEMORY;
            return;
        }
        XML_SetUserData(parser, this);
        XML_SetElementHandler(parser, &Parse::onStart, &Parse::onEnd);
        XML_SetCharacterDataHandler(parser, &Parse::onCharacters);
        XML_SetStartNamespaceDeclHandler(parser, &Parse::onNamespace);
        XML_SetEntityDeclHandler(parser, &Parse::onEntityDeclaration);
        XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);

        const char *data = utf8.constData();
        qsizetype left = utf8.size();
        XML_Status status = XML_STATUS_OK;
        do {
            const int chunk = int(std::min<qsizetype>(left, INT_MAX / 2));
            left -= chunk;
            status = XML_Parse(parser, data, chunk, left == 0 ? XML_TRUE : XML_FALSE);
            data += chunk;
        } while (status == XML_STATUS_OK && left > 0);
        if (status != XML_STATUS_OK) {
            error = XML_GetErrorCode(parser);
            errorLine = qint64(XML_GetCurrentLineNumber(parser));
            errorColumn = qint64(XML_GetCurrentColumnNumber(parser)) + 1;
        }
        XML_ParserFree(parser);
        parser = nullptr;

        // Elements the document never closed reach to the end.
        for (const quint32 index : open)
            events[index].end = quint32(events.size());
        open.clear();
        attributes.reserve(rawAttributes.size());
        for (const RawAttribute &a : rawAttributes) {
            const Name &n = names[a.name];
            attributes.push_back({ n.namespaceUri, n.local, textAt(a.valueBegin, a.valueLength) });
        }
        rawAttributes = {};
    }
};

QStringView XmlPullReader::Attributes::value(QLatin1StringView name) const
{
    for (const Attribute &a : *this) {
        if (a.namespaceUri.isEmpty() && a.name == name)
            return a.value;
    }
    return {};
}

QStringView XmlPullReader::Attributes::value(QLatin1StringView namespaceUri, QLatin1StringView name) const
{
    for (const Attribute &a : *this) {
        if (a.name == name && a.namespaceUri == namespaceUri)
            return a.value;
    }
    return {};
}

XmlPullReader::XmlPullReader(const QByteArray &utf8)
    : m_parse(std::make_unique<Parse>())
{
    m_parse->run(utf8);
}

XmlPullReader::~XmlPullReader() = default;

XmlPullReader::Token XmlPullReader::readNext()
{
    if (m_next < qsizetype(m_parse->events.size())) {
        m_current = m_next++;
        m_token = m_parse->events[size_t(m_current)].type;
    } else {
        m_current = -1;
        m_token = m_parse->error == XML_ERROR_NONE ? Token::EndDocument : Token::Invalid;
    }
    return m_token;
}

bool XmlPullReader::readNextStartElement()
{
    for (;;) {
        switch (readNext()) {
        case Token::StartElement:
            return true;
        case Token::Characters:
            continue;
        default:
            return false;
        }
    }
}

void XmlPullReader::skipCurrentElement()
{
    if (m_token == Token::StartElement) {
        m_next = qsizetype(m_parse->events[size_t(m_current)].end);
        readNext();
        return;
    }
    int depth = 1;
    while (depth > 0) {
        const Token t = readNext();
        if (t == Token::EndElement)
            --depth;
        else if (t == Token::StartElement)
            ++depth;
        else if (t != Token::Characters)
            return;
    }
}

QStringView XmlPullReader::name() const
{
    if (m_token != Token::StartElement && m_token != Token::EndElement)
        return {};
    return m_parse->names[m_parse->events[size_t(m_current)].name].local;
}

QStringView XmlPullReader::namespaceUri() const
{
    if (m_token != Token::StartElement && m_token != Token::EndElement)
        return {};
    return m_parse->names[m_parse->events[size_t(m_current)].name].namespaceUri;
}

QStringView XmlPullReader::text() const
{
    if (m_token != Token::Characters)
        return {};
    const Event &e = m_parse->events[size_t(m_current)];
    return m_parse->textAt(e.begin, e.count);
}

XmlPullReader::Attributes XmlPullReader::attributes() const
{
    if (m_token != Token::StartElement)
        return {};
    const Event &e = m_parse->events[size_t(m_current)];
    const Attribute *first = m_parse->attributes.data() + e.begin;
    return { first, first + e.count };
}

std::vector<XmlPullReader::NamespaceDeclaration> XmlPullReader::namespaceDeclarations() const
{
    std::vector<NamespaceDeclaration> out;
    if (m_token != Token::StartElement)
        return out;
    const Event &e = m_parse->events[size_t(m_current)];
    for (quint32 i = e.nsBegin; i < e.nsBegin + e.nsCount; ++i)
        out.push_back({ m_parse->namespaces[i].first, m_parse->namespaces[i].second });
    return out;
}

bool XmlPullReader::errorIsPrematureEnd() const
{
    switch (m_parse->error) {
    case XML_ERROR_NO_ELEMENTS: // an element still open when the data ended
    case XML_ERROR_UNCLOSED_TOKEN:
    case XML_ERROR_PARTIAL_CHAR:
    case XML_ERROR_UNCLOSED_CDATA_SECTION:
        return true;
    default:
        return false;
    }
}

QString XmlPullReader::errorString() const
{
    if (m_parse->error == XML_ERROR_NONE)
        return {};
    if (m_parse->entityDeclared)
        return QCoreApplication::translate("FeedParser", "entity declarations are not accepted");
    return QString::fromUtf8(XML_ErrorString(m_parse->error));
}

qint64 XmlPullReader::lineNumber() const
{
    return m_parse->errorLine;
}

qint64 XmlPullReader::columnNumber() const
{
    return m_parse->errorColumn;
}

} // namespace gilde
