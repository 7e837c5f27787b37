#include "Threads.h"

#include "discourse/DiscourseThreads.h"
#include "mastodon/MastodonThreads.h"
#include "model/Item.h"

namespace gilde
{

Threads::Threads(DiscourseThreads &forum, MastodonThreads &microblog, QObject *parent)
    : QObject(parent)
    , m_forum(forum)
    , m_microblog(microblog)
{
    for (ThreadLoader *loader : { static_cast<ThreadLoader *>(&m_forum), static_cast<ThreadLoader *>(&m_microblog) }) {
        connect(loader, &ThreadLoader::threadLoaded, this, &Threads::threadLoaded);
        connect(loader, &ThreadLoader::threadFailed, this, &Threads::threadFailed);
    }
}

bool Threads::isForumTopic(const Item &item)
{
    return item.kind == u"topic";
}

bool Threads::hasThread(const Item &item)
{
    return isForumTopic(item) || !MastodonThreads::statusIdOf(item).isEmpty();
}

void Threads::load(const Item &item)
{
    // DiscourseThreads says why anything else has no thread.
    if (!isForumTopic(item) && hasThread(item))
        m_microblog.load(item.id);
    else
        m_forum.load(item.id);
}

bool Threads::isLoading(qint64 itemId) const
{
    return m_forum.isLoading(itemId) || m_microblog.isLoading(itemId);
}

} // namespace gilde
