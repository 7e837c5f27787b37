#include "HtmlTags.h"

#include <array>
#include <cstring>

namespace gilde::html
{

namespace
{

// Sorted by name: the look-up relies on it.
constexpr TagInfo kTags[] = {
    { "a", Allowed, nullptr, TagGroup::A },
    { "abbr", Allowed, nullptr, TagGroup::None },
    { "acronym", Allowed, "abbr", TagGroup::None },
    { "address", Allowed | Block | ClosesP, "div", TagGroup::None },
    // MathML's alternative forms (TeX source, say) are not text to read.
    { "annotation", DropSubtree, nullptr, TagGroup::None },
    { "annotation-xml", DropSubtree, nullptr, TagGroup::None },
    { "applet", DropSubtree, nullptr, TagGroup::None },
    { "area", Void, nullptr, TagGroup::None },
    { "article", Allowed | Block | ClosesP, "div", TagGroup::None },
    { "aside", Allowed | Block | ClosesP, "div", TagGroup::None },
    { "audio", 0, nullptr, TagGroup::None }, // what is inside is the fallback
    { "b", Allowed, nullptr, TagGroup::None },
    { "base", Void, nullptr, TagGroup::None },
    { "basefont", Void, nullptr, TagGroup::None },
    { "big", Allowed, "span", TagGroup::None },
    { "blockquote", Allowed | Block | ClosesP, nullptr, TagGroup::None },
    { "body", 0, nullptr, TagGroup::None },
    { "br", Allowed | Void | Block, nullptr, TagGroup::None },
    { "button", DropSubtree, nullptr, TagGroup::None },
    { "canvas", 0, nullptr, TagGroup::None },
    { "caption", Allowed | Block, "div", TagGroup::None },
    { "center", Allowed | Block | ClosesP, "div", TagGroup::None },
    { "cite", Allowed, nullptr, TagGroup::None },
    { "code", Allowed, nullptr, TagGroup::None },
    { "col", Void, nullptr, TagGroup::None },
    { "dd", Allowed | Block, nullptr, TagGroup::DtDd },
    { "del", Allowed, nullptr, TagGroup::None },
    { "details", Allowed | Block | ClosesP, "div", TagGroup::None },
    { "dfn", Allowed, "i", TagGroup::None },
    { "dialog", DropSubtree, nullptr, TagGroup::None },
    { "dir", Allowed | Block | ClosesP, "ul", TagGroup::List },
    { "div", Allowed | Block | ClosesP, nullptr, TagGroup::None },
    { "dl", Allowed | Block | ClosesP, nullptr, TagGroup::Dl },
    { "dt", Allowed | Block, nullptr, TagGroup::DtDd },
    { "em", Allowed, nullptr, TagGroup::None },
    { "embed", Void | Embed, nullptr, TagGroup::None },
    { "figcaption", Allowed | Block, nullptr, TagGroup::None },
    { "figure", Allowed | Block | ClosesP, nullptr, TagGroup::None },
    { "footer", Allowed | Block | ClosesP, "div", TagGroup::None },
    { "form", Block, nullptr, TagGroup::None },
    { "frame", Void, nullptr, TagGroup::None },
    { "frameset", DropSubtree, nullptr, TagGroup::None },
    { "h1", Allowed | Block | ClosesP, nullptr, TagGroup::None },
    { "h2", Allowed | Block | ClosesP, nullptr, TagGroup::None },
    { "h3", Allowed | Block | ClosesP, nullptr, TagGroup::None },
    { "h4", Allowed | Block | ClosesP, nullptr, TagGroup::None },
    { "h5", Allowed | Block | ClosesP, nullptr, TagGroup::None },
    { "h6", Allowed | Block | ClosesP, nullptr, TagGroup::None },
    { "head", DropSubtree, nullptr, TagGroup::None },
    { "header", Allowed | Block | ClosesP, "div", TagGroup::None },
    { "hgroup", Allowed | Block | ClosesP, "div", TagGroup::None },
    { "hr", Allowed | Void | Block | ClosesP, nullptr, TagGroup::None },
    { "html", 0, nullptr, TagGroup::None },
    { "i", Allowed, nullptr, TagGroup::None },
    { "iframe", Embed, nullptr, TagGroup::None }, // its content is the fallback
    { "img", Allowed | Void, nullptr, TagGroup::Img },
    { "input", Void, nullptr, TagGroup::None },
    { "ins", Allowed, nullptr, TagGroup::None },
    { "isindex", Void, nullptr, TagGroup::None },
    { "kbd", Allowed, nullptr, TagGroup::None },
    { "keygen", Void, nullptr, TagGroup::None },
    { "li", Allowed | Block, nullptr, TagGroup::Li },
    { "link", Void, nullptr, TagGroup::None },
    { "main", Allowed | Block | ClosesP, "div", TagGroup::None },
    { "map", DropSubtree, nullptr, TagGroup::None },
    { "mark", Allowed, nullptr, TagGroup::None },
    { "math", Foreign, nullptr, TagGroup::Math },
    { "menu", Allowed | Block | ClosesP, "ul", TagGroup::List },
    { "meta", Void, nullptr, TagGroup::None },
    // MathML's tokens (kept by HtmlForeign inside <math>): apart in plain text.
    { "mi", Cell, nullptr, TagGroup::None },
    { "mn", Cell, nullptr, TagGroup::None },
    { "mo", Cell, nullptr, TagGroup::None },
    { "ms", Cell, nullptr, TagGroup::None },
    { "mtext", Cell, nullptr, TagGroup::None },
    { "nav", Allowed | Block | ClosesP, "div", TagGroup::None },
    { "noembed", RawText, nullptr, TagGroup::None },
    { "noframes", RawText, nullptr, TagGroup::None },
    { "noscript", 0, nullptr, TagGroup::None }, // no script runs here: what it holds is shown
    { "object", 0, nullptr, TagGroup::None },
    { "ol", Allowed | Block | ClosesP, nullptr, TagGroup::List },
    { "optgroup", DropSubtree, nullptr, TagGroup::None },
    { "option", DropSubtree, nullptr, TagGroup::None },
    { "p", Allowed | Block | ClosesP, nullptr, TagGroup::P },
    { "param", Void, nullptr, TagGroup::None },
    { "picture", 0, nullptr, TagGroup::None },
    { "plaintext", RawText, nullptr, TagGroup::None },
    { "pre", Allowed | Block | ClosesP, nullptr, TagGroup::None },
    { "q", Allowed, nullptr, TagGroup::None },
    { "rp", DropSubtree, nullptr, TagGroup::None },
    { "s", Allowed, nullptr, TagGroup::None },
    { "samp", Allowed, "code", TagGroup::None },
    { "script", RawText, nullptr, TagGroup::None },
    { "section", Allowed | Block | ClosesP, "div", TagGroup::None },
    { "select", DropSubtree, nullptr, TagGroup::None },
    { "small", Allowed, nullptr, TagGroup::None },
    { "source", Void, nullptr, TagGroup::None },
    { "span", Allowed, nullptr, TagGroup::None },
    { "strike", Allowed, "s", TagGroup::None },
    { "strong", Allowed, nullptr, TagGroup::None },
    { "style", RawText, nullptr, TagGroup::None },
    { "sub", Allowed, nullptr, TagGroup::None },
    { "summary", Allowed | Block, "div", TagGroup::None },
    { "sup", Allowed, nullptr, TagGroup::None },
    { "svg", DropSubtree | Foreign, nullptr, TagGroup::Svg }, // a picture: no text
    { "table", Allowed | Block | ClosesP, nullptr, TagGroup::TableSection },
    { "tbody", Allowed, nullptr, TagGroup::TableSection },
    { "td", Allowed | Cell, nullptr, TagGroup::Cell },
    { "template", DropSubtree, nullptr, TagGroup::None },
    { "textarea", RawText, nullptr, TagGroup::None },
    { "tfoot", Allowed, nullptr, TagGroup::TableSection },
    { "th", Allowed | Cell, nullptr, TagGroup::Cell },
    { "thead", Allowed, nullptr, TagGroup::TableSection },
    { "title", RawText, nullptr, TagGroup::None },
    { "tr", Allowed | Block, nullptr, TagGroup::Tr },
    { "track", Void, nullptr, TagGroup::None },
    { "tt", Allowed, "code", TagGroup::None },
    { "u", Allowed, nullptr, TagGroup::None },
    { "ul", Allowed | Block | ClosesP, nullptr, TagGroup::List },
    { "var", Allowed, "i", TagGroup::None },
    { "video", 0, nullptr, TagGroup::None },
    { "wbr", Void, nullptr, TagGroup::None },
    { "xmp", RawText, nullptr, TagGroup::None },
};

} // namespace

// Where each initial letter's run starts in kTags, so that a look-up scans a
// handful of entries instead of searching them all.
constexpr auto kBuckets = [] {
    std::array<unsigned char, 27> starts {};
    unsigned char t = 0;
    for (int c = 0; c < 26; ++c) {
        starts[c] = t;
        while (t < std::size(kTags) && kTags[t].name[0] == 'a' + c)
            ++t;
    }
    starts[26] = t;
    return starts;
}();
static_assert(kBuckets[26] == std::size(kTags), "tag names must be sorted and start with a letter");

bool lowerAsciiName(QStringView name, char *buffer, qsizetype size)
{
    const qsizetype n = name.size();
    if (n == 0 || n >= size)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        char16_t c = name[i].unicode();
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + 32);
        if (c > 0x7f)
            return false;
        buffer[i] = char(c);
    }
    buffer[n] = 0;
    return true;
}

const TagInfo *tagInfo(QStringView name)
{
    // Lowercase into a small buffer once, then compare plain bytes.
    char lower[16];
    if (!lowerAsciiName(name, lower, sizeof lower))
        return nullptr;
    const int first = lower[0] - 'a';
    if (first < 0 || first >= 26)
        return nullptr;
    for (int t = kBuckets[first]; t < kBuckets[first + 1]; ++t) {
        const char *candidate = kTags[t].name;
        if (candidate[1] == lower[1] && (lower[1] == 0 || std::strcmp(candidate + 2, lower + 2) == 0))
            return &kTags[t];
    }
    return nullptr;
}

} // namespace gilde::html
