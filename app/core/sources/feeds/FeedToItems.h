#pragma once

#include "model/Item.h"
#include "model/ParsedFeed.h"

#include <QList>

namespace gilde
{

/// Turns a parsed feed into items for ItemStore::upsert. Pure and thread-safe.
/// remoteId is the entry's id, else its link, else its RSS 1.0 resource
/// (rdf:about, also its url then), else a stable hash of title and content,
/// so that an edited or reordered feed updates rows instead of duplicating
/// them; entries repeating an earlier remoteId are dropped.
/// publishedMs is the published date, else the updated one, else 0 (the store
/// then keeps the first-seen time); it is clamped to `nowMs` when it lies in the future, so a
/// wrong clock cannot pin an item to the top.
QList<Item> itemsFromFeed(const ParsedFeed &feed, qint64 sourceId, qint64 nowMs);

/// The fallback id of an entry without id or link: hex SHA-1 of title and content, truncated.
QString contentRemoteId(const QString &title, const QString &html);

} // namespace gilde
