#include "DiscourseAccountSetup.h"

#include "DiscourseStream.h"
#include "sources/AccountColumns.h"
#include "sources/feeds/Subscriptions.h"
#include "store/ColumnStore.h"
#include "store/SourceStore.h"

#include <QCoreApplication>
#include <QSet>

namespace gilde::discourse
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiscourseAccountSetup)
};

QString titleOf(DiscourseStream::Kind kind, const QString &forum)
{
    switch (kind) {
    case DiscourseStream::Kind::New:
        return Text::tr("New · %1").arg(forum);
    case DiscourseStream::Kind::Unread:
        return Text::tr("Unread · %1").arg(forum);
    case DiscourseStream::Kind::Messages:
        return Text::tr("Messages · %1").arg(forum);
    case DiscourseStream::Kind::Notifications:
        return Text::tr("Notifications · %1").arg(forum);
    default:
        return Text::tr("Latest · %1").arg(forum);
    }
}

} // namespace

qint64 addAccountTab(Subscriptions &subscriptions, ColumnStore &columns, const Account &account, QList<qint64> *sourceIds)
{
    const QString forum = account.server.host();
    const qint64 tabId = columns.addTab(forum);
    if (tabId <= 0)
        return 0;
    for (const auto kind : { DiscourseStream::Kind::Latest, DiscourseStream::Kind::New, DiscourseStream::Kind::Unread,
             DiscourseStream::Kind::Notifications, DiscourseStream::Kind::Messages }) {
        DiscourseStream stream;
        stream.kind = kind;
        stream.base = account.server;
        stream.username = account.userName;
        const QString title = titleOf(kind, forum);
        // The latest topics may be followed already: subscribe() gives that source.
        const qint64 sourceId = subscriptions.subscribe(stream.apiUrl(), title, forum, QStringLiteral("discourse"));
        if (sourceId <= 0)
            continue;
        if (sourceIds)
            sourceIds->append(sourceId);
        addSourceColumn(columns, tabId, title, sourceId);
    }
    return tabId;
}

int removeOrphanLists(SourceStore &sources, ColumnStore &columns, const QList<Account> &accounts)
{
    QSet<QString> signedIn;
    for (const Account &a : accounts) {
        if (a.kind == u"discourse")
            signedIn.insert(a.server.toString());
    }
    QSet<qint64> orphans;
    for (const Source &s : sources.all()) {
        if (s.kind != u"discourse")
            continue;
        const auto stream = DiscourseStream::fromSourceUrl(s.url);
        if (stream && stream->needsAccount() && !signedIn.contains(stream->base.toString()))
            orphans.insert(s.id);
    }
    return removeSourcesWithColumns(sources, columns, orphans);
}

} // namespace gilde::discourse
