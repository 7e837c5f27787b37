// The structural repairs declared in XmlInput.h: missing namespace
// declarations and unbalanced tags. They run only when a first parse fails.
#include "FeedParserText.h"
#include "XmlInput.h"
#include "XmlScan.h"

#include <QSet>

#include <algorithm>

namespace gilde
{

namespace
{

using namespace xmlscan;

/// The known URIs of prefixes feeds use without declaring them.
QByteArray knownNamespace(const QByteArray &prefix)
{
    static const struct {
        const char *prefix;
        const char *uri;
    } known[] = {
        { "admin", "http://webns.net/mvcb/" },
        { "atom", "http://www.w3.org/2005/Atom" },
        { "content", "http://purl.org/rss/1.0/modules/content/" },
        { "dc", "http://purl.org/dc/elements/1.1/" },
        { "dcterms", "http://purl.org/dc/terms/" },
        { "feedburner", "http://rssnamespace.org/feedburner/ext/1.0" },
        { "georss", "http://www.georss.org/georss" },
        { "itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd" },
        { "media", "http://search.yahoo.com/mrss/" },
        { "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#" },
        { "slash", "http://purl.org/rss/1.0/modules/slash/" },
        { "sy", "http://purl.org/rss/1.0/modules/syndication/" },
        { "thr", "http://purl.org/syndication/thread/1.0" },
        { "wfw", "http://wellformedweb.org/CommentAPI/" },
        { "xhtml", "http://www.w3.org/1999/xhtml" },
    };
    for (const auto &k : known) {
        if (prefix == k.prefix)
            return k.uri;
    }
    return "urn:x-undeclared-prefix:" + prefix;
}

} // namespace

QByteArray declareMissingPrefixes(const QByteArray &utf8, QStringList &warnings)
{
    const char *d = utf8.constData();
    const qsizetype n = utf8.size();
    QSet<QByteArray> used;
    QSet<QByteArray> declared;
    qsizetype rootNameEnd = -1;
    qsizetype i = 0;
    while (i < n) {
        const void *lt = std::memchr(d + i, '<', size_t(n - i));
        if (!lt)
            break;
        i = static_cast<const char *>(lt) - d;
        if (startsWith(d, n, i, "<!--")) {
            const qsizetype end = find(d, n, i + 4, "-->");
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (startsWith(d, n, i, "<![CDATA[")) {
            const qsizetype end = find(d, n, i + 9, "]]>");
            i = end < 0 ? n : end + 3;
            continue;
        }
        ++i;
        if (i < n && d[i] == '/')
            ++i;
        if (i >= n || !isNameStart(d[i]))
            continue;
        const qsizetype nameStart = i;
        while (i < n && isNameChar(d[i]))
            ++i;
        if (rootNameEnd < 0 && d[nameStart - 1] == '<')
            rootNameEnd = i;
        const QByteArray name(d + nameStart, i - nameStart);
        const qsizetype colon = name.indexOf(':');
        if (colon > 0)
            used.insert(name.first(colon));
        // Attributes of a start tag: prefixes and declarations.
        while (i < n && d[i] != '>' && d[i] != '<') {
            if (d[i] == '"' || d[i] == '\'') {
                const void *close = std::memchr(d + i + 1, d[i], size_t(n - i - 1));
                i = close ? static_cast<const char *>(close) - d + 1 : n;
                continue;
            }
            if (isNameStart(d[i])) {
                const qsizetype attrStart = i;
                while (i < n && isNameChar(d[i]))
                    ++i;
                const QByteArray attr(d + attrStart, i - attrStart);
                if (attr.startsWith("xmlns:"))
                    declared.insert(attr.sliced(6));
                else if (const qsizetype c = attr.indexOf(':'); c > 0)
                    used.insert(attr.first(c));
                continue;
            }
            ++i;
        }
    }
    used.remove("xml");
    used.remove("xmlns");
    QList<QByteArray> missing;
    for (const QByteArray &prefix : std::as_const(used)) {
        if (!declared.contains(prefix))
            missing.append(prefix);
    }
    if (missing.isEmpty() || rootNameEnd < 0)
        return utf8;
    std::sort(missing.begin(), missing.end());
    QByteArray declarations;
    QStringList names;
    for (const QByteArray &prefix : std::as_const(missing)) {
        declarations += " xmlns:" + prefix + "=\"" + knownNamespace(prefix) + '"';
        names.append(QString::fromUtf8(prefix));
    }
    warnings.append(FeedParserText::tr("Namespace prefixes used without a declaration, declared: %1.")
                        .arg(names.join(u", ")));
    QByteArray out = utf8;
    out.insert(rootNameEnd, declarations);
    return out;
}

QByteArray balanceTags(const QByteArray &utf8, QStringList &warnings)
{
    const char *d = utf8.constData();
    const qsizetype n = utf8.size();
    QList<QByteArray> open;
    QByteArray out;
    out.reserve(n + 64);
    qsizetype done = 0;
    int fixes = 0;
    bool rootClosed = false;
    bool cut = false;
    auto closeTag = [&](const QByteArray &name) {
        out.append("</");
        out.append(name);
        out.append('>');
    };
    qsizetype i = 0;
    while (i < n) {
        const void *lt = std::memchr(d + i, '<', size_t(n - i));
        if (!lt)
            break;
        i = static_cast<const char *>(lt) - d;
        const char *terminator = startsWith(d, n, i, "<!--") ? "-->"
            : startsWith(d, n, i, "<![CDATA[")               ? "]]>"
            : startsWith(d, n, i, "<?")                      ? "?>"
            : startsWith(d, n, i, "<!")                      ? ">"
                                                             : nullptr;
        if (terminator) {
            const qsizetype end = find(d, n, i + 2, terminator);
            if (end < 0) {
                cut = true;
                break;
            }
            i = end + qsizetype(std::strlen(terminator));
            continue;
        }
        const bool isEnd = i + 1 < n && d[i + 1] == '/';
        const qsizetype nameStart = i + (isEnd ? 2 : 1);
        if (nameStart >= n || !isNameStart(d[nameStart])) {
            if (nameStart >= n) {
                cut = true;
                break;
            }
            out.append(d + done, i - done);
            out.append("&lt;");
            done = i + 1;
            ++fixes;
            ++i;
            continue;
        }
        qsizetype j = nameStart;
        while (j < n && isNameChar(d[j]))
            ++j;
        const QByteArray name(d + nameStart, j - nameStart);
        // Find the end of the tag, stepping over quoted attribute values.
        char quote = 0;
        while (j < n && (quote || d[j] != '>')) {
            if (quote) {
                if (d[j] == quote)
                    quote = 0;
            } else if (d[j] == '"' || d[j] == '\'') {
                quote = d[j];
            }
            ++j;
        }
        if (j >= n) {
            cut = true;
            break;
        }
        const qsizetype tagEnd = j + 1;
        if (!isEnd) {
            if (rootClosed) {
                // A second root: the document proper has ended.
                cut = true;
                break;
            }
            if (d[j - 1] != '/')
                open.append(name);
            i = tagEnd;
            continue;
        }
        if (!open.isEmpty() && open.last() == name) {
            open.removeLast();
        } else {
            ++fixes;
            out.append(d + done, i - done);
            // Look a bounded way up: a deep document full of stray end tags
            // must not turn this pass quadratic.
            qsizetype match = open.size() - 1;
            const qsizetype floor = std::max<qsizetype>(0, open.size() - 64);
            while (match >= floor && open[match] != name)
                --match;
            if (match < floor)
                match = -1;
            if (open.isEmpty()) {
                // Nothing is open: the end tag closes nothing, drop it.
            } else if (match >= 0) {
                while (open.size() - 1 > match) {
                    closeTag(open.last());
                    open.removeLast();
                }
                closeTag(name);
                open.removeLast();
            } else {
                closeTag(open.last());
                open.removeLast();
            }
            done = tagEnd;
        }
        if (open.isEmpty())
            rootClosed = true;
        i = tagEnd;
    }
    if (cut) {
        out.append(d + done, i - done);
        done = n;
    }
    if (fixes == 0 && open.isEmpty() && !cut)
        return utf8;
    out.append(d + done, n - done);
    if (!open.isEmpty() || fixes > 0) {
        fixes += int(open.size());
        while (!open.isEmpty()) {
            closeTag(open.last());
            open.removeLast();
        }
        warnings.append(
            FeedParserText::tr("Mismatched, unclosed or stray tags repaired: %n.", nullptr, fixes));
    }
    return out;
}

} // namespace gilde
