#include "NetscapeBookmarks.h"

#include "PageText.h"
#include "UrlNormalizer.h"
#include "store/LinkStore.h"
#include "text/HtmlEntities.h"
#include "text/HtmlTokenizer.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace gilde
{

namespace
{

bool is(QStringView name, QLatin1StringView wanted)
{
    return name.compare(wanted, Qt::CaseInsensitive) == 0;
}

std::optional<QString> attribute(const HtmlTokenizer &tokens, QLatin1StringView name)
{
    for (const HtmlTokenizer::Attribute &a : tokens.attributes()) {
        if (is(a.name, name))
            return decodeHtmlEntities(a.value);
    }
    return std::nullopt;
}

bool yes(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"1" || v == u"true" || v == u"yes" || v == u"on" || v == u"y";
}

bool no(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"0" || v == u"false" || v == u"no" || v == u"off" || v == u"n";
}

// Seconds as every exporter writes them, though some write milliseconds or
// microseconds: a date before 5138 in seconds is below 1e11.
qint64 timeMs(const std::optional<QString> &value)
{
    if (!value)
        return 0;
    const QString v = value->trimmed();
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (ok) {
        if (n <= 0)
            return 0;
        if (n >= 100'000'000'000'000LL)
            return n / 1000;
        if (n >= 100'000'000'000LL)
            return n;
        return n * 1000;
    }
    const QDateTime iso = QDateTime::fromString(v, Qt::ISODate);
    return iso.isValid() ? iso.toMSecsSinceEpoch() : 0;
}

QStringList splitTags(const QString &value)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    if (value.contains(QLatin1Char(',')))
        return value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return value.split(space, Qt::SkipEmptyParts);
}

bool isRootFolder(const HtmlTokenizer &tokens)
{
    return yes(attribute(tokens, QLatin1String("PERSONAL_TOOLBAR_FOLDER")).value_or(QString()))
        || yes(attribute(tokens, QLatin1String("UNFILED_BOOKMARKS_FOLDER")).value_or(QString()));
}

bool isRootFolderName(const QString &name)
{
    static const char *const roots[]
        = { "bookmarks toolbar", "bookmarks bar", "bookmarks menu", "other bookmarks", "mobile bookmarks",
              "favorites bar", "favourites bar", "bookmarks", "favorites", "favourites" };
    const QString n = name.trimmed().toLower();
    for (const char *r : roots) {
        if (n == QLatin1String(r))
            return true;
    }
    return false;
}

QString noteText(const QString &raw)
{
    QString note = decodeHtmlEntities(raw);
    note.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    note.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // linkding keeps its notes apart from the description this way.
    static const QRegularExpression linkding(QStringLiteral("\\[linkding-notes\\](.*?)\\[/linkding-notes\\]"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = linkding.match(note);
    if (m.hasMatch()) {
        const QString notes = m.captured(1).trimmed();
        note.remove(m.capturedStart(), m.capturedLength());
        note = note.trimmed();
        if (!notes.isEmpty())
            note += (note.isEmpty() ? QString() : QStringLiteral("\n\n")) + notes;
    }
    return note.trimmed();
}

// The entry being read: its <A> and the text after it.
struct Entry {
    QString href;
    QString title;
    QString note;
    QStringList tags;
    qint64 addedMs = 0;
    qint64 modifiedMs = 0;
    bool isPrivate = false;
    bool readLater = false;
};

class Reader
{
public:
    BookmarkFile read(QStringView html)
    {
        m_file.recognized
            = html.left(4096).contains(QLatin1String("NETSCAPE-Bookmark-file"), Qt::CaseInsensitive);
        HtmlTokenizer tokens(html);
        for (;;) {
            const HtmlTokenizer::Token token = tokens.next();
            if (token == HtmlTokenizer::Token::End)
                break;
            if (token == HtmlTokenizer::Token::Text) {
                text(tokens.text());
                continue;
            }
            const QStringView name = tokens.tagName();
            const bool start = token == HtmlTokenizer::Token::StartTag;
            if (is(name, QLatin1String("a"))) {
                if (start)
                    beginEntry(tokens);
                else if (m_collect == Collect::Title)
                    finishField();
            } else if (is(name, QLatin1String("dd"))) {
                if (start && m_entry) {
                    finishField(); // a title without its </A>
                    if (m_entry->note.isEmpty())
                        m_collect = Collect::Note;
                }
            } else if (is(name, QLatin1String("br"))) {
                if (m_collect == Collect::Note)
                    m_raw += QLatin1Char('\n');
            } else if (is(name, QLatin1String("dt")) || is(name, QLatin1String("hr"))) {
                endEntry();
            } else if (name.size() == 2 && (name[0] == u'h' || name[0] == u'H') && name[1] >= u'2'
                && name[1] <= u'6') {
                endEntry();
                if (start) {
                    m_collect = Collect::Folder;
                    m_folderIsRoot = isRootFolder(tokens);
                } else if (m_collect == Collect::Folder) {
                    m_collect = Collect::None;
                    const QString folder = decodeHtmlEntities(m_raw).simplified();
                    m_raw.clear();
                    m_pendingFolder
                        = m_folderIsRoot || (atTopLevel() && isRootFolderName(folder)) ? QString() : folder;
                    m_hasPendingFolder = true;
                }
            } else if (is(name, QLatin1String("h1"))) {
                endEntry();
            } else if (is(name, QLatin1String("dl"))) {
                endEntry();
                if (start) {
                    openFolder(m_hasPendingFolder ? m_pendingFolder : QString());
                    m_hasPendingFolder = false;
                } else if (!m_folders.isEmpty()) {
                    closeFolder();
                }
            }
        }
        endEntry();
        for (const qsizetype merged : std::as_const(m_merged)) {
            QStringList &tags = m_file.links[merged].tags;
            tags.sort();
            tags.removeDuplicates();
        }
        return std::move(m_file);
    }

private:
    enum class Collect { None, Title, Note, Folder };

    // Inside no named folder: where browsers put their own root folders.
    bool atTopLevel() const { return m_namedFolders == 0; }

    // Real files nest folders a few deep; a hostile one nesting thousands would
    // give every link thousands of tags. Folders below this depth add none.
    static constexpr qsizetype kMaxFolderTags = 32;

    void openFolder(const QString &name)
    {
        m_folders << name;
        if (name.isEmpty())
            return;
        if (m_namedFolders < kMaxFolderTags)
            m_folderTags << name;
        ++m_namedFolders;
    }

    void closeFolder()
    {
        if (m_folders.takeLast().isEmpty())
            return;
        --m_namedFolders;
        if (m_namedFolders < kMaxFolderTags)
            m_folderTags.removeLast();
    }

    void text(QStringView t)
    {
        if (m_collect == Collect::None)
            return;
        m_raw += t;
    }

    void beginEntry(const HtmlTokenizer &tokens)
    {
        endEntry();
        m_hasPendingFolder = false;
        Entry e;
        e.href = attribute(tokens, QLatin1String("HREF")).value_or(QString());
        e.addedMs = timeMs(attribute(tokens, QLatin1String("ADD_DATE")));
        e.modifiedMs = timeMs(attribute(tokens, QLatin1String("LAST_MODIFIED")));
        if (const auto tags = attribute(tokens, QLatin1String("TAGS")))
            e.tags = splitTags(*tags);
        if (const auto p = attribute(tokens, QLatin1String("PRIVATE")))
            e.isPrivate = yes(*p);
        else if (const auto shared = attribute(tokens, QLatin1String("SHARED")))
            e.isPrivate = no(*shared);
        e.readLater = yes(attribute(tokens, QLatin1String("TOREAD")).value_or(QString()));
        for (const char *noteAttribute : { "DESCRIPTION", "NOTE" }) {
            if (const auto n = attribute(tokens, QLatin1String(noteAttribute)); n && e.note.isEmpty())
                e.note = noteText(*n);
        }
        e.tags += m_folderTags;
        m_entry = std::move(e);
        m_collect = Collect::Title;
        m_raw.clear();
    }

    // The title or note read so far goes into the entry.
    void finishField()
    {
        if (m_collect == Collect::Folder)
            return;
        if (m_collect == Collect::Title && m_entry)
            m_entry->title = decodeHtmlEntities(m_raw).trimmed();
        else if (m_collect == Collect::Note && m_entry)
            m_entry->note = noteText(m_raw);
        m_collect = Collect::None;
        m_raw.clear();
    }

    // Called at whatever ends an entry: the next entry, folder or list.
    void endEntry()
    {
        finishField();
        if (!m_entry)
            return;
        Entry e = std::move(*m_entry);
        m_entry.reset();
        m_file.recognized = true;

        const QUrl url = normalizeUrl(QUrl(e.href.trimmed(), QUrl::TolerantMode));
        const QString scheme = url.scheme();
        if (url.isEmpty() || (scheme != u"http" && scheme != u"https" && scheme != u"ftp")) {
            ++m_file.skipped;
            return;
        }
        Link link;
        link.url = url;
        link.title = e.title;
        link.note = e.note;
        link.tags = LinkStore::normalizedTags(e.tags);
        link.savedMs = e.addedMs;
        link.updatedMs = e.modifiedMs > 0 ? e.modifiedMs : e.addedMs;
        link.isPrivate = e.isPrivate;
        link.readLater = e.readLater;

        const QString key = url.toString(QUrl::FullyEncoded);
        const auto seen = m_index.constFind(key);
        if (seen == m_index.constEnd()) {
            m_index.insert(key, m_file.links.size());
            m_file.links << link;
            return;
        }
        Link &first = m_file.links[*seen];
        // Both are normalized; sorted and made unique once, at the end, as an
        // address repeated thousands of times would otherwise cost quadratic time.
        first.tags += link.tags;
        m_merged.insert(*seen);
        if (first.title.isEmpty())
            first.title = link.title;
        if (first.note.isEmpty())
            first.note = link.note;
        if (link.savedMs > 0 && (first.savedMs == 0 || link.savedMs < first.savedMs))
            first.savedMs = link.savedMs;
        first.updatedMs = std::max(first.updatedMs, link.updatedMs);
        first.isPrivate = first.isPrivate || link.isPrivate;
        first.readLater = first.readLater || link.readLater;
    }

    BookmarkFile m_file;
    QHash<QString, qsizetype> m_index;
    std::optional<Entry> m_entry;
    Collect m_collect = Collect::None;
    QString m_raw;
    QStringList m_folders; ///< one per open <DL>; "" when it adds no tag
    QStringList m_folderTags; ///< the named ones of m_folders, at most kMaxFolderTags
    qsizetype m_namedFolders = 0;
    QSet<qsizetype> m_merged; ///< links that took the tags of a later duplicate
    QString m_pendingFolder;
    bool m_hasPendingFolder = false;
    bool m_folderIsRoot = false;
};

void appendEscaped(QByteArray &out, const QString &text, bool attribute = false)
{
    QString escaped;
    appendHtmlEscaped(escaped, text, attribute);
    out += escaped.toUtf8();
}

QByteArray seconds(qint64 ms)
{
    return QByteArray::number(ms > 0 ? ms / 1000 : 0);
}

} // namespace

BookmarkFile readNetscapeBookmarks(const QByteArray &data)
{
    const QString html = decodePage(data, {});
    return Reader().read(html);
}

QByteArray writeNetscapeBookmarks(const QList<Link> &links)
{
    QByteArray out = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"
                     "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n"
                     "<TITLE>Bookmarks</TITLE>\n"
                     "<H1>Bookmarks</H1>\n"
                     "<DL><p>\n";
    for (const Link &link : links) {
        out += "<DT><A HREF=\"";
        appendEscaped(out, link.url.toString(QUrl::FullyEncoded), true);
        out += "\" ADD_DATE=\"" + seconds(link.savedMs) + "\" LAST_MODIFIED=\""
            + seconds(link.updatedMs > 0 ? link.updatedMs : link.savedMs) + "\" PRIVATE=\""
            + (link.isPrivate ? "1" : "0") + "\" TOREAD=\"" + (link.readLater ? "1" : "0") + "\" TAGS=\"";
        appendEscaped(out, link.tags.join(QLatin1Char(',')), true);
        out += "\">";
        appendEscaped(out, link.title.trimmed());
        out += "</A>\n";
        const QString note = link.note.trimmed();
        if (!note.isEmpty()) {
            out += "<DD>";
            appendEscaped(out, note);
            out += '\n';
        }
    }
    out += "</DL><p>\n";
    return out;
}

} // namespace gilde
