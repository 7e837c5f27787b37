#pragma once

#include "model/ParsedFeed.h"

#include <QJsonObject>

namespace gilde
{

/// A parsed feed as the `feed-dump` JSON object: format, title, link,
/// description, language, updated, warnings and entries (id, title, link,
/// author, published, updated, summary, content, categories, enclosures).
/// Dates are UTC ISO-8601 ("2024-05-01T09:30:00Z"); absent values are null.
QJsonObject feedToJson(const ParsedFeed &feed);

} // namespace gilde
