#include "Command.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/discourse/DiscourseWrites.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "core/sync/Outbox.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gilde
{

namespace
{

/// `gilde post --account ID [--reply-to ITEM] [--spoiler TEXT] [--visibility V]
/// [--language L] TEXT`: queues a post in the outbox, as the composer does;
/// `gilde outbox --send` (or the window, when online) delivers it. With a
/// forum's account: `--reply-to ITEM` (a topic) or `ITEM#N` (its post N, as
/// `gilde thread` numbers them), or `--in SOURCE --title TITLE` for a new
/// topic in the category that source follows.
class PostCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("post"); }
    QString summary() const override { return tr("Queue a post, a reply or a new forum topic in the outbox."); }
    QString syntax() const override
    {
        return tr("--account ID [--reply-to ITEM[#POST] | --in SOURCE --title TITLE] TEXT");
    }

    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({ QStringLiteral("account"), tr("The account to post from (see: gilde accounts)."), tr("ID") });
        parser.addOption({ QStringLiteral("reply-to"),
            tr("Reply to this item (see: gilde items); its people are mentioned. For a forum topic, ITEM#N answers its post N (see: gilde thread)."),
            tr("ITEM") });
        parser.addOption({ QStringLiteral("in"), tr("Start a forum topic in the category this source follows (see: gilde sources)."), tr("SOURCE") });
        parser.addOption({ QStringLiteral("title"), tr("The new forum topic's title."), tr("TITLE") });
        parser.addOption({ QStringLiteral("spoiler"), tr("A content warning shown instead of the text."), tr("TEXT") });
        parser.addOption({ QStringLiteral("visibility"), tr("public, unlisted, private or direct."), tr("V") });
        parser.addOption({ QStringLiteral("language"), tr("The post's language as an ISO 639 code (nl, en, ...)."), tr("L") });
    }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        const qint64 accountId = positiveNumber(parser.value(QStringLiteral("account")));
        if (accountId == 0)
            return usageError(tr("Say which account posts with --account ID (see: gilde accounts)."));
        const auto account = engine().accounts().byId(accountId);
        if (account && account->kind == u"discourse")
            return forumPost(parser, args, *account);
        if (!account || account->kind != u"mastodon")
            return failure(tr("There is no Mastodon account or forum %1 (see: gilde accounts).").arg(accountId));
        if (parser.isSet(QStringLiteral("in")) || parser.isSet(QStringLiteral("title")))
            return usageError(tr("--in and --title start a forum topic: give a forum's account."));
        mastodon::PostDraft draft;
        draft.text = args.join(u' ').trimmed();
        draft.spoiler = parser.value(QStringLiteral("spoiler")).trimmed();
        draft.visibility = parser.value(QStringLiteral("visibility")).trimmed();
        draft.language = parser.value(QStringLiteral("language")).trimmed();
        if (!draft.visibility.isEmpty() && !mastodon::isVisibility(draft.visibility))
            return usageError(tr("--visibility is one of public, unlisted, private or direct."));
        if (parser.isSet(QStringLiteral("reply-to"))) {
            const qint64 itemId = positiveNumber(parser.value(QStringLiteral("reply-to")));
            const auto item = itemId > 0 ? engine().items().item(itemId) : std::nullopt;
            if (!item)
                return failure(tr("There is no item %1 (see: gilde items).").arg(parser.value(QStringLiteral("reply-to"))));
            const auto source = engine().sources().byId(item->sourceId);
            QString error;
            // The people of the thread are mentioned, as every client does, unless the text does.
            if (!source || !mastodon::makeReply(draft, *item, *source, *account, &error))
                return failure(tr("Item %1 takes no reply here: %2").arg(itemId).arg(error));
            draft.text = draft.text.trimmed();
        }
        if (draft.text.isEmpty())
            return usageError(tr("Give the text to post."));
        QString error;
        const qint64 id = engine().outbox().enqueue(accountId, QStringLiteral("mastodon.post"), mastodon::postPayload(draft), &error);
        if (id <= 0)
            return failure(tr("The post could not be queued: %1").arg(error));
        if (parser.isSet(QStringLiteral("json")))
            out() << QJsonDocument(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("text"), draft.text } })
                         .toJson(QJsonDocument::Indented);
        else
            out() << tr("Queued post %1 from @%2; it goes out with the outbox (gilde outbox --send).")
                         .arg(id)
                         .arg(account->userName)
                  << '\n';
        return Success;
    }

private:
    int forumPost(const QCommandLineParser &parser, const QStringList &args, const Account &account)
    {
        ForumDraft draft;
        draft.raw = args.join(u' ').trimmed();
        QString action;
        QString error;
        if (parser.isSet(QStringLiteral("reply-to")) == parser.isSet(QStringLiteral("in")))
            return usageError(tr("Say what to write in the forum: --reply-to ITEM or --in SOURCE --title TITLE."));
        if (parser.isSet(QStringLiteral("reply-to"))) {
            const QString target = parser.value(QStringLiteral("reply-to"));
            const qint64 itemId = positiveNumber(target.section(u'#', 0, 0));
            const int postNumber = target.contains(u'#') ? int(positiveNumber(target.section(u'#', 1))) : 0;
            if (target.contains(u'#') && postNumber == 0)
                return usageError(tr("After # comes a post's number (see: gilde thread %1).").arg(itemId));
            const auto item = itemId > 0 ? engine().items().item(itemId) : std::nullopt;
            if (!item)
                return failure(tr("There is no item %1 (see: gilde items).").arg(target.section(u'#', 0, 0)));
            const auto source = engine().sources().byId(item->sourceId);
            if (!source || !discourse::makeReply(draft, *item, *source, postNumber, &error))
                return failure(tr("Item %1 takes no reply here: %2").arg(itemId).arg(error));
            if (discourse::forumOf(*source) != account.server)
                return failure(tr("Item %1 is on another forum than account %2.").arg(itemId).arg(account.id));
            action = QString::fromLatin1(discourse::ReplyAction);
        } else {
            const qint64 sourceId = positiveNumber(parser.value(QStringLiteral("in")));
            const auto source = sourceId > 0 ? engine().sources().byId(sourceId) : std::nullopt;
            if (!source)
                return failure(tr("There is no source %1 (see: gilde sources).").arg(parser.value(QStringLiteral("in"))));
            if (!discourse::makeTopic(draft, *source, &error))
                return failure(tr("Source %1 takes no new topic: %2").arg(sourceId).arg(error));
            if (discourse::forumOf(*source) != account.server)
                return failure(tr("Source %1 is on another forum than account %2.").arg(sourceId).arg(account.id));
            draft.title = parser.value(QStringLiteral("title")).simplified();
            if (draft.title.isEmpty())
                return usageError(tr("A new topic needs a --title."));
            action = QString::fromLatin1(discourse::TopicAction);
        }
        if (draft.raw.isEmpty())
            return usageError(tr("Give the text to post."));
        const QJsonObject payload
            = draft.topicId > 0 ? discourse::replyPayload(draft) : discourse::topicPayload(draft);
        const qint64 id = engine().outbox().enqueue(account.id, action, payload, &error);
        if (id <= 0)
            return failure(tr("The post could not be queued: %1").arg(error));
        if (parser.isSet(QStringLiteral("json")))
            out() << QJsonDocument(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("text"), draft.raw } })
                         .toJson(QJsonDocument::Indented);
        else
            out() << tr("Queued post %1 to %2 as %3; it goes out with the outbox (gilde outbox --send).")
                         .arg(id)
                         .arg(account.server.host(), account.userName)
                  << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makePostCommand()
{
    return std::make_unique<PostCommand>();
}

} // namespace gilde

#include "PostCommand.moc"
