#include "FeedToItems.h"

#include "text/HtmlSanitizer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace gilde
{

namespace
{

constexpr int TitleWords = 12;
constexpr int TitleChars = 90;

QString titleFromText(const QString &text)
{
    const QString line = text.left(TitleChars * 2).simplified();
    if (line.size() <= TitleChars && line.count(QLatin1Char(' ')) < TitleWords)
        return line;
    qsizetype end = 0;
    int words = 0;
    for (qsizetype i = 0; i < line.size() && i <= TitleChars; ++i) {
        if (line.at(i) == QLatin1Char(' ')) {
            end = i;
            if (++words == TitleWords)
                break;
        }
    }
    if (end == 0)
        end = std::min<qsizetype>(line.size(), TitleChars);
    return line.left(end) + QChar(0x2026);
}

QString mediaJson(const QList<Enclosure> &enclosures)
{
    if (enclosures.isEmpty())
        return {};
    QJsonArray array;
    for (const Enclosure &e : enclosures) {
        QJsonObject o { { QStringLiteral("url"), e.url } };
        if (!e.type.isEmpty())
            o.insert(QStringLiteral("type"), e.type);
        if (e.length >= 0)
            o.insert(QStringLiteral("length"), e.length);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString thumbnailOf(const FeedEntry &entry)
{
    if (!entry.thumbnail.isEmpty())
        return entry.thumbnail;
    for (const Enclosure &e : entry.enclosures) {
        if (e.type.startsWith(QLatin1String("image/")))
            return e.url;
    }
    return {};
}

} // namespace

QString contentRemoteId(const QString &title, const QString &html)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(title.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(html.toUtf8());
    return QStringLiteral("sha1:") + QString::fromLatin1(hash.result().toHex().left(24));
}

QList<Item> itemsFromFeed(const ParsedFeed &feed, qint64 sourceId, qint64 nowMs)
{
    QList<Item> items;
    items.reserve(feed.entries.size());
    QSet<QString> seen;
    seen.reserve(feed.entries.size());
    for (const FeedEntry &entry : feed.entries) {
        Item item;
        item.sourceId = sourceId;
        item.html = entry.content.isEmpty() ? entry.summary : entry.content;
        if (!entry.id.isEmpty())
            item.remoteId = entry.id;
        else if (!entry.link.isEmpty())
            item.remoteId = entry.link;
        else if (!entry.resource.isEmpty()) // RSS 1.0's rdf:about, when nothing else names the item
            item.remoteId = entry.resource;
        else
            item.remoteId = contentRemoteId(entry.title, item.html);
        if (seen.contains(item.remoteId))
            continue;
        seen.insert(item.remoteId);

        item.text = htmlToPlainText(item.html);
        item.title = entry.title.isEmpty() ? titleFromText(item.text) : entry.title;
        item.author = entry.author;
        item.url = entry.link;
        if (item.url.isEmpty() && !entry.resource.isEmpty())
            item.url = safeUrl(entry.resource); // only a web address is somewhere to go
        item.thumbnail = thumbnailOf(entry);
        item.mediaJson = mediaJson(entry.enclosures);
        // Many Atom feeds date entries with <updated> only; that beats first-seen time.
        const QDateTime &date = entry.published.isValid() ? entry.published : entry.updated;
        if (date.isValid()) {
            item.publishedMs = date.toMSecsSinceEpoch();
            if (nowMs > 0 && item.publishedMs > nowMs)
                item.publishedMs = nowMs;
        }
        if (entry.updated.isValid())
            item.updatedMs = entry.updated.toMSecsSinceEpoch();
        items.append(std::move(item));
    }
    return items;
}

} // namespace gilde
