#pragma once

#include <QString>
#include <QStringView>

namespace gilde
{

class TextBuffer;

/// The one or two code points an HTML named character reference stands for.
struct EntityChars {
    char32_t first = 0;
    char32_t second = 0;
    bool isValid() const { return first != 0; }
};

/// Looks up an HTML5 named character reference, without '&' and ';'
/// ("eacute" -> U+00E9). Case-sensitive, like HTML. Pure table look-up.
EntityChars htmlEntity(QStringView name);
EntityChars htmlEntity(QLatin1StringView name);

/// Decodes the character reference that starts at text[pos] (which must be '&'):
/// named ("&eacute;"), decimal ("&#233;") or hex ("&#xE9;"). Named references
/// need their ';'; numeric ones are decoded without it too, as browsers do.
/// Appends the characters to `out` and returns how many units were consumed, or
/// 0 (and appends nothing) when there is no valid reference at `pos`.
qsizetype decodeCharRef(QStringView text, qsizetype pos, QString &out);
qsizetype decodeCharRef(QStringView text, qsizetype pos, TextBuffer &out);

/// `text` with every valid character reference decoded; a bare '&' stays as it is.
/// The windows-1252 character of a byte in 0x80..0x9F (the five holes map to
/// themselves, as WHATWG says); HTML applies it to numeric references too.
char16_t windows1252C1(unsigned char byte);

QString decodeHtmlEntities(QStringView text);
/// Appends `text` with every valid character reference decoded.
void appendDecoded(TextBuffer &out, QStringView text);

/// Appends `text` escaped for HTML: & < > always, and " too when `attribute`.
void appendHtmlEscaped(QString &out, QStringView text, bool attribute = false);
void appendHtmlEscaped(TextBuffer &out, QStringView text, bool attribute = false);

/// Appends a code point, replacing NUL, surrogates and out-of-range values by
/// U+FFFD, and C1 controls by their windows-1252 meaning, like HTML does.
void appendCodePoint(QString &out, char32_t cp);
void appendCodePoint(TextBuffer &out, char32_t cp);

} // namespace gilde
