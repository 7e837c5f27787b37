#include "DiscoursePacing.h"

#include "DiscourseJson.h"

#include <QPointer>

#include <algorithm>
#include <limits>

namespace gilde
{

DiscoursePacing::DiscoursePacing(HttpClient &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
    m_clock.start();
    m_userKeyLimits = userKeyLimits();
    setLimits(defaultLimits());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DiscoursePacing::pump);
}

DiscoursePacing::~DiscoursePacing() = default;

QList<DiscoursePacing::Limit> DiscoursePacing::defaultLimits()
{
    return { { 25, 10 * 1000 }, { 120, 60 * 1000 } };
}

QList<DiscoursePacing::Limit> DiscoursePacing::userKeyLimits()
{
    return { { 20, 60 * 1000 }, { 2880, 24 * 60 * 60 * 1000 } };
}

namespace
{

QList<DiscoursePacing::Limit> sane(QList<DiscoursePacing::Limit> limits)
{
    for (DiscoursePacing::Limit &l : limits) {
        l.requests = qMax(1, l.requests);
        l.windowMs = qMax(1, l.windowMs);
    }
    return limits;
}

} // namespace

void DiscoursePacing::setLimits(const QList<Limit> &limits)
{
    m_limits = sane(limits);
    updateLongestWindow();
}

void DiscoursePacing::setUserKeyLimits(const QList<Limit> &limits)
{
    m_userKeyLimits = sane(limits);
    updateLongestWindow();
}

void DiscoursePacing::updateLongestWindow()
{
    m_longestWindowMs = 0;
    for (const QList<Limit> *set : { &m_limits, &m_userKeyLimits }) {
        for (const Limit &l : *set)
            m_longestWindowMs = qMax(m_longestWindowMs, l.windowMs);
    }
    pump();
}

qint64 DiscoursePacing::nextSlotMs(const Forum &f, qint64 now) const
{
    qint64 at = now;
    for (const Limit &l : f.withUserKey ? m_userKeyLimits : m_limits) {
        // The requests sent within this window, oldest first.
        const auto first = std::upper_bound(f.sentMs.begin(), f.sentMs.end(), now - l.windowMs);
        const auto inWindow = std::distance(first, f.sentMs.end());
        if (inWindow >= l.requests)
            at = std::max(at, *(first + (inWindow - l.requests)) + l.windowMs);
    }
    return at;
}

int DiscoursePacing::heldSeconds(const QString &forum) const
{
    const qint64 left = m_forums.value(forum).heldUntilMs - nowMs();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

bool DiscoursePacing::withUserKey(const QString &forum) const
{
    const auto it = m_forums.find(forum);
    return it != m_forums.end() && it->withUserKey;
}

int DiscoursePacing::queuedCount() const
{
    int n = 0;
    for (const Forum &f : m_forums)
        n += int(f.queue.size());
    return n;
}

void DiscoursePacing::get(const QString &forum, const HttpRequest &request, HttpClient::Callback done)
{
    enqueue(forum, { request, std::move(done), 0, std::nullopt });
}

void DiscoursePacing::sendAs(const QString &forum, const HttpRequest &request, const DiscourseCredentials &credentials,
    HttpClient::Callback done)
{
    enqueue(forum, { request, std::move(done), 0, credentials });
}

void DiscoursePacing::enqueue(const QString &forum, Pending pending)
{
    Forum &f = m_forums[forum];
    if (f.heldUntilMs - nowMs() > MaxQueuedHoldMs) {
        answerLater(std::move(pending.done), waiting(heldSeconds(forum)));
        return;
    }
    f.queue.enqueue(std::move(pending));
    pump();
}

void DiscoursePacing::pump()
{
    const qint64 now = nowMs();
    qint64 next = std::numeric_limits<qint64>::max();
    for (auto it = m_forums.begin(); it != m_forums.end();) {
        Forum &f = it.value();
        while (!f.sentMs.empty() && f.sentMs.front() <= now - m_longestWindowMs)
            f.sentMs.pop_front();
        if (f.heldUntilMs > now) {
            if (f.heldUntilMs - now > MaxQueuedHoldMs) {
                const int seconds = heldSeconds(it.key());
                while (!f.queue.isEmpty())
                    answerLater(f.queue.dequeue().done, waiting(seconds));
            } else if (!f.queue.isEmpty()) {
                next = std::min(next, f.heldUntilMs);
            }
        } else {
            while (!f.queue.isEmpty() && nextSlotMs(f, now) <= now) {
                f.sentMs.push_back(now);
                send(it.key(), f.queue.dequeue());
            }
            if (!f.queue.isEmpty())
                next = std::min(next, nextSlotMs(f, now));
        }
        // A forum with nothing to remember is forgotten.
        if (f.queue.isEmpty() && f.sentMs.empty() && f.heldUntilMs <= now)
            it = m_forums.erase(it);
        else
            ++it;
    }
    if (next != std::numeric_limits<qint64>::max())
        m_timer.start(int(std::clamp<qint64>(next - now, 0, std::numeric_limits<int>::max())));
    else
        m_timer.stop();
}

void DiscoursePacing::send(const QString &forum, Pending pending)
{
    if (pending.as) {
        if (!pending.as->userApiKey.isEmpty())
            m_forums[forum].withUserKey = true;
        const DiscourseCredentials as = *pending.as;
        sendWith(forum, std::move(pending), as);
        return;
    }
    if (!m_credentialsFor) {
        sendWith(forum, std::move(pending), {});
        return;
    }
    QPointer<DiscoursePacing> self(this);
    auto shared = std::make_shared<Pending>(std::move(pending));
    m_credentialsFor(forum, [self, forum, shared](const DiscourseCredentials &credentials) {
        if (!self)
            return;
        // The forum is being paced (its send is counted), so it is there to mark;
        // find() so that an answer never brings back a forum already forgotten.
        const auto it = self->m_forums.find(forum);
        if (it != self->m_forums.end() && !credentials.userApiKey.isEmpty())
            it->withUserKey = true;
        self->sendWith(forum, std::move(*shared), credentials);
    });
}

void DiscoursePacing::sendWith(const QString &forum, Pending pending, const DiscourseCredentials &credentials)
{
    QPointer<DiscoursePacing> self(this);
    HttpRequest request = pending.request;
    credentials.apply(request);
    // Only a read on the forum's account falls back to reading as anyone.
    const bool signedIn = !credentials.isEmpty() && !pending.as;
    m_http.get(request, [self, forum, signedIn, pending = std::move(pending)](const HttpResult &result) mutable {
        if (!self)
            return;
        self->noteAnswer(forum, result);
        // A key the forum no longer takes: what anyone may read still comes.
        if (signedIn && (result.status == 401 || result.status == 403)) {
            self->m_keyRefused.insert(forum);
            self->sendWith(forum, std::move(pending), {});
            return;
        }
        if (signedIn && result.isSuccess())
            self->m_keyRefused.remove(forum);
        // A refused request was not carried out: after a short wait it is asked again.
        if (result.outcome == HttpResult::Outcome::RateLimited && pending.retries < MaxRetries) {
            Forum &f = self->m_forums[forum];
            if (f.heldUntilMs - self->nowMs() <= MaxQueuedHoldMs) {
                ++pending.retries;
                f.queue.prepend(std::move(pending));
                self->pump();
                return;
            }
        }
        pending.done(result);
    });
}

void DiscoursePacing::noteAnswer(const QString &forum, const HttpResult &result)
{
    if (result.outcome != HttpResult::Outcome::RateLimited)
        return;
    int seconds = result.retryAfterSecs;
    if (seconds < 0)
        seconds = discourse::error(result.errorBody).waitSeconds;
    if (seconds <= 0)
        seconds = DefaultHoldSeconds;
    Forum &f = m_forums[forum];
    f.heldUntilMs = std::max(f.heldUntilMs, nowMs() + qint64(seconds) * 1000);
    m_timer.start(0); // what waits is answered or rescheduled
}

void DiscoursePacing::answerLater(HttpClient::Callback done, const HttpResult &result)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

HttpResult DiscoursePacing::waiting(int seconds)
{
    HttpResult r;
    r.outcome = HttpResult::Outcome::RateLimited;
    r.status = 429;
    r.retryAfterSecs = seconds;
    r.errorText = tr("The forum asked Gilde to slow down; Gilde asks again in %n second(s).", nullptr, seconds);
    return r;
}

} // namespace gilde
