#include "DiscourseThreads.h"

#include "DiscourseHttp.h"
#include "DiscourseJson.h"
#include "DiscoursePacing.h"
#include "DiscourseStream.h"
#include "TopicMeta.h"
#include "TopicToItems.h"
#include "model/Source.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "text/HtmlSanitizer.h"

#include <QPointer>
#include <QUrlQuery>

#include <algorithm>

namespace gilde
{

namespace
{

QString refusal(const HttpResult &result, bool keyRefused)
{
    const QString text = discourse::refusalText(result, discourse::Asked::Topic, keyRefused);
    return text.isEmpty() ? DiscourseThreads::tr("Could not load the topic.") : text;
}

} // namespace

struct DiscourseThreads::Job {
    qint64 itemId = 0;
    QUrl base;
    qint64 topicId = 0;
    QList<DiscoursePost> posts;
    QList<qint64> remaining;
};

DiscourseThreads::DiscourseThreads(
    ItemStore &items, SourceStore &sources, ThreadStore &threads, DiscoursePacing &pacing, QObject *parent)
    : ThreadLoader(threads, parent)
    , m_items(items)
    , m_sources(sources)
    , m_pacing(pacing)
{
}

void DiscourseThreads::ask(const std::shared_ptr<Job> &job, const QUrl &url, bool first)
{
    QPointer<DiscourseThreads> self(this);
    m_pacing.get(job->base.toString(), discourse::jsonRequest(url), [self, job, first](const HttpResult &result) {
        if (!self)
            return;
        if (result.outcome != HttpResult::Outcome::Ok) {
            self->fail(job->itemId, refusal(result, self->m_pacing.keyRefused(job->base.toString())));
            return;
        }
        QString error;
        if (first) {
            // The first answer has the first posts and the ids of all of them.
            const DiscourseThread thread = discourse::thread(result.body, &error);
            job->posts = thread.posts;
            QSet<qint64> have;
            for (const DiscoursePost &p : thread.posts)
                have.insert(p.id);
            for (const qint64 id : thread.stream) {
                if (!have.contains(id))
                    job->remaining << id;
            }
        } else {
            job->posts << discourse::posts(result.body, &error);
        }
        if (!error.isEmpty()) {
            self->fail(job->itemId, DiscourseThreads::tr("Not a Discourse topic: %1").arg(error));
            return;
        }
        self->nextChunk(job);
    });
}

void DiscourseThreads::load(qint64 itemId)
{
    if (!start(itemId))
        return;
    const std::optional<Item> item = m_items.item(itemId);
    const TopicMeta topic = item ? TopicMeta::fromJson(item->meta) : TopicMeta();
    const std::optional<Source> source = item ? m_sources.byId(item->sourceId) : std::nullopt;
    const auto stream = source ? DiscourseStream::fromSourceUrl(source->url) : std::nullopt;
    if (!item || item->kind != u"topic" || topic.topicId == 0 || !stream) {
        fail(itemId, tr("This is not a forum topic."));
        return;
    }
    auto job = std::make_shared<Job>();
    job->itemId = itemId;
    job->base = stream->base;
    job->topicId = topic.topicId;
    QUrl url = job->base;
    url.setPath(job->base.path() + QStringLiteral("/t/%1.json").arg(job->topicId));
    ask(job, url, true);
}

void DiscourseThreads::nextChunk(const std::shared_ptr<Job> &job)
{
    if (job->remaining.isEmpty()) {
        store(job);
        return;
    }
    const QList<qint64> chunk = job->remaining.mid(0, ChunkSize);
    job->remaining.remove(0, chunk.size());
    QUrl url = job->base;
    url.setPath(job->base.path() + QStringLiteral("/t/%1/posts.json").arg(job->topicId));
    QUrlQuery query;
    for (const qint64 id : chunk)
        query.addQueryItem(QStringLiteral("post_ids[]"), QString::number(id));
    url.setQuery(query);
    ask(job, url, false);
}

void DiscourseThreads::store(const std::shared_ptr<Job> &job)
{
    write(job->itemId, [job] {
        QList<DiscoursePost> posts = job->posts;
        std::sort(posts.begin(), posts.end(),
            [](const DiscoursePost &a, const DiscoursePost &b) { return a.number < b.number; });
        QList<ThreadPost> out;
        out.reserve(posts.size());
        int last = 0;
        for (const DiscoursePost &p : posts) {
            if (p.number == last)
                continue; // a post the chunks gave twice
            last = p.number;
            ThreadPost t;
            t.itemId = job->itemId;
            t.number = p.number;
            t.remoteId = QString::number(p.id);
            t.author = p.username;
            t.authorName = p.name;
            t.avatar = discourse::avatarUrl(job->base, p.avatarTemplate, 48).toString();
            t.publishedMs = p.createdAtMs;
            t.replyTo = p.replyToNumber;
            t.likes = p.likeCount;
            t.html = sanitizeHtml(p.cooked, job->base);
            out << std::move(t);
        }
        return out;
    });
}

} // namespace gilde
