// The forum's push channel, as MessageBus answers a client's long poll.
#include "DiscourseServer.h"

#include "DiscourseServerSupport.h"

#include <QJsonDocument>
#include <QMutexLocker>

namespace gilde::test
{

void DiscourseServer::setBusHoldMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_busHoldMs = ms;
}

void DiscourseServer::setBusFault(const std::optional<TestResponse> &response)
{
    QMutexLocker lock(&m_mutex);
    m_busFault = response;
}

int DiscourseServer::busPolls() const
{
    QMutexLocker lock(&m_mutex);
    return m_busPolls;
}

void DiscourseServer::publishCreatedLocked(int topicId, int number)
{
    BusMessage message;
    message.channel = QStringLiteral("/topic/%1").arg(topicId);
    for (const BusMessage &m : std::as_const(m_bus)) {
        if (m.channel == message.channel)
            message.id = m.id;
    }
    ++message.id;
    message.data = QJsonObject { { QStringLiteral("id"), discourse::postId(topicId, number) },
        { QStringLiteral("post_number"), number }, { QStringLiteral("type"), QStringLiteral("created") } };
    m_bus.append(message);
}

TestResponse DiscourseServer::messageBus(const TestRequest &request)
{
    if (request.method != "POST")
        return TestResponse::error(405);
    const QUrlQuery form(QString::fromUtf8(request.body));
    QMutexLocker lock(&m_mutex);
    ++m_busPolls;
    if (m_busFault)
        return *m_busFault;
    QJsonArray answer;
    QJsonObject status;
    for (const auto &[channel, position] : form.queryItems(QUrl::FullyDecoded)) {
        if (!channel.startsWith(u'/'))
            continue; // __seq and the like
        const qint64 after = position.toLongLong();
        qint64 last = 0;
        for (qsizetype global = 0; global < m_bus.size(); ++global) {
            const BusMessage &m = m_bus.at(global);
            if (m.channel != channel)
                continue;
            last = m.id;
            if (after >= 0 && m.id > after) {
                answer.append(QJsonObject { { QStringLiteral("global_id"), global + 1 }, { QStringLiteral("message_id"), m.id },
                    { QStringLiteral("channel"), m.channel }, { QStringLiteral("data"), m.data } });
            }
        }
        if (after < 0)
            status.insert(channel, last);
    }
    if (!status.isEmpty()) {
        answer.append(QJsonObject { { QStringLiteral("global_id"), -1 }, { QStringLiteral("message_id"), -1 },
            { QStringLiteral("channel"), QStringLiteral("/__status") }, { QStringLiteral("data"), status } });
    }
    TestResponse response = TestResponse::ok(QJsonDocument(answer).toJson(QJsonDocument::Compact), "application/json");
    if (answer.isEmpty())
        response.delayMs = m_busHoldMs;
    return response;
}

} // namespace gilde::test
