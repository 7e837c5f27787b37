#include "FirstRun.h"

#include "Engine.h"
#include "model/Column.h"
#include "sources/feeds/Opml.h"
#include "sources/feeds/Subscriptions.h"
#include "store/ColumnStore.h"

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
        const Subscriptions::ImportResult imported = engine.subscriptions().importOpml(opml);
        result.feedsAdded = imported.added;
        if (!imported.error.isEmpty())
            result.error = imported.error;
        const OpmlDocument doc = parseOpml(opml);
        for (const OpmlFeed &feed : doc.feeds) {
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
    auto add = [&](const QString &title, StreamSpec spec) {
        Column c;
        c.tabId = result.tabId;
        c.title = title;
        c.spec = std::move(spec);
        columns.addColumn(c);
    };
    StreamSpec unread;
    unread.kind = StreamSpec::Kind::Unread;
    add(FirstRunText::tr("All unread"), unread);
    for (const QString &folder : std::as_const(folders)) {
        StreamSpec spec;
        spec.kind = StreamSpec::Kind::Folder;
        spec.folder = folder;
        add(folder.section(QLatin1Char('/'), -1), spec);
    }
    StreamSpec starred;
    starred.kind = StreamSpec::Kind::Starred;
    add(FirstRunText::tr("Starred"), starred);
    return result;
}

} // namespace gilde
