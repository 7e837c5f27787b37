#include "RetryAfter.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace gilde
{

QDateTime parseHttpDate(const QByteArray &value)
{
    QString s = QString::fromLatin1(value.trimmed()).simplified();
    // The weekday is dropped: Qt checks it against the date, and with RFC 850's
    // two-digit years that check would fail before the century is fixed.
    const qsizetype comma = s.indexOf(QLatin1Char(','));
    if (comma >= 0)
        s = s.mid(comma + 1).trimmed();
    else
        s = s.mid(s.indexOf(QLatin1Char(' ')) + 1);
    const QLocale c = QLocale::c();
    // IMF-fixdate first: it is what servers send; RFC 850 and asctime are obsolete but allowed.
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'",
        "dd-MMM-yy HH:mm:ss 'GMT'",
        "MMM d HH:mm:ss yyyy",
    };
    for (const char *format : formats) {
        QDateTime dt = c.toDateTime(s, QString::fromLatin1(format));
        if (dt.isValid()) {
            if (dt.date().year() < 1970)
                dt = dt.addYears(100);
            return QDateTime(dt.date(), dt.time(), QTimeZone::utc());
        }
    }
    return {};
}

int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong secs = v.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : int(std::min<qlonglong>(secs, std::numeric_limits<int>::max()));
    const QDateTime when = parseHttpDate(v);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(nowUtc.secsTo(when), 0, std::numeric_limits<int>::max()));
}

} // namespace gilde
