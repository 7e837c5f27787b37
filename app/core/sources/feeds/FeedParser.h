#pragma once

#include "model/ParsedFeed.h"

#include <QByteArray>
#include <QUrl>

namespace gilde
{

/// Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 from bytes.
/// Pure: no I/O, safe on any thread. `baseUrl` is the feed's address (for
/// relative links); `contentType` is the HTTP header, whose charset wins over
/// the XML declaration's. Ill-formed input is recovered where it can be and
/// reported in ParsedFeed::warnings; summary/content come out sanitized.
ParsedFeed parseFeed(const QByteArray &bytes, const QUrl &baseUrl = {}, const QByteArray &contentType = {});

} // namespace gilde
