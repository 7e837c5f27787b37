#include "MastodonMarkers.h"

#include "MastodonHttp.h"
#include "MastodonJson.h"
#include "MastodonTimeline.h"
#include "model/Source.h"
#include "net/HttpClient.h"
#include "store/SourceStore.h"
#include "store/TimelineStore.h"
#include "sync/TimelinePaging.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcMarkers, "gilde.mastodon.markers", QtWarningMsg)

namespace gilde
{

namespace
{
const QString Home = QStringLiteral("home");
const QString Notifications = QStringLiteral("notifications");

HttpRequest markersRequest(const QUrl &server, const QUrlQuery &query, const QString &token)
{
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/markers"));
    if (!query.isEmpty())
        url.setQuery(query);
    HttpRequest request = mastodon::apiRequest(url, token);
    request.maxBytes = 64 * 1024;
    request.timeoutMs = 20000;
    return request;
}
} // namespace

MastodonMarkers::MastodonMarkers(SourceStore &sources, TimelineStore &timelines, HttpClient &http,
    MastodonFetcher::TokenFor tokenFor, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_timelines(timelines)
    , m_http(http)
    , m_tokenFor(std::move(tokenFor))
{
    connect(&m_pushTimer, &QTimer::timeout, this, &MastodonMarkers::pushDue);
}

void MastodonMarkers::start(int pushIntervalMs)
{
    m_started = true;
    m_pushTimer.start(pushIntervalMs);
}

QHash<qint64, MastodonMarkers::Timelines> MastodonMarkers::timelinesByAccount() const
{
    QHash<qint64, Timelines> byAccount;
    for (const Source &source : m_sources.all()) {
        if (source.kind != u"mastodon")
            continue;
        const auto timeline = MastodonTimeline::fromSourceUrl(source.url);
        if (!timeline || timeline->accountId <= 0)
            continue;
        Timelines &found = byAccount[timeline->accountId];
        found.server = timeline->server;
        if (timeline->kind == MastodonTimeline::Kind::Home)
            found.home = source.id;
        else if (timeline->kind == MastodonTimeline::Kind::Notifications)
            found.notifications = source.id;
        else if (timeline->kind == MastodonTimeline::Kind::Mentions)
            found.mentions << source.id;
    }
    return byAccount;
}

void MastodonMarkers::sourceRefreshed(qint64 sourceId)
{
    if (!m_started)
        return;
    const auto source = m_sources.byId(sourceId);
    const auto timeline = source && source->kind == u"mastodon" ? MastodonTimeline::fromSourceUrl(source->url)
                                                                 : std::nullopt;
    if (!timeline || timeline->accountId <= 0
        || (timeline->kind != MastodonTimeline::Kind::Home && !timeline->isNotifications()))
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastPullMs.value(timeline->accountId, 0) < MinPullIntervalMs)
        return;
    sync(timeline->accountId);
}

void MastodonMarkers::sync(qint64 accountId)
{
    if (m_busy.contains(accountId))
        return; // the round under way says when it is done
    if (m_unsupported.contains(accountId)) {
        Q_EMIT synced(accountId);
        return;
    }
    m_busy.insert(accountId);
    m_lastPullMs.insert(accountId, QDateTime::currentMSecsSinceEpoch());
    QPointer<MastodonMarkers> self(this);
    m_tokenFor(accountId, [self, accountId](bool ok, const QString &token, const QString &) {
        if (!self)
            return;
        if (!ok || token.isEmpty()) {
            self->finish(accountId);
            return;
        }
        self->pull(accountId, token, 0);
    });
}

void MastodonMarkers::pull(qint64 accountId, const QString &token, int conflicts)
{
    const Timelines timelines = timelinesByAccount().value(accountId);
    if (!timelines.home && !timelines.notifications && timelines.mentions.isEmpty()) {
        finish(accountId);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("timeline[]"), Home);
    query.addQueryItem(QStringLiteral("timeline[]"), Notifications);
    const HttpRequest request = markersRequest(timelines.server, query, token);
    QPointer<MastodonMarkers> self(this);
    m_http.get(request, [self, accountId, timelines, token, conflicts](const HttpResult &result) {
        if (!self)
            return;
        // Without the server's markers, nothing is told: a marker could move back.
        if (result.outcome != HttpResult::Outcome::Ok) {
            // Older servers (and some others) have no markers: not asked again this run.
            if (result.outcome == HttpResult::Outcome::Http && (result.status == 404 || result.status == 501))
                self->m_unsupported.insert(accountId);
            qCInfo(lcMarkers) << "markers of account" << accountId << "not read:" << result.status << result.errorText;
            self->finish(accountId);
            return;
        }
        self->applyPulled(accountId, timelines, result);
        self->push(accountId, timelines, token, conflicts);
    });
}

void MastodonMarkers::applyPulled(qint64 accountId, const Timelines &timelines, const HttpResult &result)
{
    const QHash<QString, MastodonMarker> markers = mastodon::markers(result.body);
    QHash<QString, QString> &known = m_known[accountId];
    for (const QString &name : { Home, Notifications }) {
        const QString lastRead = markers.value(name).lastReadId;
        if (lastRead.isEmpty())
            continue;
        known.insert(name, lastRead);
        const QList<qint64> sources = name == Home ? QList<qint64> { timelines.home }
                                                    : QList<qint64> { timelines.notifications } + timelines.mentions;
        for (qint64 sourceId : sources) {
            if (sourceId <= 0)
                continue;
            if (const int changed = m_timelines.markReadThrough(sourceId, lastRead); changed > 0)
                Q_EMIT readChanged(sourceId, changed);
        }
    }
}

QByteArray MastodonMarkers::aheadForm(qint64 accountId, const Timelines &timelines) const
{
    const auto known = m_known.constFind(accountId);
    if (known == m_known.cend())
        return {};
    QUrlQuery form;
    // A mentions-only column says nothing of the other notifications: Notifications alone tells.
    for (const auto &[name, sourceId] : { std::pair { Home, timelines.home }, std::pair { Notifications, timelines.notifications } }) {
        if (sourceId <= 0)
            continue;
        const QString position = m_timelines.readPosition(sourceId);
        if (!position.isEmpty() && compareIds(position, known->value(name)) > 0)
            form.addQueryItem(name + QStringLiteral("[last_read_id]"), position);
    }
    return form.query(QUrl::FullyEncoded).toUtf8();
}

void MastodonMarkers::push(qint64 accountId, const Timelines &timelines, const QString &token, int conflicts)
{
    const QByteArray form = aheadForm(accountId, timelines);
    if (form.isEmpty()) {
        finish(accountId);
        return;
    }
    HttpRequest request = markersRequest(timelines.server, {}, token);
    request.method = QByteArrayLiteral("POST");
    request.body = form;
    request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded") });
    QPointer<MastodonMarkers> self(this);
    m_http.get(request, [self, accountId, timelines, token, conflicts](const HttpResult &result) {
        if (!self)
            return;
        if (result.outcome == HttpResult::Outcome::Ok) {
            self->applyPulled(accountId, timelines, result); // the answer is the markers as they now are
            self->finish(accountId);
            return;
        }
        // Another client moved a marker at the same moment: ask again, then tell again.
        if (result.outcome == HttpResult::Outcome::Http && result.status == 409 && conflicts + 1 < MaxConflicts) {
            self->pull(accountId, token, conflicts + 1);
            return;
        }
        qCInfo(lcMarkers) << "markers of account" << accountId << "not updated:" << result.status << result.errorText;
        self->finish(accountId);
    });
}

void MastodonMarkers::finish(qint64 accountId)
{
    m_busy.remove(accountId);
    Q_EMIT synced(accountId);
}

void MastodonMarkers::pushDue()
{
    // Only accounts whose markers are known (a refresh brought them), and only
    // when the user has read further since: no request otherwise.
    if (m_known.isEmpty())
        return;
    const QHash<qint64, Timelines> timelines = timelinesByAccount();
    const QList<qint64> accounts = m_known.keys();
    for (qint64 accountId : accounts) {
        if (!m_busy.contains(accountId) && !aheadForm(accountId, timelines.value(accountId)).isEmpty())
            sync(accountId);
    }
}

} // namespace gilde
