#include "MastodonDeliverer.h"

#include "MastodonHttp.h"
#include "MastodonJson.h"
#include "MastodonMedia.h"
#include "accounts/Accounts.h"
#include "net/HttpClient.h"
#include "text/HtmlSanitizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

namespace gilde
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MastodonDeliverer)
};

// Ids go into a path: letters, digits, '-' and '_' only.
bool isId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(id).hasMatch();
}

/// Text as a server renders it back, for comparing a post with what was sent:
/// without markup, with whitespace collapsed.
QString comparable(const QString &text)
{
    return text.simplified();
}

DeliveryResult refused(const HttpResult &r)
{
    DeliveryResult d;
    const MastodonError error = mastodon::error(r.errorBody);
    const QString words = error.description.isEmpty() ? error.error : error.description;
    const bool tokenRefused = r.status == 401 || r.status == 403
        || (r.status == 422 && words.contains(QLatin1String("access token"), Qt::CaseInsensitive));
    if (tokenRefused) {
        // The account's sign-in, not the write: it waits until the user signs in again.
        d.outcome = DeliveryResult::Outcome::Transient;
        d.error = Text::tr("The server no longer accepts this account's sign-in: sign in again.");
        d.retryAfterSecs = MastodonDeliverer::SignInRetrySecs;
        return d;
    }
    if (r.outcome == HttpResult::Outcome::Http && r.status >= 400 && r.status < 500 && r.status != 408) {
        d.outcome = DeliveryResult::Outcome::Permanent;
        d.error = r.status == 404 ? Text::tr("The post is no longer on the server.")
                                  : (words.isEmpty() ? r.errorText : Text::tr("The server refused it: %1").arg(words));
        return d;
    }
    d.outcome = DeliveryResult::Outcome::Transient;
    d.error = words.isEmpty() ? r.errorText : words;
    d.retryAfterSecs = r.retryAfterSecs;
    return d;
}

/// Refused for good, with a word why: the entry waits for the user.
DeliveryResult permanent(const QString &why)
{
    DeliveryResult d;
    d.outcome = DeliveryResult::Outcome::Permanent;
    d.error = why;
    return d;
}

DeliveryResult sentAs(const QString &remoteId = {})
{
    DeliveryResult d;
    d.outcome = DeliveryResult::Outcome::Sent;
    d.remoteId = remoteId;
    return d;
}

/// An entry whose payload names nothing this deliverer can send.
DeliveryResult cannotSend(const OutboxEntry &entry)
{
    return permanent(Text::tr("Gilde cannot send this kind of write: %1").arg(entry.action));
}

} // namespace

struct MastodonDeliverer::Job {
    OutboxEntry entry;
    Done done;
    QUrl server;
    QString token;
};

MastodonDeliverer::MastodonDeliverer(Accounts &accounts, HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_http(http)
{
}

void MastodonDeliverer::deliver(const OutboxEntry &entry, bool resumed, Done done)
{
    auto job = std::make_shared<Job>();
    job->entry = entry;
    job->done = std::move(done);
    const auto account = m_accounts.byId(entry.accountId);
    if (!account || account->kind != u"mastodon") {
        job->done(permanent(Text::tr("The account of this write is gone.")));
        return;
    }
    job->server = account->server;
    // An entry tried before may be on the server although no answer came. A
    // retry the user asked for starts its attempts over but keeps the last error.
    const bool mayBeSent = resumed || entry.attempts > 0 || !entry.lastError.isEmpty();
    QPointer<MastodonDeliverer> self(this);
    m_accounts.secret(entry.accountId, [self, job, mayBeSent](bool ok, const QString &token, const QString &error) {
        if (!self)
            return;
        if (!ok || token.isEmpty()) {
            DeliveryResult d;
            d.outcome = DeliveryResult::Outcome::Transient;
            d.error = Text::tr("The sign-in of this account is not in the keychain: %1. Sign in again.").arg(error);
            d.retryAfterSecs = SignInRetrySecs;
            job->done(d);
            return;
        }
        job->token = token;
        const QString action = job->entry.action.mid(int(qstrlen("mastodon.")));
        const QJsonObject &p = job->entry.payload;
        if (action == u"post") {
            auto go = [self, job, mayBeSent] {
                if (!self)
                    return;
                if (mayBeSent)
                    self->findSent(job);
                else
                    self->post(job);
            };
            // An answer to a post of one's own still in the outbox: that one's id, once it has one.
            if (const qint64 parentEntry = p.value(QLatin1String("in_reply_to_entry")).toInteger(); parentEntry > 0) {
                self->parentOfEntry(job, parentEntry, [job, go](const QString &id) {
                    job->entry.payload.insert(QStringLiteral("in_reply_to_id"), id);
                    go();
                });
                return;
            }
            const QString parentUrl = p.value(QLatin1String("in_reply_to_url")).toString();
            if (parentUrl.isEmpty()) {
                go();
                return;
            }
            self->resolve(job, parentUrl, [job, go](const MastodonStatus &parent) {
                job->entry.payload.insert(QStringLiteral("in_reply_to_id"), parent.id);
                go();
            });
            return;
        }
        if (action == u"vote") {
            const QJsonArray choices = p.value(QLatin1String("choices")).toArray();
            const auto vote = [self, job, choices](const QString &pollId) {
                if (!self)
                    return;
                if (!isId(pollId)) {
                    job->done(permanent(Text::tr("The post has no poll on the account's server.")));
                    return;
                }
                const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("choices"), choices } }).toJson(QJsonDocument::Compact);
                self->send(job, "POST", QStringLiteral("/api/v1/polls/%1/votes").arg(pollId), body, [job, pollId](const QByteArray &) {
                    job->done(sentAs(pollId));
                });
            };
            const QString statusUrl = p.value(QLatin1String("status_url")).toString();
            if (statusUrl.isEmpty())
                vote(p.value(QLatin1String("poll_id")).toString());
            else
                self->resolve(job, statusUrl, [vote](const MastodonStatus &status) { vote(status.poll ? status.poll->id : QString()); });
            return;
        }
        if (action == u"edit") {
            self->editStatus(job);
            return;
        }
        if (action == u"unschedule") {
            self->cancelScheduled(job, p.value(QLatin1String("scheduled_id")).toString(),
                p.value(QLatin1String("status")).toString(), [job] {
                    job->done(sentAs());
                });
            return;
        }
        static const QStringList statusVerbs { QStringLiteral("favourite"), QStringLiteral("unfavourite"),
            QStringLiteral("reblog"), QStringLiteral("unreblog"), QStringLiteral("bookmark"),
            QStringLiteral("unbookmark") };
        static const QStringList accountVerbs { QStringLiteral("follow"), QStringLiteral("unfollow"),
            QStringLiteral("mute"), QStringLiteral("unmute"), QStringLiteral("block"), QStringLiteral("unblock") };
        const QString statusId = p.value(QLatin1String("status_id")).toString();
        const QString accountId = p.value(QLatin1String("account_id")).toString();
        const QString statusUrl = p.value(QLatin1String("status_url")).toString();
        if (action == u"delete" && !statusUrl.isEmpty()) {
            self->resolve(job, statusUrl, [self, job](const MastodonStatus &status) {
                if (self)
                    self->deleteStatus(job, status.id);
            });
        } else if (action == u"delete") {
            self->deleteStatus(job, statusId);
        } else if (statusVerbs.contains(action) && !statusUrl.isEmpty()) {
            self->resolve(job, statusUrl, [self, job, action](const MastodonStatus &status) {
                if (self)
                    self->act(job, QStringLiteral("/api/v1/statuses/%1/%2").arg(status.id, action));
            });
        } else if (statusVerbs.contains(action) && isId(statusId)) {
            self->act(job, QStringLiteral("/api/v1/statuses/%1/%2").arg(statusId, action));
        } else if (accountVerbs.contains(action) && isId(accountId)) {
            self->act(job, QStringLiteral("/api/v1/accounts/%1/%2").arg(accountId, action));
        } else {
            job->done(cannotSend(job->entry));
        }
    });
}

void MastodonDeliverer::send(std::shared_ptr<Job> job, const QByteArray &method, const QString &path,
    const QByteArray &body, std::function<void(const QByteArray &)> sent)
{
    HttpRequest request;
    request.url = job->server;
    const qsizetype q = path.indexOf(u'?');
    request.url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        request.url.setQuery(path.mid(q + 1));
    request.method = method;
    request.body = body;
    request.accept = QByteArrayLiteral("application/json");
    request.timeoutMs = m_timeoutMs;
    request.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + job->token.toUtf8() });
    if (method == "POST" || method == "PUT")
        request.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    if (method == "POST")
        request.headers.append({ QByteArrayLiteral("Idempotency-Key"), job->entry.idempotencyKey.toUtf8() });
    QPointer<MastodonDeliverer> self(this);
    m_http.get(request, [self, job, sent = std::move(sent)](const HttpResult &r) {
        if (!self)
            return;
        if (r.outcome != HttpResult::Outcome::Ok) {
            job->done(refused(r));
            return;
        }
        sent(r.body);
    });
}

void MastodonDeliverer::act(std::shared_ptr<Job> job, const QString &path)
{
    send(job, "POST", path, QByteArrayLiteral("{}"), [job](const QByteArray &answer) {
        job->done(sentAs(QJsonDocument::fromJson(answer).object().value(QLatin1String("id")).toString()));
    });
}

void MastodonDeliverer::editStatus(std::shared_ptr<Job> job)
{
    const QJsonObject &p = job->entry.payload;
    const QString id = p.value(QLatin1String("status_id")).toString();
    if (!isId(id)) {
        job->done(cannotSend(job->entry));
        return;
    }
    QJsonObject body { { QStringLiteral("status"), p.value(QLatin1String("status")) },
        { QStringLiteral("spoiler_text"), p.value(QLatin1String("spoiler_text")) } };
    if (p.contains(QLatin1String("language")))
        body.insert(QStringLiteral("language"), p.value(QLatin1String("language")));
    // An edit replaces the whole post: its pictures stay only when named
    // again, so what it has now is asked first.
    QPointer<MastodonDeliverer> self(this);
    const QString path = QStringLiteral("/api/v1/statuses/") + id;
    send(job, "GET", path, {}, [self, job, id, path, body](const QByteArray &answer) mutable {
        if (!self)
            return;
        const std::optional<MastodonStatus> now = mastodon::singleStatus(answer);
        if (!now || now->poll) {
            // A poll named again anew would start its votes over; left out, it would go.
            job->done(permanent(now ? Text::tr("The post has a poll now: edit it in your server's web client.")
                          : Text::tr("The server's answer is not a post.")));
            return;
        }
        QJsonArray media;
        for (const MastodonMedia &m : now->media)
            media.append(m.id);
        if (!media.isEmpty())
            body.insert(QStringLiteral("media_ids"), media);
        // Pictures marked sensitive stay so: an edit that says nothing would unmark them.
        body.insert(QStringLiteral("sensitive"), job->entry.payload.value(QLatin1String("sensitive")).toBool() || now->sensitive);
        self->send(job, "PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), [self, job, id](const QByteArray &answer) {
            const qint64 sourceId = job->entry.payload.value(QLatin1String("source_id")).toInteger();
            if (const auto edited = mastodon::singleStatus(answer); self && edited && sourceId > 0)
                Q_EMIT self->statusEdited(sourceId, *edited);
            job->done(sentAs(id));
        });
    });
}

void MastodonDeliverer::sendDelete(std::shared_ptr<Job> job, const QString &path, const QString &id,
    std::function<void(const HttpResult &)> answered)
{
    if (!isId(id)) {
        job->done(cannotSend(job->entry));
        return;
    }
    HttpRequest request = mastodon::apiRequest(job->server, job->token);
    request.url.setPath(path + id);
    request.method = QByteArrayLiteral("DELETE");
    request.timeoutMs = m_timeoutMs;
    m_http.get(request, std::move(answered));
}

void MastodonDeliverer::deleteStatus(std::shared_ptr<Job> job, const QString &statusId)
{
    sendDelete(job, QStringLiteral("/api/v1/statuses/"), statusId, [job, statusId](const HttpResult &r) {
        // Gone already (an attempt whose answer was lost): what was asked is done.
        if (r.outcome == HttpResult::Outcome::Ok || (r.outcome == HttpResult::Outcome::Http && r.status == 404)) {
            job->done(sentAs(statusId));
            return;
        }
        job->done(refused(r));
    });
}

void MastodonDeliverer::resolve(std::shared_ptr<Job> job, const QString &url, std::function<void(const MastodonStatus &)> found)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), url);
    query.addQueryItem(QStringLiteral("resolve"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("statuses"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    const QString path = QStringLiteral("/api/v2/search?") + query.toString(QUrl::FullyEncoded);
    send(job, "GET", path, {}, [job, url, found = std::move(found)](const QByteArray &answer) {
        const QList<MastodonStatus> statuses = mastodon::foundStatuses(answer);
        if (statuses.isEmpty() || !isId(statuses.first().id)) {
            job->done(permanent(Text::tr("The account's server could not find the post at %1.").arg(url)));
            return;
        }
        found(statuses.first());
    });
}

void MastodonDeliverer::post(std::shared_ptr<Job> job)
{
    const QJsonObject &p = job->entry.payload;
    // An edit of a post the server holds for later: that one is cancelled first.
    if (const QString replaces = p.value(QLatin1String("replaces_scheduled_id")).toString(); !replaces.isEmpty()) {
        QPointer<MastodonDeliverer> self(this);
        cancelScheduled(job, replaces, p.value(QLatin1String("replaces_status")).toString(), [self, job] {
            job->entry.payload.remove(QStringLiteral("replaces_scheduled_id"));
            if (self)
                self->post(job);
        });
        return;
    }
    // A post whose time is too near for the server to schedule it waits for that time here.
    const qint64 at = qint64(p.value(QLatin1String("scheduled_at_ms")).toDouble());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool serverSchedules = at > now + mastodon::ServerScheduleMinMs + ScheduleMarginMs;
    if (!serverSchedules && at > now + 1000) {
        DeliveryResult d;
        d.outcome = DeliveryResult::Outcome::Transient;
        d.error = Text::tr("Waits until its time, %1.").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat));
        d.waitSecs = int((at - now + 999) / 1000);
        job->done(d);
        return;
    }
    // Pictures go first: the post names them by the ids the server gives them.
    const QJsonArray media = p.value(QLatin1String("media")).toArray();
    for (qsizetype i = 0; i < media.size(); ++i) {
        if (!media.at(i).toObject().value(QLatin1String("id")).toString().isEmpty())
            continue;
        upload(job, int(i));
        return;
    }
    QJsonObject body;
    for (const char *key : { "status", "spoiler_text", "visibility", "language", "in_reply_to_id" }) {
        const QString value = p.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            body.insert(QLatin1String(key), value);
    }
    if (p.value(QLatin1String("sensitive")).toBool())
        body.insert(QStringLiteral("sensitive"), true);
    QJsonArray mediaIds;
    for (const QJsonValue &m : media)
        mediaIds.append(m.toObject().value(QLatin1String("id")).toString());
    if (!mediaIds.isEmpty())
        body.insert(QStringLiteral("media_ids"), mediaIds);
    if (const QJsonObject poll = p.value(QLatin1String("poll")).toObject(); !poll.isEmpty())
        body.insert(QStringLiteral("poll"), poll);
    if (serverSchedules)
        body.insert(QStringLiteral("scheduled_at"), QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs));
    send(job, "POST", QStringLiteral("/api/v1/statuses"), QJsonDocument(body).toJson(QJsonDocument::Compact),
        [job](const QByteArray &answer) {
            DeliveryResult d;
            d.outcome = DeliveryResult::Outcome::Sent;
            // A status, or for a scheduled one its ScheduledStatus: both carry an id.
            d.remoteId = QJsonDocument::fromJson(answer).object().value(QLatin1String("id")).toString();
            // The copies kept of its pictures have done their work.
            for (const QJsonValue &m : job->entry.payload.value(QLatin1String("media")).toArray()) {
                const QString path = m.toObject().value(QLatin1String("path")).toString();
                if (mastodon::isKeptMediaFile(path))
                    QFile::remove(path);
            }
            job->done(d);
        });
}

void MastodonDeliverer::upload(std::shared_ptr<Job> job, int index)
{
    QJsonArray media = job->entry.payload.value(QLatin1String("media")).toArray();
    const QJsonObject m = media.at(index).toObject();
    const mastodon::MediaDraft draft { m.value(QLatin1String("path")).toString(), m.value(QLatin1String("description")).toString() };
    QPointer<MastodonDeliverer> self(this);
    mastodon::uploadMedia(m_http, job->server, job->token, draft, m_timeoutMs,
        [self, job, index](const mastodon::MediaUpload &upload) {
            if (!self)
                return;
            if (upload.refusal) {
                job->done(refused(*upload.refusal));
                return;
            }
            if (upload.id.isEmpty()) {
                DeliveryResult d;
                d.outcome = upload.gone ? DeliveryResult::Outcome::Permanent : DeliveryResult::Outcome::Transient;
                d.error = upload.problem;
                job->done(d);
                return;
            }
            // Kept for this delivery only: after a restart the picture goes
            // again, and the server drops the copy no post uses.
            QJsonArray list = job->entry.payload.value(QLatin1String("media")).toArray();
            QJsonObject sent = list.at(index).toObject();
            sent.insert(QStringLiteral("id"), upload.id);
            list.replace(index, sent);
            job->entry.payload.insert(QStringLiteral("media"), list);
            self->post(job);
        }, m_mediaPollMs);
}

void MastodonDeliverer::findSent(std::shared_ptr<Job> job)
{
    QPointer<MastodonDeliverer> self(this);
    // A post the server was to schedule is among its scheduled posts, not its statuses.
    const qint64 at = qint64(job->entry.payload.value(QLatin1String("scheduled_at_ms")).toDouble());
    if (at > QDateTime::currentMSecsSinceEpoch()) {
        send(job, "GET", QStringLiteral("/api/v1/scheduled_statuses?limit=40"), {}, [self, job](const QByteArray &answer) {
            if (!self)
                return;
            const QString text = comparable(job->entry.payload.value(QLatin1String("status")).toString());
            for (const QJsonValue &v : QJsonDocument::fromJson(answer).array()) {
                const QJsonObject scheduled = v.toObject();
                const QJsonObject params = scheduled.value(QLatin1String("params")).toObject();
                if (comparable(params.value(QLatin1String("text")).toString()) == text) {
                    job->done(sentAs(scheduled.value(QLatin1String("id")).toString()));
                    return;
                }
            }
            self->post(job);
        });
        return;
    }
    recentStatuses(job, [self, job](const QList<MastodonStatus> &recent) {
        if (!self)
            return;
        const QJsonObject &p = job->entry.payload;
        const QString text = comparable(p.value(QLatin1String("status")).toString());
        const QString replyTo = p.value(QLatin1String("in_reply_to_id")).toString();
        for (const MastodonStatus &s : recent) {
            // Only posts from after the entry was made can be it.
            if (s.createdAtMs > 0 && job->entry.createdMs > 0 && s.createdAtMs < job->entry.createdMs - 60000)
                continue;
            if (s.inReplyToId == replyTo && comparable(htmlToPlainText(s.contentHtml)) == text) {
                job->done(sentAs(s.id));
                return;
            }
        }
        self->post(job);
    });
}

void MastodonDeliverer::parentOfEntry(std::shared_ptr<Job> job, qint64 entryId, std::function<void(const QString &)> found)
{
    const std::optional<OutboxEntry> parent = m_entryOf ? m_entryOf(entryId) : std::nullopt;
    const auto wait = [job](const QString &why, int secs) {
        DeliveryResult d;
        d.outcome = DeliveryResult::Outcome::Transient;
        d.error = why;
        d.waitSecs = secs;
        job->done(d);
    };
    if (!parent) {
        job->done(permanent(Text::tr("The post it answers was cancelled before it went out.")));
        return;
    }
    if (parent->state == OutboxEntry::State::Failed) {
        wait(Text::tr("Waits for the post it answers, which the server refused: edit or cancel that one first."), 60);
        return;
    }
    if (parent->state != OutboxEntry::State::Sent) {
        wait(Text::tr("Waits for the post it answers to go out first."), 5);
        return;
    }
    const qint64 at = qint64(parent->payload.value(QLatin1String("scheduled_at_ms")).toDouble());
    if (at <= 0) {
        found(parent->remoteId);
        return;
    }
    // The server held the post for later: its id there is the schedule's,
    // and the post's own comes when it appears, found by its text.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (at > now) {
        wait(Text::tr("Waits for the post it answers to appear, %1.").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat)),
            int((at - now) / 1000) + 30);
        return;
    }
    const QString text = comparable(parent->payload.value(QLatin1String("status")).toString());
    recentStatuses(job, [job, text, found, wait](const QList<MastodonStatus> &recent) {
        for (const MastodonStatus &s : recent) {
            if (comparable(htmlToPlainText(s.contentHtml)) == text) {
                found(s.id);
                return;
            }
        }
        wait(Text::tr("Waits for the post it answers to appear."), 60);
    });
}

void MastodonDeliverer::recentStatuses(std::shared_ptr<Job> job, std::function<void(const QList<MastodonStatus> &)> then)
{
    QPointer<MastodonDeliverer> self(this);
    send(job, "GET", QStringLiteral("/api/v1/accounts/verify_credentials"), {}, [self, job, then](const QByteArray &me) {
        if (!self)
            return;
        const auto account = mastodon::singleAccount(me);
        if (!account || !isId(account->id)) {
            DeliveryResult d;
            d.outcome = DeliveryResult::Outcome::Transient;
            d.error = Text::tr("The server did not say who this account is; Gilde tries again later.");
            job->done(d);
            return;
        }
        const QString path = QStringLiteral("/api/v1/accounts/%1/statuses?limit=40").arg(account->id);
        self->send(job, "GET", path, {}, [then](const QByteArray &answer) { then(mastodon::statuses(answer)); });
    });
}

void MastodonDeliverer::cancelScheduled(std::shared_ptr<Job> job, const QString &scheduledId, const QString &text,
    std::function<void()> cancelled)
{
    QPointer<MastodonDeliverer> self(this);
    sendDelete(job, QStringLiteral("/api/v1/scheduled_statuses/"), scheduledId, [self, job, text, cancelled](const HttpResult &r) {
        if (!self)
            return;
        if (r.outcome == HttpResult::Outcome::Ok) {
            cancelled();
            return;
        }
        if (r.outcome != HttpResult::Outcome::Http || r.status != 404) {
            job->done(refused(r));
            return;
        }
        // No longer scheduled: cancelled before (by an attempt cut off after
        // it, or elsewhere), or it has appeared. Only the account's posts tell.
        self->recentStatuses(job, [job, text, cancelled](const QList<MastodonStatus> &recent) {
            for (const MastodonStatus &s : recent) {
                if (comparable(htmlToPlainText(s.contentHtml)) == comparable(text)) {
                    job->done(permanent(Text::tr("Too late: the scheduled post has appeared already.")));
                    return;
                }
            }
            cancelled();
        });
    });
}

} // namespace gilde
