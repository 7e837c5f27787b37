#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace gilde
{

/// The watch page behind a video player embedded in a page: YouTube (also
/// youtube-nocookie.com and the old /v/ player), Vimeo's player and
/// PeerTube's /videos/embed/. The sanitizer drops the <iframe> or <embed>
/// and links to this page instead, so the video does not vanish. Pure.
struct VideoLink {
    QString url; ///< the page to watch it on, e.g. https://www.youtube.com/watch?v=ID
    QString site; ///< "YouTube", "Vimeo", or a PeerTube instance's host
};

/// The watch page of an absolute embed address; nothing for anything else.
std::optional<VideoLink> videoLinkForEmbed(const QUrl &embedUrl);

/// The text of the link that stands in for a video: "Video: <title or site>", translated.
QString videoLinkLabel(const QString &title, const VideoLink &video);

} // namespace gilde
