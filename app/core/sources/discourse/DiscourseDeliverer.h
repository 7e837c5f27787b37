#pragma once

#include "DiscourseHttp.h"
#include "sync/Outbox.h"

#include <QObject>

#include <functional>
#include <memory>

namespace gilde
{

class Accounts;
class DiscoursePacing;
struct DiscoursePost;

/// Delivers the outbox's "discourse.*" entries (DiscourseWrites.h) as the
/// entry's account, within the forum's pace.
///
/// discourse.reply and discourse.topic: POST /posts.json. Discourse takes no
/// idempotency key, so an entry that may have reached the forum before
/// (resumed after a crash, or tried before and left without an answer) first
/// looks among the account's recent topics and replies (/user_actions.json)
/// for one in the same topic (a new one: with the same title) made since the
/// entry was, and compares its text (/posts/{id}.json, raw): found, it is the
/// one sent, and nothing is posted again.
///
/// discourse.like, .unlike: POST /post_actions.json, DELETE
/// /post_actions/{id}; one that may have been sent first asks the post
/// whether the account likes it already.
///
/// The forum's refusals (too short, too similar, closed, trust level) fail
/// the entry in the forum's words, keeping it for editing. A refused key
/// (checked with /session/current.json, since the forum answers 403 for a
/// bad key and for a write it forbids alike) keeps the entry waiting for the
/// user to sign in again; a 429 waits as long as the forum asks.
class DiscourseDeliverer : public QObject, public OutboxDeliverer
{
    Q_OBJECT
public:
    DiscourseDeliverer(Accounts &accounts, DiscoursePacing &pacing, QObject *parent = nullptr);

    void deliver(const OutboxEntry &entry, bool resumed, Done done) override;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// Seconds an entry waits before it tries again after its key was refused.
    static constexpr int SignInRetrySecs = 15 * 60;
    /// A post made this long before its entry (clocks differ) may still be it.
    static constexpr qint64 ClockSlackMs = 5 * 60 * 1000;

private:
    struct Job;
    using Answer = std::function<void(const QByteArray &body)>;
    void request(std::shared_ptr<Job> job, const QByteArray &method, const QString &path, const QByteArray &body,
        Answer answered);
    void refused(std::shared_ptr<Job> job, const HttpResult &result);
    void create(std::shared_ptr<Job> job);
    void findSent(std::shared_ptr<Job> job);
    /// Looks at the candidates' text one by one; none is it: create.
    void compare(std::shared_ptr<Job> job, QList<qint64> postIds);
    void like(std::shared_ptr<Job> job, bool liked, bool mayBeSent);

    Accounts &m_accounts;
    DiscoursePacing &m_pacing;
    int m_timeoutMs = 30000;
};

} // namespace gilde
