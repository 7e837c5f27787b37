#include "MastodonThreads.h"

#include "MastodonHttp.h"
#include "MastodonJson.h"
#include "MastodonTimeline.h"
#include "StatusToItems.h"
#include "model/Item.h"
#include "model/Source.h"
#include "net/HttpClient.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>

namespace gilde
{

struct MastodonThreads::Job {
    qint64 itemId = 0;
    QUrl server;
    QString statusId;
    QString token;
    std::optional<MastodonStatus> status;
    MastodonContext context;
};

MastodonThreads::MastodonThreads(ItemStore &items, SourceStore &sources, ThreadStore &threads, HttpClient &http,
    MastodonFetcher::TokenFor tokenFor, QObject *parent)
    : ThreadLoader(threads, parent)
    , m_items(items)
    , m_sources(sources)
    , m_http(http)
    , m_tokenFor(std::move(tokenFor))
{
}

QString MastodonThreads::statusIdOf(const Item &item)
{
    if (item.kind != u"status" && item.kind != u"notification")
        return {};
    // StatusToItems keeps the shown post's id (a boost's: the boosted post).
    const QJsonObject meta = QJsonDocument::fromJson(item.meta.toUtf8()).object();
    const QString id = meta.value(QLatin1String("status")).toString();
    const bool safe = !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    return safe ? id : QString(); // it goes in a path
}

void MastodonThreads::load(qint64 itemId)
{
    if (!start(itemId))
        return;
    const std::optional<Item> item = m_items.item(itemId);
    const std::optional<Source> source = item ? m_sources.byId(item->sourceId) : std::nullopt;
    const auto timeline = source && source->kind == u"mastodon" ? MastodonTimeline::fromSourceUrl(source->url)
                                                                 : std::nullopt;
    const QString statusId = item ? statusIdOf(*item) : QString();
    if (!timeline || statusId.isEmpty()) {
        fail(itemId, tr("This is not a post with a conversation."));
        return;
    }
    auto job = std::make_shared<Job>();
    job->itemId = itemId;
    job->server = timeline->server;
    job->statusId = statusId;
    if (timeline->accountId == 0) {
        ask(job, false);
        return;
    }
    QPointer<MastodonThreads> self(this);
    m_tokenFor(timeline->accountId, [self, job](bool ok, const QString &token, const QString &error) {
        if (!self)
            return;
        if (!ok || token.isEmpty()) {
            self->fail(job->itemId,
                tr("The sign-in of this account is not in the keychain: %1. Sign in again.")
                    .arg(error.isEmpty() ? tr("no token") : error));
            return;
        }
        job->token = token;
        self->ask(job, false);
    });
}

void MastodonThreads::ask(const std::shared_ptr<Job> &job, bool context)
{
    QUrl url = job->server;
    url.setPath(QStringLiteral("/api/v1/statuses/%1%2").arg(job->statusId, context ? QStringLiteral("/context") : QString()));
    QPointer<MastodonThreads> self(this);
    m_http.get(mastodon::apiRequest(url, job->token), [self, job, context](const HttpResult &result) {
        if (self)
            self->answered(job, context, result);
    });
}

void MastodonThreads::answered(const std::shared_ptr<Job> &job, bool context, const HttpResult &result)
{
    if (result.outcome != HttpResult::Outcome::Ok) {
        QString error;
        if (result.outcome == HttpResult::Outcome::Http && result.status == 404)
            error = tr("The post is gone from the server.");
        else if (mastodon::refusedAccess(result) && job->token.isEmpty())
            error = tr("This server shows the conversation only to signed-in users.");
        else
            error = mastodon::refusalText(result, !job->token.isEmpty());
        fail(job->itemId, error.isEmpty() ? result.errorText : error);
        return;
    }
    QString error;
    if (!context) {
        job->status = mastodon::singleStatus(result.body, &error);
        if (!job->status || job->status->id.isEmpty()) {
            fail(job->itemId, tr("Not a Mastodon post: %1").arg(error.isEmpty() ? tr("no id") : error));
            return;
        }
        ask(job, true);
        return;
    }
    const std::optional<MastodonContext> found = mastodon::context(result.body, &error);
    if (!found) {
        fail(job->itemId, tr("Not a Mastodon conversation: %1").arg(error));
        return;
    }
    job->context = *found;
    store(job);
}

void MastodonThreads::store(const std::shared_ptr<Job> &job)
{
    write(job->itemId, [job] {
        QList<MastodonStatus> all = job->context.ancestors;
        all << *job->status;
        all << job->context.descendants;
        QHash<QString, int> numbers;
        QList<ThreadPost> out;
        out.reserve(all.size());
        for (const MastodonStatus &s : std::as_const(all)) {
            if (s.id.isEmpty() || numbers.contains(s.id))
                continue;
            ThreadPost t;
            t.itemId = job->itemId;
            t.number = int(out.size()) + 1;
            t.remoteId = s.id;
            t.author = s.account.acct;
            t.authorName = mastodon::displayName(s.account);
            t.avatar = mastodon::avatarOf(s.account);
            t.publishedMs = s.createdAtMs;
            t.replyTo = numbers.value(s.inReplyToId, 0);
            t.likes = s.favouritesCount;
            // As a row shows it: content warning, media, card and poll, sanitized.
            t.html = mastodon::itemFromStatus(s, 0).html;
            numbers.insert(s.id, t.number);
            out << std::move(t);
        }
        return out;
    });
}

} // namespace gilde
