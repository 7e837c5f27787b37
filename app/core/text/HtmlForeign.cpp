#include "HtmlForeign.h"

#include "HtmlEntities.h"
#include "HtmlSanitizer.h"
#include "TextBuffer.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace gilde::html
{

namespace
{

// Both tables are sorted by their lowercase name: the look-up relies on it.
constexpr TagInfo kSvg[] = {
    { "a", Allowed, nullptr, TagGroup::Svg },
    { "animate", DropSubtree, nullptr, TagGroup::Svg },
    { "animatecolor", DropSubtree, nullptr, TagGroup::Svg },
    { "animatemotion", DropSubtree, nullptr, TagGroup::Svg },
    { "animatetransform", DropSubtree, nullptr, TagGroup::Svg },
    { "circle", Allowed, nullptr, TagGroup::Svg },
    { "clippath", Allowed, "clipPath", TagGroup::Svg },
    { "defs", Allowed, nullptr, TagGroup::Svg },
    { "desc", Allowed, nullptr, TagGroup::Svg },
    { "ellipse", Allowed, nullptr, TagGroup::Svg },
    { "foreignobject", DropSubtree, nullptr, TagGroup::Svg },
    { "g", Allowed, nullptr, TagGroup::Svg },
    { "image", Allowed, nullptr, TagGroup::Svg },
    { "line", Allowed, nullptr, TagGroup::Svg },
    { "lineargradient", Allowed, "linearGradient", TagGroup::Svg },
    { "marker", Allowed, nullptr, TagGroup::Svg },
    { "mask", Allowed, nullptr, TagGroup::Svg },
    { "metadata", DropSubtree, nullptr, TagGroup::Svg },
    { "path", Allowed, nullptr, TagGroup::Svg },
    { "pattern", Allowed, nullptr, TagGroup::Svg },
    { "polygon", Allowed, nullptr, TagGroup::Svg },
    { "polyline", Allowed, nullptr, TagGroup::Svg },
    { "radialgradient", Allowed, "radialGradient", TagGroup::Svg },
    { "rect", Allowed, nullptr, TagGroup::Svg },
    { "script", DropSubtree, nullptr, TagGroup::Svg },
    { "set", DropSubtree, nullptr, TagGroup::Svg },
    { "stop", Allowed, nullptr, TagGroup::Svg },
    { "style", DropSubtree, nullptr, TagGroup::Svg },
    { "svg", Allowed, nullptr, TagGroup::Svg },
    { "symbol", Allowed, nullptr, TagGroup::Svg },
    { "text", Allowed, nullptr, TagGroup::Svg },
    { "textpath", Allowed, "textPath", TagGroup::Svg },
    { "title", Allowed, nullptr, TagGroup::Svg },
    { "tspan", Allowed, nullptr, TagGroup::Svg },
    { "use", Allowed, nullptr, TagGroup::Svg },
};

constexpr TagInfo kMath[] = {
    { "annotation", DropSubtree, nullptr, TagGroup::Math },
    { "annotation-xml", DropSubtree, nullptr, TagGroup::Math },
    { "math", Allowed, nullptr, TagGroup::Math },
    { "menclose", Allowed, nullptr, TagGroup::Math },
    { "merror", Allowed, nullptr, TagGroup::Math },
    { "mfenced", Allowed, nullptr, TagGroup::Math },
    { "mfrac", Allowed, nullptr, TagGroup::Math },
    { "mi", Allowed, nullptr, TagGroup::Math },
    { "mlabeledtr", Allowed, nullptr, TagGroup::Math },
    { "mmultiscripts", Allowed, nullptr, TagGroup::Math },
    { "mn", Allowed, nullptr, TagGroup::Math },
    { "mo", Allowed, nullptr, TagGroup::Math },
    { "mover", Allowed, nullptr, TagGroup::Math },
    { "mpadded", Allowed, nullptr, TagGroup::Math },
    { "mphantom", Allowed, nullptr, TagGroup::Math },
    { "mprescripts", Allowed, nullptr, TagGroup::Math },
    { "mroot", Allowed, nullptr, TagGroup::Math },
    { "mrow", Allowed, nullptr, TagGroup::Math },
    { "ms", Allowed, nullptr, TagGroup::Math },
    { "mspace", Allowed, nullptr, TagGroup::Math },
    { "msqrt", Allowed, nullptr, TagGroup::Math },
    { "mstyle", Allowed, nullptr, TagGroup::Math },
    { "msub", Allowed, nullptr, TagGroup::Math },
    { "msubsup", Allowed, nullptr, TagGroup::Math },
    { "msup", Allowed, nullptr, TagGroup::Math },
    { "mtable", Allowed, nullptr, TagGroup::Math },
    { "mtd", Allowed, nullptr, TagGroup::Math },
    { "mtext", Allowed, nullptr, TagGroup::Math },
    { "mtr", Allowed, nullptr, TagGroup::Math },
    { "munder", Allowed, nullptr, TagGroup::Math },
    { "munderover", Allowed, nullptr, TagGroup::Math },
    { "none", Allowed, nullptr, TagGroup::Math },
    { "script", DropSubtree, nullptr, TagGroup::Math },
    { "semantics", Allowed, nullptr, TagGroup::Math },
    { "style", DropSubtree, nullptr, TagGroup::Math },
};

/// How an attribute's value is checked before it is kept.
enum class Value {
    Plain, ///< geometry, names, numbers: inert whatever they say
    Paint, ///< a colour, or url(#id) naming an element of the fragment
    Href, ///< an address: depends on the element
    Style, ///< declarations, reduced to the harmless ones
};

struct AttrInfo {
    const char *name; ///< lowercase, for the look-up
    const char *keptAs; ///< written name (nullptr: the same)
    Value value;
};

// Sorted by name.
constexpr AttrInfo kSvgAttrs[] = {
    { "aria-label", nullptr, Value::Plain },
    { "clip-path", nullptr, Value::Paint },
    { "clip-rule", nullptr, Value::Plain },
    { "clippathunits", "clipPathUnits", Value::Plain },
    { "color", nullptr, Value::Paint },
    { "cx", nullptr, Value::Plain },
    { "cy", nullptr, Value::Plain },
    { "d", nullptr, Value::Plain },
    { "display", nullptr, Value::Plain },
    { "dominant-baseline", nullptr, Value::Plain },
    { "dx", nullptr, Value::Plain },
    { "dy", nullptr, Value::Plain },
    { "fill", nullptr, Value::Paint },
    { "fill-opacity", nullptr, Value::Plain },
    { "fill-rule", nullptr, Value::Plain },
    { "font-family", nullptr, Value::Plain },
    { "font-size", nullptr, Value::Plain },
    { "font-style", nullptr, Value::Plain },
    { "font-weight", nullptr, Value::Plain },
    { "fr", nullptr, Value::Plain },
    { "fx", nullptr, Value::Plain },
    { "fy", nullptr, Value::Plain },
    { "gradienttransform", "gradientTransform", Value::Plain },
    { "gradientunits", "gradientUnits", Value::Plain },
    { "height", nullptr, Value::Plain },
    { "href", nullptr, Value::Href },
    { "id", nullptr, Value::Plain },
    { "lengthadjust", "lengthAdjust", Value::Plain },
    { "letter-spacing", nullptr, Value::Plain },
    { "marker-end", nullptr, Value::Paint },
    { "marker-mid", nullptr, Value::Paint },
    { "marker-start", nullptr, Value::Paint },
    { "markerheight", "markerHeight", Value::Plain },
    { "markerunits", "markerUnits", Value::Plain },
    { "markerwidth", "markerWidth", Value::Plain },
    { "mask", nullptr, Value::Paint },
    { "maskcontentunits", "maskContentUnits", Value::Plain },
    { "maskunits", "maskUnits", Value::Plain },
    { "offset", nullptr, Value::Plain },
    { "opacity", nullptr, Value::Plain },
    { "orient", nullptr, Value::Plain },
    { "pathlength", "pathLength", Value::Plain },
    { "patterncontentunits", "patternContentUnits", Value::Plain },
    { "patterntransform", "patternTransform", Value::Plain },
    { "patternunits", "patternUnits", Value::Plain },
    { "points", nullptr, Value::Plain },
    { "preserveaspectratio", "preserveAspectRatio", Value::Plain },
    { "r", nullptr, Value::Plain },
    { "refx", "refX", Value::Plain },
    { "refy", "refY", Value::Plain },
    { "role", nullptr, Value::Plain },
    { "rotate", nullptr, Value::Plain },
    { "rx", nullptr, Value::Plain },
    { "ry", nullptr, Value::Plain },
    { "shape-rendering", nullptr, Value::Plain },
    { "spreadmethod", "spreadMethod", Value::Plain },
    { "startoffset", "startOffset", Value::Plain },
    { "stop-color", nullptr, Value::Paint },
    { "stop-opacity", nullptr, Value::Plain },
    { "stroke", nullptr, Value::Paint },
    { "stroke-dasharray", nullptr, Value::Plain },
    { "stroke-dashoffset", nullptr, Value::Plain },
    { "stroke-linecap", nullptr, Value::Plain },
    { "stroke-linejoin", nullptr, Value::Plain },
    { "stroke-miterlimit", nullptr, Value::Plain },
    { "stroke-opacity", nullptr, Value::Plain },
    { "stroke-width", nullptr, Value::Plain },
    { "style", nullptr, Value::Style },
    { "text-anchor", nullptr, Value::Plain },
    { "text-decoration", nullptr, Value::Plain },
    { "textlength", "textLength", Value::Plain },
    { "transform", nullptr, Value::Plain },
    { "vector-effect", nullptr, Value::Plain },
    { "version", nullptr, Value::Plain },
    { "viewbox", "viewBox", Value::Plain },
    { "visibility", nullptr, Value::Plain },
    { "width", nullptr, Value::Plain },
    { "word-spacing", nullptr, Value::Plain },
    { "x", nullptr, Value::Plain },
    { "x1", nullptr, Value::Plain },
    { "x2", nullptr, Value::Plain },
    { "xlink:href", "href", Value::Href },
    { "y", nullptr, Value::Plain },
    { "y1", nullptr, Value::Plain },
    { "y2", nullptr, Value::Plain },
};

constexpr AttrInfo kMathAttrs[] = {
    { "accent", nullptr, Value::Plain },
    { "accentunder", nullptr, Value::Plain },
    { "align", nullptr, Value::Plain },
    { "bevelled", nullptr, Value::Plain },
    { "close", nullptr, Value::Plain },
    { "columnalign", nullptr, Value::Plain },
    { "columnlines", nullptr, Value::Plain },
    { "columnspan", nullptr, Value::Plain },
    { "denomalign", nullptr, Value::Plain },
    { "depth", nullptr, Value::Plain },
    { "dir", nullptr, Value::Plain },
    { "display", nullptr, Value::Plain },
    { "displaystyle", nullptr, Value::Plain },
    { "fence", nullptr, Value::Plain },
    { "form", nullptr, Value::Plain },
    { "frame", nullptr, Value::Plain },
    { "height", nullptr, Value::Plain },
    { "largeop", nullptr, Value::Plain },
    { "linethickness", nullptr, Value::Plain },
    { "lspace", nullptr, Value::Plain },
    { "mathbackground", nullptr, Value::Paint },
    { "mathcolor", nullptr, Value::Paint },
    { "mathsize", nullptr, Value::Plain },
    { "mathvariant", nullptr, Value::Plain },
    { "maxsize", nullptr, Value::Plain },
    { "minsize", nullptr, Value::Plain },
    { "movablelimits", nullptr, Value::Plain },
    { "notation", nullptr, Value::Plain },
    { "numalign", nullptr, Value::Plain },
    { "open", nullptr, Value::Plain },
    { "rowalign", nullptr, Value::Plain },
    { "rowlines", nullptr, Value::Plain },
    { "rowspan", nullptr, Value::Plain },
    { "rspace", nullptr, Value::Plain },
    { "scriptlevel", nullptr, Value::Plain },
    { "separator", nullptr, Value::Plain },
    { "separators", nullptr, Value::Plain },
    { "stretchy", nullptr, Value::Plain },
    { "symmetric", nullptr, Value::Plain },
    { "voffset", nullptr, Value::Plain },
    { "width", nullptr, Value::Plain },
};

template <typename T, size_t N> const T *find(const T (&table)[N], QStringView name)
{
    char lower[24];
    if (!lowerAsciiName(name, lower, sizeof lower))
        return nullptr;
    const T *end = table + N;
    const T *it = std::lower_bound(
        table, end, lower, [](const T &entry, const char *key) { return std::strcmp(entry.name, key) < 0; });
    return it != end && std::strcmp(it->name, lower) == 0 ? it : nullptr;
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// "#id": a reference to an element of the same fragment, nothing more.
bool isFragmentRef(QStringView v)
{
    if (v.size() < 2 || v.size() > 128 || v[0] != u'#')
        return false;
    for (const QChar c : v.sliced(1)) {
        const char16_t u = c.unicode();
        if (!isAsciiAlnum(u) && u != '-' && u != '_' && u != '.' && u != ':')
            return false;
    }
    return true;
}

/// A colour, length or keyword: no function but rgb()/hsl(), no escapes,
/// no url(), nothing that CSS could load or evaluate.
bool isInertCssValue(QStringView v)
{
    v = v.trimmed();
    if (v.isEmpty() || v.size() > 128)
        return false;
    qsizetype open = -1;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char16_t u = v[i].unicode();
        if (isAsciiAlnum(u) || u == ' ' || u == '#' || u == '.' || u == ',' || u == '%' || u == '-')
            continue;
        if (u == '(' && open < 0) {
            open = i;
            continue;
        }
        if (u == ')' && open >= 0 && i == v.size() - 1)
            continue;
        return false;
    }
    if (open < 0)
        return true;
    const QStringView function = v.first(open).trimmed();
    return function.compare(u"rgb", Qt::CaseInsensitive) == 0
        || function.compare(u"rgba", Qt::CaseInsensitive) == 0
        || function.compare(u"hsl", Qt::CaseInsensitive) == 0
        || function.compare(u"hsla", Qt::CaseInsensitive) == 0;
}

/// A paint value: an inert colour, or url(#id) (quotes allowed) to a gradient
/// or pattern of the same fragment.
bool isSafePaint(QStringView v)
{
    v = v.trimmed();
    if (v.startsWith(u"url(", Qt::CaseInsensitive) && v.endsWith(u')')) {
        QStringView inside = v.sliced(4, v.size() - 5).trimmed();
        if (inside.size() >= 2 && (inside.front() == u'"' || inside.front() == u'\'')
            && inside.back() == inside.front())
            inside = inside.sliced(1, inside.size() - 2);
        return isFragmentRef(inside);
    }
    return isInertCssValue(v);
}

/// The declarations of a style attribute that only set colours and sizes.
QString inertStyle(QStringView style)
{
    static constexpr const char *kProperties[] = { "color", "display", "fill", "fill-opacity", "font-family",
        "font-size", "font-style", "font-weight", "opacity", "stop-color", "stop-opacity", "stroke",
        "stroke-opacity", "stroke-width", "text-anchor", "visibility" };
    QString out;
    for (const QStringView declaration : style.split(u';')) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QStringView property = declaration.first(colon).trimmed();
        const QStringView value = declaration.sliced(colon + 1).trimmed();
        const bool known = std::any_of(std::begin(kProperties), std::end(kProperties),
            [&](const char *p) { return property.compare(QLatin1StringView(p), Qt::CaseInsensitive) == 0; });
        if (!known || !isSafePaint(value))
            continue;
        if (!out.isEmpty())
            out.append(QLatin1StringView("; "));
        out.append(property.toString().toLower());
        out.append(QLatin1StringView(": "));
        out.append(value);
    }
    return out;
}

/// The href an element may keep, or "" for none: web addresses on links and
/// images, references into the fragment where SVG points at its own parts.
QString safeHref(const TagInfo *tag, QStringView value, const QUrl &base)
{
    const char *name = tag->name;
    if (std::strcmp(name, "a") == 0)
        return safeUrl(value, base);
    if (std::strcmp(name, "image") == 0) {
        const QString url = safeUrl(value, base);
        return url.startsWith(u"mailto:", Qt::CaseInsensitive) ? QString() : url;
    }
    const bool refersWithin = std::strcmp(name, "use") == 0 || std::strcmp(name, "textpath") == 0
        || std::strcmp(name, "lineargradient") == 0 || std::strcmp(name, "radialgradient") == 0
        || std::strcmp(name, "pattern") == 0;
    return refersWithin && isFragmentRef(value.trimmed()) ? value.trimmed().toString() : QString();
}

void writeAttribute(TextBuffer &out, const char *name, QStringView value)
{
    out.append(u' ');
    out.append(QLatin1StringView(name));
    out.append(QLatin1StringView("=\""));
    appendHtmlEscaped(out, value, true);
    out.append(u'"');
}

} // namespace

const TagInfo *foreignTagInfo(QStringView name, TagGroup group)
{
    if (group == TagGroup::Svg)
        return find(kSvg, name);
    if (group == TagGroup::Math)
        return find(kMath, name);
    return nullptr;
}

void writeForeignAttributes(TextBuffer &out, const TagInfo *tag,
    const QVarLengthArray<HtmlTokenizer::Attribute, 8> &attributes, const QUrl &base)
{
    const bool svg = tag->group == TagGroup::Svg;
    bool hasHref = false;
    TextBuffer decoded;
    for (const HtmlTokenizer::Attribute &attr : attributes) {
        const AttrInfo *info = svg ? find(kSvgAttrs, attr.name) : find(kMathAttrs, attr.name);
        if (!info)
            continue;
        decoded.clear();
        appendDecoded(decoded, attr.value);
        const QStringView value = decoded.view();
        const char *name = info->keptAs ? info->keptAs : info->name;
        switch (info->value) {
        case Value::Plain:
            writeAttribute(out, name, value);
            break;
        case Value::Paint:
            if (isSafePaint(value))
                writeAttribute(out, name, value.trimmed());
            break;
        case Value::Href:
            if (!hasHref) {
                const QString href = safeHref(tag, value, base);
                if (!href.isEmpty()) {
                    writeAttribute(out, name, href);
                    hasHref = true;
                }
            }
            break;
        case Value::Style: {
            const QString style = inertStyle(value);
            if (!style.isEmpty())
                writeAttribute(out, name, style);
            break;
        }
        }
    }
}

} // namespace gilde::html
