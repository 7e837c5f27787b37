#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace gilde
{

struct Account;
struct Item;
struct Source;

/// A reply or a new topic as the user wrote it, before it is queued.
struct ForumDraft {
    qint64 topicId = 0; ///< a reply's topic
    int replyToNumber = 0; ///< the post a reply answers; 0 answers the topic
    qint64 categoryId = 0; ///< a new topic's category
    QString title; ///< a new topic's title; for a reply its topic's, for the outbox to show
    QString raw; ///< the text, in the forum's Markdown
    QUrl topicUrl; ///< for the outbox to show; none for a new topic
};

} // namespace gilde

/// The payloads of the outbox's "discourse.*" entries, which
/// DiscourseDeliverer sends as the entry's account:
///
/// - discourse.reply {topic_id, reply_to_post_number?, raw, title?, url?}
/// - discourse.topic {category, title, raw}
/// - discourse.like, discourse.unlike {post_id, title?, url?}
namespace gilde::discourse
{

inline constexpr char ReplyAction[] = "discourse.reply";
inline constexpr char TopicAction[] = "discourse.topic";
inline constexpr char LikeAction[] = "discourse.like";
inline constexpr char UnlikeAction[] = "discourse.unlike";

QJsonObject replyPayload(const ForumDraft &draft);
QJsonObject topicPayload(const ForumDraft &draft);
/// The draft a reply or topic payload was made from, for the user to edit
/// an entry the forum refused.
ForumDraft draftOf(const QJsonObject &payload);
QJsonObject likePayload(qint64 postId, const QString &title, const QUrl &topicUrl);

/// `text` quoted from post `number` of topic `topicId` by `username`, as
/// Discourse's composer quotes (the forum links the quote to its post).
QString quote(const QString &username, int number, qint64 topicId, const QString &text);

/// A post that is a row of its own (kind "post", in the column of a topic
/// followed live): its topic, its number in it and its id on the forum.
struct PostRef {
    qint64 topicId = 0;
    int number = 0;
    qint64 postId = 0;
};
/// Read off the post's address and id and the topic its source follows;
/// nothing for any other item.
std::optional<PostRef> postOf(const Item &item, const Source &source);

/// A reply to `item`, a forum topic followed in `source`: the topic, or its
/// post `postNumber` when above 1. For a post of a followed topic, a reply
/// to that post (or to `postNumber` of its topic when given). False, with
/// `error`, for an item that is neither.
bool makeReply(ForumDraft &draft, const Item &item, const Source &source, int postNumber, QString *error);
/// A new topic in the category `source` follows. False, with `error`, for
/// any other source.
bool makeTopic(ForumDraft &draft, const Source &source, QString *error);
/// The forum (DiscourseStream base) a source of its lists belongs to; empty for any other source.
QUrl forumOf(const Source &source);
/// The signed-in account among `accounts` that writes to the forum of
/// `source`; 0 when the user is not signed in to it.
qint64 accountFor(const QList<Account> &accounts, const Source &source);

} // namespace gilde::discourse
