#pragma once

#include <QByteArray>
#include <QDateTime>

namespace gilde
{

/// Seconds to wait from a Retry-After header: delta-seconds ("120") or an
/// HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT", also the RFC 850 and asctime
/// forms), counted from `nowUtc`. A date in the past gives 0; an unreadable
/// or empty value gives -1.
int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

/// An HTTP-date (RFC 9110 IMF-fixdate, RFC 850 or asctime) as UTC; invalid when unreadable.
QDateTime parseHttpDate(const QByteArray &value);

} // namespace gilde
