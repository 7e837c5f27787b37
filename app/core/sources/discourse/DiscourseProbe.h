#pragma once

#include "sources/feeds/FeedDiscovery.h"

#include <QUrl>

#include <functional>
#include <optional>

namespace gilde
{

class HttpClient;

/// Recognising a Discourse forum and what it offers to follow.
namespace discourse
{

/// The forum a page belongs to when the page is one of Discourse's (its
/// generator, its setup meta), with the subfolder the forum lives in.
/// Pure; nothing when the page is no Discourse page.
struct ForumPage {
    QUrl base; ///< https://host[:port][/subfolder], no trailing slash
    QString name; ///< the forum's name, from the page's title
};
std::optional<ForumPage> forumOfPage(const QByteArray &html, const QUrl &pageUrl);

/// The MIME-like type a DiscoveredFeed of a forum list carries.
QString listType();

struct ProbeResult {
    QList<DiscoveredFeed> lists; ///< latest first, then categories (parents before their subcategories)
    QString error; ///< translated
};
/// Asks the forum for its categories (/site.json) and offers its latest
/// topics and every category to follow; the list `page` points at (a
/// category's or tag's page) comes first and is `suggested`. Public forums
/// need no account; a forum that lets only members read says so.
void probe(HttpClient &http, const ForumPage &forum, const QUrl &page, std::function<void(const ProbeResult &)> done);

} // namespace discourse
} // namespace gilde
