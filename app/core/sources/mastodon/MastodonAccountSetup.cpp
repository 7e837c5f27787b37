#include "MastodonAccountSetup.h"

#include "MastodonTimeline.h"
#include "model/Column.h"
#include "sources/feeds/Subscriptions.h"
#include "store/ColumnStore.h"
#include "store/SourceStore.h"

#include <QSet>

namespace gilde::mastodon
{

qint64 addAccountTab(Subscriptions &subscriptions, ColumnStore &columns, const Account &account, QList<qint64> *sourceIds)
{
    const QString name = account.userName.isEmpty() ? account.server.host() : u'@' + account.userName;
    const qint64 tabId = columns.addTab(name);
    if (tabId <= 0)
        return 0;
    for (const auto kind : { MastodonTimeline::Kind::Home, MastodonTimeline::Kind::Notifications }) {
        MastodonTimeline timeline;
        timeline.kind = kind;
        timeline.server = MastodonTimeline::serverOf(account.server);
        timeline.accountId = account.id;
        const qint64 sourceId = subscriptions.subscribe(timeline.sourceUrl(), timeline.title(), account.userName,
            QStringLiteral("mastodon"));
        if (sourceId <= 0)
            continue;
        if (sourceIds)
            sourceIds->append(sourceId);
        Column column;
        column.tabId = tabId;
        column.title = timeline.title();
        column.spec.kind = StreamSpec::Kind::Source;
        column.spec.sourceId = sourceId;
        columns.addColumn(column);
    }
    return tabId;
}

int removeOrphanTimelines(SourceStore &sources, ColumnStore &columns, const QList<Account> &accounts)
{
    QSet<qint64> known;
    for (const Account &a : accounts)
        known.insert(a.id);
    QSet<qint64> removed;
    for (const Source &s : sources.all()) {
        if (s.kind != u"mastodon")
            continue;
        const auto timeline = MastodonTimeline::fromSourceUrl(s.url);
        if (!timeline || timeline->accountId == 0 || known.contains(timeline->accountId))
            continue;
        if (sources.remove(s.id))
            removed.insert(s.id);
    }
    if (removed.isEmpty())
        return 0;
    // Their columns would show nothing; a tab left empty goes too.
    for (const Tab &tab : columns.tabs()) {
        const QList<Column> cols = columns.columns(tab.id);
        int left = int(cols.size());
        for (const Column &c : cols) {
            if (c.spec.kind == StreamSpec::Kind::Source && removed.contains(c.spec.sourceId)) {
                columns.removeColumn(c.id);
                --left;
            }
        }
        if (left == 0 && !cols.isEmpty())
            columns.removeTab(tab.id);
    }
    return int(removed.size());
}

} // namespace gilde::mastodon
