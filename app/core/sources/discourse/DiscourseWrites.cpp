#include "DiscourseWrites.h"

#include "DiscourseStream.h"
#include "TopicMeta.h"
#include "model/Account.h"
#include "model/Item.h"
#include "model/Source.h"

#include <QCoreApplication>

namespace gilde::discourse
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiscourseWrites)
};

} // namespace

QJsonObject replyPayload(const ForumDraft &draft)
{
    QJsonObject p { { QStringLiteral("topic_id"), draft.topicId }, { QStringLiteral("raw"), draft.raw } };
    if (draft.replyToNumber > 1)
        p.insert(QStringLiteral("reply_to_post_number"), draft.replyToNumber);
    if (!draft.title.isEmpty())
        p.insert(QStringLiteral("title"), draft.title);
    if (draft.topicUrl.isValid())
        p.insert(QStringLiteral("url"), draft.topicUrl.toString());
    return p;
}

QJsonObject topicPayload(const ForumDraft &draft)
{
    return QJsonObject { { QStringLiteral("category"), draft.categoryId }, { QStringLiteral("title"), draft.title },
        { QStringLiteral("raw"), draft.raw } };
}

ForumDraft draftOf(const QJsonObject &payload)
{
    ForumDraft draft;
    draft.topicId = payload.value(QLatin1String("topic_id")).toInteger();
    draft.replyToNumber = int(payload.value(QLatin1String("reply_to_post_number")).toInteger());
    draft.categoryId = payload.value(QLatin1String("category")).toInteger();
    draft.title = payload.value(QLatin1String("title")).toString();
    draft.raw = payload.value(QLatin1String("raw")).toString();
    draft.topicUrl = QUrl(payload.value(QLatin1String("url")).toString());
    return draft;
}

QJsonObject likePayload(qint64 postId, const QString &title, const QUrl &topicUrl)
{
    QJsonObject p { { QStringLiteral("post_id"), postId } };
    if (!title.isEmpty())
        p.insert(QStringLiteral("title"), title);
    if (topicUrl.isValid())
        p.insert(QStringLiteral("url"), topicUrl.toString());
    return p;
}

QString quote(const QString &username, int number, qint64 topicId, const QString &text)
{
    // The forum's composer writes [quote="name, post:N, topic:T"]; a name
    // with a quote or comma in it would break the tag, and none is valid.
    QString who = username;
    who.remove(u'"').remove(u',').remove(u']');
    return QStringLiteral("[quote=\"%1, post:%2, topic:%3\"]\n%4\n[/quote]\n\n")
        .arg(who)
        .arg(number)
        .arg(topicId)
        .arg(text.trimmed());
}

QUrl forumOf(const Source &source)
{
    if (source.kind != u"discourse")
        return {};
    const auto stream = DiscourseStream::fromSourceUrl(source.url);
    return stream ? stream->base : QUrl();
}

qint64 accountFor(const QList<Account> &accounts, const Source &source)
{
    const QUrl forum = forumOf(source);
    if (forum.isEmpty())
        return 0;
    for (const Account &a : accounts) {
        if (a.kind == u"discourse" && a.server == forum)
            return a.id;
    }
    return 0;
}

std::optional<PostRef> postOf(const Item &item, const Source &source)
{
    const auto stream = source.kind == u"discourse" ? DiscourseStream::fromSourceUrl(source.url) : std::nullopt;
    if (item.kind != u"post" || !stream || stream->kind != DiscourseStream::Kind::Topic)
        return std::nullopt;
    // TopicToItems: "post:ID", at the topic's address with "/N" after it.
    PostRef ref;
    ref.topicId = stream->topicId;
    ref.postId = item.remoteId.startsWith(u"post:") ? item.remoteId.mid(5).toLongLong() : 0;
    ref.number = QUrl(item.url).path().section(u'/', -1).toInt();
    if (ref.postId <= 0 || ref.number <= 0)
        return std::nullopt;
    return ref;
}

bool makeReply(ForumDraft &draft, const Item &item, const Source &source, int postNumber, QString *error)
{
    if (const auto post = postOf(item, source)) {
        draft.topicId = post->topicId;
        const int number = postNumber > 0 ? postNumber : post->number;
        draft.replyToNumber = number > 1 ? number : 0;
        draft.title = source.title;
        draft.topicUrl = QUrl(item.url).adjusted(QUrl::RemoveFilename | QUrl::StripTrailingSlash);
        return true;
    }
    const TopicMeta meta = TopicMeta::fromJson(item.meta);
    if (item.kind != u"topic" || meta.topicId <= 0 || forumOf(source).isEmpty()) {
        if (error)
            *error = Text::tr("it is not a forum topic.");
        return false;
    }
    if (meta.closed) {
        if (error)
            *error = Text::tr("the topic is closed: the forum takes no more replies.");
        return false;
    }
    draft.topicId = meta.topicId;
    draft.replyToNumber = postNumber > 1 ? postNumber : 0;
    draft.title = item.title;
    draft.topicUrl = QUrl(item.url);
    return true;
}

bool makeTopic(ForumDraft &draft, const Source &source, QString *error)
{
    const auto stream = source.kind == u"discourse" ? DiscourseStream::fromSourceUrl(source.url) : std::nullopt;
    if (!stream || stream->kind != DiscourseStream::Kind::Category || stream->categoryId <= 0) {
        if (error)
            *error = Text::tr("a new topic goes in a category: follow the forum's category and start it there.");
        return false;
    }
    draft.categoryId = stream->categoryId;
    draft.topicId = 0;
    draft.replyToNumber = 0;
    draft.topicUrl = QUrl();
    return true;
}

} // namespace gilde::discourse
