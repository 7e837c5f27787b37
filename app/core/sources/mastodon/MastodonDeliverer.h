#pragma once

#include "sync/Outbox.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace gilde
{

struct MastodonStatus;
class Accounts;
class HttpClient;
struct HttpResult;

/// Delivers the outbox's "mastodon.*" entries for the entry's account.
///
/// mastodon.post, payload {status, spoiler_text?, visibility?, language?,
/// in_reply_to_id?, sensitive?}: POST /api/v1/statuses with the entry's key as
/// Idempotency-Key. Not every server honours that header, so an entry that may
/// have reached the server before (resumed after a crash, or tried before and
/// left without an answer) first looks for its post among the account's
/// recent statuses: the same text in reply to the same post is the one it
/// sent, and is not sent again.
///
/// A post with a poll, pictures (uploaded first, POST /api/v2/media) or a
/// time (scheduled_at when five minutes or more out) goes the same way; one
/// that replaces a post the server holds for later (replaces_scheduled_id)
/// cancels that first. mastodon.unschedule, payload {scheduled_id, status}:
/// DELETE /api/v1/scheduled_statuses/:id.
///
/// A reply to a post of one's own still in the outbox (in_reply_to_entry)
/// waits for it: per account, the outbox sends in the order written, and
/// the reply takes the parent's server id once it has one.
///
/// mastodon.vote, payload {choices, poll_id | status_url}: POST
/// /api/v1/polls/:id/votes; a server answers a second vote with 422.
///
/// mastodon.edit, payload {status_id, status, spoiler_text, sensitive?,
/// language?, source_id?}: GET the post for the pictures it has, then PUT
/// /api/v1/statuses/:id naming them again (an edit replaces the whole post);
/// the post as edited goes to statusEdited. mastodon.delete, payload
/// {status_id}: DELETE /api/v1/statuses/:id, a 404 counting as done.
///
/// mastodon.favourite, .unfavourite, .reblog, .unreblog, .bookmark,
/// .unbookmark, payload {status_id, status_url?}; mastodon.follow, .unfollow,
/// .mute, .unmute, .block, .unblock, payload {account_id}: the server's answer to a repeat is the same state,
/// so they are sent as they are. A post seen on another server (status_url,
/// in_reply_to_url) is first looked up on the account's own server
/// (/api/v2/search with resolve), since ids differ from server to server.
///
/// A token the server refuses keeps the entry waiting (it is the account's
/// problem, not the write's): "sign in again", retried after a while. What the
/// server refuses for the write itself (422 and its kin) fails the entry with
/// the server's own words.
class MastodonDeliverer : public QObject, public OutboxDeliverer
{
    Q_OBJECT
public:
    MastodonDeliverer(Accounts &accounts, HttpClient &http, QObject *parent = nullptr);

    void deliver(const OutboxEntry &entry, bool resumed, Done done) override;

Q_SIGNALS:
    /// An edit went through: the post as the server now has it, for the
    /// source it was edited from (its payload's source_id).
    void statusEdited(qint64 sourceId, const gilde::MastodonStatus &status);

public:
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Where a reply to a post still in the outbox finds that post's entry.
    void setEntryLookup(std::function<std::optional<OutboxEntry>(qint64 entryId)> entryOf) { m_entryOf = std::move(entryOf); }
    /// The wait between questions about media the server processes later.
    void setMediaPollMs(int ms) { m_mediaPollMs = ms; }

    /// Seconds an entry waits before it tries again after its token was refused.
    static constexpr int SignInRetrySecs = 15 * 60;
    /// A scheduled post goes to the server with its time only when that is
    /// this much more than the server's five minutes away (clocks differ).
    static constexpr qint64 ScheduleMarginMs = 60 * 1000;

private:
    struct Job;
    void post(std::shared_ptr<Job> job);
    /// Sends the entry's picture `index`, then goes on with post().
    void upload(std::shared_ptr<Job> job, int index);
    void findSent(std::shared_ptr<Job> job);
    /// The server's id of the post of outbox entry `entryId`, once it went
    /// out (and, held for later, appeared); the delivery waits until then.
    void parentOfEntry(std::shared_ptr<Job> job, qint64 entryId, std::function<void(const QString &)> found);
    /// The account's 40 latest posts.
    void recentStatuses(std::shared_ptr<Job> job, std::function<void(const QList<MastodonStatus> &)> then);
    /// Cancels the post the server holds as `scheduledId` (its text `text`);
    /// one no longer held counts as cancelled unless it has appeared.
    void cancelScheduled(std::shared_ptr<Job> job, const QString &scheduledId, const QString &text,
        std::function<void()> cancelled);
    void act(std::shared_ptr<Job> job, const QString &path);
    /// New words for a post of the account's own, its pictures kept (PUT /api/v1/statuses/:id).
    void editStatus(std::shared_ptr<Job> job);
    /// Deletes a post of the account's own; one already gone counts as deleted.
    void deleteStatus(std::shared_ptr<Job> job, const QString &statusId);
    /// DELETE of `path` + `id`, its answer to `answered`; an id that is no id fails the entry.
    void sendDelete(std::shared_ptr<Job> job, const QString &path, const QString &id,
        std::function<void(const HttpResult &)> answered);
    /// The id the account's server gives the post at `url`.
    void resolve(std::shared_ptr<Job> job, const QString &url, std::function<void(const MastodonStatus &)> found);
    void send(std::shared_ptr<Job> job, const QByteArray &method, const QString &path, const QByteArray &body,
        std::function<void(const QByteArray &answer)> sent);

    Accounts &m_accounts;
    HttpClient &m_http;
    int m_timeoutMs = 30000;
    int m_mediaPollMs = 2000;
    std::function<std::optional<OutboxEntry>(qint64)> m_entryOf;
};

} // namespace gilde
