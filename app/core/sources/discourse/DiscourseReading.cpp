#include "DiscourseReading.h"

#include "DiscourseHttp.h"
#include "DiscoursePacing.h"
#include "DiscourseStream.h"
#include "DiscourseWrites.h"
#include "TopicMeta.h"
#include "accounts/Accounts.h"
#include "store/ItemStore.h"
#include "store/SourceStore.h"
#include "store/ThreadStore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QUrlQuery>

namespace gilde
{

namespace
{

Q_LOGGING_CATEGORY(lcReading, "gilde.discourse.reading")

} // namespace

DiscourseReading::DiscourseReading(Accounts &accounts, ItemStore &items, SourceStore &sources, ThreadStore &threads,
    DiscoursePacing &pacing, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_items(items)
    , m_sources(sources)
    , m_threads(threads)
    , m_pacing(pacing)
{
}

void DiscourseReading::setOnline(bool online)
{
    m_online = online;
    if (!online)
        return;
    for (const qint64 itemId : m_threads.readsUntold())
        topicRead(itemId);
}

void DiscourseReading::topicRead(qint64 itemId)
{
    const std::optional<Item> item = m_items.item(itemId);
    const TopicMeta topic = item ? TopicMeta::fromJson(item->meta) : TopicMeta();
    const std::optional<Source> source = item ? m_sources.byId(item->sourceId) : std::nullopt;
    if (!item || item->kind != u"topic" || topic.topicId == 0 || !source)
        return;
    const QUrl forum = discourse::forumOf(*source);
    const qint64 accountId = discourse::accountFor(m_accounts.ofKind(QStringLiteral("discourse")), *source);
    if (forum.isEmpty() || accountId == 0) {
        m_threads.setReadUntold(itemId, false); // signed out since
        return;
    }
    m_threads.setReadUntold(itemId, true); // until the forum has it
    if (!m_online)
        return;

    // Every post of the thread as it is cached; without it (not loaded yet), the opening post.
    QList<int> numbers = m_threads.numbers(itemId);
    if (numbers.isEmpty())
        numbers << 1;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("topic_id"), QString::number(topic.topicId));
    form.addQueryItem(QStringLiteral("topic_time"), QString::number(qint64(MsPerPost) * numbers.size()));
    for (const int n : std::as_const(numbers))
        form.addQueryItem(QStringLiteral("timings[%1]").arg(n), QString::number(MsPerPost));
    QUrl url = forum;
    url.setPath(forum.path() + QStringLiteral("/topics/timings"));

    QPointer<DiscourseReading> self(this);
    m_accounts.secret(accountId, [self, itemId, url, forum, body = form.toString(QUrl::FullyEncoded).toUtf8()](
                                     bool ok, const QString &secret, const QString &) {
        if (!self)
            return;
        const DiscourseCredentials credentials = ok ? DiscourseCredentials::fromSecret(secret) : DiscourseCredentials();
        if (credentials.isEmpty()) {
            Q_EMIT self->reported(itemId, false);
            return;
        }
        HttpRequest request = discourse::jsonRequest(url);
        request.method = "POST";
        request.body = body;
        request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") });
        self->m_pacing.sendAs(forum.toString(), request, credentials, [self, itemId](const HttpResult &r) {
            if (!self)
                return;
            const bool told = r.outcome == HttpResult::Outcome::Ok;
            const bool later = r.outcome == HttpResult::Outcome::Network || r.outcome == HttpResult::Outcome::Timeout
                || r.outcome == HttpResult::Outcome::RateLimited || (r.status >= 500 && r.status < 600);
            if (!later) {
                self->m_threads.setReadUntold(itemId, false);
                if (!told)
                    qCInfo(lcReading) << "the forum did not take what was read of item" << itemId << ":" << r.errorText;
            }
            Q_EMIT self->reported(itemId, told);
        });
    });
}

} // namespace gilde
