#include "VideoEmbed.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace gilde
{

namespace
{

/// Video ids are short tokens; anything else in their place is not an id
/// (and must not be pasted into an address).
bool isToken(QStringView s, qsizetype maxSize = 64)
{
    if (s.isEmpty() || s.size() > maxSize)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
            || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

bool isDigits(QStringView s)
{
    if (s.isEmpty() || s.size() > 20)
        return false;
    for (const QChar c : s) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

std::optional<VideoLink> youTube(const QStringList &path, const QUrlQuery &query)
{
    const QString youTubeSite = QStringLiteral("YouTube");
    if (path.size() != 2 || (path[0] != u"embed" && path[0] != u"v"))
        return std::nullopt;
    if (path[1] == u"videoseries") {
        const QString list = query.queryItemValue(QStringLiteral("list"));
        if (!isToken(list))
            return std::nullopt;
        return VideoLink { QStringLiteral("https://www.youtube.com/playlist?list=") + list, youTubeSite };
    }
    if (!isToken(path[1]))
        return std::nullopt;
    QString url = QStringLiteral("https://www.youtube.com/watch?v=") + path[1];
    const QString start = query.queryItemValue(QStringLiteral("start"));
    if (isDigits(start) && start != u"0")
        url += QStringLiteral("&t=") + start + u's';
    return VideoLink { url, youTubeSite };
}

std::optional<VideoLink> vimeo(const QStringList &path, const QUrlQuery &query)
{
    if (path.size() != 2 || path[0] != u"video" || !isDigits(path[1]))
        return std::nullopt;
    QString url = QStringLiteral("https://vimeo.com/") + path[1];
    // An unlisted video's page needs its hash too.
    const QString hash = query.queryItemValue(QStringLiteral("h"));
    if (isToken(hash))
        url += u'/' + hash;
    return VideoLink { url, QStringLiteral("Vimeo") };
}

std::optional<VideoLink> peerTube(const QUrl &embed, const QStringList &path)
{
    if (path.size() != 3 || path[0] != u"videos" || path[1] != u"embed" || !isToken(path[2]))
        return std::nullopt;
    QUrl watch;
    watch.setScheme(embed.scheme());
    watch.setHost(embed.host());
    watch.setPort(embed.port());
    watch.setPath(QStringLiteral("/videos/watch/") + path[2]);
    return VideoLink { watch.toString(QUrl::FullyEncoded), embed.host() };
}

} // namespace

std::optional<VideoLink> videoLinkForEmbed(const QUrl &embedUrl)
{
    const QString scheme = embedUrl.scheme();
    if (!embedUrl.isValid() || (scheme != u"https" && scheme != u"http") || embedUrl.host().isEmpty())
        return std::nullopt;
    const QString host = embedUrl.host().toLower();
    const QStringList path = embedUrl.path().split(u'/', Qt::SkipEmptyParts);
    const QUrlQuery query(embedUrl);
    auto is = [&host](QLatin1StringView domain) {
        return host == domain || (host.endsWith(domain) && host.at(host.size() - domain.size() - 1) == u'.');
    };
    if (is(QLatin1StringView("youtube.com")) || is(QLatin1StringView("youtube-nocookie.com")))
        return youTube(path, query);
    if (host == u"player.vimeo.com")
        return vimeo(path, query);
    return peerTube(embedUrl, path);
}

QString videoLinkLabel(const QString &title, const VideoLink &video)
{
    const QString name = title.simplified();
    return QCoreApplication::translate("HtmlSanitizer", "Video: %1").arg(name.isEmpty() ? video.site : name);
}

} // namespace gilde
