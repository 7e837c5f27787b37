// Media and scheduled posts, as Mastodon takes them: POST /api/v2/media
// (multipart: file and description; 202 when processed later, after which
// GET /api/v1/media/ID answers 206 until ready), and posts with scheduled_at
// kept as ScheduledStatus until their time (at least five minutes out).
#include "MastodonServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutexLocker>
#include <QRegularExpression>

namespace gilde::test
{

namespace
{

/// The parts of a multipart/form-data body, by name: content type and bytes.
QHash<QByteArray, std::pair<QByteArray, QByteArray>> formParts(const TestRequest &request)
{
    QHash<QByteArray, std::pair<QByteArray, QByteArray>> parts;
    const QByteArray type = request.header("content-type");
    const qsizetype at = type.indexOf("boundary=");
    if (!type.startsWith("multipart/form-data") || at < 0)
        return parts;
    const QByteArray delimiter = "--" + type.mid(at + 9);
    qsizetype from = request.body.indexOf(delimiter);
    while (from >= 0) {
        from += delimiter.size();
        if (request.body.mid(from, 2) == "--")
            break;
        const qsizetype next = request.body.indexOf("\r\n" + delimiter, from);
        if (next < 0)
            break;
        const QByteArray part = request.body.mid(from + 2, next - from - 2); // after the CRLF
        const qsizetype split = part.indexOf("\r\n\r\n");
        const QByteArray headers = part.left(split);
        static const QRegularExpression name(QStringLiteral("name=\"([^\"]*)\""));
        static const QRegularExpression contentType(QStringLiteral("Content-Type: ([^\r]*)"));
        const QString h = QString::fromUtf8(headers);
        parts.insert(name.match(h).captured(1).toUtf8(), { contentType.match(h).captured(1).toUtf8(), part.mid(split + 4) });
        from = next + 2;
    }
    return parts;
}

} // namespace

QList<MastodonServer::Upload> MastodonServer::uploads() const
{
    QMutexLocker lock(&m_mutex);
    return m_uploads;
}

void MastodonServer::setMediaProcessing(int polls)
{
    QMutexLocker lock(&m_mutex);
    m_mediaPolls = polls;
}

QList<MastodonServer::Posted> MastodonServer::scheduled() const
{
    QMutexLocker lock(&m_mutex);
    return m_scheduled;
}

TestResponse MastodonServer::media(const TestRequest &request)
{
    TestResponse refusal;
    if (!authorized(request, &refusal))
        return refusal;
    QMutexLocker lock(&m_mutex);
    const auto attachment = [this](const Upload &u, bool ready) {
        const QString url = m_http.url(QStringLiteral("/media/%1.png").arg(u.id)).toString();
        return QJsonObject { { QStringLiteral("id"), u.id }, { QStringLiteral("type"), QStringLiteral("image") },
            { QStringLiteral("url"), ready ? QJsonValue(url) : QJsonValue() }, { QStringLiteral("preview_url"), url },
            { QStringLiteral("description"), u.description } };
    };
    if (request.method == "GET") {
        const QString id = QString::fromUtf8(request.path.mid(qstrlen("/api/v1/media/")));
        for (const Upload &u : std::as_const(m_uploads)) {
            if (u.id != id)
                continue;
            int &left = m_processing[id];
            const bool ready = left <= 0;
            left = qMax(0, left - 1);
            return jsonResponse(attachment(u, ready), ready ? 200 : 206);
        }
        return jsonResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("Record not found") } }, 404);
    }
    const auto parts = formParts(request);
    if (!parts.contains("file") || parts.value("file").second.isEmpty())
        return jsonResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("Validation failed: File can't be blank") } }, 422);
    Upload u { QString::number(++m_nextId), QString::fromUtf8(parts.value("description").second),
        parts.value("file").first, parts.value("file").second };
    m_uploads.append(u);
    if (m_mediaPolls > 0) {
        m_processing.insert(u.id, m_mediaPolls);
        return jsonResponse(attachment(u, false), 202);
    }
    return jsonResponse(attachment(u, true));
}

TestResponse MastodonServer::schedule(const Posted &post)
{
    // Called with the lock held, from the statuses route.
    const QDateTime at = QDateTime::fromString(post.body.value(QLatin1String("scheduled_at")).toString(), Qt::ISODateWithMs);
    if (!at.isValid() || at.toMSecsSinceEpoch() < QDateTime::currentMSecsSinceEpoch() + 5 * 60 * 1000)
        return jsonResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("Validation failed: Scheduled at The scheduled date must be in the future") } }, 422);
    bool known = false;
    for (const Posted &p : std::as_const(m_scheduled))
        known = known || p.id == post.id;
    if (!known)
        m_scheduled.append(post);
    return jsonResponse(QJsonObject { { QStringLiteral("id"), post.id },
        { QStringLiteral("scheduled_at"), at.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("params"), QJsonObject { { QStringLiteral("text"), post.text } } } });
}

void MastodonServer::publishScheduled(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_scheduled.size(); ++i) {
        if (m_scheduled.at(i).id == id)
            m_posted.append(m_scheduled.takeAt(i));
    }
}

TestResponse MastodonServer::scheduledList(const TestRequest &request)
{
    TestResponse refusal;
    if (!authorized(request, &refusal))
        return refusal;
    QMutexLocker lock(&m_mutex);
    if (request.method == "DELETE") {
        const QString id = QString::fromUtf8(request.path.mid(qstrlen("/api/v1/scheduled_statuses/")));
        for (qsizetype i = 0; i < m_scheduled.size(); ++i) {
            if (m_scheduled.at(i).id == id) {
                m_scheduled.removeAt(i);
                m_actions << QStringLiteral("unschedule ") + id;
                return jsonResponse(QJsonObject());
            }
        }
        return jsonResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("Record not found") } }, 404);
    }
    QJsonArray list;
    for (const Posted &p : std::as_const(m_scheduled)) {
        list.append(QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("scheduled_at"), p.body.value(QLatin1String("scheduled_at")) },
            { QStringLiteral("params"), QJsonObject { { QStringLiteral("text"), p.text } } } });
    }
    return jsonResponse(list);
}

} // namespace gilde::test
