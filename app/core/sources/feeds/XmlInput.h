#pragma once

#include <QByteArray>
#include <QStringList>

namespace gilde
{

/// The charset parameter of a Content-Type header, lowercased; "" when none.
QByteArray charsetOf(const QByteArray &contentType);

/// Feed bytes as UTF-8. The encoding comes from a byte-order mark, else the
/// HTTP charset, else the XML declaration, else UTF-8; UTF-16/32 are also
/// recognised without a mark. windows-1252 and its ISO-8859-1/ASCII subsets
/// are decoded here (feeds that say ISO-8859-1 mean windows-1252, like web
/// pages do); other charsets through QStringDecoder. Bytes that are not valid
/// in the chosen encoding are replaced, and reported in `warnings`. Leading
/// BOMs are dropped.
QByteArray decodeToUtf8(const QByteArray &bytes, const QByteArray &contentType, QStringList &warnings);

/// The repairs that make common ill-formed feeds readable, in one linear pass
/// over UTF-8 bytes: text before the root (or before a late XML declaration)
/// is cut, the XML declaration is dropped (the bytes are UTF-8 now), a DOCTYPE
/// is removed — its plain-text entities are substituted, entities that refer
/// to other entities or to external files are not expanded at all, which
/// defuses "billion laughs" —, HTML named entities become character
/// references, a bare '&' becomes "&amp;", and characters XML forbids are
/// dropped. Each kind of repair adds one line to `warnings`.
QByteArray repairXml(const QByteArray &utf8, QStringList &warnings);

/// Declares, on the root element, namespace prefixes that elements use but
/// the document never declares (a feed using dc: without xmlns:dc). Returns
/// the input unchanged when nothing is missing.
QByteArray declareMissingPrefixes(const QByteArray &utf8, QStringList &warnings);

/// Makes the element structure balanced, the way a forgiving reader would: an
/// end tag that matches an element further up closes the ones in between; one
/// that matches no open element closes the innermost one (a misspelt end tag);
/// a '<' that starts no markup becomes "&lt;"; markup cut off at the end is
/// dropped and every element still open is closed; content after the root is
/// dropped. Returns the input unchanged when it is already balanced.
QByteArray balanceTags(const QByteArray &utf8, QStringList &warnings);

} // namespace gilde
