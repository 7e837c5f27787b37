#pragma once

#include "ShaarliClient.h"
#include "model/Link.h"

namespace gilde
{

/// Pure rules between a link in the library and the same link on a Shaarli.
namespace shaarli
{

/// Shaarli has no read-later field: the flag travels as this tag, the name
/// Pinboard gives the same flag and that Shaarli exports and users already
/// carry, so the flag survives a trip through any of them.
inline constexpr QLatin1StringView ReadLaterTag { "toread" };

/// Shaarli's view of a library link (its id when known).
ShaarliLink toShaarli(const Link &link);
/// A new library link from a Shaarli one (URL normalized, tags lower-cased;
/// the ReadLaterTag becomes `readLater` and is not among the tags).
Link fromShaarli(const ShaarliLink &remote);
/// Library tags from Shaarli's: lower-cased, unique, sorted (ReadLaterTag included).
QStringList tagsFrom(const QStringList &remoteTags);
/// The tags a library link has on the server: its own, normalized, and the
/// ReadLaterTag when it is to be read later.
QStringList tagsTo(const Link &link);
/// Whether Shaarli's tags mark the link as to be read later.
bool isReadLater(const QStringList &remoteTags);
/// Whether the two are the same page (both sides normalized).
bool sameUrl(const QUrl &a, const QUrl &b);

/// What to keep when both sides changed since the last sync.
struct Merge {
    Link link; ///< the local link with the merged fields
    bool conflict = false; ///< both sides had something the other lacks
    bool noteFromServer = false;
    QString message; ///< translated, for the user; empty without a conflict
};
/// Keeps the union of both sides' tags and the newer note, title, visibility
/// and read-later flag (by updated time; a tie keeps the local one).
Merge merge(const Link &local, const ShaarliLink &remote);

} // namespace shaarli

} // namespace gilde
