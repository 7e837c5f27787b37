#pragma once

#include "TestHttpServer.h"

#include <QJsonObject>
#include <QHash>
#include <QMutex>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>
#include <QString>
#include <QUrl>

namespace gilde::test
{

/// A scripted Mastodon server on 127.0.0.1 for tests: the client API's
/// documented entities (tests/fixtures/mastodon), timelines of generated
/// statuses, app registration and OAuth with PKCE (the code is only
/// exchanged with the verifier whose S256 challenge came with the
/// authorization), and faults to inject. Thread-safe: handlers run on the
/// HTTP server's thread.
class MastodonServer
{
public:
    /// How the server treats a bearer token it does not accept (or every token, when set).
    enum class TokenFault { None, Unauthorized401, Unprocessable422 };

    MastodonServer();
    bool listen();
    QUrl url(const QString &path = QStringLiteral("/")) const { return m_http.url(path); }
    QUrl server() const; ///< scheme, host and port
    TestHttpServer &http() { return m_http; }

    /// The token the server accepts (and issues after a sign-in).
    QString token() const { return QStringLiteral("test-token-1"); }
    void setTokenFault(TokenFault fault);

    /// Fills a timeline path ("/api/v1/timelines/home", "/api/v1/timelines/tag/gilde",
    /// "/api/v1/timelines/public", "/api/v1/accounts/7/statuses") with `count`
    /// statuses, newest first, ids from `firstId` upwards.
    void setTimeline(const QByteArray &path, int count, qint64 firstId = 1000);
    /// As some servers do: min_id is not understood, so a page asked for
    /// with it is the newest page (since_id's answer).
    void setIgnoreMinId(bool ignore);
    /// Sends no Link header (as some servers don't): clients page by the entities' ids.
    void setNoLinkHeader(bool none);
    /// A streaming API on a WebSocket server of its own on 127.0.0.1, which
    /// the instance answers name (as servers with a streaming host do).
    /// Lives on the thread that calls this (the test's).
    bool enableStreaming();
    /// A server that names no streaming API in either instance answer (as
    /// GoToSocial's early versions and snac): clients can only poll it.
    void setNoStreaming();
    /// Sends an event to every connection subscribed to `key` ("user",
    /// "hashtag:gilde"), with the payload as JSON text, as Mastodon does.
    void sendStreamEvent(const QString &key, const QString &event, const QJsonObject &payload);
    /// A "delete" event: its payload is the deleted status's id, not JSON.
    void sendStreamDelete(const QString &key, const QString &statusId);
    int streamConnections() const;
    /// What the connections subscribed to, each once ("user", "hashtag:gilde").
    QStringList streamSubscriptions() const;
    /// The Authorization header and address of the last stream connection.
    QByteArray lastStreamAuthorization() const { return m_streamAuthorization; }
    QUrl lastStreamUrl() const { return m_streamUrl; }
    /// The stream drops (every connection closes, as when a server restarts).
    void dropStreams();
    /// The account's lists (/api/v1/lists), as id and title.
    void setLists(const QList<std::pair<QString, QString>> &lists);
    /// A search for `query` (type=statuses, as a signed-in account) finds
    /// `count` posts, newest first, ids from 3000 upwards, paged by max_id
    /// and limit, without a Link header (as Mastodon's search answers).
    void setSearchResults(const QString &query, int count);
    /// Serves notifications of each kind (mention, reblog, favourite, follow, poll).
    void setNotifications();
    /// An answer that overrides a path until cleared (a fault: 500, 429, a slow body).
    void setFault(const QByteArray &path, const TestResponse &response);
    void clearFault(const QByteArray &path);

    /// A status JSON like the documentation's, with this id, text and time.
    static QJsonObject status(qint64 id, const QString &text, qint64 createdAtMs);

    // Writes. Posts are kept and listed as the account's statuses (newest first).
    struct Posted {
        QString id;
        QString text;
        QString inReplyTo;
        QByteArray key;
        QJsonObject body; ///< as posted: media_ids, poll, scheduled_at...
    };
    QList<Posted> posted() const;
    /// Actions on statuses and accounts, as "favourite 123", "follow 7".
    QStringList actions() const;
    /// A server that ignores Idempotency-Key (as some do): a repeat is a new post.
    void setIgnoreIdempotency(bool ignore);
    /// The next `count` posts are stored, but their answers never arrive: the
    /// connection closes, or hangs until the client gives up.
    enum class LostAnswer { Close, Hang };
    void dropAnswersAfterPosting(int count, LostAnswer how = LostAnswer::Close);
    /// Posts are refused with 422 and this message (empty: accepted again).
    void setRefusePosts(const QString &message);
    /// Each post is stored at once but answered this much later (a slow server).
    void setPostDelayMs(int ms);

    /// A conversation around status `id`: a chain of `ancestors` posts it
    /// answers (oldest first), and `descendants` replies, the first answering
    /// it, each next one the one before, and the last one answering it
    /// directly (a second branch). GET /api/v1/statuses/{id} and its
    /// /context answer for it, as anyone (a public post) or with the token.
    void setConversation(qint64 id, int ancestors, int descendants);
    /// The text of post `n` of the conversation around `id` (ancestors from 1, then descendants).
    static QString conversationText(qint64 id, int n);

    /// Media uploaded (POST /api/v2/media, multipart), in order.
    struct Upload {
        QString id;
        QString description;
        QByteArray contentType;
        QByteArray bytes;
    };
    QList<Upload> uploads() const;
    /// Media is processed later (202), and answers 206 to `polls` questions before it is ready.
    void setMediaProcessing(int polls);
    /// Posts scheduled with scheduled_at, which the server keeps until their time.
    QList<Posted> scheduled() const;
    /// Its time came: the scheduled post `id` appears among the account's posts.
    void publishScheduled(const QString &id);

    /// Read markers (/api/v1/markers), as Mastodon keeps them: the last read
    /// id of "home" and "notifications", each with a version that every
    /// change bumps.
    struct Marker {
        QString lastReadId;
        int version = 0;
    };
    Marker marker(const QString &timeline) const;
    /// Another client of the same account moves a marker.
    void setMarker(const QString &timeline, const QString &lastReadId);
    /// The next `count` updates are refused with 409, as Mastodon answers
    /// when two updates of one marker meet.
    void setMarkerConflicts(int count);
    /// Updates of the markers the server took.
    int markerUpdates() const;

    /// What the user's browser does at the authorization page: follows the
    /// URL, "signs in", and returns the code the server hands out (through the
    /// redirect, or shown on the page for the out-of-band redirect). Empty when
    /// the request was not a valid authorization.
    QString authorize(const QUrl &authorizationUrl);
    /// The last form posted to /oauth/token.
    QByteArray lastTokenRequest() const;
    int registeredApps() const;

private:
    TestResponse timeline(const TestRequest &request, const QJsonArray &statuses);
    bool authorized(const TestRequest &request, TestResponse *refusal) const;
    void sendStreamText(const QString &key, const QString &event, const QString &payload);
    static TestResponse jsonResponse(const QJsonValue &v, int status = 200);
    /// GET /api/v1/statuses/{id} and /api/v1/statuses/{id}/context (MastodonConversations.cpp).
    TestResponse conversation(const TestRequest &request);
    /// DELETE /api/v1/statuses/{id}: "delete ID" in actions(); a second time, 404 (MastodonConversations.cpp).
    TestResponse deleteStatus(const TestRequest &request);
    /// A post made here: GET /api/v1/statuses/{id} (its pictures as media_ids
    /// named them), GET …/source, PUT (an edit: "edit ID" in actions(), the
    /// post's text and body as the edit has them). Nothing when `request`
    /// names no such post (MastodonConversations.cpp).
    std::optional<TestResponse> ownPost(const TestRequest &request);
    /// POST /api/v2/media and GET /api/v1/media/ID (MastodonMediaFake.cpp).
    TestResponse media(const TestRequest &request);
    /// A post with scheduled_at: kept as scheduled, answered as a ScheduledStatus.
    TestResponse schedule(const Posted &post);
    TestResponse scheduledList(const TestRequest &request);
    /// GET and POST /api/v1/markers (MastodonMarkersFake.cpp).
    TestResponse markers(const TestRequest &request);

    struct Conversation {
        int ancestors = 0;
        int descendants = 0;
    };
    QHash<qint64, Conversation> m_conversations;
    QHash<QString, Marker> m_markers;
    int m_markerConflicts = 0;
    int m_markerUpdates = 0;
    QList<std::pair<QString, QString>> m_lists;
    QList<Upload> m_uploads;
    QHash<QString, int> m_processing; ///< media id → questions left before it is ready
    int m_mediaPolls = 0;
    QList<Posted> m_scheduled;
    QHash<QString, int> m_searchResults; ///< query → how many posts it finds

    TestHttpServer m_http;
    const qint64 m_epochMs; ///< when generated timelines start
    mutable QMutex m_mutex;
    TokenFault m_tokenFault = TokenFault::None;
    QHash<QString, QString> m_codeChallenges; ///< issued code → its PKCE challenge
    QByteArray m_lastTokenRequest;
    QList<Posted> m_posted;
    QStringList m_actions;
    bool m_ignoreIdempotency = false;
    bool m_ignoreMinId = false;
    std::unique_ptr<QWebSocketServer> m_streamServer;
    QHash<QWebSocket *, QStringList> m_streamSubs;
    QByteArray m_streamAuthorization;
    QUrl m_streamUrl;
    bool m_noLinkHeader = false;
    int m_dropAnswers = 0;
    LostAnswer m_lostAnswer = LostAnswer::Close;
    QString m_refusePosts;
    int m_postDelayMs = 0;
    qint64 m_nextId = 800000;
    int m_apps = 0;
};

} // namespace gilde::test
