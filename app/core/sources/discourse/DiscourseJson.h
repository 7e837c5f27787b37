#pragma once

#include "DiscourseEntities.h"

#include <QByteArray>

#include <optional>

namespace gilde
{

/// Decoding of Discourse's JSON API into value types. Pure and thread-safe:
/// bytes in, values out. Lenient as the forums in the wild need (versions
/// years apart, plugins that add or drop fields): a missing or mistyped
/// field takes its default, a topic or category without an id is dropped,
/// tags come as names or as objects. A body that is not JSON of the expected
/// shape sets `error` (translated) and returns an empty value.
namespace discourse
{

/// /latest.json, /c/{slug}/{id}.json, /tag/{name}.json, /top.json, …
DiscourseTopicList topicList(const QByteArray &body, QString *error = nullptr);
/// /site.json (every category, subcategories included) or /categories.json
/// (top-level ones, with their subcategories when asked for).
QList<DiscourseCategory> categories(const QByteArray &body, QString *error = nullptr);
/// /t/{id}.json: the topic's first posts and the ids of all of them.
DiscourseThread thread(const QByteArray &body, QString *error = nullptr);
/// /t/{id}/posts.json?post_ids[]=…: the posts asked for.
QList<DiscoursePost> posts(const QByteArray &body, QString *error = nullptr);
/// Whether a body is a topic list (someone gave the address of one).
bool isTopicList(const QByteArray &body);
/// The signed-in user of /session/current.json ({"current_user": {...}}); nullopt without one.
std::optional<DiscourseUser> currentUser(const QByteArray &body);
/// One post: /posts/{id}.json, or the answer to a new post; nullopt when it is none.
std::optional<DiscoursePost> singlePost(const QByteArray &body);
/// /user_actions.json: what a user did, newest first; entries without a topic or post are dropped.
QList<DiscourseUserAction> userActions(const QByteArray &body);
/// /notifications.json ({"notifications": [...]}, or a bare array as older
/// forums send it, without ids), newest first; entries about no topic and no
/// badge are dropped.
QList<DiscourseNotification> notifications(const QByteArray &body, QString *error = nullptr);
/// The body of a refused request; empty fields when it is not one.
DiscourseError error(const QByteArray &body);

} // namespace discourse
} // namespace gilde
