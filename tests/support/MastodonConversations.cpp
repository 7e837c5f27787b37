// A post's conversation, as Mastodon answers /api/v1/statuses/{id}/context.
#include "MastodonServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>

namespace gilde::test
{

void MastodonServer::setConversation(qint64 id, int ancestors, int descendants)
{
    QMutexLocker lock(&m_mutex);
    m_conversations.insert(id, Conversation { ancestors, descendants });
}

QString MastodonServer::conversationText(qint64 id, int n)
{
    return QStringLiteral("Post %1 in the conversation around %2").arg(n).arg(id);
}

std::optional<TestResponse> MastodonServer::ownPost(const TestRequest &request)
{
    static const QRegularExpression path(QStringLiteral("^/api/v1/statuses/(\\d+)(/source)?$"));
    const auto m = path.match(QString::fromUtf8(request.path));
    if (!m.hasMatch() || (request.method != "GET" && request.method != "PUT"))
        return std::nullopt;
    const auto find = [&] {
        return std::find_if(m_posted.begin(), m_posted.end(), [&](const Posted &p) { return p.id == m.captured(1); });
    };
    {
        QMutexLocker lock(&m_mutex);
        if (find() == m_posted.end())
            return std::nullopt;
    }
    TestResponse refusal;
    if (!authorized(request, &refusal))
        return refusal;
    QMutexLocker lock(&m_mutex);
    const auto post = find();
    if (request.method == "PUT") {
        const QJsonObject edit = QJsonDocument::fromJson(request.body).object();
        post->text = edit.value(QLatin1String("status")).toString();
        post->body = edit;
        m_actions << QStringLiteral("edit ") + post->id;
    }
    if (!m.captured(2).isEmpty())
        return jsonResponse(QJsonObject { { QStringLiteral("id"), post->id }, { QStringLiteral("text"), post->text },
            { QStringLiteral("spoiler_text"), post->body.value(QLatin1String("spoiler_text")).toString() } });
    QJsonObject s = status(post->id.toLongLong(), post->text, m_epochMs);
    QJsonArray media;
    for (const QJsonValue &id : post->body.value(QLatin1String("media_ids")).toArray())
        media.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("type"), QStringLiteral("image") },
            { QStringLiteral("url"), QStringLiteral("https://files.example/%1.png").arg(id.toString()) } });
    s.insert(QStringLiteral("media_attachments"), media);
    s.insert(QStringLiteral("sensitive"), post->body.value(QLatin1String("sensitive")).toBool());
    return jsonResponse(s);
}

TestResponse MastodonServer::deleteStatus(const TestRequest &request)
{
    static const QRegularExpression path(QStringLiteral("^/api/v1/statuses/(\\d+)$"));
    const auto m = path.match(QString::fromUtf8(request.path));
    TestResponse refusal;
    if (!authorized(request, &refusal))
        return refusal;
    const QString done = QStringLiteral("delete ") + m.captured(1);
    QMutexLocker lock(&m_mutex);
    if (!m.hasMatch() || m_actions.contains(done))
        return jsonResponse(QJsonObject { { QStringLiteral("error"), QStringLiteral("Record not found") } }, 404);
    m_actions << done;
    return jsonResponse(status(m.captured(1).toLongLong(), QStringLiteral("deleted"), m_epochMs));
}

TestResponse MastodonServer::conversation(const TestRequest &request)
{
    static const QRegularExpression path(QStringLiteral("^/api/v1/statuses/(\\d+)(/context)?$"));
    const auto m = path.match(QString::fromUtf8(request.path));
    const QJsonObject notFound { { QStringLiteral("error"), QStringLiteral("Record not found") } };
    if (!m.hasMatch())
        return jsonResponse(notFound, 404);
    // Public posts are anyone's to read; a token, when sent, must be good.
    TestResponse refusal;
    if (!request.header("authorization").isEmpty() && !authorized(request, &refusal))
        return refusal;
    const qint64 id = m.captured(1).toLongLong();
    QMutexLocker lock(&m_mutex);
    const auto found = m_conversations.constFind(id);
    if (found == m_conversations.cend())
        return jsonResponse(notFound, 404);
    const qint64 t0 = m_epochMs;
    const auto post = [&](int n, qint64 postId, const QString &replyTo) {
        QJsonObject s = status(postId, conversationText(id, n), t0 + qint64(n) * 60000);
        s.insert(QStringLiteral("in_reply_to_id"), replyTo.isEmpty() ? QJsonValue() : QJsonValue(replyTo));
        s.insert(QStringLiteral("favourites_count"), n);
        return s;
    };
    const Conversation c = *found;
    const auto ancestorId = [&](int i) { return id * 100 + i; };
    const auto descendantId = [&](int i) { return id * 100 + 50 + i; };
    if (m.captured(2).isEmpty())
        return jsonResponse(post(c.ancestors + 1, id, c.ancestors > 0 ? QString::number(ancestorId(c.ancestors)) : QString()));
    QJsonArray ancestors;
    for (int i = 1; i <= c.ancestors; ++i)
        ancestors.append(post(i, ancestorId(i), i > 1 ? QString::number(ancestorId(i - 1)) : QString()));
    QJsonArray descendants;
    for (int i = 1; i <= c.descendants; ++i) {
        const bool branch = i == c.descendants && i > 1;
        const qint64 to = i == 1 || branch ? id : descendantId(i - 1);
        descendants.append(post(c.ancestors + 1 + i, descendantId(i), QString::number(to)));
    }
    return jsonResponse(QJsonObject { { QStringLiteral("ancestors"), ancestors }, { QStringLiteral("descendants"), descendants } });
}

} // namespace gilde::test
