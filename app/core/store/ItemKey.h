#pragma once

#include "model/Item.h"

namespace gilde
{

/// How ingest recognises items without reading them back.

/// A stable 64-bit hash of what a refresh may change in an item (not its
/// published date). Stable across runs and Qt versions, unlike qHash.
qint64 itemContentHash(const Item &item);

/// The key of an item whose feed gives it no id: a hash of its link and title.
QString fallbackRemoteId(const Item &item);

} // namespace gilde
