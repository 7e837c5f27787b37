#pragma once

#include "model/ParsedFeed.h"

#include <QByteArray>
#include <QUrl>

namespace gilde
{

/// Reads a JSON Feed 1.0 or 1.1 document (UTF-8). Not valid JSON, or JSON that
/// is not a feed, gives ok=false with a translated error.
ParsedFeed parseJsonFeed(const QByteArray &utf8, const QUrl &base);

} // namespace gilde
