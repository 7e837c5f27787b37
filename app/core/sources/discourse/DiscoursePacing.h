#pragma once

#include "DiscourseHttp.h"
#include "net/HttpClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QTimer>

#include <deque>
#include <optional>

namespace gilde
{

/// Every request to a forum goes through here, so that a forum is never
/// hammered: its lists, /site.json and threads share one budget per forum,
/// and requests beyond it wait their turn. By default that is 25 requests in
/// 10 s and 120 in a minute, about half of what Discourse lets one address
/// ask anonymously (50 and 200), so the user's browser keeps the rest.
/// When the forum answers 429, every request to it waits what it asked for
/// (Retry-After, else wait_seconds in its body, else a minute) instead of
/// collecting 429s of its own. A short wait is waited out in the queue, the
/// refused request asked again after it; a longer one is answered at once as
/// rate-limited with the time left, for the column or the reader to say. Lives on the HttpClient's thread; callbacks come from
/// the event loop, never from inside get(), and are dropped with this object.
class DiscoursePacing : public QObject
{
    Q_OBJECT
public:
    explicit DiscoursePacing(HttpClient &http, QObject *parent = nullptr);
    ~DiscoursePacing() override;

    /// Finds the signed-in account's credentials for `forum` (empty: none), later or at once.
    using CredentialsFor = std::function<void(const QString &forum, std::function<void(DiscourseCredentials)> done)>;
    void setCredentials(CredentialsFor credentialsFor) { m_credentialsFor = std::move(credentialsFor); }

    /// Sends `request` to `forum` (a DiscourseStream base) when its budget allows.
    void get(const QString &forum, const HttpRequest &request, HttpClient::Callback done);
    /// Sends `request` as `credentials` (a write, or a look-up for one) within
    /// the same budget. Never asked again as anyone: what a refused key
    /// means is the caller's to say.
    void sendAs(const QString &forum, const HttpRequest &request, const DiscourseCredentials &credentials,
        HttpClient::Callback done);

    /// At most `requests` per forum in any `windowMs`.
    struct Limit {
        int requests = 0;
        int windowMs = 0;
    };
    /// Replaces the limits every forum is held to (each at least one request).
    void setLimits(const QList<Limit> &limits);
    /// Replaces the limits of requests with a user key (userKeyLimits() by default).
    void setUserKeyLimits(const QList<Limit> &limits);
    /// Seconds until `forum` may be asked again after a 429; 0 when it may now.
    int heldSeconds(const QString &forum) const;
    /// Whether the forum refused the signed-in account's key on its last say
    /// (revoked in the browser): the user has to sign in again.
    bool keyRefused(const QString &forum) const { return m_keyRefused.contains(forum); }
    /// Whether `forum` has been asked with a user API key, so that its
    /// requests count against the key's own limits (userKeyLimits()).
    bool withUserKey(const QString &forum) const;
    /// Requests waiting for their turn, across forums.
    int queuedCount() const;

    /// An answer for a request not made: rate-limited, with the time left.
    static HttpResult waiting(int seconds);

    static QList<Limit> defaultLimits();
    /// What Discourse allows one user API key: 20 a minute, 2,880 a day.
    static QList<Limit> userKeyLimits();
    static constexpr int DefaultHoldSeconds = 60;
    /// A hold up to this long keeps requests queued; a longer one answers them at once.
    static constexpr int MaxQueuedHoldMs = 15000;
    /// How often one request refused with a short wait is asked again.
    static constexpr int MaxRetries = 2;

private:
    struct Pending {
        HttpRequest request;
        HttpClient::Callback done;
        int retries = 0;
        std::optional<DiscourseCredentials> as; ///< given by the caller, not the forum's account
    };
    struct Forum {
        std::deque<qint64> sentMs; ///< within the longest window, oldest first
        qint64 heldUntilMs = 0;
        QQueue<Pending> queue;
        bool withUserKey = false; ///< its requests go with a user API key: its limits apply
    };
    void enqueue(const QString &forum, Pending pending);
    void updateLongestWindow();
    void pump();
    void send(const QString &forum, Pending pending);
    void sendWith(const QString &forum, Pending pending, const DiscourseCredentials &credentials);
    void noteAnswer(const QString &forum, const HttpResult &result);
    void answerLater(HttpClient::Callback done, const HttpResult &result);
    qint64 nowMs() const { return m_clock.elapsed(); }
    /// When `f` may send again under the limits; `now` when it may at once.
    qint64 nextSlotMs(const Forum &f, qint64 now) const;

    HttpClient &m_http;
    QHash<QString, Forum> m_forums;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<Limit> m_limits;
    QList<Limit> m_userKeyLimits;
    int m_longestWindowMs = 0;
    CredentialsFor m_credentialsFor;
    QSet<QString> m_keyRefused;
};

} // namespace gilde
