#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace gilde::RelativeTime
{

QString format(qint64 thenUtcMs, const QDateTime &now)
{
    if (thenUtcMs <= 0)
        return {};
    const QDateTime then = QDateTime::fromMSecsSinceEpoch(thenUtcMs).toTimeZone(now.timeZone());
    const qint64 secs = then.secsTo(now);
    // A little clock skew between a server and us is "now", not "in 2 min".
    if (secs < 60)
        return QCoreApplication::translate("RelativeTime", "now");
    // Counts go through variables: lupdate cannot read an expression there.
    const int minutes = int(secs / 60);
    if (secs < 3600)
        return QCoreApplication::translate("RelativeTime", "%n min", nullptr, minutes);
    const qint64 days = then.date().daysTo(now.date());
    const int hours = int(secs / 3600);
    if (secs < 12 * 3600 || days == 0)
        return QCoreApplication::translate("RelativeTime", "%n h", nullptr, hours);
    if (days == 1)
        return QCoreApplication::translate("RelativeTime", "yesterday");
    const int dayCount = int(days);
    if (days < 7)
        return QCoreApplication::translate("RelativeTime", "%n days", nullptr, dayCount);
    const QLocale locale;
    if (then.date().year() == now.date().year())
        return locale.toString(then.date(), QCoreApplication::translate("RelativeTime", "d MMM"));
    return locale.toString(then.date(), QCoreApplication::translate("RelativeTime", "d MMM yyyy"));
}

QString until(qint64 whenUtcMs, const QDateTime &now)
{
    if (whenUtcMs <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(whenUtcMs).toTimeZone(now.timeZone());
    const qint64 secs = now.secsTo(when);
    if (secs < 5)
        return QCoreApplication::translate("RelativeTime", "now");
    const int seconds = int(secs);
    const int minutes = int((secs + 59) / 60);
    const int hours = int((secs + 1799) / 3600);
    if (secs < 60)
        return QCoreApplication::translate("RelativeTime", "in %n s", nullptr, seconds);
    if (secs < 3600)
        return QCoreApplication::translate("RelativeTime", "in %n min", nullptr, minutes);
    if (secs < 12 * 3600)
        return QCoreApplication::translate("RelativeTime", "in %n h", nullptr, hours);
    const QLocale locale;
    return locale.toString(when, locale.dateTimeFormat(QLocale::ShortFormat));
}

QString full(qint64 thenUtcMs)
{
    if (thenUtcMs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(thenUtcMs).toLocalTime(), QLocale::LongFormat);
}

} // namespace gilde::RelativeTime
