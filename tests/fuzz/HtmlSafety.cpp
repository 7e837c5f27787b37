#include "HtmlSafety.h"

#include "FuzzSupport.h"
#include "text/HtmlEntities.h"

#include <QStringList>

namespace gilde::fuzz
{

namespace
{

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == ':'
        || u == '_';
}

bool oneOf(QStringView name, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *n : names) {
        if (name.compare(QStringView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isForbiddenElement(QStringView name)
{
    return oneOf(name,
        { u"script", u"style", u"iframe", u"frame", u"frameset", u"form", u"input", u"button", u"select",
            u"option", u"textarea", u"object", u"embed", u"applet", u"param", u"base", u"meta", u"link",
            u"template", u"noscript", u"xmp", u"plaintext", u"isindex", u"keygen", u"portal", u"fencedframe",
            u"foreignobject", u"animate", u"set", u"handler", u"listener" });
}

bool isUrlAttribute(QStringView name)
{
    return oneOf(name,
        { u"href", u"src", u"action", u"formaction", u"background", u"poster", u"cite", u"data", u"codebase",
            u"classid", u"archive", u"lowsrc", u"dynsrc", u"longdesc", u"usemap", u"xlink:href", u"ping",
            u"manifest", u"icon", u"profile", u"srcset", u"imagesrcset" });
}

bool isRasterImageData(QStringView url)
{
    QString clean;
    for (const QChar c : url) {
        if (c.unicode() > 0x20)
            clean.append(c.toLower());
    }
    for (const char16_t *type :
        { u"data:image/png", u"data:image/gif", u"data:image/jpeg", u"data:image/webp" }) {
        const QStringView t(type);
        if (clean.startsWith(t) && clean.size() > t.size()
            && (clean[t.size()] == u';' || clean[t.size()] == u','))
            return true;
    }
    return false;
}

QString checkAttribute(QStringView element, QStringView name, QStringView rawValue)
{
    const QString value = decodeHtmlEntities(rawValue);
    if (name.size() >= 2 && name.first(2).compare(u"on", Qt::CaseInsensitive) == 0)
        return QStringLiteral("event handler attribute %1").arg(name);
    if (name.compare(u"style", Qt::CaseInsensitive) == 0) {
        const QString lower = value.toLower();
        for (const char16_t *bad :
            { u"expression", u"javascript:", u"vbscript:", u"behavior", u"-moz-binding", u"url(" }) {
            if (lower.contains(QStringView(bad)))
                return QStringLiteral("style attribute with %1").arg(QStringView(bad));
        }
    }
    if (!isUrlAttribute(name))
        return {};
    // SVG's <use> draws what its address names, so an outside document would
    // be loaded: only a part of the same fragment ("#id") is safe.
    if (oneOf(element, { u"use" }) && !value.trimmed().startsWith(u'#'))
        return QStringLiteral("<use> referring outside the fragment: %1=\"%2\"").arg(name, value.left(200));
    QStringList urls;
    if (name.endsWith(u"srcset", Qt::CaseInsensitive)) {
        for (const QString &candidate : value.split(u','))
            urls << candidate.trimmed().section(u' ', 0, 0);
    } else {
        urls << value;
    }
    for (const QString &url : urls) {
        if (isSafeLinkUrl(url))
            continue;
        if (element.compare(u"img", Qt::CaseInsensitive) == 0
            && name.compare(u"src", Qt::CaseInsensitive) == 0 && isRasterImageData(url))
            continue;
        return QStringLiteral("unsafe address in %1=\"%2\"").arg(name, url.left(200));
    }
    return {};
}

} // namespace

QString unsafeMarkup(QStringView html)
{
    const qsizetype n = html.size();
    qsizetype i = 0;
    auto at = [&](qsizetype k) { return k < n ? html[k] : QChar(); };
    while (i < n) {
        const QChar c = html[i];
        if (c == u'>')
            return QStringLiteral("a bare '>' in text at %1").arg(i);
        if (c != u'<') {
            ++i;
            continue;
        }
        const qsizetype tagStart = i;
        ++i;
        const bool endTag = at(i) == u'/';
        if (endTag)
            ++i;
        const qsizetype nameStart = i;
        while (i < n && isNameChar(html[i]))
            ++i;
        const QStringView name = html.sliced(nameStart, i - nameStart);
        if (name.isEmpty() || !name[0].isLetter())
            return QStringLiteral("'<' that opens no tag at %1").arg(tagStart);
        if (isForbiddenElement(name))
            return QStringLiteral("forbidden element <%1>").arg(name);
        for (;;) {
            if (at(i) == u'>') {
                ++i;
                break;
            }
            if (!endTag && at(i) == u'/' && at(i + 1) == u'>') {
                i += 2;
                break;
            }
            if (endTag || at(i) != u' ')
                return QStringLiteral("malformed tag <%1> at %2").arg(name).arg(tagStart);
            ++i;
            const qsizetype attrStart = i;
            while (i < n && isNameChar(html[i]))
                ++i;
            const QStringView attr = html.sliced(attrStart, i - attrStart);
            if (attr.isEmpty() || at(i) != u'=' || at(i + 1) != u'"')
                return QStringLiteral("malformed attribute in <%1> at %2").arg(name).arg(attrStart);
            i += 2;
            const qsizetype valueStart = i;
            while (i < n && html[i] != u'"') {
                if (html[i] == u'<' || html[i] == u'>')
                    return QStringLiteral("unescaped '<' or '>' in an attribute of <%1>").arg(name);
                ++i;
            }
            if (i == n)
                return QStringLiteral("unterminated attribute in <%1>").arg(name);
            const QString problem = checkAttribute(name, attr, html.sliced(valueStart, i - valueStart));
            if (!problem.isEmpty())
                return problem;
            ++i;
        }
    }
    return {};
}

void requireSafeMarkup(QStringView html, QStringView input)
{
    const QString problem = unsafeMarkup(html);
    if (!problem.isEmpty())
        finding("unsafe sanitized HTML",
            QStringLiteral("%1\n-- output:\n%2\n-- input:\n%3")
                .arg(problem, html.left(2000), input.left(2000)));
}

} // namespace gilde::fuzz
