#pragma once

// What the tests of the fake Discourse forum share: fetching its answers over
// real HTTP and checking them against Discourse's schemas.

#include "DiscourseServer.h"
#include "JsonSchema.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

#include <catch2/catch.hpp>

#include <memory>

namespace gilde::test::discourse_checks
{

struct Fetched {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

/// One request to the fake forum, redirects not followed; `headers` as sent.
inline Fetched send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
    const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    REQUIRE(url.host() == QStringLiteral("127.0.0.1"));
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, body));
    REQUIRE(waitUntil([&] { return reply->isFinished(); }, 10000));
    Fetched out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    out.body = reply->readAll();
    return out;
}

inline Fetched get(const QUrl &url)
{
    return send("GET", url);
}

inline QJsonObject getJson(const QUrl &url)
{
    INFO(url.toString().toStdString());
    const Fetched f = get(url);
    REQUIRE(f.status == 200);
    CHECK(f.contentType == "application/json; charset=utf-8");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.body, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

// The schemas come from Discourse's request specs, which ran signed in, with
// single-poster topics that had images. An anonymous visitor of a real forum
// gets null in these properties (no bookmark or like of theirs, no image, no
// "extras" for a poster who is not the last one) where some schemas say only
// a string or a boolean. These, and nothing else, are let be null.
inline const QStringList realNulls { QStringLiteral("extras"), QStringLiteral("bookmarked"), QStringLiteral("liked"),
    QStringLiteral("image_url") };

inline QJsonObject allowingRealNulls(const QJsonObject &schema)
{
    QJsonObject out = schema;
    if (schema.value(QLatin1String("properties")).isObject()) {
        QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            QJsonObject property = allowingRealNulls(it.value().toObject());
            const QJsonValue type = property.value(QLatin1String("type"));
            if (realNulls.contains(it.key()) && type.isString() && type.toString() != u"null")
                property.insert(QStringLiteral("type"), QJsonArray { type, QStringLiteral("null") });
            it.value() = property;
        }
        out.insert(QStringLiteral("properties"), properties);
    }
    if (schema.value(QLatin1String("items")).isObject())
        out.insert(QStringLiteral("items"), allowingRealNulls(schema.value(QLatin1String("items")).toObject()));
    return out;
}

inline QJsonObject schema(const char *operation)
{
    const QJsonObject s = loadSchema(QLatin1String(operation) + QStringLiteral(".response_200"));
    REQUIRE_FALSE(s.isEmpty());
    return allowingRealNulls(s);
}

inline void requireValid(const QJsonObject &body, const char *operation)
{
    const QStringList errors = validateJson(body, schema(operation));
    INFO(operation << ": " << errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(errors.isEmpty());
}

inline QJsonArray topicsOf(const QJsonObject &body)
{
    return body.value(QLatin1String("topic_list")).toObject().value(QLatin1String("topics")).toArray();
}

inline QList<int> idsOf(const QJsonArray &topics)
{
    QList<int> ids;
    for (const QJsonValue &t : topics)
        ids << t.toObject().value(QLatin1String("id")).toInt();
    return ids;
}

// General (40 topics: the latest list has a second page), Support (12) and
// its subcategory Clients (5). No tags: tagging off, as on a new forum.
inline void fillForum(DiscourseServer &forum)
{
    forum.addCategory({ 5, QStringLiteral("General"), QStringLiteral("general"), QStringLiteral("0088CC") });
    forum.addCategory({ 6, QStringLiteral("Support"), QStringLiteral("support"), QStringLiteral("F7941D"), 0,
        QStringLiteral("Questions and answers") });
    forum.addCategory({ 7, QStringLiteral("Clients"), QStringLiteral("clients"), QStringLiteral("3AB54A"), 6,
        QStringLiteral("Desktop and mobile clients") });
    forum.addTopics(5, 40, 100);
    forum.addTopics(6, 12, 200);
    forum.addTopics(7, 5, 300);
}

} // namespace gilde::test::discourse_checks
