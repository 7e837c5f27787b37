#pragma once

#include "HtmlTags.h"
#include "HtmlTokenizer.h"

#include <QUrl>

namespace gilde
{
class TextBuffer;
}

namespace gilde::html
{

/// The safe subset of SVG and MathML that the sanitizer keeps inside HTML:
/// shapes, text, gradients and formulas; never scripts, styles sheets,
/// <foreignObject>, animations (they can rewrite an href) or anything that
/// loads or runs something. Elements are TagInfo entries of group Svg or Math
/// whose keptAs is the name in its proper case ("linearGradient").
///
/// The element named `name` (any case) in the vocabulary of `group` (Svg or
/// Math): Allowed, DropSubtree, or nullptr for names it does not know.
const TagInfo *foreignTagInfo(QStringView name, TagGroup group);

/// Writes the attributes of a kept SVG or MathML element that are safe:
/// geometry and presentation, a style reduced to plain colours and sizes,
/// paint that refers to nothing but an element of the same fragment
/// ("url(#g)"), an href that is a safe web address on <a> and <image>, and
/// only a "#fragment" on <use> and the like. Event handlers and everything
/// else are left out. `base` resolves relative addresses.
void writeForeignAttributes(TextBuffer &out, const TagInfo *tag,
    const QVarLengthArray<HtmlTokenizer::Attribute, 8> &attributes, const QUrl &base);

} // namespace gilde::html
