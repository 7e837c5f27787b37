#pragma once

#include <QDateTime>
#include <QString>

namespace gilde
{

/// Short, translated "how long ago" labels for lists: "now", "5 min", "2 h",
/// "yesterday", "3 days", then a date. Pure, so it is tested with a fixed now.
namespace RelativeTime
{

QString format(qint64 thenUtcMs, const QDateTime &now = QDateTime::currentDateTime());
/// The same for a moment to come (a retry): "now", "in 5 min", "in 2 h",
/// then a date and time.
QString until(qint64 whenUtcMs, const QDateTime &now = QDateTime::currentDateTime());
/// The full local date and time, for tooltips and the reader.
QString full(qint64 thenUtcMs);

} // namespace RelativeTime
} // namespace gilde
