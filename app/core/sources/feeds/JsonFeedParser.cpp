#include "JsonFeedParser.h"

#include "FeedDates.h"
#include "FeedParserText.h"
#include "text/HtmlSanitizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gilde
{

namespace
{

QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17); // ids are sometimes numbers
    return {};
}

/// Plain text as HTML, keeping its line breaks.
QString textToHtml(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QLatin1StringView("<br/>"));
    return html;
}

/// Names from a 1.1 "authors" array, else the 1.0 "author" object.
QString authorNames(const QJsonObject &o)
{
    QStringList names;
    const QJsonArray authors = o.value(QLatin1StringView("authors")).toArray();
    for (const QJsonValue &a : authors) {
        const QString name = str(a.toObject(), QLatin1StringView("name"));
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    if (names.isEmpty())
        names.append(str(o.value(QLatin1StringView("author")).toObject(), QLatin1StringView("name")));
    return names.join(QLatin1StringView(", "));
}

} // namespace

ParsedFeed parseJsonFeed(const QByteArray &utf8, const QUrl &documentBase)
{
    ParsedFeed feed;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        feed.error = FeedParserText::tr("The document is not valid JSON (%1 at offset %2).")
                         .arg(error.errorString())
                         .arg(error.offset);
        return feed;
    }
    const QJsonObject root = doc.object();
    const QString version = str(root, QLatin1StringView("version"));
    const bool hasItems = root.value(QLatin1StringView("items")).isArray();
    if (!doc.isObject()
        || (!version.contains(u"jsonfeed.org/version/") && !hasItems && !version.startsWith(u"1"))) {
        feed.error = FeedParserText::tr("The document is JSON, but not a JSON Feed.");
        return feed;
    }
    feed.ok = true;
    // "https://jsonfeed.org/version/1.1", and in the wild also just "1.1".
    const bool v11 = version.isEmpty() || version.endsWith(u"1.1") || version.endsWith(u"1.1/");
    feed.format = v11 ? QStringLiteral("json1.1") : QStringLiteral("json1.0");

    QUrl base = documentBase;
    const QString homePage = str(root, QLatin1StringView("home_page_url"));
    feed.link = safeUrl(homePage, base);
    if (base.isEmpty() && !feed.link.isEmpty())
        base = QUrl(feed.link);
    feed.title = str(root, QLatin1StringView("title")).simplified();
    feed.description = str(root, QLatin1StringView("description"));
    feed.language = str(root, QLatin1StringView("language"));
    feed.iconUrl = safeUrl(str(root, QLatin1StringView("icon")), base);
    if (feed.iconUrl.isEmpty())
        feed.iconUrl = safeUrl(str(root, QLatin1StringView("favicon")), base);
    const QString feedAuthor = authorNames(root);

    const QJsonArray items = root.value(QLatin1StringView("items")).toArray();
    feed.entries.reserve(items.size());
    for (const QJsonValue &value : items) {
        if (!value.isObject())
            continue;
        const QJsonObject item = value.toObject();
        FeedEntry e;
        e.id = str(item, QLatin1StringView("id"));
        e.link = safeUrl(str(item, QLatin1StringView("url")), base);
        if (e.link.isEmpty())
            e.link = safeUrl(str(item, QLatin1StringView("external_url")), base);
        e.title = str(item, QLatin1StringView("title")).simplified();
        const QString html = item.value(QLatin1StringView("content_html")).toString();
        if (!html.isEmpty())
            e.content = sanitizeHtml(html, base);
        else
            e.content = textToHtml(item.value(QLatin1StringView("content_text")).toString());
        e.summary = textToHtml(item.value(QLatin1StringView("summary")).toString());
        e.published = parseFeedDate(str(item, QLatin1StringView("date_published")));
        e.updated = parseFeedDate(str(item, QLatin1StringView("date_modified")));
        e.author = authorNames(item);
        if (e.author.isEmpty())
            e.author = feedAuthor;
        e.thumbnail = safeUrl(str(item, QLatin1StringView("image")), base);
        if (e.thumbnail.isEmpty())
            e.thumbnail = safeUrl(str(item, QLatin1StringView("banner_image")), base);
        const QJsonArray tags = item.value(QLatin1StringView("tags")).toArray();
        for (const QJsonValue &tag : tags) {
            const QString t = tag.toString().trimmed();
            if (!t.isEmpty() && !e.categories.contains(t))
                e.categories.append(t);
        }
        const QJsonArray attachments = item.value(QLatin1StringView("attachments")).toArray();
        for (const QJsonValue &a : attachments) {
            const QJsonObject o = a.toObject();
            Enclosure enclosure;
            enclosure.url = safeUrl(str(o, QLatin1StringView("url")), base);
            enclosure.type = str(o, QLatin1StringView("mime_type"));
            const QJsonValue size = o.value(QLatin1StringView("size_in_bytes"));
            enclosure.length = size.isDouble() && size.toDouble() >= 0 ? qint64(size.toDouble()) : -1;
            if (!enclosure.url.isEmpty())
                e.enclosures.append(enclosure);
        }
        feed.entries.append(std::move(e));
    }
    return feed;
}

} // namespace gilde
