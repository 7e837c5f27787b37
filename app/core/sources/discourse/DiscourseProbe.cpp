#include "DiscourseProbe.h"

#include "DiscourseHttp.h"
#include "DiscourseJson.h"
#include "DiscourseStream.h"
#include "net/HttpClient.h"
#include "text/HtmlSanitizer.h"
#include "text/HtmlTagScanner.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace gilde::discourse
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiscourseProbe)
};

/// Where the forum's own pages start in a page's path when the page does not
/// say (pages older than data-base-uri): before the first segment that is
/// one of Discourse's routes.
QString basePathOf(const QString &path)
{
    static const QRegularExpression route(QStringLiteral(
        "/(?:t|c|tag|tags|u|g|latest|top|new|unread|categories|search|about|faq|guidelines|badges|"
        "session|login|signup|my|posts|review|admin)(?:/|\\.json|$)"));
    const auto m = route.match(path);
    if (m.hasMatch())
        return path.left(m.capturedStart());
    return {};
}

QString titleOf(const QString &page)
{
    static const QRegularExpression title(
        QStringLiteral("<title[^>]*>([^<]*)</title>"), QRegularExpression::CaseInsensitiveOption);
    QString t = htmlToPlainText(title.match(page).captured(1)).simplified();
    // Topic and category pages are titled "Topic - Forum": the forum's name is last.
    const qsizetype dash = t.lastIndexOf(QStringLiteral(" - "));
    if (dash >= 0)
        t = t.mid(dash + 3).trimmed();
    return t;
}

DiscoveredFeed listFeed(const DiscourseStream &stream, const QString &title)
{
    DiscoveredFeed feed;
    feed.url = stream.apiUrl();
    feed.title = title;
    feed.type = listType();
    feed.sourceKind = QStringLiteral("discourse");
    return feed;
}

/// Categories in the forum's order, each parent followed by its subcategories.
QList<DiscourseCategory> ordered(QList<DiscourseCategory> categories)
{
    std::stable_sort(categories.begin(), categories.end(),
        [](const DiscourseCategory &a, const DiscourseCategory &b) { return a.position < b.position; });
    QHash<qint64, const DiscourseCategory *> byId;
    for (const DiscourseCategory &c : categories)
        byId.insert(c.id, &c);
    QList<DiscourseCategory> out;
    for (const DiscourseCategory &c : categories) {
        if (c.parentId != 0 && byId.contains(c.parentId))
            continue;
        out << c;
        for (const DiscourseCategory &sub : categories) {
            if (sub.parentId == c.id)
                out << sub;
        }
    }
    return out;
}

ProbeResult listsOf(const ForumPage &forum, const QUrl &page, const QList<DiscourseCategory> &categories)
{
    ProbeResult r;
    const QString name = forum.name.isEmpty() ? forum.base.host() : forum.name;
    DiscourseStream latest;
    latest.base = forum.base;
    r.lists << listFeed(latest, Text::tr("Latest · %1").arg(name));

    const DiscourseStream pointed = DiscourseStream::fromPageUrl(forum.base, page);
    QHash<qint64, DiscourseCategory> byId;
    for (const DiscourseCategory &c : categories)
        byId.insert(c.id, c);
    for (const DiscourseCategory &c : ordered(categories)) {
        DiscourseStream s;
        s.base = forum.base;
        s.kind = DiscourseStream::Kind::Category;
        s.categoryId = c.id;
        const auto parent = byId.constFind(c.parentId);
        const bool isSub = parent != byId.constEnd();
        s.categoryPath = isSub ? parent->slug + u'/' + c.slug : c.slug;
        DiscoveredFeed feed = listFeed(s, isSub ? parent->name + QStringLiteral(" › ") + c.name : c.name);
        feed.color = c.color;
        feed.depth = isSub ? 1 : 0;
        feed.description = htmlToPlainText(c.description).simplified();
        feed.suggested = pointed.kind == DiscourseStream::Kind::Category && pointed.categoryId == c.id;
        r.lists << feed;
    }
    if (pointed.kind == DiscourseStream::Kind::Tag && !pointed.tag.isEmpty()) {
        DiscoveredFeed tag = listFeed(pointed, Text::tr("#%1 · %2").arg(pointed.tag, name));
        tag.suggested = true;
        r.lists.insert(1, tag);
    }
    // What the address pointed at goes first; the forum's latest when it was no list.
    const auto suggested
        = std::find_if(r.lists.begin(), r.lists.end(), [](const DiscoveredFeed &f) { return f.suggested; });
    if (suggested == r.lists.end()) {
        r.lists.first().suggested = true;
    } else {
        const DiscoveredFeed first = *suggested;
        r.lists.erase(suggested);
        r.lists.prepend(first);
    }
    return r;
}

} // namespace

std::optional<ForumPage> forumOfPage(const QByteArray &html, const QUrl &pageUrl)
{
    // The head is enough, and a long topic page need not be scanned whole.
    const QString text = decodeHtmlPage(html.left(256 * 1024));
    HtmlTagScanner scanner(text);
    bool discourse = false;
    bool baseSaid = false;
    QString basePath;
    while (scanner.next()) {
        const QString tag = scanner.name();
        if (tag == u"body")
            break;
        if (tag != u"meta")
            continue;
        const QString name = scanner.attribute(QStringLiteral("name"));
        if (name == u"generator" && scanner.attribute(QStringLiteral("content")).startsWith(u"Discourse"))
            discourse = true;
        else if (name.startsWith(u"discourse_"))
            discourse = true;
        if (scanner.attribute(QStringLiteral("id")) == u"data-discourse-setup") {
            discourse = true;
            if (scanner.hasAttribute(QStringLiteral("data-base-uri"))) {
                baseSaid = true;
                basePath = scanner.attribute(QStringLiteral("data-base-uri"));
            }
        }
    }
    if (!discourse)
        return std::nullopt;
    if (!baseSaid)
        basePath = basePathOf(pageUrl.path());
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    if (!basePath.isEmpty() && !basePath.startsWith(u'/'))
        basePath.prepend(u'/');
    ForumPage forum;
    forum.base = pageUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    forum.base.setPath(basePath);
    forum.name = titleOf(text);
    return forum;
}

QString listType()
{
    return QStringLiteral("application/vnd.discourse.topic-list+json");
}

void probe(HttpClient &http, const ForumPage &forum, const QUrl &page, std::function<void(const ProbeResult &)> done)
{
    QUrl site = forum.base;
    site.setPath(forum.base.path() + QStringLiteral("/site.json"));
    http.get(jsonRequest(site), [forum, page, done = std::move(done)](const HttpResult &result) {
        if (result.outcome == HttpResult::Outcome::Ok) {
            QString error;
            const QList<DiscourseCategory> categories = discourse::categories(result.body, &error);
            if (!error.isEmpty()) {
                ProbeResult r;
                r.error = Text::tr("%1 looks like a Discourse forum but does not answer as one: %2")
                              .arg(forum.base.host(), error);
                done(r);
                return;
            }
            done(listsOf(forum, page, categories));
            return;
        }
        ProbeResult r;
        const DiscourseError refusal = discourse::error(result.errorBody);
        if (result.status == 403 || result.status == 401 || refusal.type == u"invalid_access")
            r.error = Text::tr("This Discourse forum lets only its signed-in members read it.");
        else if (!result.errorText.isEmpty())
            r.error = result.errorText;
        else
            r.error = Text::tr("Could not load the forum's categories from %1.").arg(forum.base.host());
        done(r);
    });
}

} // namespace gilde::discourse
