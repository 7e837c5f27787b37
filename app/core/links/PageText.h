#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace gilde
{

/// The readable part of a web page, kept with a saved link so that the
/// library can be searched and read offline.
struct PageText {
    QString title; ///< og:title, else <title>; white space collapsed
    QString text; ///< paragraphs separated by blank lines; at most PageTextMaxChars
};

/// Longer page text is cut (at a word boundary): enough for any article,
/// and a bound on what one link costs in the profile.
constexpr qsizetype PageTextMaxChars = 200 * 1024;

/// Extracts title and main text from an HTML page. The text comes from the
/// page's <article> (the longest one when there are several), else <main>,
/// else <body>; scripts, styles, navigation, asides, forms and footers are
/// left out, and page headers too unless the text comes from an <article>
/// (whose header holds its heading). Pure and thread-safe.
PageText extractPageText(QStringView html);

/// Only the title, for prefilling a save popup.
QString extractPageTitle(QStringView html);

/// Page bytes as text: the charset of the Content-Type header, else a
/// <meta> charset in the page, else UTF-8.
QString decodePage(const QByteArray &body, const QByteArray &contentType);

} // namespace gilde
