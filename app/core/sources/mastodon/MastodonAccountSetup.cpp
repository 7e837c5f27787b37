#include "MastodonAccountSetup.h"

#include "MastodonTimeline.h"
#include "sources/AccountColumns.h"
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
        addSourceColumn(columns, tabId, timeline.title(), sourceId);
    }
    return tabId;
}

int removeOrphanTimelines(SourceStore &sources, ColumnStore &columns, const QList<Account> &accounts)
{
    QSet<qint64> known;
    for (const Account &a : accounts)
        known.insert(a.id);
    QSet<qint64> orphans;
    for (const Source &s : sources.all()) {
        if (s.kind != u"mastodon")
            continue;
        const auto timeline = MastodonTimeline::fromSourceUrl(s.url);
        if (timeline && timeline->accountId != 0 && !known.contains(timeline->accountId))
            orphans.insert(s.id);
    }
    return removeSourcesWithColumns(sources, columns, orphans);
}

} // namespace gilde::mastodon
