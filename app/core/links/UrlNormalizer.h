#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace gilde
{

/// The one form of a web address under which the link library keeps it, so
/// that saving the same page twice finds the first save. For http(s):
///
/// - scheme and host lower case, a trailing dot of the host dropped; hosts
///   written as ACE ("xn--...") or in Unicode become the same (ACE when
///   written out);
/// - the default port (80, 443) dropped;
/// - "." and ".." path segments resolved; an empty path becomes "/", and a
///   trailing slash is dropped from every other path ("https://a.org/x/" is
///   "https://a.org/x");
/// - percent-encoding as QUrl::FullyEncoded writes it after a tolerant parse
///   (unreserved characters decoded, the rest encoded);
/// - tracking parameters dropped (utm_*, mtm_*, fbclid, gclid, ... see
///   isTrackingParameter()); the other parameters stay, in their order and
///   spelling; an empty query goes;
/// - the fragment dropped, unless it is a route of a single-page application
///   ("#/...", "#!..."), where it names the page.
///
/// Other schemes (mailto:, ftp:, ...) only get their scheme and host folded.
/// An invalid, relative or host-less http(s) address gives an empty QUrl, and
/// so do javascript:, vbscript:, data:, file:, about: and blob:.
QUrl normalizeUrl(const QUrl &url);

/// As above for text as typed or found in a file: surrounding white space is
/// ignored and an address without a scheme ("example.org/page") is taken as
/// https.
QUrl normalizeUrl(const QString &text);

/// The normalized address as stored and compared (QUrl::FullyEncoded); empty
/// when it is not a usable address.
QString normalizedUrlText(const QUrl &url);

/// Whether a query parameter only tracks where a visitor came from.
bool isTrackingParameter(QStringView name);

} // namespace gilde
