#pragma once

#include "TestHttpServer.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// What the parts of the fake Discourse forum (DiscourseServer*.cpp,
// DiscoursePages.cpp) share: its users and how it writes times and answers.
namespace gilde::test::discourse
{

struct User {
    int id;
    QString username;
    QString name;
};

/// The forum's few users, who start and answer the generated topics.
const QList<User> &users();
/// The user with this id (the first user for an unknown id).
const User &user(int id);

/// "2026-12-01T10:00:00.000Z", as Discourse writes times.
QString isoTime(qint64 ms);
/// "Tue, 01 Dec 2026 10:00:00 +0000", as Discourse's feeds write them.
QString rssTime(qint64 ms);

/// A post's id: its topic's and its number, so that one says the other.
inline int postId(int topicId, int number)
{
    return topicId * 10000 + number;
}

/// A JSON answer with Discourse's content type and the route header its pages carry.
TestResponse jsonResponse(const QJsonObject &body, const QByteArray &route);
/// Discourse's answer for a path it does not know.
TestResponse notFound();
/// A refusal in Discourse's form: {"errors": [message], "error_type": type}.
TestResponse refusal(int status, const QString &message, const QString &type = {});

} // namespace gilde::test::discourse
