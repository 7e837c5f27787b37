#include "DiscourseLiveTopics.h"

#include "DiscourseHttp.h"
#include "DiscoursePacing.h"
#include "DiscourseStream.h"
#include "net/HttpClient.h"
#include "store/SourceStore.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace gilde
{

namespace
{

Q_LOGGING_CATEGORY(lcLive, "gilde.discourse.live")

const QString StatusChannel = QStringLiteral("/__status");

QString channelOf(qint64 topicId)
{
    return QStringLiteral("/topic/%1").arg(topicId);
}

/// What the forum tells on a topic's channel that changes its posts; the
/// rest (reads, likes, statistics) would cost a refresh for nothing shown.
bool changesPosts(const QString &type)
{
    static const QSet<QString> types { QStringLiteral("created"), QStringLiteral("revised"),
        QStringLiteral("rebaked"), QStringLiteral("deleted"), QStringLiteral("destroyed"), QStringLiteral("recovered") };
    return types.contains(type);
}

} // namespace

struct DiscourseLiveTopics::Forum {
    QString base;
    QHash<QString, qint64> sources; ///< channel → the followed topic's source
    QHash<QString, qint64> positions; ///< channel → the last message seen; -1: none yet
    quint64 poll = 0; ///< the poll under way; 0: none
    int failures = 0;
    QTimer timer;
    QElapsedTimer asked;
};

DiscourseLiveTopics::DiscourseLiveTopics(SourceStore &sources, SyncEngine &sync, DiscoursePacing &pacing, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_sync(sync)
    , m_pacing(pacing)
    // As the forum's web client names itself: 32 hex digits, new each run.
    , m_clientId(QUuid::createUuid().toString(QUuid::Id128))
{
}

DiscourseLiveTopics::~DiscourseLiveTopics() = default;

void DiscourseLiveTopics::setPauses(int quietMs, int firstRetryMs, int maxRetryMs)
{
    m_quietMs = qMax(0, quietMs);
    m_firstRetryMs = qMax(1, firstRetryMs);
    m_maxRetryMs = qMax(m_firstRetryMs, maxRetryMs);
}

void DiscourseLiveTopics::start()
{
    m_running = true;
    reconcile();
    // Started again (online again): what waited out a failure asks now.
    for (auto &[base, forum] : m_forums) {
        forum->failures = 0;
        if (forum->poll == 0) {
            forum->timer.stop();
            poll(*forum);
        }
    }
}

void DiscourseLiveTopics::stop()
{
    m_running = false;
    m_forums.clear(); // answers still to come find no forum and are dropped
}

bool DiscourseLiveTopics::isListening(const QString &forum) const
{
    return m_forums.find(forum) != m_forums.end();
}

void DiscourseLiveTopics::reconcile()
{
    if (!m_running)
        return;
    QHash<QString, QHash<QString, qint64>> wanted;
    for (const Source &source : m_sources.all()) {
        if (source.kind != u"discourse")
            continue;
        const std::optional<DiscourseStream> stream = DiscourseStream::fromSourceUrl(source.url);
        if (stream && stream->kind == DiscourseStream::Kind::Topic)
            wanted[stream->base.toString()].insert(channelOf(stream->topicId), source.id);
    }
    for (auto it = m_forums.begin(); it != m_forums.end();) {
        if (wanted.contains(it->first))
            ++it;
        else
            it = m_forums.erase(it);
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        std::unique_ptr<Forum> &slot = m_forums[it.key()];
        if (!slot) {
            slot = std::make_unique<Forum>();
            slot->base = it.key();
            slot->timer.setSingleShot(true);
            connect(&slot->timer, &QTimer::timeout, this, [this, base = it.key()] {
                const auto found = m_forums.find(base);
                if (m_running && found != m_forums.end())
                    poll(*found->second);
            });
        }
        Forum &forum = *slot;
        bool sameTopics = forum.sources.size() == it.value().size();
        for (auto channel = it.value().cbegin(); sameTopics && channel != it.value().cend(); ++channel)
            sameTopics = forum.sources.contains(channel.key());
        forum.sources = it.value();
        QHash<QString, qint64> positions;
        for (auto channel = forum.sources.cbegin(); channel != forum.sources.cend(); ++channel)
            positions.insert(channel.key(), forum.positions.value(channel.key(), -1));
        forum.positions = positions;
        // A new forum asks at once; so does one whose held poll lacks a topic
        // just followed (the forum drops the older poll of the same client).
        // One pausing keeps to its pause.
        if ((forum.poll == 0 && !forum.timer.isActive()) || (forum.poll != 0 && !sameTopics))
            poll(forum);
    }
}

void DiscourseLiveTopics::poll(Forum &forum)
{
    if (forum.sources.isEmpty())
        return;
    // -1 asks where the channel stands (answered at once on /__status); from
    // then on, what came after the last message seen.
    QUrlQuery form;
    for (auto it = forum.positions.cbegin(); it != forum.positions.cend(); ++it)
        form.addQueryItem(it.key(), QString::number(it.value()));
    const QUrl url(forum.base + QStringLiteral("/message-bus/") + m_clientId + QStringLiteral("/poll"));
    HttpRequest request = discourse::jsonRequest(url);
    request.method = "POST";
    request.body = form.toString(QUrl::FullyEncoded).toUtf8();
    request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") });
    // One JSON array at the end, not a chunked stream of them.
    request.headers.append({ QByteArrayLiteral("Dont-Chunk"), QByteArrayLiteral("true") });
    request.headers.append({ QByteArrayLiteral("X-SILENCE-LOGGER"), QByteArrayLiteral("true") });
    request.timeoutMs = PollTimeoutMs;
    request.totalTimeoutMs = PollTimeoutMs;
    forum.poll = ++m_lastPoll;
    forum.asked.start();
    QPointer<DiscourseLiveTopics> self(this);
    m_pacing.get(forum.base, request, [self, base = forum.base, poll = forum.poll](const HttpResult &result) {
        if (self)
            self->answered(base, poll, result);
    });
}

void DiscourseLiveTopics::answered(const QString &base, quint64 poll, const HttpResult &result)
{
    const auto found = m_forums.find(base);
    if (found == m_forums.end() || found->second->poll != poll)
        return;
    Forum &forum = *found->second;
    forum.poll = 0;
    QJsonParseError error {};
    const QJsonDocument doc
        = result.outcome == HttpResult::Outcome::Ok ? QJsonDocument::fromJson(result.body, &error) : QJsonDocument();
    if (!doc.isArray()) {
        ++forum.failures;
        int pause = int(qMin<qint64>(m_maxRetryMs, qint64(m_firstRetryMs) << qMin(forum.failures - 1, 20)));
        if (result.outcome == HttpResult::Outcome::RateLimited)
            pause = qMax(pause, m_pacing.heldSeconds(base) * 1000);
        qCInfo(lcLive) << "no word from" << base << "on its topics:"
                       << (result.outcome == HttpResult::Outcome::Ok ? QStringLiteral("not MessageBus") : result.errorText)
                       << "- asked again in" << pause << "ms";
        pauseThenPoll(forum, pause);
        return;
    }
    forum.failures = 0;
    const QJsonArray messages = doc.array();
    QList<qint64> changed;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        const QString channel = message.value(QLatin1String("channel")).toString();
        const QJsonObject data = message.value(QLatin1String("data")).toObject();
        if (channel == StatusChannel) {
            for (auto it = data.begin(); it != data.end(); ++it) {
                if (forum.positions.contains(it.key()))
                    forum.positions[it.key()] = it.value().toInteger(-1);
            }
            continue;
        }
        if (!forum.sources.contains(channel))
            continue;
        forum.positions[channel] = message.value(QLatin1String("message_id")).toInteger(forum.positions.value(channel));
        const qint64 sourceId = forum.sources.value(channel);
        if (changesPosts(data.value(QLatin1String("type")).toString()) && !changed.contains(sourceId))
            changed.append(sourceId);
    }
    // A forum that held the poll, or had something to say, is asked again at
    // once; one that answered nothing at once does not hold polls.
    const bool held = forum.asked.elapsed() >= HeldAtLeastMs;
    pauseThenPoll(forum, messages.isEmpty() && !held ? m_quietMs : 0);
    // Last: whoever hears of it may unfollow, and so end `forum`.
    if (!changed.isEmpty()) {
        m_sync.refresh(changed);
        Q_EMIT topicsChanged(changed);
    }
}

void DiscourseLiveTopics::pauseThenPoll(Forum &forum, int ms)
{
    if (!m_running)
        return;
    if (m_pacing.withUserKey(forum.base))
        ms = int(qMax<qint64>(ms, m_keyedSpacingMs - forum.asked.elapsed()));
    forum.timer.start(ms);
}

} // namespace gilde
