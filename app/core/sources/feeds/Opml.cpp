#include "Opml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <memory>
#include <vector>

namespace gilde
{

namespace
{

// Many exporters write a bare '&' inside xmlUrl ("?a=1&b=2"). Escaping those
// before the strict XML reader sees them keeps such files importable, while a
// real entity or character reference is left as it is.
QByteArray escapeBareAmpersands(const QByteArray &bytes)
{
    static const QRegularExpression entity(
        QStringLiteral("^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"));
    if (!bytes.contains('&'))
        return bytes;
    QByteArray out;
    out.reserve(bytes.size() + 64);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '&') {
            out.append(c);
            continue;
        }
        const QString ahead = QString::fromLatin1(bytes.mid(i, 34));
        if (entity.match(ahead).hasMatch())
            out.append(c);
        else
            out.append("&amp;");
    }
    return out;
}

// Leading whitespace or junk before the first '<' (after a BOM) makes the XML
// reader give up; the document itself starts at the first tag.
QByteArray trimLeadingJunk(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return bytes; // UTF-16: the reader detects it from the BOM
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;
    const qsizetype lt = bytes.indexOf('<', start);
    if (lt < 0)
        return bytes.mid(start);
    return bytes.mid(lt);
}

bool isFeedType(QStringView type)
{
    return type.isEmpty() || type.compare(u"rss", Qt::CaseInsensitive) == 0
        || type.compare(u"atom", Qt::CaseInsensitive) == 0 || type.compare(u"feed", Qt::CaseInsensitive) == 0;
}

QString outlineTitle(const QXmlStreamAttributes &attrs)
{
    QString title = attrs.value(QLatin1String("title")).toString().simplified();
    if (title.isEmpty())
        title = attrs.value(QLatin1String("text")).toString().simplified();
    return title;
}

// Real files nest folders two or three deep. Each level's path repeats its
// parent's, so a hostile file nesting thousands of outlines would cost
// quadratic time to read (and deep recursion to write): folders below this
// depth are taken as their ancestor at this depth.
constexpr int kMaxFolderDepth = 32;

QString joinFolder(const QString &parent, const QString &name)
{
    if (name.isEmpty())
        return parent;
    return parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
}

// Characters XML 1.0 cannot carry at all; they would make the written file unreadable.
QString xmlSafe(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        out.append(c);
    }
    return out;
}

struct FolderNode {
    QString name;
    QList<const OpmlFeed *> feeds;
    std::vector<std::unique_ptr<FolderNode>> children; ///< in order of first use
    QHash<QString, FolderNode *> byName; ///< a file may hold thousands of folders

    FolderNode *child(const QString &childName)
    {
        if (FolderNode *found = byName.value(childName))
            return found;
        children.push_back(std::make_unique<FolderNode>());
        children.back()->name = childName;
        byName.insert(childName, children.back().get());
        return children.back().get();
    }
};

void writeNode(QXmlStreamWriter &w, const FolderNode &node)
{
    for (const OpmlFeed *feed : node.feeds) {
        const QString title = xmlSafe(feed->title.isEmpty() ? feed->xmlUrl.host() : feed->title);
        w.writeEmptyElement(QStringLiteral("outline"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
        w.writeAttribute(QStringLiteral("text"), title);
        w.writeAttribute(QStringLiteral("title"), title);
        w.writeAttribute(QStringLiteral("xmlUrl"), xmlSafe(feed->xmlUrl.toString(QUrl::FullyEncoded)));
        if (feed->htmlUrl.isValid() && !feed->htmlUrl.isEmpty())
            w.writeAttribute(QStringLiteral("htmlUrl"), xmlSafe(feed->htmlUrl.toString(QUrl::FullyEncoded)));
    }
    for (const auto &child : node.children) {
        const QString name = xmlSafe(child->name);
        w.writeStartElement(QStringLiteral("outline"));
        w.writeAttribute(QStringLiteral("text"), name);
        w.writeAttribute(QStringLiteral("title"), name);
        writeNode(w, *child);
        w.writeEndElement();
    }
}

} // namespace

OpmlDocument parseOpml(const QByteArray &bytes)
{
    OpmlDocument doc;
    QXmlStreamReader xml(escapeBareAmpersands(trimLeadingJunk(bytes)));

    // Folder path of each open <outline>: a feed outline does not add a level,
    // so its (unusual) children land in the same folder.
    struct Folder {
        QString path;
        int depth = 0;
    };
    QList<Folder> folderStack;
    bool sawOpml = false;
    bool inHead = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (!sawOpml) {
                if (name.compare(u"opml", Qt::CaseInsensitive) != 0) {
                    doc.error = QCoreApplication::translate(
                        "Opml", "This is not an OPML file (it starts with <%1>).")
                                    .arg(name.toString());
                    return doc;
                }
                sawOpml = true;
                continue;
            }
            if (name == u"head") {
                inHead = true;
            } else if (inHead && name == u"title") {
                doc.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            } else if (name.compare(u"outline", Qt::CaseInsensitive) == 0) {
                const QXmlStreamAttributes attrs = xml.attributes();
                const Folder parent = folderStack.isEmpty() ? Folder() : folderStack.last();
                QString xmlUrl = attrs.value(QLatin1String("xmlUrl")).toString().trimmed();
                if (xmlUrl.isEmpty()) // some exporters lower-case attribute names
                    xmlUrl = attrs.value(QLatin1String("xmlurl")).toString().trimmed();
                const QString type = attrs.value(QLatin1String("type")).toString().trimmed();
                if (!xmlUrl.isEmpty() && isFeedType(type)) {
                    const QUrl url(xmlUrl);
                    if (url.isValid() && !url.isRelative()) {
                        OpmlFeed feed;
                        feed.xmlUrl = url;
                        QString htmlUrl = attrs.value(QLatin1String("htmlUrl")).toString().trimmed();
                        if (htmlUrl.isEmpty())
                            htmlUrl = attrs.value(QLatin1String("htmlurl")).toString().trimmed();
                        if (!htmlUrl.isEmpty())
                            feed.htmlUrl = QUrl(htmlUrl);
                        feed.title = outlineTitle(attrs);
                        feed.folder = parent.path;
                        doc.feeds.append(feed);
                    }
                    folderStack.append(parent);
                } else if (!xmlUrl.isEmpty()) {
                    folderStack.append(parent); // a link or other non-feed outline
                } else {
                    // "/" separates levels of the folder path, so it cannot be part of a name.
                    QString folderName = outlineTitle(attrs);
                    folderName.replace(QLatin1Char('/'), QLatin1Char('-'));
                    if (parent.depth < kMaxFolderDepth && !folderName.isEmpty())
                        folderStack.append({ joinFolder(parent.path, folderName), parent.depth + 1 });
                    else
                        folderStack.append(parent);
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == u"head")
                inHead = false;
            else if (name.compare(u"outline", Qt::CaseInsensitive) == 0 && !folderStack.isEmpty())
                folderStack.removeLast();
            else if (name.compare(u"opml", Qt::CaseInsensitive) == 0)
                break; // whatever follows the document is junk we do not need
        }
    }

    if (xml.hasError()) {
        doc.feeds.clear();
        doc.error = QCoreApplication::translate(
            "Opml", "The OPML file is not well-formed: %1 (line %2, column %3).")
                        .arg(xml.errorString())
                        .arg(xml.lineNumber())
                        .arg(xml.columnNumber());
        return doc;
    }
    if (!sawOpml) {
        doc.error = QCoreApplication::translate("Opml", "This is not an OPML file.");
        return doc;
    }
    doc.ok = true;
    return doc;
}

QByteArray writeOpml(const QString &title, const QList<OpmlFeed> &feeds)
{
    FolderNode root;
    for (const OpmlFeed &feed : feeds) {
        FolderNode *node = &root;
        const QStringList parts = feed.folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QString &part : parts.first(std::min<qsizetype>(parts.size(), kMaxFolderDepth)))
            node = node->child(part);
        node->feeds.append(&feed);
    }

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("opml"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    w.writeStartElement(QStringLiteral("head"));
    w.writeTextElement(QStringLiteral("title"), xmlSafe(title));
    // RFC 822 date, as the OPML 2.0 specification asks: English names whatever the locale.
    w.writeTextElement(QStringLiteral("dateCreated"),
        QLocale::c().toString(
            QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")));
    w.writeEndElement(); // head
    w.writeStartElement(QStringLiteral("body"));
    writeNode(w, root);
    w.writeEndElement(); // body
    w.writeEndElement(); // opml
    w.writeEndDocument();
    return out;
}

} // namespace gilde
