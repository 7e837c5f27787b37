#include "Command.h"
#include "core/Engine.h"
#include "core/links/LinkLibrary.h"
#include "core/links/NetscapeBookmarks.h"
#include "core/links/ReadingList.h"
#include "core/links/UrlNormalizer.h"
#include "core/store/LinkStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gilde
{

namespace
{

QJsonValue isoOrNull(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString textStateName(Link::TextState s)
{
    switch (s) {
    case Link::TextState::None:
        return QStringLiteral("none");
    case Link::TextState::Pending:
        return QStringLiteral("pending");
    case Link::TextState::Fetched:
        return QStringLiteral("fetched");
    case Link::TextState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("none");
}

QJsonObject linkJson(const Link &l)
{
    QJsonObject o {
        { QStringLiteral("id"), l.id },
        { QStringLiteral("url"), l.url.toString(QUrl::FullyEncoded) },
        { QStringLiteral("title"), l.title },
        { QStringLiteral("note"), l.note },
        { QStringLiteral("tags"), QJsonArray::fromStringList(l.tags) },
        { QStringLiteral("readLater"), l.readLater },
        { QStringLiteral("private"), l.isPrivate },
        { QStringLiteral("saved"), isoOrNull(l.savedMs) },
        { QStringLiteral("updated"), isoOrNull(l.updatedMs) },
        { QStringLiteral("pageText"), textStateName(l.textState) },
        { QStringLiteral("fromItem"),
            l.fromItemId > 0 ? QJsonValue(l.fromItemId) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("remoteId"),
            l.remoteId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.remoteId) },
    };
    return o;
}

QStringList tagList(const QString &option)
{
    return LinkStore::normalizedTags(option.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

/// `gilde links [SUBCOMMAND]`: the link library. Without a subcommand it
/// lists links; add, import, export, tags, rename-tag and delete-tag do the rest.
class LinksCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("links"); }
    QString summary() const override
    {
        return tr("Saved links: list, add, import, export, tags, rename-tag, delete-tag.");
    }
    QString syntax() const override { return tr("[add|import|export|tags|rename-tag|delete-tag ...]"); }

    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            { QStringLiteral("tag"), tr("Only links with this tag (list, export)."), tr("TAG") });
        parser.addOption({ QStringLiteral("read-later"),
            tr("Only links to read later (list); mark to read later (add).") });
        parser.addOption(
            { QStringLiteral("search"), tr("Links matching a full-text search (list)."), tr("TEXT") });
        parser.addOption({ QStringLiteral("limit"), tr("At most N links (list)."), tr("N") });
        parser.addOption({ QStringLiteral("tags"), tr("Comma-separated tags (add)."), tr("a,b") });
        parser.addOption({ QStringLiteral("note"), tr("A note (add)."), tr("TEXT") });
        parser.addOption({ QStringLiteral("title"), tr("The title (add)."), tr("TITLE") });
        parser.addOption(
            { QStringLiteral("private"), tr("Keep the link private on a synced server (add).") });
        parser.addOption({ QStringLiteral("markdown"),
            tr("Export a Markdown reading list instead of bookmarks HTML (export).") });
    }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        m_json = parser.isSet(QStringLiteral("json"));
        const QString sub = args.value(0);
        const QStringList rest = args.mid(1);
        if (sub.isEmpty())
            return list(parser);
        if (sub == u"add")
            return add(parser, rest);
        if (sub == u"import")
            return importFile(rest);
        if (sub == u"export")
            return exportFile(parser, rest);
        if (sub == u"tags")
            return rest.isEmpty() ? tags() : usageError(tr("Unexpected argument: %1").arg(rest.first()));
        if (sub == u"rename-tag")
            return renameTag(rest);
        if (sub == u"delete-tag")
            return deleteTag(rest);
        return usageError(tr("Unknown links command: %1").arg(sub));
    }

private:
    int list(const QCommandLineParser &parser)
    {
        LinkStore::Query query;
        query.tag = parser.value(QStringLiteral("tag")).trimmed();
        query.readLaterOnly = parser.isSet(QStringLiteral("read-later"));
        if (parser.isSet(QStringLiteral("search"))) {
            query.search = parser.value(QStringLiteral("search")).trimmed();
            if (query.search.isEmpty())
                return usageError(tr("--search needs some text."));
        }
        int limit = std::numeric_limits<int>::max();
        if (parser.isSet(QStringLiteral("limit"))) {
            const qint64 n = positiveNumber(parser.value(QStringLiteral("limit")));
            if (n <= 0 || n > 1000000)
                return usageError(tr("--limit takes a positive number."));
            limit = int(n);
        }
        QList<Link> links;
        qint64 beforeSaved = 0, beforeId = 0;
        while (links.size() < limit) {
            const int want = int(std::min<qint64>(1000, limit - links.size()));
            const QList<Link> page = engine().links().page(query, beforeSaved, beforeId, want);
            links += page;
            if (page.size() < want)
                break;
            beforeSaved = page.last().savedMs;
            beforeId = page.last().id;
        }
        if (m_json) {
            QJsonArray array;
            for (const Link &l : std::as_const(links))
                array.append(linkJson(l));
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const Link &l : std::as_const(links)) {
            const QString date
                = QDateTime::fromMSecsSinceEpoch(l.savedMs).toString(QStringLiteral("yyyy-MM-dd"));
            out() << date << "  " << (l.readLater ? '*' : ' ') << ' '
                  << (l.title.isEmpty() ? l.url.toDisplayString() : l.title.simplified()) << '\n'
                  << "              " << l.url.toString(QUrl::FullyEncoded);
            if (!l.tags.isEmpty())
                out() << "  [" << l.tags.join(QStringLiteral(", ")) << ']';
            out() << '\n';
        }
        if (links.isEmpty())
            err() << tr("No links.") << '\n';
        return Success;
    }

    int add(const QCommandLineParser &parser, const QStringList &args)
    {
        if (args.size() != 1)
            return usageError(tr("Give one address to save."));
        Link link;
        link.url = normalizeUrl(args.first());
        if (link.url.isEmpty())
            return failure(tr("This is not a web address: %1").arg(args.first()));
        // An existing link keeps what the command does not say.
        if (const auto existing = engine().links().byUrl(link.url))
            link = *existing;
        if (parser.isSet(QStringLiteral("tags")))
            link.tags = tagList(parser.value(QStringLiteral("tags")));
        if (parser.isSet(QStringLiteral("note")))
            link.note = parser.value(QStringLiteral("note"));
        if (parser.isSet(QStringLiteral("title")))
            link.title = parser.value(QStringLiteral("title")).simplified();
        if (parser.isSet(QStringLiteral("read-later")))
            link.readLater = true;
        if (parser.isSet(QStringLiteral("private")))
            link.isPrivate = true;
        link.updatedMs = 0;
        link.textState = Link::TextState::None; // the library decides
        const LinkLibrary::SaveResult saved = engine().library().save(link);
        if (saved.id == 0)
            return failure(saved.error);
        if (!saved.error.isEmpty())
            err() << saved.error << '\n';
        if (m_json) {
            const auto stored = engine().links().byId(saved.id);
            QJsonObject o = stored ? linkJson(*stored) : QJsonObject { { QStringLiteral("id"), saved.id } };
            o.insert(QStringLiteral("updatedExisting"), saved.updatedExisting);
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            out() << (saved.updatedExisting ? tr("Updated the existing link %1") : tr("Saved %1"))
                         .arg(link.url.toDisplayString())
                  << '\n';
        }
        return Success;
    }

    int importFile(const QStringList &args)
    {
        if (args.size() != 1)
            return usageError(tr("Give one bookmarks file."));
        QFile file;
        const bool opened = args.first() == u"-"
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(args.first()), file.open(QIODevice::ReadOnly));
        if (!opened)
            return failure(tr("Cannot read %1: %2").arg(args.first(), file.errorString()));
        const BookmarkFile bookmarks = readNetscapeBookmarks(file.readAll());
        if (!bookmarks.recognized)
            return failure(tr("%1 is not a bookmarks file (Netscape bookmark HTML, as browsers, Pinboard, "
                              "linkding and Shaarli export).")
                               .arg(args.first()));
        const LinkLibrary::ImportResult r = engine().library().importLinks(bookmarks.links);
        if (m_json) {
            const QJsonObject o { { QStringLiteral("added"), r.added },
                { QStringLiteral("updated"), r.updated }, { QStringLiteral("skipped"), bookmarks.skipped },
                { QStringLiteral("failed"), r.failed } };
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            QStringList extra;
            if (r.updated > 0)
                extra << tr("%n already saved, updated", nullptr, r.updated);
            if (bookmarks.skipped > 0)
                extra << tr("%n without a web address, skipped", nullptr, bookmarks.skipped);
            if (r.failed > 0)
                extra << tr("%n failed", nullptr, r.failed);
            if (extra.isEmpty())
                out() << tr("Imported %n link(s)", nullptr, r.added);
            else
                out()
                    << tr("Imported %n link(s) (%1)", nullptr, r.added).arg(extra.join(QStringLiteral("; ")));
            out() << '\n';
        }
        if (r.failed > 0)
            return failure(r.error);
        return Success;
    }

    int exportFile(const QCommandLineParser &parser, const QStringList &args)
    {
        if (args.size() != 1)
            return usageError(tr("Give one file to write (- for standard output)."));
        const QString tag = parser.value(QStringLiteral("tag")).trimmed();
        QList<Link> links;
        if (tag.isEmpty()) {
            links = engine().links().all();
        } else {
            LinkStore::Query query;
            query.tag = tag;
            qint64 beforeSaved = 0, beforeId = 0;
            for (;;) {
                const QList<Link> page = engine().links().page(query, beforeSaved, beforeId, 1000);
                links += page;
                if (page.size() < 1000)
                    break;
                beforeSaved = page.last().savedMs;
                beforeId = page.last().id;
            }
            std::reverse(links.begin(), links.end()); // oldest first, as all() gives them
        }
        const QByteArray data = parser.isSet(QStringLiteral("markdown"))
            ? markdownReadingList(tag.isEmpty() ? tr("Reading list") : tag, links).toUtf8()
            : writeNetscapeBookmarks(links);
        if (args.first() == u"-") {
            out().flush();
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(data) != data.size())
                return failure(tr("Cannot write to standard output."));
            return Success;
        }
        // Written aside and renamed, so a failure never leaves half a file behind.
        QSaveFile file(args.first());
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return failure(tr("Cannot write %1: %2").arg(args.first(), file.errorString()));
        if (m_json)
            out()
                << QJsonDocument(QJsonObject { { QStringLiteral("exported"), int(links.size()) } }).toJson();
        else
            out() << tr("Exported %n link(s) to %1", nullptr, int(links.size())).arg(args.first()) << '\n';
        return Success;
    }

    int tags()
    {
        const QList<TagCount> tags = engine().links().tags();
        if (m_json) {
            QJsonArray array;
            for (const TagCount &t : tags)
                array.append(
                    QJsonObject { { QStringLiteral("tag"), t.tag }, { QStringLiteral("count"), t.count } });
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        for (const TagCount &t : tags)
            out() << QString::number(t.count).rightJustified(6) << "  " << t.tag << '\n';
        if (tags.isEmpty())
            err() << tr("No tags.") << '\n';
        return Success;
    }

    bool hasTag(const QString &tag)
    {
        const QStringList wanted = LinkStore::normalizedTags({ tag });
        const QList<TagCount> all = engine().links().tags();
        return !wanted.isEmpty() && std::any_of(all.begin(), all.end(), [&](const TagCount &t) {
            return t.tag == wanted.first();
        });
    }

    int renameTag(const QStringList &args)
    {
        if (args.size() != 2)
            return usageError(tr("Give the tag to rename and its new name."));
        const QStringList to = LinkStore::normalizedTags({ args.at(1) });
        if (to.size() != 1)
            return usageError(tr("Not a tag name: %1").arg(args.at(1)));
        if (!hasTag(args.at(0)))
            return failure(tr("There is no tag %1 (see: gilde links tags).").arg(args.at(0)));
        const bool merge = hasTag(to.first());
        if (!engine().library().renameTag(args.at(0), to.first()))
            return failure(tr("Renaming the tag failed."));
        out()
            << (merge ? tr("Merged tag %1 into %2") : tr("Renamed tag %1 to %2")).arg(args.at(0), to.first())
            << '\n';
        return Success;
    }

    int deleteTag(const QStringList &args)
    {
        if (args.size() != 1)
            return usageError(tr("Give one tag to delete."));
        if (!hasTag(args.first()))
            return failure(tr("There is no tag %1 (see: gilde links tags).").arg(args.first()));
        if (!engine().library().deleteTag(args.first()))
            return failure(tr("Deleting the tag failed."));
        out() << tr("Deleted tag %1; its links stay.").arg(args.first()) << '\n';
        return Success;
    }

    bool m_json = false;
};

} // namespace

std::unique_ptr<Command> makeLinksCommand()
{
    return std::make_unique<LinksCommand>();
}

} // namespace gilde

#include "LinksCommand.moc"
