#include "DiscourseServerSupport.h"

#include <QJsonArray>

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace gilde::test::discourse
{

const QList<User> &users()
{
    static const QList<User> all {
        { 1, QStringLiteral("alice"), QStringLiteral("Alice Andersen") },
        { 2, QStringLiteral("bob"), QStringLiteral("Bob Berg") },
        { 3, QStringLiteral("carol"), QStringLiteral("Carol Chen") },
        { 4, QStringLiteral("dmitri"), QStringLiteral("Dmitri Dahl") },
        { 5, QStringLiteral("erin"), QStringLiteral("Erin Eriksen") },
    };
    return all;
}

const User &user(int id)
{
    for (const User &u : users()) {
        if (u.id == id)
            return u;
    }
    return users().first();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString rssTime(qint64 ms)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), u"ddd, dd MMM yyyy HH:mm:ss '+0000'");
}

TestResponse jsonResponse(const QJsonObject &body, const QByteArray &route)
{
    TestResponse r = TestResponse::ok(QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json; charset=utf-8");
    r.header("X-Discourse-Route", route);
    r.conditional = false;
    return r;
}

TestResponse notFound()
{
    TestResponse r = TestResponse::ok(
        R"({"errors":["The requested URL or resource could not be found."],"error_type":"not_found"})",
        "application/json; charset=utf-8");
    r.status = 404;
    r.conditional = false;
    return r;
}

TestResponse refusal(int status, const QString &message, const QString &type)
{
    QJsonObject body { { QStringLiteral("errors"), QJsonArray { message } } };
    if (!type.isEmpty())
        body.insert(QStringLiteral("error_type"), type);
    TestResponse r = TestResponse::ok(QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json; charset=utf-8");
    r.status = status;
    r.conditional = false;
    return r;
}

} // namespace gilde::test::discourse
