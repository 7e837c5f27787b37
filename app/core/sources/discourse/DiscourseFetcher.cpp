#include "DiscourseFetcher.h"

#include "DiscourseHttp.h"
#include "DiscourseJson.h"
#include "DiscoursePacing.h"
#include "DiscourseStream.h"
#include "NotificationToItems.h"
#include "TopicToItems.h"
#include "model/Source.h"
#include "sync/FetchReport.h"
#include "sync/RefreshPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

namespace gilde
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiscourseFetcher)
};

using CategoryMap = QHash<qint64, DiscourseCategory>;

/// The newest posts a topic's column takes in one refresh.
constexpr int TopicPostsPerRefresh = 20;

SourceFetcher::Fetched refused(const HttpResult &result, const QPointer<DiscoursePacing> &pacing, const QString &forum)
{
    SourceFetcher::Fetched fetched;
    fetched.result = result;
    fetched.result.permanentUrl = QUrl();
    if (result.outcome == HttpResult::Outcome::Http || result.outcome == HttpResult::Outcome::RateLimited)
        fetched.result.errorText = discourse::refusalText(result, discourse::Asked::Topic, pacing && pacing->keyRefused(forum));
    return fetched;
}

/// One topic's newest posts: /t/{id}.json gives the first ones and the ids
/// of all; the newest not among them come from /t/{id}/posts.json.
void fetchTopic(const DiscourseStream &stream, const QString &forum, qint64 sourceId, QPointer<DiscoursePacing> pacing,
    SourceFetcher::Done done)
{
    pacing->get(forum, discourse::jsonRequest(stream.apiUrl()),
        [stream, forum, sourceId, pacing, done = std::move(done)](const HttpResult &result) {
            if (result.outcome != HttpResult::Outcome::Ok) {
                done(refused(result, pacing, forum));
                return;
            }
            QString error;
            const DiscourseThread thread = discourse::thread(result.body, &error);
            const auto finish = [stream, sourceId, thread, error, result, done](const QList<DiscoursePost> &more) {
                SourceFetcher::Fetched fetched;
                fetched.result = result;
                fetched.result.body = {};
                fetched.result.permanentUrl = QUrl();
                fetched.interpret = [stream, sourceId, thread, error, more](FetchReport &report, qint64) {
                    if (!error.isEmpty()) {
                        report.kind = FetchReport::Kind::Failed;
                        report.error = Text::tr("Not a Discourse topic: %1").arg(error);
                        return;
                    }
                    report.items = discourse::itemsFromPosts(thread, thread.posts + more, stream.base, sourceId);
                    report.siteUrl = DiscourseStream::topicUrl(stream.base, thread.slug, thread.topicId);
                    report.ttlMinutes = RefreshPolicy::MinIntervalMinutes;
                };
                done(std::move(fetched));
            };
            QSet<qint64> have;
            for (const DiscoursePost &p : thread.posts)
                have.insert(p.id);
            QList<qint64> newest;
            for (qsizetype i = thread.stream.size() - 1; i >= 0 && newest.size() < TopicPostsPerRefresh; --i) {
                if (!have.contains(thread.stream.at(i)))
                    newest.prepend(thread.stream.at(i));
            }
            if (!error.isEmpty() || newest.isEmpty() || !pacing) {
                finish({});
                return;
            }
            QUrl url = stream.base;
            url.setPath(stream.base.path() + QStringLiteral("/t/%1/posts.json").arg(stream.topicId));
            QUrlQuery query;
            for (const qint64 id : std::as_const(newest))
                query.addQueryItem(QStringLiteral("post_ids[]"), QString::number(id));
            url.setQuery(query);
            // Without the newest the first posts still come; the next refresh asks again.
            pacing->get(forum, discourse::jsonRequest(url), [finish](const HttpResult &posts) {
                finish(posts.outcome == HttpResult::Outcome::Ok ? discourse::posts(posts.body) : QList<DiscoursePost>());
            });
        });
}

} // namespace

/// Each forum's categories by base address; written by workers that parse
/// /site.json, read on the engine's thread.
struct DiscourseFetcher::Categories {
    struct Entry {
        qint64 askedMs = 0;
        CategoryMap byId;
    };
    QMutex mutex;
    QHash<QString, Entry> forums;
};

DiscourseFetcher::DiscourseFetcher(DiscoursePacing *pacing)
    : m_categories(std::make_shared<Categories>())
    , m_pacing(pacing)
{
}

DiscourseFetcher::~DiscourseFetcher() = default;

QString DiscourseFetcher::kind() const
{
    return QStringLiteral("discourse");
}

void DiscourseFetcher::fetch(const Source &source, HttpClient &, Done done) const
{
    const auto stream = DiscourseStream::fromSourceUrl(source.url);
    if (!stream) {
        Fetched fetched;
        fetched.result.outcome = HttpResult::Outcome::Http;
        fetched.result.errorText
            = Text::tr("Not the address of a Discourse topic list: %1").arg(source.url.toDisplayString());
        done(std::move(fetched));
        return;
    }
    const QString forum = stream->base.toString();
    const qint64 sourceId = source.id;
    const std::shared_ptr<Categories> cache = m_categories;
    QPointer<DiscoursePacing> pacing = m_pacing;
    if (!pacing) { // the profile is closing
        Fetched fetched;
        fetched.result.outcome = HttpResult::Outcome::Network;
        done(std::move(fetched));
        return;
    }

    if (stream->kind == DiscourseStream::Kind::Topic) {
        fetchTopic(*stream, forum, sourceId, pacing, std::move(done));
        return;
    }

    // Fetches the list; `siteBody` is a fresh /site.json to learn categories from.
    auto getList = [stream = *stream, forum, sourceId, cache, pacing](QByteArray siteBody, Done done) {
        if (!pacing)
            return;
        pacing->get(forum, discourse::jsonRequest(stream.apiUrl()),
            [stream, forum, sourceId, cache, pacing, siteBody = std::move(siteBody), done = std::move(done)](
                const HttpResult &result) {
                Fetched fetched;
                fetched.result = result;
                // The address is the list: a forum that moved is followed anew, not silently.
                fetched.result.permanentUrl = QUrl();
                if (result.outcome == HttpResult::Outcome::Http || result.outcome == HttpResult::Outcome::RateLimited) {
                    fetched.result.errorText = discourse::refusalText(
                        result, discourse::Asked::List, pacing && pacing->keyRefused(forum));
                }
                if (result.outcome == HttpResult::Outcome::Ok) {
                    fetched.result.body = {};
                    fetched.interpret = [stream, forum, sourceId, cache, siteBody, body = result.body](
                                            FetchReport &report, qint64) {
                        report.siteUrl = stream.webUrl();
                        report.ttlMinutes = RefreshPolicy::MinIntervalMinutes;
                        if (stream.isNotifications()) {
                            QString error;
                            const QList<DiscourseNotification> list = discourse::notifications(body, &error);
                            if (!error.isEmpty()) {
                                report.kind = FetchReport::Kind::Failed;
                                report.error = Text::tr("Not a list of Discourse notifications: %1").arg(error);
                                return;
                            }
                            report.items = discourse::itemsFromNotifications(list, stream.base, sourceId);
                            return;
                        }
                        CategoryMap categories;
                        if (!siteBody.isEmpty()) {
                            for (const DiscourseCategory &c : discourse::categories(siteBody))
                                categories.insert(c.id, c);
                            QMutexLocker lock(&cache->mutex);
                            cache->forums[forum].byId = categories;
                        } else {
                            QMutexLocker lock(&cache->mutex);
                            categories = cache->forums.value(forum).byId;
                        }
                        QString error;
                        const DiscourseTopicList list = discourse::topicList(body, &error);
                        if (!error.isEmpty()) {
                            report.kind = FetchReport::Kind::Failed;
                            report.error = Text::tr("Not a Discourse topic list: %1").arg(error);
                            return;
                        }
                        report.items = discourse::itemsFromTopics(list, stream.base, categories, sourceId);
                    };
                }
                done(std::move(fetched));
            });
    };

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool askSite = false;
    if (!stream->isNotifications()) { // notifications name no categories
        QMutexLocker lock(&cache->mutex);
        Categories::Entry &entry = cache->forums[forum];
        if (entry.askedMs == 0 || now - entry.askedMs > CategoriesMaxAgeMs) {
            entry.askedMs = now; // other columns of this forum do not ask again meanwhile
            askSite = true;
        }
    }
    if (!askSite) {
        getList(QByteArray(), std::move(done));
        return;
    }
    QUrl siteUrl = stream->base;
    siteUrl.setPath(stream->base.path() + QStringLiteral("/site.json"));
    pacing->get(forum, discourse::jsonRequest(siteUrl),
        [getList = std::move(getList), cache, forum, done = std::move(done)](const HttpResult &site) mutable {
            // Without categories the topics still come, only without names and
            // colours; the next fetch asks again.
            if (site.outcome != HttpResult::Outcome::Ok) {
                QMutexLocker lock(&cache->mutex);
                cache->forums[forum].askedMs = 0;
            }
            getList(site.outcome == HttpResult::Outcome::Ok ? site.body : QByteArray(), std::move(done));
        });
}

} // namespace gilde
