#pragma once

#include "model/Link.h"

#include <QList>
#include <QString>

namespace gilde
{

/// A Markdown reading list of links: a "# heading" line, then one list item
/// per link, newest first: "- [title](url) — note (yyyy-MM-dd)", with the
/// date the link was saved (local time). Brackets and other Markdown
/// characters in titles and notes are escaped, parentheses in addresses
/// percent-encoded, and a note of several lines is joined into one.
QString markdownReadingList(const QString &heading, QList<Link> links);

/// Escapes the characters Markdown would read as markup.
QString escapeMarkdown(const QString &text);

} // namespace gilde
