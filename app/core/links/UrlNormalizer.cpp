#include "UrlNormalizer.h"

#include <QStringList>

#include <algorithm>

namespace gilde
{

namespace
{

// Parameters set by ad and mail platforms and share buttons: they say how a
// visitor arrived, never which page it is.
constexpr const char *TrackingNames[] = { "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid",
    "mc_cid", "mc_eid", "igshid", "igsh", "yclid", "ysclid", "twclid", "ttclid", "li_fat_id", "epik",
    "srsltid", "_ga", "_gl", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking", "ref_src",
    "ref_url", "mkt_tok", "oly_anon_id", "oly_enc_id", "_openstat", "vero_id", "vero_conv", "wickedid",
    "rb_clickid", "s_kwcid", "ef_id", "pk_campaign", "pk_kwd", "pk_source", "pk_medium", "pk_content",
    "piwik_campaign", "piwik_kwd", "cmpid", "__s" };

// Families of parameters recognised by their prefix.
constexpr const char *TrackingPrefixes[] = { "utm_", "mtm_", "matomo_", "hmb_" };

// RFC 3986 section 5.2.4, on the encoded path ("%2E" is already "." after
// QUrl's own normalization).
QString withoutDotSegments(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    QStringList out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &s = segments.at(i);
        const bool last = i == segments.size() - 1;
        if (s == u".") {
            if (last)
                out << QString();
        } else if (s == u"..") {
            if (out.size() > 1)
                out.removeLast();
            if (last)
                out << QString();
        } else {
            out << s;
        }
    }
    return out.join(QLatin1Char('/'));
}

// Schemes that run or reach local things: never a link in the library.
bool isRefusedScheme(const QString &scheme)
{
    return scheme == u"javascript" || scheme == u"vbscript" || scheme == u"data" || scheme == u"file"
        || scheme == u"about" || scheme == u"blob";
}

bool isHttp(const QString &scheme)
{
    return scheme == u"http" || scheme == u"https";
}

QString decodedName(QStringView encoded)
{
    return QUrl::fromPercentEncoding(encoded.toString().replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8());
}

QString withoutTracking(const QString &encodedQuery)
{
    QStringList kept;
    const QList<QStringView> pairs = QStringView(encodedQuery).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (QStringView pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QStringView name = eq < 0 ? pair : pair.left(eq);
        if (!isTrackingParameter(decodedName(name)))
            kept << pair.toString();
    }
    return kept.join(QLatin1Char('&'));
}

} // namespace

bool isTrackingParameter(QStringView name)
{
    const QString lower = name.toString().toLower();
    for (const char *prefix : TrackingPrefixes) {
        if (lower.startsWith(QLatin1String(prefix)))
            return true;
    }
    return std::any_of(std::begin(TrackingNames), std::end(TrackingNames),
        [&](const char *n) { return lower == QLatin1String(n); });
}

QUrl normalizeUrl(const QUrl &input)
{
    if (!input.isValid() || input.isEmpty())
        return {};
    // Re-parsing the written-out form settles percent-encoding and IDN.
    QUrl url(input.toString(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    url.setScheme(url.scheme().toLower());
    if (url.scheme().isEmpty() || isRefusedScheme(url.scheme()))
        return {};
    QString host = url.host(QUrl::FullyEncoded).toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    url.setHost(host, QUrl::TolerantMode);
    if (!isHttp(url.scheme()))
        return url;
    if (url.host().isEmpty())
        return {};

    if ((url.scheme() == u"http" && url.port() == 80) || (url.scheme() == u"https" && url.port() == 443))
        url.setPort(-1);

    QString path = withoutDotSegments(url.path(QUrl::FullyEncoded));
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/");
    url.setPath(path, QUrl::TolerantMode);

    if (url.hasQuery()) {
        const QString query = withoutTracking(url.query(QUrl::FullyEncoded));
        if (query.isEmpty())
            url.setQuery(QString());
        else
            url.setQuery(query, QUrl::TolerantMode);
    }

    if (url.hasFragment()) {
        const QString fragment = url.fragment(QUrl::FullyEncoded);
        if (!fragment.startsWith(QLatin1Char('/')) && !fragment.startsWith(QLatin1Char('!')))
            url.setFragment(QString());
    }
    return QUrl(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
}

QUrl normalizeUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Without "://", "example.org/x" would parse as a relative path and
    // "example.org:8080" as a scheme: only mailto: goes without one.
    const bool hasScheme = trimmed.contains(QLatin1String("://"))
        || trimmed.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
    return normalizeUrl(QUrl(hasScheme ? trimmed : QStringLiteral("https://") + trimmed, QUrl::TolerantMode));
}

QString normalizedUrlText(const QUrl &url)
{
    const QUrl n = normalizeUrl(url);
    return n.isValid() && !n.isEmpty() ? n.toString(QUrl::FullyEncoded) : QString();
}

} // namespace gilde
