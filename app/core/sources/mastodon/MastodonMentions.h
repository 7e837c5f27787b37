#pragma once

#include <QString>
#include <QUrl>

namespace gilde
{

struct Item;

namespace mastodon
{

/// The person a link in a post points to, as the server the post was read
/// from names them ("anna" for its own users, "bob@other.example" for the
/// rest), when the post mentions them; empty for any other link, even one
/// that looks like a profile (a video site's "/@channel", say). Servers
/// write a mention's link as their profile page ("/@bob", or "/users/bob"
/// on Pleroma and Akkoma), on a host that is not always the acct's domain.
QString mentionedAcct(const Item &item, const QUrl &link, const QUrl &readingServer);

} // namespace mastodon
} // namespace gilde
