#include "DiscourseDeliverer.h"

#include "DiscourseJson.h"
#include "DiscoursePacing.h"
#include "DiscourseWrites.h"
#include "accounts/Accounts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QUrlQuery>

namespace gilde
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiscourseDeliverer)
};

constexpr int LikeType = 2; // post_action_type_id of a like
constexpr int NewTopicAction = 4; // user_actions' action_type
constexpr int ReplyAction = 5;
constexpr int MaxCompared = 5; // candidates whose text is fetched, newest first

DeliveryResult result(DeliveryResult::Outcome outcome, const QString &error, int retryAfterSecs = -1)
{
    DeliveryResult d;
    d.outcome = outcome;
    d.error = error;
    d.retryAfterSecs = retryAfterSecs;
    return d;
}

DeliveryResult sent(qint64 remoteId)
{
    DeliveryResult d;
    d.outcome = DeliveryResult::Outcome::Sent;
    d.remoteId = remoteId > 0 ? QString::number(remoteId) : QString();
    return d;
}

qint64 number(const QJsonObject &p, const char *key)
{
    const qint64 n = p.value(QLatin1String(key)).toInteger();
    return n > 0 ? n : 0;
}

/// Text as the forum keeps it: it trims what was typed, and may turn line ends.
QString comparable(const QString &raw)
{
    return raw.simplified();
}

} // namespace

struct DiscourseDeliverer::Job {
    OutboxEntry entry;
    Done done;
    QUrl forum;
    QString username;
    DiscourseCredentials credentials;
    QString action; ///< after "discourse."
};

DiscourseDeliverer::DiscourseDeliverer(Accounts &accounts, DiscoursePacing &pacing, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_pacing(pacing)
{
}

void DiscourseDeliverer::deliver(const OutboxEntry &entry, bool resumed, Done done)
{
    auto job = std::make_shared<Job>();
    job->entry = entry;
    job->done = std::move(done);
    job->action = entry.action.mid(int(qstrlen("discourse.")));
    const auto account = m_accounts.byId(entry.accountId);
    if (!account || account->kind != u"discourse") {
        job->done(result(DeliveryResult::Outcome::Permanent, Text::tr("The account of this write is gone.")));
        return;
    }
    job->forum = account->server;
    job->username = account->userName;
    // An entry tried before may be on the forum although no answer came.
    const bool mayBeSent = resumed || entry.attempts > 0 || !entry.lastError.isEmpty();
    QPointer<DiscourseDeliverer> self(this);
    m_accounts.secret(entry.accountId, [self, job, mayBeSent](bool ok, const QString &secret, const QString &error) {
        if (!self)
            return;
        job->credentials = ok ? DiscourseCredentials::fromSecret(secret) : DiscourseCredentials();
        if (job->credentials.isEmpty()) {
            job->done(result(DeliveryResult::Outcome::Transient,
                Text::tr("The sign-in of this forum is not in the keychain: %1. Sign in again.").arg(error),
                SignInRetrySecs));
            return;
        }
        if (!job->credentials.apiUsername.isEmpty())
            job->username = job->credentials.apiUsername;
        const QJsonObject &p = job->entry.payload;
        const bool post = job->action == u"reply" || job->action == u"topic";
        const bool complete = job->action == u"reply"
            ? number(p, "topic_id") > 0 && !p.value(QLatin1String("raw")).toString().trimmed().isEmpty()
            : job->action == u"topic"
            ? number(p, "category") > 0 && !p.value(QLatin1String("title")).toString().trimmed().isEmpty()
                && !p.value(QLatin1String("raw")).toString().trimmed().isEmpty()
            : number(p, "post_id") > 0;
        if (!complete || (!post && job->action != u"like" && job->action != u"unlike")) {
            job->done(result(DeliveryResult::Outcome::Permanent,
                Text::tr("Gilde cannot send this kind of write: %1").arg(job->entry.action)));
            return;
        }
        if (!post)
            self->like(job, job->action == u"like", mayBeSent);
        else if (mayBeSent)
            self->findSent(job);
        else
            self->create(job);
    });
}

void DiscourseDeliverer::request(std::shared_ptr<Job> job, const QByteArray &method, const QString &path,
    const QByteArray &body, Answer answered)
{
    QUrl url = job->forum;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(job->forum.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    HttpRequest r = discourse::jsonRequest(url);
    r.method = method;
    r.body = body;
    r.timeoutMs = m_timeoutMs;
    if (!body.isEmpty())
        r.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    QPointer<DiscourseDeliverer> self(this);
    m_pacing.sendAs(job->forum.toString(), r, job->credentials,
        [self, job, answered = std::move(answered)](const HttpResult &r) {
            if (!self)
                return;
            if (r.outcome == HttpResult::Outcome::Ok)
                answered(r.body);
            else
                self->refused(job, r);
        });
}

void DiscourseDeliverer::refused(std::shared_ptr<Job> job, const HttpResult &r)
{
    const DiscourseError error = discourse::error(r.errorBody);
    if (r.outcome == HttpResult::Outcome::RateLimited) {
        const int wait = r.retryAfterSecs > 0 ? r.retryAfterSecs : error.waitSeconds;
        job->done(result(DeliveryResult::Outcome::Transient,
            error.message.isEmpty() ? r.errorText : error.message, wait > 0 ? wait : -1));
        return;
    }
    const bool http4xx = r.outcome == HttpResult::Outcome::Http && r.status >= 400 && r.status < 500 && r.status != 408;
    if (!http4xx) {
        job->done(result(DeliveryResult::Outcome::Transient, error.message.isEmpty() ? r.errorText : error.message,
            r.retryAfterSecs));
        return;
    }
    const QString words = error.message.isEmpty() ? r.errorText : error.message;
    if (r.status == 401 || r.status == 403) {
        // A forum answers a bad key and a write it forbids alike: ask who the key is.
        QPointer<DiscourseDeliverer> self(this);
        HttpRequest who = discourse::jsonRequest(QUrl(job->forum.toString() + QStringLiteral("/session/current.json")));
        who.timeoutMs = m_timeoutMs;
        m_pacing.sendAs(job->forum.toString(), who, job->credentials, [self, job, words](const HttpResult &me) {
            if (!self)
                return;
            if (me.outcome == HttpResult::Outcome::Ok && discourse::currentUser(me.body)) {
                job->done(result(DeliveryResult::Outcome::Permanent, Text::tr("The forum refused it: %1").arg(words)));
            } else if (me.isTransient()) {
                job->done(result(DeliveryResult::Outcome::Transient, me.errorText, me.retryAfterSecs));
            } else {
                // The account's sign-in, not the write: it waits until the user signs in again.
                job->done(result(DeliveryResult::Outcome::Transient,
                    Text::tr("The forum no longer accepts this account's sign-in: sign in again."), SignInRetrySecs));
            }
        });
        return;
    }
    if (r.status == 404) {
        job->done(result(DeliveryResult::Outcome::Permanent, Text::tr("The topic or post is no longer on the forum.")));
        return;
    }
    job->done(result(DeliveryResult::Outcome::Permanent, Text::tr("The forum refused it: %1").arg(words)));
}

void DiscourseDeliverer::create(std::shared_ptr<Job> job)
{
    const QJsonObject &p = job->entry.payload;
    QJsonObject body { { QStringLiteral("raw"), p.value(QLatin1String("raw")).toString() } };
    if (job->action == u"reply") {
        body.insert(QStringLiteral("topic_id"), number(p, "topic_id"));
        if (const qint64 to = number(p, "reply_to_post_number"); to > 1)
            body.insert(QStringLiteral("reply_to_post_number"), to);
    } else {
        body.insert(QStringLiteral("title"), p.value(QLatin1String("title")).toString());
        body.insert(QStringLiteral("category"), number(p, "category"));
    }
    request(job, "POST", QStringLiteral("/posts.json"), QJsonDocument(body).toJson(QJsonDocument::Compact),
        [job](const QByteArray &answer) {
            const auto post = discourse::singlePost(answer);
            job->done(sent(post ? post->id : 0));
        });
}

void DiscourseDeliverer::findSent(std::shared_ptr<Job> job)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("username"), job->username);
    query.addQueryItem(QStringLiteral("filter"), QStringLiteral("%1,%2").arg(NewTopicAction).arg(ReplyAction));
    query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    QPointer<DiscourseDeliverer> self(this);
    request(job, "GET", QStringLiteral("/user_actions.json?") + query.toString(QUrl::FullyEncoded), {},
        [self, job](const QByteArray &answer) {
            if (!self)
                return;
            const QJsonObject &p = job->entry.payload;
            const bool reply = job->action == u"reply";
            const qint64 topicId = number(p, "topic_id");
            const qint64 category = number(p, "category");
            const QString title = comparable(p.value(QLatin1String("title")).toString());
            QList<qint64> candidates;
            for (const DiscourseUserAction &a : discourse::userActions(answer)) {
                if (a.createdAtMs > 0 && job->entry.createdMs > 0 && a.createdAtMs < job->entry.createdMs - ClockSlackMs)
                    continue;
                const bool same = reply ? a.type == ReplyAction && a.topicId == topicId
                                        : a.type == NewTopicAction && a.categoryId == category
                        && comparable(a.title) == title;
                if (same && candidates.size() < MaxCompared)
                    candidates.append(a.postId);
            }
            self->compare(job, candidates);
        });
}

void DiscourseDeliverer::compare(std::shared_ptr<Job> job, QList<qint64> postIds)
{
    if (postIds.isEmpty()) {
        create(job);
        return;
    }
    const qint64 postId = postIds.takeFirst();
    QPointer<DiscourseDeliverer> self(this);
    request(job, "GET", QStringLiteral("/posts/%1.json").arg(postId), {}, [self, job, postIds](const QByteArray &answer) {
        if (!self)
            return;
        const auto post = discourse::singlePost(answer);
        const QString raw = comparable(job->entry.payload.value(QLatin1String("raw")).toString());
        if (post && comparable(post->raw) == raw) {
            job->done(sent(post->id));
            return;
        }
        self->compare(job, postIds);
    });
}

void DiscourseDeliverer::like(std::shared_ptr<Job> job, bool liked, bool mayBeSent)
{
    const qint64 postId = number(job->entry.payload, "post_id");
    QPointer<DiscourseDeliverer> self(this);
    const auto act = [self, job, liked, postId] {
        if (!self)
            return;
        const auto done = [job, postId](const QByteArray &) { job->done(sent(postId)); };
        if (liked) {
            const QJsonObject body { { QStringLiteral("id"), postId }, { QStringLiteral("post_action_type_id"), LikeType } };
            self->request(job, "POST", QStringLiteral("/post_actions.json"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                done);
        } else {
            self->request(job, "DELETE", QStringLiteral("/post_actions/%1.json?post_action_type_id=%2").arg(postId).arg(LikeType),
                {}, done);
        }
    };
    if (!mayBeSent) {
        act();
        return;
    }
    // The forum refuses a like twice over (and an unlike of nothing): ask first.
    request(job, "GET", QStringLiteral("/posts/%1.json").arg(postId), {}, [job, liked, postId, act](const QByteArray &answer) {
        const auto post = discourse::singlePost(answer);
        if (post && post->liked == liked)
            job->done(sent(postId));
        else
            act();
    });
}

} // namespace gilde
