#include "XmlInput.h"

#include "FeedParserText.h"
#include "text/HtmlEntities.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace gilde
{

namespace
{

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

QByteArray cp1252ToUtf8(const char *data, qsizetype size)
{
    QByteArray out;
    out.reserve(size + size / 8 + 16);
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c < 0x80)
            out.append(char(c));
        else if (c < 0xA0)
            appendUtf8(out, windows1252C1(c));
        else
            appendUtf8(out, c);
    }
    return out;
}

bool isAscii(const char *data, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return false;
    }
    return true;
}

struct Utf8Check {
    bool valid = true;
    bool sawMultibyte = false;
};

Utf8Check checkUtf8(const char *data, qsizetype size)
{
    Utf8Check result;
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        if (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (!(word & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            result.valid = false;
            ++i;
            continue;
        }
        bool good = true;
        for (int k = 1; k <= extra && good; ++k) {
            if (i + k >= size || (s[i + k] & 0xC0) != 0x80)
                good = false;
            else
                cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (!good || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            // Keep looking: whether any valid sequence exists decides the fallback.
            result.valid = false;
            ++i;
            continue;
        }
        result.sawMultibyte = true;
        i += extra + 1;
    }
    return result;
}

/// The encoding named in an XML declaration at the start of `data`, lowercased.
QByteArray declaredEncoding(const QByteArray &data)
{
    const qsizetype start
        = QByteArrayView(data).first(std::min<qsizetype>(data.size(), 1024)).indexOf("<?xml");
    if (start < 0 || start > 512)
        return {};
    const qsizetype end = data.indexOf("?>", start);
    if (end < 0 || end - start > 512)
        return {};
    const QByteArray decl = data.mid(start, end - start);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < decl.size() && (decl[i] == ' ' || decl[i] == '=' || decl[i] == '\t'))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return {};
    const char quote = decl[i];
    const qsizetype close = decl.indexOf(quote, i + 1);
    if (close < 0)
        return {};
    return decl.mid(i + 1, close - i - 1).trimmed().toLower();
}

bool isUtf16Or32(const QByteArray &name)
{
    return name.startsWith("utf-16") || name.startsWith("utf16") || name.startsWith("utf-32")
        || name.startsWith("utf32") || name == "ucs-2" || name == "unicode";
}

bool isCp1252Family(const QByteArray &name)
{
    static const char *const names[] = { "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
        "iso88591", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso-ir-100", "ibm819",
        "cp819", "8859-1", "iso_8859-1:1987", "csisolatin1", "x-ascii", "ansi_x3.4-1968" };
    for (const char *n : names) {
        if (name == n)
            return true;
    }
    return false;
}

QByteArray decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, QStringList &warnings)
{
    QStringDecoder decoder(encoding);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        warnings.append(
            FeedParserText::tr("Some bytes were not valid in the document's encoding and were replaced."));
    return text.toUtf8();
}

} // namespace

QByteArray charsetOf(const QByteArray &contentType)
{
    const qsizetype at = contentType.toLower().indexOf("charset=");
    if (at < 0)
        return {};
    QByteArray value = contentType.mid(at + 8);
    const qsizetype semicolon = value.indexOf(';');
    if (semicolon >= 0)
        value.truncate(semicolon);
    value = value.trimmed();
    if (value.size() >= 2 && (value.startsWith('"') || value.startsWith('\'')))
        value = value.mid(1, value.size() - 2);
    return value.trimmed().toLower();
}

QByteArray decodeToUtf8(const QByteArray &bytes, const QByteArray &contentType, QStringList &warnings)
{
    const auto *u = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    // Marks and the shape of "<?" decide first: they cannot be wrong.
    if (n >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF)
        return decodeWith(QStringConverter::Utf32BE, QByteArrayView(bytes).sliced(4), warnings);
    if (n >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0)
        return decodeWith(QStringConverter::Utf32LE, QByteArrayView(bytes).sliced(4), warnings);
    if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        return decodeWith(QStringConverter::Utf16BE, QByteArrayView(bytes).sliced(2), warnings);
    if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        return decodeWith(QStringConverter::Utf16LE, QByteArrayView(bytes).sliced(2), warnings);
    if (n >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0 && u[3] != 0)
        return decodeWith(QStringConverter::Utf32BE, bytes, warnings);
    if (n >= 4 && u[0] != 0 && u[1] == 0 && u[2] == 0 && u[3] == 0)
        return decodeWith(QStringConverter::Utf32LE, bytes, warnings);
    if (n >= 2 && u[0] == 0 && u[1] != 0)
        return decodeWith(QStringConverter::Utf16BE, bytes, warnings);
    if (n >= 2 && u[0] != 0 && u[1] == 0)
        return decodeWith(QStringConverter::Utf16LE, bytes, warnings);

    QByteArrayView data(bytes);
    bool bom = false;
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        data = data.sliced(3);
        bom = true;
    }
    QByteArray charset = bom ? QByteArray("utf-8") : charsetOf(contentType);
    if (charset.isEmpty() || isUtf16Or32(charset)) {
        // A UTF-16 label on bytes that are plainly not UTF-16 is a lie.
        charset = declaredEncoding(bytes);
        if (isUtf16Or32(charset))
            charset.clear();
    }

    if (isCp1252Family(charset)) {
        if (isAscii(data.data(), data.size()))
            return data.toByteArray();
        return cp1252ToUtf8(data.data(), data.size());
    }
    if (!charset.isEmpty() && charset != "utf-8" && charset != "utf8") {
        QStringDecoder decoder(charset.constData());
        // Spellings the list above does not know ("ISO8859_1", "latin_1") may
        // still name Latin-1 or ASCII, which mean windows-1252 all the same.
        const QLatin1StringView canonical(decoder.isValid() ? decoder.name() : "");
        if (canonical.compare(QLatin1StringView("ISO-8859-1"), Qt::CaseInsensitive) == 0
            || canonical.compare(QLatin1StringView("US-ASCII"), Qt::CaseInsensitive) == 0)
            return cp1252ToUtf8(data.data(), data.size());
        if (decoder.isValid()) {
            const QString text = decoder(data);
            if (decoder.hasError())
                warnings.append(FeedParserText::tr(
                    "Some bytes were not valid in the document's encoding and were replaced."));
            return text.toUtf8();
        }
        warnings.append(FeedParserText::tr("Unknown character encoding \"%1\"; read as UTF-8.")
                            .arg(QString::fromLatin1(charset)));
    }

    const Utf8Check check = checkUtf8(data.data(), data.size());
    if (check.valid)
        return data.toByteArray();
    if (!check.sawMultibyte) {
        // Not one valid multi-byte sequence: this is a legacy 8-bit file.
        warnings.append(FeedParserText::tr("The document is not valid UTF-8; it was read as windows-1252."));
        return cp1252ToUtf8(data.data(), data.size());
    }
    warnings.append(FeedParserText::tr("Some bytes were not valid UTF-8 and were replaced."));
    return QString::fromUtf8(data).toUtf8();
}

} // namespace gilde
