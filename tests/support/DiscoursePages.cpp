// The fake forum's HTML pages, its RSS feed and its users' avatars: what a
// program that is only given a forum's address finds there. The HTML carries the head a real
// Discourse page has (generator, theme, setup data with the subfolder, the
// feed link) and the topic list crawlers get in <noscript>.
#include "DiscourseServer.h"

#include "DiscourseServerSupport.h"

#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>

namespace gilde::test
{

namespace
{

QString topicPath(int id)
{
    return QStringLiteral("/t/topic-%1/%1").arg(id);
}

QByteArray xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

// Each user's avatar: a 32×32 PNG, a head and shoulders on a colour of their own.
const QHash<QString, QByteArray> &avatarPngs()
{
    static const QHash<QString, QByteArray> pngs {
        { QStringLiteral("alice"), "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAZElEQVR42mN4Em5KU8QwasGoBRjo/8Z+mlgANBcTUc0CrKYTaQcDJaYTY8ewt4Cg6QTtGI0DKlhA83xAj5xMj7JoaBbXROYy/PHBQBXT8djBQC3TcdnBQEXTsdoxasGoBUPAAgBiL8zPeQFl5wAAAABJRU5ErkJggg==" },
        { QStringLiteral("bob"), "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAYklEQVR42u3UywkAIAxEwW3GOu3HsmxEvfsLuBGUhZzfHEKCkLLrQICAbmIpLkDr9kMDhnWjgZO6xfge2Na3hnZAANzv4MYl3/hFb75r45Wt9wFKfWGAVZ8ZINaHhgABDwAVDTzM+py3qlQAAAAASUVORK5CYII=" },
        { QStringLiteral("carol"), "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAZElEQVR42mOw2upFU8QwasGoBRhoyv8lNLEAaC4mopoFWE0n0g4GSkwnxo5hbwFB0wnaMRoHVLCA5vmAHjmZHmXR0Cyuicxl+OODgSqm47GDgVqm47KDgYqmY7Vj1IJRC4aABQDRaS3DKqHSmAAAAABJRU5ErkJggg==" },
        { QStringLiteral("dmitri"), "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAZElEQVR42mOYpN5PU8QwasGoBRjoTeNLmlgANBcTUc0CrKYTaQcDJaYTY8ewt4Cg6QTtGI0DKlhA83xAj5xMj7JoaBbXROYy/PHBQBXT8djBQC3TcdnBQEXTsdoxasGoBUPAAgBSDX6D8oF25wAAAABJRU5ErkJggg==" },
        { QStringLiteral("erin"), "iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAZElEQVR42mP4PkWWpohh1IJRCzDQ/3flNLEAaC4mopoFWE0n0g4GSkwnxo5hbwFB0wnaMRoHVLCA5vmAHjmZHmXR0Cyuicxl+OODgSqm47GDgVqm47KDgYqmY7Vj1IJRC4aABQAEDJQ6pfRuvgAAAABJRU5ErkJggg==" },
    };
    return pngs;
}

} // namespace

TestResponse DiscourseServer::avatar(const QString &path) const
{
    // /user_avatar/HOST/NAME/SIZE/1_2.png, as the avatar templates say.
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const QByteArray png = parts.size() == 5 ? avatarPngs().value(parts.at(2)) : QByteArray();
    if (png.isEmpty())
        return discourse::notFound();
    return TestResponse::ok(QByteArray::fromBase64(png), "image/png");
}

TestResponse DiscourseServer::page(const QString &path)
{
    static const QRegularExpression categoryPage(QStringLiteral("^/c/(?:.+/)?(\\d+)(?:/l/[a-z]+)?/?$"));
    static const QRegularExpression topicPage(QStringLiteral("^/t/[^/]+/(\\d+)"));
    const QString base = this->base().toString();
    QString title = forumName();
    QList<std::pair<Topic, Times>> topics;
    {
        QMutexLocker lock(&m_mutex);
        std::function<bool(const Topic &)> filter = [](const Topic &) { return true; };
        if (const auto m = categoryPage.match(path); m.hasMatch()) {
            const int id = m.captured(1).toInt();
            if (const Category *c = categoryLocked(id))
                title = QStringLiteral("Latest %1 topics - %2").arg(c->name, forumName());
            filter = [this, id](const Topic &t) {
                const Category *c = categoryLocked(t.categoryId);
                return t.categoryId == id || (c && c->parentId == id);
            };
        } else if (const auto t = topicPage.match(path); t.hasMatch()) {
            const int id = t.captured(1).toInt();
            if (m_topics.contains(id))
                title = QStringLiteral("Topic %1 - %2").arg(id).arg(forumName());
            filter = [id](const Topic &topic) { return topic.id == id; };
        }
        topics = orderedLocked(filter);
    }

    QByteArray html = "<!DOCTYPE html>\n<html lang=\"en\" class=\"desktop-view not-mobile-device text-size-normal anon\">\n<head>\n"
                      "  <meta charset=\"utf-8\">\n"
                      "  <title>" + xmlEscaped(title) + "</title>\n"
                      "  <meta name=\"description\" content=\"A forum for testing Gilde\">\n"
                      "  <meta name=\"generator\" content=\"Discourse 3.3.2 - https://github.com/discourse/discourse version "
                      "c3c9fc9a8b1b1c6e8a2f5f2d7e3c1b0a9d8e7f60\">\n"
                      "  <link rel=\"icon\" type=\"image/png\" href=\"" + base.toUtf8() + "/uploads/default/optimized/1X/favicon_32x32.png\">\n"
                      "  <meta name=\"theme-color\" media=\"all\" content=\"#ffffff\">\n"
                      "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover\">\n"
                      "  <link rel=\"canonical\" href=\"" + base.toUtf8() + xmlEscaped(path == u"/" ? QString() : path) + "\" />\n"
                      "  <link rel=\"search\" type=\"application/opensearchdescription+xml\" href=\"" + base.toUtf8() + "/opensearch.xml\" title=\"" + xmlEscaped(forumName()) + " Search\">\n"
                      "  <meta name=\"discourse_theme_id\" content=\"2\">\n"
                      "  <meta name=\"discourse_current_homepage\" content=\"latest\">\n"
                      "  <meta id=\"data-discourse-setup\" data-cdn=\"\" data-base-url=\"" + base.toUtf8() + "\" data-base-uri=\"" + m_subfolder.toUtf8()
        + "\" data-environment=\"production\" data-disable-custom-css=\"false\">\n"
          "  <link rel=\"alternate nofollow\" type=\"application/rss+xml\" title=\"Latest topics\" href=\"" + base.toUtf8() + "/latest.rss\" />\n"
          "  <meta property=\"og:site_name\" content=\"" + xmlEscaped(forumName()) + "\" />\n"
          "  <meta property=\"og:type\" content=\"website\" />\n"
          "</head>\n<body class=\"crawler\">\n"
          "  <noscript data-path=\"" + xmlEscaped(path) + "\">\n"
          "    <header><a href=\"" + base.toUtf8() + "/\">" + xmlEscaped(forumName()) + "</a></header>\n"
          "    <div id=\"main-outlet\" class=\"wrap\" role=\"main\">\n"
          "      <div class=\"topic-list-container\" itemscope itemtype=\"http://schema.org/ItemList\">\n"
          "        <table class=\"topic-list\">\n          <tbody>\n";
    int position = 0;
    for (const auto &[topic, times] : std::as_const(topics)) {
        if (position == perPage)
            break;
        html += "            <tr class=\"topic-list-item\"><td class=\"main-link\"><meta itemprop=\"position\" content=\""
            + QByteArray::number(++position) + "\"><span class=\"link-top-line\"><a itemprop=\"url\" href=\"" + base.toUtf8()
            + topicPath(topic.id).toUtf8() + "\" class=\"title raw-link raw-topic-link\">Topic " + QByteArray::number(topic.id)
            + "</a></span></td><td class=\"replies\"><span class=\"posts\" title=\"posts\">" + QByteArray::number(topic.postsCount - 1)
            + "</span></td><td class=\"views\"><span class=\"views\" title=\"views\">" + QByteArray::number(topic.views)
            + "</span></td><td>" + discourse::isoTime(times.bumpedAtMs).left(10).toUtf8() + "</td></tr>\n";
    }
    html += "          </tbody>\n        </table>\n      </div>\n    </div>\n"
            "    <footer class=\"container wrap\"><nav class=\"crawler-nav\"><ul>"
            "<li><a href=\"" + base.toUtf8() + "/\">Home</a></li>"
            "<li><a href=\"" + base.toUtf8() + "/categories\">Categories</a></li>"
            "</ul></nav></footer>\n"
            "  </noscript>\n</body>\n</html>\n";
    TestResponse r = TestResponse::ok(html, "text/html; charset=utf-8");
    r.conditional = false;
    return r;
}

TestResponse DiscourseServer::rss()
{
    // As Discourse's latest feed: the newest topics by when they were created.
    const QString base = this->base().toString();
    QList<std::pair<Topic, Times>> topics;
    QHash<int, QString> categoryNames;
    {
        QMutexLocker lock(&m_mutex);
        topics = orderedLocked([](const Topic &) { return true; });
        for (const Category &c : std::as_const(m_categories))
            categoryNames.insert(c.id, c.name);
    }
    std::sort(topics.begin(), topics.end(), [](const auto &a, const auto &b) {
        return a.second.createdAtMs != b.second.createdAtMs ? a.second.createdAtMs > b.second.createdAtMs : a.first.id > b.first.id;
    });
    topics = topics.mid(0, perPage);

    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                     "<rss version=\"2.0\" xmlns:discourse=\"http://www.discourse.org/\" xmlns:atom=\"http://www.w3.org/2005/Atom\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n  <channel>\n"
                     "    <title>" + xmlEscaped(forumName()) + " - Latest topics</title>\n"
                     "    <link>" + base.toUtf8() + "/latest</link>\n"
                     "    <description>Latest topics</description>\n";
    if (!topics.isEmpty())
        xml += "    <lastBuildDate>" + discourse::rssTime(topics.first().second.createdAtMs).toUtf8() + "</lastBuildDate>\n";
    xml += "    <atom:link href=\"" + base.toUtf8() + "/latest.rss\" rel=\"self\" type=\"application/rss+xml\" />\n";
    for (const auto &[topic, times] : std::as_const(topics)) {
        const QByteArray link = base.toUtf8() + topicPath(topic.id).toUtf8();
        const QByteArray title = "Topic " + QByteArray::number(topic.id);
        xml += "    <item>\n"
               "      <title>" + title + "</title>\n"
               "      <dc:creator><![CDATA[@" + discourse::user(topic.opUserId).username.toUtf8() + "]]></dc:creator>\n"
               "      <category>" + xmlEscaped(categoryNames.value(topic.categoryId)) + "</category>\n"
               "      <description><![CDATA[<p>The first post of " + title + ", which says what it is about.</p>]]></description>\n"
               "      <link>" + link + "</link>\n"
               "      <pubDate>" + discourse::rssTime(times.createdAtMs).toUtf8() + "</pubDate>\n"
               "      <discourse:replies>" + QByteArray::number(topic.postsCount - 1) + "</discourse:replies>\n"
               "      <discourse:topicPinned>" + (topic.pinned ? "Yes" : "No") + "</discourse:topicPinned>\n"
               "      <discourse:topicClosed>No</discourse:topicClosed>\n"
               "      <discourse:topicArchived>No</discourse:topicArchived>\n"
               "      <guid isPermaLink=\"false\">127.0.0.1-topic-" + QByteArray::number(topic.id) + "</guid>\n"
               "      <source url=\"" + link + ".rss\">" + title + "</source>\n"
               "    </item>\n";
    }
    xml += "  </channel>\n</rss>\n";
    TestResponse r = TestResponse::ok(xml, "application/rss+xml; charset=utf-8");
    r.conditional = false;
    return r;
}

} // namespace gilde::test
