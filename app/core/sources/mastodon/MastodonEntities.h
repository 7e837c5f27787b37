#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace gilde
{

// Value types of the Mastodon client API's entities, as the documentation
// describes them and as Mastodon, GoToSocial, Akkoma and others send them.
// Only what Gilde shows or acts on is kept. Times are UTC milliseconds, 0
// when absent; counts are -1 when the server hid them (null).

struct MastodonEmoji {
    QString shortcode;
    QUrl url;
    QUrl staticUrl;
};

struct MastodonField {
    QString name;
    QString valueHtml;
    bool verified = false;
};

struct MastodonAccount {
    QString id;
    QString username;
    QString acct; ///< "user" on its own server, "user@domain" elsewhere
    QString displayName;
    QString noteHtml;
    QUrl url;
    QUrl avatar;
    QUrl avatarStatic;
    QUrl header;
    bool locked = false;
    bool bot = false;
    bool group = false;
    int followersCount = -1;
    int followingCount = -1;
    int statusesCount = -1;
    QList<MastodonEmoji> emojis;
    QList<MastodonField> fields;
};

struct MastodonMedia {
    QString id;
    QString type; ///< image, gifv, video, audio, unknown
    QUrl url;
    QUrl previewUrl;
    QUrl remoteUrl;
    QString description; ///< alt text
    QString blurhash;
    int width = 0;
    int height = 0;
};

struct MastodonMention {
    QString id;
    QString username;
    QString acct;
    QUrl url;
};

struct MastodonTag {
    QString name;
    QUrl url;
};

struct MastodonCard {
    QUrl url;
    QString title;
    QString description;
    QString type; ///< link, photo, video, rich
    QString providerName;
    QUrl image;
};

struct MastodonPollOption {
    QString title;
    int votesCount = -1; ///< hidden until the poll ends, on some polls
};

struct MastodonPoll {
    QString id;
    qint64 expiresAtMs = 0; ///< 0: never
    bool expired = false;
    bool multiple = false;
    int votesCount = 0;
    int votersCount = -1;
    bool voted = false;
    QList<int> ownVotes;
    QList<MastodonPollOption> options;
};

/// A server-side filter that matched: "warn" shows the status behind the
/// filter's title, "hide" drops it, "blur" hides its media.
struct MastodonFilterMatch {
    QString title;
    QString action;
};

struct MastodonStatus {
    QString id;
    QString uri;
    QUrl url;
    qint64 createdAtMs = 0;
    qint64 editedAtMs = 0;
    MastodonAccount account;
    QString contentHtml; ///< as the server sent it: sanitize before showing
    QString spoilerText; ///< the content warning, "" for none
    bool sensitive = false;
    QString visibility; ///< public, unlisted, private, direct
    QString language;
    QString inReplyToId;
    QString inReplyToAccountId;
    /// The boosted status when this one is a boost (its own content is empty then).
    std::shared_ptr<const MastodonStatus> reblog;
    QList<MastodonMedia> media;
    QList<MastodonMention> mentions;
    QList<MastodonTag> tags;
    QList<MastodonEmoji> emojis;
    std::optional<MastodonCard> card;
    std::optional<MastodonPoll> poll;
    QList<MastodonFilterMatch> filtered;
    int repliesCount = 0;
    int reblogsCount = 0;
    int favouritesCount = 0;
    bool favourited = false;
    bool reblogged = false;
    bool bookmarked = false;
    bool pinned = false;
    QString applicationName;
};

struct MastodonNotification {
    QString id;
    QString type; ///< mention, status, reblog, follow, follow_request, favourite, poll, update, ...
    qint64 createdAtMs = 0;
    MastodonAccount account;
    std::optional<MastodonStatus> status;
};

struct MastodonContext {
    QList<MastodonStatus> ancestors;
    QList<MastodonStatus> descendants;
};

struct MastodonMarker {
    QString lastReadId;
    int version = 0;
    qint64 updatedAtMs = 0;
};

/// What a server allows, from /api/v2/instance or, failing that, /api/v1/instance.
/// Defaults are Mastodon's, for servers that say nothing.
struct MastodonInstance {
    QString domain;
    QString title;
    QString version;
    QUrl streamingUrl; ///< empty: the server has no streaming API, or did not say
    int maxCharacters = 500;
    int charactersReservedPerUrl = 23;
    int maxMediaAttachments = 4;
    int maxPollOptions = 4;
    int maxPollOptionCharacters = 50;
    int minPollExpirationSecs = 300;
    int maxPollExpirationSecs = 2629746;
    QStringList supportedMimeTypes;
    QStringList languages;
};

/// One message of the streaming API: which stream ("user", "hashtag" and
/// its tag, "public:local", "list" and its id), what happened ("update",
/// "notification", "delete", "status.update") and the entity, itself JSON
/// text (a status id for "delete").
struct MastodonStreamEvent {
    QStringList stream;
    QString event;
    QByteArray payload;
};

/// A list of accounts the user follows, whose posts make a timeline of their own.
struct MastodonList {
    QString id;
    QString title;
};

/// What the account is to another (/api/v1/accounts/relationships).
struct MastodonRelationship {
    bool following = false; ///< or asked to: a locked account's request
    bool muting = false;
    bool blocking = false;
};

/// An API error body: {"error": "...", "error_description": "..."}.
struct MastodonError {
    QString error;
    QString description;
};

} // namespace gilde
