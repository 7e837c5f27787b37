#pragma once

#include <QDateTime>
#include <QStringView>

namespace gilde
{

/// Parses the dates feeds carry: RFC 822/1123 (pubDate) and ISO 8601 / RFC 3339
/// (Atom, dc:date, JSON Feed), with the malformations seen in the wild — missing
/// seconds or zone, one-digit days, two-digit years, zone names (EST, PDT, GMT,
/// UT, Z), "+0000" and "+00:00", wrong or missing day names, full or lowercase
/// month names, extra spaces and commas. Linear, no regular expressions.
/// Returns a UTC date-time, or an invalid one when the text is not a date.
/// A missing zone is taken as UTC.
QDateTime parseFeedDate(QStringView text);

} // namespace gilde
