#include "Command.h"
#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/discourse/DiscourseWrites.h"
#include "core/sources/mastodon/MastodonMedia.h"
#include "core/sources/mastodon/MastodonWrites.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "core/sync/Outbox.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace gilde
{

namespace
{

/// `gilde post --account ID [--reply-to ITEM] [--spoiler TEXT] [--visibility V]
/// [--language L] [--media FILE [--alt TEXT]]... [--poll CHOICE]... [--at TIME] TEXT`: queues a post in the outbox, as the composer does;
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
        return tr("--account ID [--reply-to ITEM[#POST] | --in SOURCE --title TITLE] [--media FILE --alt TEXT]... [--poll CHOICE]... [--at TIME] TEXT");
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
        parser.addOption({ QStringLiteral("media"), tr("A picture, video or sound to add (up to four; repeat the option)."), tr("FILE") });
        parser.addOption({ QStringLiteral("alt"), tr("The description of the --media before it, for those who cannot see it."), tr("TEXT") });
        parser.addOption({ QStringLiteral("poll"), tr("A choice of a poll (two to four; repeat the option)."), tr("CHOICE") });
        parser.addOption({ QStringLiteral("poll-expires"), tr("How long the poll runs: 30m, 6h, 3d (default 1d)."), tr("DURATION") });
        parser.addOption({ QStringLiteral("poll-multiple"), tr("Voters may pick more than one choice.") });
        parser.addOption({ QStringLiteral("at"), tr("When the post appears: 2026-12-24T09:00 (local time) or +2h."), tr("TIME") });
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
        if (const QString problem = addExtras(parser, draft); !problem.isEmpty())
            return usageError(problem);
        if (const QString problem = mastodon::draftProblem(draft); !problem.isEmpty())
            return usageError(problem);
        QString error;
        // Copies of the files, which the outbox sends and then removes.
        for (mastodon::MediaDraft &m : draft.media) {
            m.path = mastodon::keepMediaFile(engine().profileDir(), m.path, &error);
            if (m.path.isEmpty())
                return failure(error);
        }
        const qint64 id = engine().outbox().enqueue(accountId, QStringLiteral("mastodon.post"), mastodon::postPayload(draft),
            &error, mastodon::notBeforeOf(draft, QDateTime::currentMSecsSinceEpoch()));
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
    /// Pictures, a poll and a time from the options; a usage problem, or empty.
    QString addExtras(const QCommandLineParser &parser, mastodon::PostDraft &draft) const
    {
        const QStringList files = parser.values(QStringLiteral("media"));
        const QStringList alts = parser.values(QStringLiteral("alt"));
        if (alts.size() > files.size())
            return tr("Each --alt describes the --media before it.");
        for (qsizetype i = 0; i < files.size(); ++i)
            draft.media.append({ files.at(i), alts.value(i).trimmed() });
        if (parser.isSet(QStringLiteral("poll"))) {
            mastodon::PollDraft poll;
            poll.options = parser.values(QStringLiteral("poll"));
            poll.multiple = parser.isSet(QStringLiteral("poll-multiple"));
            if (parser.isSet(QStringLiteral("poll-expires"))) {
                poll.expiresInSecs = int(durationMs(parser.value(QStringLiteral("poll-expires"))) / 1000);
                if (poll.expiresInSecs < 300)
                    return tr("--poll-expires is at least 5m, as 30m, 6h or 3d.");
            }
            draft.poll = poll;
        }
        if (parser.isSet(QStringLiteral("at"))) {
            const QString at = parser.value(QStringLiteral("at")).trimmed();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const QDateTime when = QDateTime::fromString(at, Qt::ISODate);
            draft.scheduledAtMs = at.startsWith(u'+') ? now + durationMs(at.mid(1)) : when.isValid() ? when.toMSecsSinceEpoch() : 0;
            if (draft.scheduledAtMs <= now)
                return tr("--at is a time to come: 2026-12-24T09:00 or +2h.");
        }
        return {};
    }

    /// "30m", "6h", "3d" (or seconds): milliseconds, 0 when not a duration.
    static qint64 durationMs(const QString &text)
    {
        const QString t = text.trimmed();
        const qint64 unit = t.endsWith(u'm') ? 60000 : t.endsWith(u'h') ? 3600000 : t.endsWith(u'd') ? 86400000 : 1000;
        bool ok = false;
        const qint64 n = (unit == 1000 ? t : t.chopped(1)).toLongLong(&ok);
        return ok && n > 0 ? n * unit : 0;
    }

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
