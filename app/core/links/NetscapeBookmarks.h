#pragma once

#include "model/Link.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gilde
{

/// What a Netscape bookmark file held.
struct BookmarkFile {
    QList<Link> links; ///< normalized, unique addresses, in file order
    int skipped = 0; ///< entries without a usable web address (place:, javascript:, relative)
    bool recognized = false; ///< the file has the doctype or at least one bookmark
};

/// Reads the Netscape bookmark file format (`<!DOCTYPE NETSCAPE-Bookmark-file-1>`)
/// as browsers, Pinboard, linkding and Shaarli write it:
///
/// - `<DT><A HREF ADD_DATE LAST_MODIFIED TAGS PRIVATE TOREAD>title</A>`, an
///   optional `<DD>` note after it (several lines, `<br>` as a line break;
///   linkding's `[linkding-notes]` become a paragraph of the note);
/// - attribute names in any case, quoted or not, entities decoded; a missing
///   `</A>` ends at the next entry;
/// - TAGS separated by commas, or by spaces when there is no comma;
/// - ADD_DATE and LAST_MODIFIED in seconds, or milliseconds or microseconds
///   (told apart by their size);
/// - PRIVATE and TOREAD as 1/true/yes (SHARED="no" is private too);
/// - folders (`<DT><H3>Name</H3><DL>...</DL>`) become tags, each level one,
///   except the browsers' own root folders (the toolbar, the menu, "Other" and
///   mobile bookmarks: marked PERSONAL_TOOLBAR_FOLDER or
///   UNFILED_BOOKMARKS_FOLDER, or named so at the top level).
///
/// Tags come out as LinkStore stores them (lower case, a space inside a
/// folder name as '-'). An address found twice is one link with the tags of
/// both, the earliest date and the first title and note.
BookmarkFile readNetscapeBookmarks(const QByteArray &data);

/// Writes links in the same format, as Pinboard does: ADD_DATE and
/// LAST_MODIFIED in seconds (the format's precision), PRIVATE and TOREAD as
/// 0/1, TAGS comma-separated, the note in a `<DD>`. readNetscapeBookmarks()
/// gives back every field written (notes and titles without surrounding
/// white space).
QByteArray writeNetscapeBookmarks(const QList<Link> &links);

} // namespace gilde
