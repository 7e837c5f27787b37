#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace gilde
{

/// One Mastodon timeline as a source: which stream of which server, read by
/// which account (0 = anyone: public timelines need no account). A source's
/// address is the timeline's API endpoint; the reading account travels in the
/// fragment ("#account=3"), which never goes out with a request, so two
/// accounts on one server each have their own Home.
struct MastodonTimeline {
    enum class Kind {
        Home,
        Notifications,
        Mentions,
        Local,
        Federated,
        Hashtag,
        List,
        Bookmarks,
        Favourites,
        Account, ///< one person's posts
        Search, ///< posts that match a query (/api/v2/search)
    };
    Kind kind = Kind::Home;
    QUrl server; ///< scheme and host (and port), no path
    /// Hashtag: the tag without '#'; List: its id; Account: the account's id; Search: the query
    QString arg;
    qint64 accountId = 0;

    /// Home, notifications, mentions, lists, bookmarks, favourites and
    /// searches are an account's own (servers search for signed-in users).
    bool needsAccount() const;
    bool isNotifications() const { return kind == Kind::Notifications || kind == Kind::Mentions; }
    QUrl apiUrl() const; ///< the endpoint, without paging parameters
    QUrl sourceUrl() const; ///< apiUrl() plus the reading account
    /// Where the same stream is on the server's web pages (for "open in browser").
    QUrl webUrl(const QString &acct = {}) const;
    /// The column's name: "Home", "#gilde", "Local · mastodon.social", ...
    QString title(const QString &acct = {}) const;

    static std::optional<MastodonTimeline> fromSourceUrl(const QUrl &url);
    /// The longest search query a column keeps.
    static constexpr int MaxQuery = 500;
    /// The server part of any address: https://host[:port].
    static QUrl serverOf(const QUrl &url);
};

/// What a user may type or paste for a public Mastodon stream: "@user@server",
/// "https://server/@user", "https://server/tags/name", "https://server/public/local".
/// Only a guess from the form; the server is asked before anything is added.
struct MastodonAddress {
    enum class Kind { Account, Hashtag, Local, Federated };
    Kind kind = Kind::Account;
    QUrl server;
    QString value; ///< Account: the acct as the server knows it ("user" or "user@elsewhere"); Hashtag: the tag

    static std::optional<MastodonAddress> parse(const QString &text);
};

} // namespace gilde
