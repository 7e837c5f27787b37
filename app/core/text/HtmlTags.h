#pragma once

#include <QStringView>

namespace gilde::html
{

/// What the sanitizer and the plain-text writer need to know about an element.
enum TagFlag : unsigned {
    Allowed = 1, ///< kept (possibly renamed)
    Void = 2, ///< never has content or an end tag
    Block = 4, ///< a line break in plain text
    RawText = 8, ///< content is not markup: skipped up to the end tag
    DropSubtree = 16, ///< dropped with everything inside it
    Cell = 32, ///< a table cell: a space in plain text
    ClosesP = 64, ///< opening it closes an open <p>
    Embed = 128, ///< embeds another page or player: a video becomes a link to it
    Foreign = 256, ///< the root of SVG or MathML, kept in its own safe subset (HtmlForeign)
};

/// Elements that take part in HTML's implied end tags; Svg and Math mark the
/// elements of those vocabularies.
enum class TagGroup : unsigned char {
    None,
    P,
    Li,
    List,
    DtDd,
    Dl,
    Tr,
    Cell,
    TableSection,
    A,
    Img,
    Svg,
    Math
};

struct TagInfo {
    const char *name;
    unsigned flags;
    const char *keptAs; ///< the name written out when Allowed (nullptr: the same)
    TagGroup group;

    const char *outputName() const { return keptAs ? keptAs : name; }
};

/// `name` lowercased into `buffer`, NUL-terminated; false when it is empty,
/// does not fit or is not ASCII: then it is no name in our tables.
bool lowerAsciiName(QStringView name, char *buffer, qsizetype size);

/// The entry of a tag name (any case), or nullptr for elements not listed,
/// which lose their tags but keep their text.
const TagInfo *tagInfo(QStringView name);

} // namespace gilde::html
