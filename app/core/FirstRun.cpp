#include "FirstRun.h"

#include "Engine.h"
#include "model/Column.h"
#include "sources/feeds/Opml.h"
#include "sources/feeds/Subscriptions.h"
#include "store/ColumnStore.h"
#include "store/SourceStore.h"

#include <QCoreApplication>
#include <QFile>

namespace gilde
{

namespace
{
// A class-like context, so that lupdate files these messages under "FirstRun".
struct FirstRunText {
    Q_DECLARE_TR_FUNCTIONS(FirstRun)
};

// The starter file's folders are English data. The names it ships are listed
// here, so that a new profile gets them in the user's language; any other
// folder keeps the name its file gives it.
const char *const StarterFolders[] = {
    QT_TRANSLATE_NOOP("FirstRun", "Learning"),
    QT_TRANSLATE_NOOP("FirstRun", "Technology"),
    QT_TRANSLATE_NOOP("FirstRun", "Nederlands"),
};

QString starterFolderName(const QString &folder)
{
    QStringList parts = folder.split(QLatin1Char('/'));
    for (QString &part : parts) {
        for (const char *known : StarterFolders) {
            if (part == QLatin1String(known)) {
                part = FirstRunText::tr(known);
                break;
            }
        }
    }
    return parts.join(QLatin1Char('/'));
}

// "All unread", a column per folder and, if asked, "Starred", in this tab.
void addStarterColumns(ColumnStore &columns, qint64 tabId, const QStringList &folders, bool starred)
{
    auto add = [&](const QString &title, StreamSpec spec) {
        Column c;
        c.tabId = tabId;
        c.title = title;
        c.spec = std::move(spec);
        columns.addColumn(c);
    };
    StreamSpec unread;
    unread.kind = StreamSpec::Kind::Unread;
    add(FirstRunText::tr("All unread"), unread);
    for (const QString &folder : folders) {
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Folder;
        spec.folder = folder;
        add(folder.section(QLatin1Char('/'), -1), spec);
    }
    if (starred) {
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Starred;
        add(FirstRunText::tr("Starred"), spec);
    }
}
} // namespace

SeedResult seedNewProfile(Engine &engine, const QString &opmlPath)
{
    SeedResult result;
    QFile file(opmlPath);
    QByteArray opml;
    if (file.open(QIODevice::ReadOnly)) {
        opml = file.readAll();
    } else {
        result.error = FirstRunText::tr("Cannot read the starter feeds (%1).").arg(file.errorString());
    }

    // Folders in the order the file lists them, so the columns read like the file.
    QStringList folders;
    if (!opml.isEmpty()) {
        // The folders are named before the import: they are stored with the feeds.
        OpmlDocument doc = parseOpml(opml);
        if (doc.ok) {
            for (OpmlFeed &feed : doc.feeds)
                feed.folder = starterFolderName(feed.folder);
            opml = writeOpml(doc.title, doc.feeds);
        }
        const Subscriptions::ImportResult imported = engine.subscriptions().importOpml(opml);
        result.feedsAdded = imported.added;
        if (!imported.error.isEmpty())
            result.error = imported.error;
        for (const OpmlFeed &feed : std::as_const(doc.feeds)) {
            if (!feed.folder.isEmpty() && !folders.contains(feed.folder))
                folders << feed.folder;
        }
    }

    ColumnStore &columns = engine.columns();
    result.tabId = columns.addTab(FirstRunText::tr("Welcome"));
    if (result.tabId == 0) {
        result.error = FirstRunText::tr("Cannot create the welcome tab.");
        return result;
    }
    addStarterColumns(columns, result.tabId, folders, true);
    return result;
}

qint64 addColumnsForFeeds(Engine &engine)
{
    ColumnStore &columns = engine.columns();
    const QList<Tab> tabs = columns.tabs();
    for (const Tab &tab : tabs) {
        if (!columns.columns(tab.id).isEmpty())
            return 0;
    }
    if (engine.sources().all().isEmpty())
        return 0;
    QStringList folders;
    for (const QString &folder : engine.sources().folders()) {
        if (!folder.contains(QLatin1Char('/')))
            folders << folder;
    }
    const qint64 tabId = tabs.isEmpty() ? columns.addTab(FirstRunText::tr("Feeds")) : tabs.first().id;
    if (tabId == 0)
        return 0;
    addStarterColumns(columns, tabId, folders, false);
    return tabId;
}

qint64 addColumnFor(Engine &engine, qint64 sourceId)
{
    const auto source = engine.sources().byId(sourceId);
    if (!source)
        return 0;
    ColumnStore &columns = engine.columns();
    addColumnsForFeeds(engine); // a profile without columns gets its first ones
    // A timeline is a stream of its own, as in every Mastodon client: an
    // "All unread" column that mixes it in does not count.
    const bool ownColumn = source->kind != u"feed";
    for (const Tab &tab : columns.tabs()) {
        for (const Column &c : columns.columns(tab.id)) {
            const bool shows = ownColumn ? c.spec.kind == StreamSpec::Kind::Source && c.spec.sourceId == sourceId
                                         : c.spec.covers(sourceId, source->folder);
            if (shows)
                return 0;
        }
    }
    const QList<Tab> tabs = columns.tabs();
    const qint64 tabId = tabs.isEmpty() ? columns.addTab(FirstRunText::tr("Feeds")) : tabs.first().id;
    if (tabId <= 0)
        return 0;
    Column column;
    column.tabId = tabId;
    column.title = source->title;
    column.spec.kind = StreamSpec::Kind::Source;
    column.spec.sourceId = sourceId;
    return columns.addColumn(column);
}

} // namespace gilde
