#include "FeedXmlReader.h"

#include "FeedDates.h"
#include "text/HtmlEntities.h"
#include "text/HtmlSanitizer.h"

namespace gilde
{

namespace ns
{

bool isMedia(QStringView uri)
{
    // Feeds write it with and without the trailing slash.
    return uri.startsWith(u"http://search.yahoo.com/mrss");
}

bool isItunes(QStringView uri)
{
    return uri.compare(u"http://www.itunes.com/dtds/podcast-1.0.dtd", Qt::CaseInsensitive) == 0;
}

bool isAtom(QStringView uri)
{
    return uri == atom10 || uri == atom03;
}

} // namespace ns

namespace
{

bool equals(QStringView a, const char16_t *b)
{
    return a == QStringView(b);
}

void addCategory(FeedEntry &entry, const QString &category)
{
    if (!category.isEmpty() && !entry.categories.contains(category))
        entry.categories.append(category);
}

/// The source of the first image in sanitized HTML, which the sanitizer
/// writes in exactly one shape: <img src="...".
QString firstImage(const QString &html)
{
    static constexpr QLatin1StringView marker("<img src=\"");
    const qsizetype at = html.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = at + marker.size();
    const qsizetype end = html.indexOf(u'"', start);
    if (end < 0)
        return {};
    return decodeHtmlEntities(QStringView(html).sliced(start, end - start));
}

/// A relative address in markup resolved against an xml:base in force there;
/// absolute ones and fragment references ("#id", inside the document) stay.
QString resolvedAgainst(const QUrl &base, QStringView value)
{
    const QStringView v = value.trimmed();
    if (base.isEmpty() || v.isEmpty() || v.startsWith(u'#'))
        return value.toString();
    const QUrl url(v.toString());
    if (!url.isRelative())
        return value.toString();
    return base.resolved(url).toString(QUrl::FullyEncoded);
}

qint64 toLength(QStringView text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value >= 0 ? value : -1;
}

} // namespace

FeedXmlReader::FeedXmlReader(XmlPullReader &xml, const QUrl &documentBase)
    : m_xml(xml)
    , m_documentBase(documentBase)
{
}

QUrl FeedXmlReader::baseOf(const QUrl &parent) const
{
    const XmlPullReader::Attributes attrs = m_xml.attributes();
    if (attrs.isEmpty())
        return parent;
    const QStringView base = attrs.value(QLatin1StringView(ns::xmlLatin1), QLatin1StringView("base"));
    if (base.isEmpty())
        return parent;
    const QUrl url(base.trimmed().toString());
    return parent.isEmpty() ? url : parent.resolved(url);
}

QString FeedXmlReader::readText()
{
    QString out;
    int depth = 0;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case XmlPullReader::Token::Characters:
            out.append(m_xml.text());
            break;
        case XmlPullReader::Token::StartElement:
            ++depth;
            break;
        case XmlPullReader::Token::EndElement:
            if (depth == 0)
                return out;
            --depth;
            break;
        default:
            break;
        }
    }
    return out;
}

QString FeedXmlReader::readHtml(bool unwrapDiv, bool *hadMarkup, const QUrl &base, bool textIsHtml)
{
    QString text;
    QString markup;
    bool isMarkup = false;
    bool unwrapped = false;
    int depth = 0;
    // xml:base inside the markup: (depth, base) of each element that sets one.
    // Relative addresses below it are resolved here, as the sanitizer only
    // knows the base of the whole fragment.
    QList<std::pair<int, QUrl>> bases;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case XmlPullReader::Token::Characters:
            if (isMarkup && !textIsHtml)
                appendHtmlEscaped(markup, m_xml.text());
            else if (isMarkup)
                markup.append(m_xml.text());
            else
                text.append(m_xml.text());
            break;
        case XmlPullReader::Token::StartElement: {
            if (!isMarkup) {
                // Text before the first child element was markup text all along.
                isMarkup = true;
                markup.reserve(text.size() + 64);
                if (textIsHtml)
                    markup.append(text);
                else if (!unwrapDiv || !text.trimmed().isEmpty()) // the wrapper's indentation is not content
                    appendHtmlEscaped(markup, text);
                text.clear();
            }
            ++depth;
            const XmlPullReader::Attributes attrs = m_xml.attributes();
            const QStringView xmlBase = attrs.isEmpty()
                ? QStringView()
                : attrs.value(QLatin1StringView(ns::xmlLatin1), QLatin1StringView("base"));
            if (!xmlBase.isEmpty()) {
                const QUrl &parent = bases.isEmpty() ? base : bases.last().second;
                const QUrl nested(xmlBase.trimmed().toString());
                bases.append({ depth, parent.isEmpty() ? nested : parent.resolved(nested) });
            }
            if (unwrapDiv && depth == 1 && !unwrapped && m_xml.name() == u"div") {
                unwrapped = true;
                break;
            }
            markup.append(u'<');
            markup.append(m_xml.name());
            for (const XmlPullReader::Attribute &attr : attrs) {
                if (attr.name == u"base" && attr.namespaceUri == QLatin1StringView(ns::xmlLatin1))
                    continue;
                markup.append(u' ');
                markup.append(attr.name);
                markup.append(QLatin1StringView("=\""));
                if (!bases.isEmpty() && (attr.name == u"href" || attr.name == u"src"))
                    appendHtmlEscaped(markup, resolvedAgainst(bases.last().second, attr.value), true);
                else
                    appendHtmlEscaped(markup, attr.value, true);
                markup.append(u'"');
            }
            markup.append(u'>');
            break;
        }
        case XmlPullReader::Token::EndElement:
            if (depth == 0) {
                if (hadMarkup)
                    *hadMarkup = isMarkup;
                return isMarkup ? markup : text;
            }
            if (!bases.isEmpty() && bases.last().first == depth)
                bases.removeLast();
            if (!(unwrapped && depth == 1)) {
                markup.append(QLatin1StringView("</"));
                markup.append(m_xml.name());
                markup.append(u'>');
            }
            --depth;
            break;
        default:
            break;
        }
    }
    if (hadMarkup)
        *hadMarkup = isMarkup;
    return isMarkup ? markup : text;
}

QString FeedXmlReader::url(QStringView raw, const QUrl &base) const
{
    return safeUrl(raw.trimmed(), base);
}

QString FeedXmlReader::plainLine(const QString &text)
{
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text.simplified();
    return htmlToPlainText(text).simplified();
}

QString FeedXmlReader::personName(const QString &text)
{
    // The e-mail part goes first: "<mail>" would otherwise read as a tag.
    QString s = text.trimmed();
    if (s.endsWith(u')')) {
        const qsizetype open = s.lastIndexOf(u'(');
        if (open > 0) {
            const QString outside = s.first(open).trimmed();
            const QString inside = s.sliced(open + 1, s.size() - open - 2).trimmed();
            if (outside.contains(u'@') && !outside.contains(u' ') && !inside.isEmpty())
                s = inside;
            else if (inside.contains(u'@') && !outside.isEmpty())
                s = outside;
        }
    } else if (s.endsWith(u'>')) {
        const qsizetype lt = s.lastIndexOf(u'<');
        if (lt >= 0 && s.indexOf(u'@', lt) > lt) {
            const QString name = s.first(lt).trimmed();
            s = name.isEmpty() ? s.sliced(lt + 1, s.size() - lt - 2).trimmed() : name;
        }
    }
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"'))
        s = s.sliced(1, s.size() - 2);
    return plainLine(s);
}

void FeedXmlReader::addEnclosure(FeedEntry &entry, const Enclosure &enclosure) const
{
    if (enclosure.url.isEmpty())
        return;
    for (const Enclosure &e : std::as_const(entry.enclosures)) {
        if (e.url == enclosure.url)
            return;
    }
    entry.enclosures.append(enclosure);
}

void FeedXmlReader::readMedia(FeedEntry &entry, EntryFallbacks &fallbacks, const QUrl &parentBase, int depth)
{
    const QUrl base = baseOf(parentBase);
    const QStringView name = m_xml.name();
    if (name == u"thumbnail") {
        if (fallbacks.thumbnail.isEmpty())
            fallbacks.thumbnail = url(m_xml.attributes().value(QLatin1StringView("url")), base);
        m_xml.skipCurrentElement();
    } else if (name == u"content") {
        const XmlPullReader::Attributes attrs = m_xml.attributes();
        Enclosure enclosure;
        enclosure.url = url(attrs.value(QLatin1StringView("url")), base);
        enclosure.type = attrs.value(QLatin1StringView("type")).trimmed().toString();
        enclosure.length = toLength(attrs.value(QLatin1StringView("fileSize")));
        const bool image
            = attrs.value(QLatin1StringView("medium")) == u"image" || enclosure.type.startsWith(u"image/");
        // A picture is what the entry looks like, not a file to download.
        if (image) {
            if (fallbacks.image.isEmpty())
                fallbacks.image = enclosure.url;
        } else {
            addEnclosure(entry, enclosure);
        }
        while (m_xml.readNextStartElement()) {
            if (ns::isMedia(m_xml.namespaceUri()) && depth < 8) // nesting is shallow in real feeds
                readMedia(entry, fallbacks, base, depth + 1);
            else
                m_xml.skipCurrentElement();
        }
    } else if (name == u"group") {
        while (m_xml.readNextStartElement()) {
            if (ns::isMedia(m_xml.namespaceUri()) && depth < 8) // nesting is shallow in real feeds
                readMedia(entry, fallbacks, base, depth + 1);
            else
                m_xml.skipCurrentElement();
        }
    } else if (name == u"title") {
        const QString title = plainLine(readText());
        if (fallbacks.title.isEmpty())
            fallbacks.title = title;
    } else if (name == u"description") {
        const bool html = m_xml.attributes().value(QLatin1StringView("type")) == u"html";
        const QString text = readText();
        if (fallbacks.summary.isEmpty()) {
            fallbacks.summary = html
                ? sanitizeHtml(text, base)
                : QString(text.toHtmlEscaped()).replace(u'\n', QLatin1StringView("<br/>"));
        }
    } else {
        m_xml.skipCurrentElement();
    }
}

bool FeedXmlReader::readEntryExtension(FeedEntry &entry, EntryFallbacks &fallbacks, const QUrl &parentBase)
{
    const QStringView uri = m_xml.namespaceUri();
    const QStringView name = m_xml.name();
    if (uri.isEmpty())
        return false;
    if (uri == ns::dc) {
        if (name == u"creator" || name == u"author" || name == u"contributor") {
            const QString author = personName(readText());
            if (fallbacks.author.isEmpty() && name != u"contributor")
                fallbacks.author = author;
        } else if (name == u"date") {
            const QDateTime date = parseFeedDate(readText());
            if (!fallbacks.published.isValid())
                fallbacks.published = date;
        } else if (name == u"subject") {
            addCategory(entry, plainLine(readText()));
        } else if (name == u"title") {
            const QString title = plainLine(readText());
            if (fallbacks.title.isEmpty())
                fallbacks.title = title;
        } else if (name == u"description") {
            const QUrl base = baseOf(parentBase);
            const QString html = readHtml(false, nullptr, base);
            if (fallbacks.summary.isEmpty())
                fallbacks.summary = sanitizeHtml(html, base);
        } else if (name == u"identifier") {
            const QString id = readText().trimmed();
            if (fallbacks.id.isEmpty())
                fallbacks.id = id;
        } else {
            m_xml.skipCurrentElement();
        }
        return true;
    }
    if (uri == ns::content) {
        if (name == u"encoded") {
            const QUrl base = baseOf(parentBase);
            const QString html = readHtml(false, nullptr, base);
            if (entry.content.isEmpty())
                entry.content = sanitizeHtml(html, base);
        } else {
            m_xml.skipCurrentElement();
        }
        return true;
    }
    if (ns::isMedia(uri)) {
        readMedia(entry, fallbacks, parentBase);
        return true;
    }
    if (uri == ns::dcterms) {
        const QString text = readText();
        if (name == u"modified") {
            if (!fallbacks.updated.isValid())
                fallbacks.updated = parseFeedDate(text);
        } else if (name == u"created" || name == u"issued" || name == u"date") {
            if (!fallbacks.published.isValid())
                fallbacks.published = parseFeedDate(text);
        }
        return true;
    }
    if (ns::isAtom(uri)) {
        const QUrl base = baseOf(parentBase);
        if (name == u"link") {
            const XmlPullReader::Attributes attrs = m_xml.attributes();
            const QStringView rel = attrs.value(QLatin1StringView("rel"));
            if (rel == u"enclosure") {
                addEnclosure(entry,
                    { url(attrs.value(QLatin1StringView("href")), base),
                        attrs.value(QLatin1StringView("type")).toString(),
                        toLength(attrs.value(QLatin1StringView("length"))) });
            } else if ((rel.isEmpty() || rel == u"alternate") && fallbacks.link.isEmpty()) {
                fallbacks.link = url(attrs.value(QLatin1StringView("href")), base);
            }
            m_xml.skipCurrentElement();
        } else if (name == u"author" || name == u"creator") {
            QString author;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == u"name")
                    author = plainLine(readText());
                else
                    m_xml.skipCurrentElement();
            }
            if (fallbacks.author.isEmpty())
                fallbacks.author = author;
        } else if (name == u"published" || name == u"issued") {
            const QDateTime date = parseFeedDate(readText());
            if (!fallbacks.published.isValid())
                fallbacks.published = date;
        } else if (name == u"updated" || name == u"modified") {
            const QDateTime date = parseFeedDate(readText());
            if (!fallbacks.updated.isValid())
                fallbacks.updated = date;
        } else if (name == u"category") {
            const XmlPullReader::Attributes attrs = m_xml.attributes();
            const QStringView term = attrs.value(QLatin1StringView("term"));
            addCategory(entry,
                plainLine((term.isEmpty() ? attrs.value(QLatin1StringView("label")) : term).toString()));
            m_xml.skipCurrentElement();
        } else if (name == u"id") {
            const QString id = readText().trimmed();
            if (fallbacks.id.isEmpty())
                fallbacks.id = id;
        } else if (name == u"title") {
            const QString title = plainLine(readText());
            if (fallbacks.title.isEmpty())
                fallbacks.title = title;
        } else if (name == u"summary" || name == u"content") {
            const bool html = m_xml.attributes().value(QLatin1StringView("type")) != u"text";
            const QString text = readHtml(true, nullptr, base);
            QString &target = name == u"content" ? entry.content : fallbacks.summary;
            if (target.isEmpty())
                target = html ? sanitizeHtml(text, base) : text.toHtmlEscaped();
        } else {
            m_xml.skipCurrentElement();
        }
        return true;
    }
    if (ns::isItunes(uri)) {
        if (name == u"author") {
            const QString author = plainLine(readText());
            if (fallbacks.author.isEmpty())
                fallbacks.author = author;
        } else if (name == u"image") {
            if (fallbacks.image.isEmpty())
                fallbacks.image
                    = url(m_xml.attributes().value(QLatin1StringView("href")), baseOf(parentBase));
            m_xml.skipCurrentElement();
        } else if (name == u"summary") {
            const QString text = readText();
            if (fallbacks.summary.isEmpty())
                fallbacks.summary = text.toHtmlEscaped();
        } else if (name == u"keywords") {
            const QString keywords = readText();
            for (const QStringView word : QStringView(keywords).split(u','))
                addCategory(entry, word.trimmed().toString());
        } else {
            m_xml.skipCurrentElement();
        }
        return true;
    }
    return false;
}

void FeedXmlReader::finishEntry(FeedEntry &entry, EntryFallbacks &fallbacks) const
{
    if (entry.title.isEmpty())
        entry.title = std::move(fallbacks.title);
    if (entry.author.isEmpty())
        entry.author = std::move(fallbacks.author);
    if (entry.summary.isEmpty())
        entry.summary = std::move(fallbacks.summary);
    if (entry.link.isEmpty())
        entry.link = std::move(fallbacks.link);
    if (entry.id.isEmpty())
        entry.id = std::move(fallbacks.id);
    if (!entry.published.isValid())
        entry.published = fallbacks.published;
    if (!entry.updated.isValid())
        entry.updated = fallbacks.updated;
    if (entry.thumbnail.isEmpty())
        entry.thumbnail
            = !fallbacks.thumbnail.isEmpty() ? std::move(fallbacks.thumbnail) : std::move(fallbacks.image);
    if (entry.thumbnail.isEmpty()) {
        for (const Enclosure &e : std::as_const(entry.enclosures)) {
            if (e.type.startsWith(u"image/")) {
                entry.thumbnail = e.url;
                break;
            }
        }
    }
    if (entry.thumbnail.isEmpty())
        entry.thumbnail = firstImage(entry.content);
    if (entry.thumbnail.isEmpty())
        entry.thumbnail = firstImage(entry.summary);
}

bool FeedXmlReader::readFeedExtension(FeedFallbacks &fallbacks, const QUrl &parentBase)
{
    const QStringView uri = m_xml.namespaceUri();
    const QStringView name = m_xml.name();
    if (uri.isEmpty())
        return false;
    if (uri == ns::dc || uri == ns::dcterms) {
        const QString text = readText();
        if (name == u"title" && fallbacks.title.isEmpty())
            fallbacks.title = plainLine(text);
        else if (name == u"language" && fallbacks.language.isEmpty())
            fallbacks.language = text.trimmed();
        else if ((name == u"date" || name == u"modified") && !fallbacks.updated.isValid())
            fallbacks.updated = parseFeedDate(text);
        else if (name == u"description" && fallbacks.description.isEmpty())
            fallbacks.description = htmlToPlainText(text);
        return true;
    }
    if (uri == ns::sy) {
        const QString text = readText().trimmed();
        if (name == u"updatePeriod") {
            static const struct {
                const char16_t *name;
                int minutes;
            } periods[] = { { u"hourly", 60 }, { u"daily", 24 * 60 }, { u"weekly", 7 * 24 * 60 },
                { u"monthly", 30 * 24 * 60 }, { u"yearly", 365 * 24 * 60 } };
            for (const auto &p : periods) {
                if (equals(text, p.name))
                    fallbacks.updatePeriodMinutes = p.minutes;
            }
        } else if (name == u"updateFrequency") {
            bool ok = false;
            const int frequency = text.toInt(&ok);
            if (ok && frequency > 0)
                fallbacks.updateFrequency = frequency;
        }
        return true;
    }
    if (ns::isAtom(uri)) {
        if (name == u"link") {
            const XmlPullReader::Attributes attrs = m_xml.attributes();
            const QStringView rel = attrs.value(QLatin1StringView("rel"));
            if ((rel.isEmpty() || rel == u"alternate") && fallbacks.link.isEmpty())
                fallbacks.link = url(attrs.value(QLatin1StringView("href")), baseOf(parentBase));
        } else if ((name == u"icon" || name == u"logo") && fallbacks.icon.isEmpty()) {
            const QUrl base = baseOf(parentBase);
            fallbacks.icon = url(readText(), base);
            return true;
        }
        m_xml.skipCurrentElement();
        return true;
    }
    if (ns::isMedia(uri)) {
        const XmlPullReader::Attributes attrs = m_xml.attributes();
        const bool image = name == u"thumbnail"
            || (name == u"content"
                && (attrs.value(QLatin1StringView("medium")) == u"image"
                    || attrs.value(QLatin1StringView("type")).startsWith(u"image/")));
        if (image && fallbacks.icon.isEmpty())
            fallbacks.icon = url(attrs.value(QLatin1StringView("url")), baseOf(parentBase));
        m_xml.skipCurrentElement();
        return true;
    }
    if (ns::isItunes(uri)) {
        if (name == u"image") {
            if (fallbacks.icon.isEmpty())
                fallbacks.icon = url(m_xml.attributes().value(QLatin1StringView("href")), baseOf(parentBase));
            m_xml.skipCurrentElement();
        } else if (name == u"summary") {
            const QString text = readText();
            if (fallbacks.description.isEmpty())
                fallbacks.description = text.trimmed();
        } else {
            m_xml.skipCurrentElement();
        }
        return true;
    }
    return false;
}

void FeedXmlReader::finishFeed(ParsedFeed &feed, const FeedFallbacks &fallbacks)
{
    if (feed.title.isEmpty())
        feed.title = fallbacks.title;
    if (feed.link.isEmpty())
        feed.link = fallbacks.link;
    if (feed.description.isEmpty())
        feed.description = fallbacks.description;
    if (feed.language.isEmpty())
        feed.language = fallbacks.language;
    if (feed.iconUrl.isEmpty())
        feed.iconUrl = fallbacks.icon;
    if (!feed.updated.isValid())
        feed.updated = fallbacks.updated;
    if (feed.ttlMinutes == 0 && fallbacks.updatePeriodMinutes > 0)
        feed.ttlMinutes = fallbacks.updatePeriodMinutes / std::max(1, fallbacks.updateFrequency);
    if (feed.ttlMinutes == 0 && fallbacks.updateFrequency > 0)
        feed.ttlMinutes = 24 * 60 / fallbacks.updateFrequency; // the period defaults to daily
}

} // namespace gilde
