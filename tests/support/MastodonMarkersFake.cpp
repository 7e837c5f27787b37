// Read markers, as Mastodon keeps them (/api/v1/markers): GET lists those
// asked for that exist; POST moves them, each change bumping the version,
// and answers 409 when two updates meet.
#include "MastodonServer.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QUrlQuery>

namespace gilde::test
{

MastodonServer::Marker MastodonServer::marker(const QString &timeline) const
{
    QMutexLocker lock(&m_mutex);
    return m_markers.value(timeline);
}

void MastodonServer::setMarker(const QString &timeline, const QString &lastReadId)
{
    QMutexLocker lock(&m_mutex);
    Marker &m = m_markers[timeline];
    m.lastReadId = lastReadId;
    ++m.version;
}

void MastodonServer::setMarkerConflicts(int count)
{
    QMutexLocker lock(&m_mutex);
    m_markerConflicts = count;
}

int MastodonServer::markerUpdates() const
{
    QMutexLocker lock(&m_mutex);
    return m_markerUpdates;
}

TestResponse MastodonServer::markers(const TestRequest &request)
{
    TestResponse refusal;
    if (!authorized(request, &refusal))
        return refusal;
    const QStringList timelines { QStringLiteral("home"), QStringLiteral("notifications") };
    QMutexLocker lock(&m_mutex);
    if (request.method == "POST") {
        if (m_markerConflicts > 0) {
            --m_markerConflicts;
            return jsonResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("Conflict during update, please try again") } }, 409);
        }
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const QString &timeline : timelines) {
            const QString id = form.queryItemValue(timeline + QStringLiteral("[last_read_id]"), QUrl::FullyDecoded);
            if (id.isEmpty())
                continue;
            Marker &m = m_markers[timeline];
            m.lastReadId = id;
            ++m.version;
            ++m_markerUpdates;
        }
    }
    const QString asked = QUrlQuery(QUrl::fromEncoded("http://x" + request.path).query()).toString(QUrl::FullyDecoded);
    QJsonObject answer;
    for (const QString &timeline : timelines) {
        const auto m = m_markers.constFind(timeline);
        if (m == m_markers.cend() || (request.method == "GET" && !asked.contains(QStringLiteral("timeline[]=") + timeline)))
            continue;
        answer.insert(timeline, QJsonObject { { QStringLiteral("last_read_id"), m->lastReadId },
            { QStringLiteral("version"), m->version },
            { QStringLiteral("updated_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } });
    }
    return jsonResponse(answer);
}

} // namespace gilde::test
