#include "FeedDates.h"

#include <cstring>

namespace gilde
{

namespace
{

struct Zone {
    const char *name;
    int minutes;
};

// Zone abbreviations that turn up in RFC 822 dates. Ambiguous ones take their
// most common meaning in feeds (IST: India).
const Zone kZones[] = {
    { "acst", 570 },
    { "adt", -180 },
    { "aedt", 660 },
    { "aest", 600 },
    { "akdt", -480 },
    { "akst", -540 },
    { "ast", -240 },
    { "awst", 480 },
    { "bst", 60 },
    { "cdt", -300 },
    { "cest", 120 },
    { "cet", 60 },
    { "cst", -360 },
    { "edt", -240 },
    { "eest", 180 },
    { "eet", 120 },
    { "est", -300 },
    { "gmt", 0 },
    { "hkt", 480 },
    { "hst", -600 },
    { "ist", 330 },
    { "jst", 540 },
    { "kst", 540 },
    { "mdt", -360 },
    { "mest", 120 },
    { "met", 60 },
    { "msk", 180 },
    { "mst", -420 },
    { "ndt", -150 },
    { "nst", -210 },
    { "nzdt", 780 },
    { "nzst", 720 },
    { "pdt", -420 },
    { "pst", -480 },
    { "sgt", 480 },
    { "ut", 0 },
    { "utc", 0 },
    { "wet", 0 },
    { "west", 60 },
    { "z", 0 },
};

const char *const kMonths[]
    = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
const char *const kDays[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == 0xA0;
}

/// Reads up to `maxDigits` digits at s[i]; returns how many it read.
int readNumber(QStringView s, qsizetype &i, int maxDigits, int *value)
{
    int count = 0;
    int v = 0;
    while (i < s.size() && count < maxDigits && isDigit(s[i])) {
        v = v * 10 + (s[i].unicode() - '0');
        ++i;
        ++count;
    }
    *value = v;
    return count;
}

/// A lowercase ASCII copy of a short word, for the table look-ups.
void lowerWord(QStringView word, char *buf, qsizetype size)
{
    const qsizetype n = std::min(word.size(), size - 1);
    for (qsizetype i = 0; i < n; ++i)
        buf[i] = char(word[i].toLower().unicode());
    buf[n] = 0;
}

bool zoneOffset(QStringView word, int *minutes)
{
    if (word.size() > 5)
        return false;
    char buf[8];
    lowerWord(word, buf, sizeof buf);
    for (const Zone &z : kZones) {
        if (std::strcmp(z.name, buf) == 0) {
            *minutes = z.minutes;
            return true;
        }
    }
    return false;
}

int monthNumber(QStringView word)
{
    if (word.size() < 3)
        return 0;
    char buf[4];
    lowerWord(word.first(3), buf, sizeof buf);
    for (int m = 0; m < 12; ++m) {
        if (std::strcmp(kMonths[m], buf) == 0)
            return m + 1;
    }
    return 0;
}

bool isDayName(QStringView word)
{
    if (word.size() < 3)
        return false;
    char buf[4];
    lowerWord(word.first(3), buf, sizeof buf);
    for (const char *d : kDays) {
        if (std::strcmp(d, buf) == 0)
            return true;
    }
    return false;
}

/// Reads a numeric offset after its sign at s[i]: "hh", "hhmm" or "hh:mm".
bool readOffset(QStringView s, qsizetype &i, int *minutes)
{
    const int sign = s[i] == u'-' ? -1 : 1;
    ++i;
    int hours = 0;
    int mins = 0;
    const int digits = readNumber(s, i, 4, &hours);
    if (digits == 4) {
        mins = hours % 100;
        hours /= 100;
    } else if (digits == 3) {
        mins = hours % 100; // "+530": h mm
        hours /= 100;
    } else if (digits >= 1) {
        if (i < s.size() && s[i] == u':') {
            ++i;
            if (readNumber(s, i, 2, &mins) != 2)
                return false;
        }
    } else {
        return false;
    }
    if (hours > 23 || mins > 59)
        return false;
    *minutes = sign * (hours * 60 + mins);
    return true;
}

struct Parts {
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    int offsetMinutes = 0;
};

QDateTime build(Parts p)
{
    if (p.year < 0 || p.month < 1 || p.month > 12 || p.day < 1)
        return {};
    if (p.year < 50)
        p.year += 2000;
    else if (p.year < 1000)
        p.year += 1900; // two digits, or a JavaScript getYear() count
    if (p.second == 60)
        p.second = 59; // a leap second: close enough
    int extraDays = 0;
    if (p.hour == 24 && p.minute == 0 && p.second == 0) {
        p.hour = 0;
        extraDays = 1;
    }
    const QDate date(p.year, p.month, p.day);
    const QTime time(p.hour, p.minute, p.second, p.msec);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime dt(date.addDays(extraDays), time, Qt::UTC);
    return dt.addSecs(-qint64(p.offsetMinutes) * 60);
}

/// Time of day at s[i]: "hh:mm[:ss[.fff]]". Returns false when it is not one.
bool readTime(QStringView s, qsizetype &i, Parts &parts)
{
    // Works on a copy: a failed attempt must leave the parts as they were.
    Parts p = parts;
    if (readNumber(s, i, 2, &p.hour) == 0 || i >= s.size() || s[i] != u':')
        return false;
    ++i;
    if (readNumber(s, i, 2, &p.minute) != 2)
        return false;
    if (i < s.size() && s[i] == u':') {
        ++i;
        if (readNumber(s, i, 2, &p.second) != 2)
            return false;
        if (i < s.size() && (s[i] == u'.' || s[i] == u',') && i + 1 < s.size() && isDigit(s[i + 1])) {
            ++i;
            int frac = 0;
            const int digits = readNumber(s, i, 3, &frac);
            while (i < s.size() && isDigit(s[i]))
                ++i; // more precision than milliseconds
            p.msec = digits == 1 ? frac * 100 : digits == 2 ? frac * 10 : frac;
        }
    }
    parts = p;
    return true;
}

/// What may follow an ISO date-time: nothing, "Z", an offset or a zone name.
bool readIsoZone(QStringView s, qsizetype i, Parts &p)
{
    while (i < s.size() && isSpace(s[i]))
        ++i;
    if (i >= s.size())
        return true;
    if (s[i] == u'+' || s[i] == u'-') {
        if (!readOffset(s, i, &p.offsetMinutes))
            return false;
    } else if (isAlpha(s[i])) {
        const qsizetype start = i;
        while (i < s.size() && isAlpha(s[i]))
            ++i;
        if (!zoneOffset(s.sliced(start, i - start), &p.offsetMinutes))
            return false;
        if (i < s.size() && (s[i] == u'+' || s[i] == u'-')) {
            int extra = 0;
            if (!readOffset(s, i, &extra))
                return false;
            p.offsetMinutes += extra;
        }
    }
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return i == s.size();
}

/// ISO 8601 / RFC 3339 / W3C-DTF: "2003-12-31T10:14:55Z", "2003-12-31 10:14",
/// "2003-12-31", "2003-12", "20031231T101455", "2003/12/31 10:14:55 +0100".
QDateTime parseIso(QStringView s)
{
    Parts p;
    qsizetype i = 0;
    int digits = readNumber(s, i, 8, &p.year);
    if (digits == 8) {
        p.day = p.year % 100;
        p.month = (p.year / 100) % 100;
        p.year /= 10000;
    } else if (digits == 4) {
        p.month = 1;
        p.day = 1;
        if (i < s.size() && (s[i] == u'-' || s[i] == u'/')) {
            const QChar sep = s[i++];
            if (readNumber(s, i, 2, &p.month) == 0)
                return {};
            if (i < s.size() && s[i] == sep) {
                ++i;
                if (readNumber(s, i, 2, &p.day) == 0)
                    return {};
            }
        }
    } else {
        return {};
    }
    if (i < s.size() && (s[i] == u'T' || s[i] == u't' || isSpace(s[i]))) {
        qsizetype j = i + 1;
        while (j < s.size() && isSpace(s[j]))
            ++j;
        if (j < s.size() && isDigit(s[j])) {
            i = j;
            const qsizetype timeStart = i;
            if (!readTime(s, i, p)) {
                // compact "hhmmss"
                i = timeStart;
                int hms = 0;
                const int n = readNumber(s, i, 6, &hms);
                if (n == 6) {
                    p.hour = hms / 10000;
                    p.minute = (hms / 100) % 100;
                    p.second = hms % 100;
                } else if (n == 4) {
                    p.hour = hms / 100;
                    p.minute = hms % 100;
                } else {
                    return {};
                }
            }
        }
    }
    if (!readIsoZone(s, i, p))
        return {};
    return build(p);
}

/// RFC 822 and its relatives, by meaning rather than position: a month name,
/// a time with colons, a zone, a day number and a year, in whatever order.
QDateTime parseWords(QStringView s)
{
    Parts p;
    bool haveTime = false;
    bool pm = false;
    bool am = false;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (isAlpha(c)) {
            const qsizetype start = i;
            while (i < n && isAlpha(s[i]))
                ++i;
            const QStringView word = s.sliced(start, i - start);
            int minutes = 0;
            if (const int month = monthNumber(word); month && p.month < 0) {
                p.month = month;
            } else if (isDayName(word)) {
                // ignored: often wrong, and the date says it anyway
            } else if (word.compare(u"pm", Qt::CaseInsensitive) == 0) {
                pm = true;
            } else if (word.compare(u"am", Qt::CaseInsensitive) == 0) {
                am = true;
            } else if (zoneOffset(word, &minutes)) {
                p.offsetMinutes = minutes;
            } else if (word.size() > 1) {
                return {}; // words we do not know: not a date
            }
        } else if (isDigit(c)) {
            const qsizetype start = i;
            if (readTime(s, i, p)) {
                haveTime = true;
                continue;
            }
            i = start;
            int value = 0;
            const int digits = readNumber(s, i, 4, &value);
            while (i < n && isDigit(s[i]))
                ++i;
            if (i < n && isAlpha(s[i]) && (s[i] == u's' || s[i] == u'n' || s[i] == u'r' || s[i] == u't')) {
                while (i < n && isAlpha(s[i]))
                    ++i; // "1st", "2nd", "3rd", "4th"
            }
            if ((digits >= 3 || value > 31) && p.year < 0)
                p.year = value;
            else if (p.day < 0)
                p.day = value;
            else if (p.year < 0)
                p.year = value;
            else
                return {};
        } else if ((c == u'+' || c == u'-') && i + 1 < n && isDigit(s[i + 1]) && haveTime) {
            int minutes = 0;
            if (!readOffset(s, i, &minutes))
                return {};
            p.offsetMinutes += minutes;
        } else if (c == u'(') {
            const qsizetype close = s.indexOf(u')', i);
            i = close < 0 ? n : close + 1; // "(CET)" comments
        } else {
            ++i;
        }
    }
    if (pm && p.hour < 12)
        p.hour += 12;
    else if (am && p.hour == 12)
        p.hour = 0;
    return build(p);
}

} // namespace

QDateTime parseFeedDate(QStringView text)
{
    QStringView s = text.trimmed();
    if (s.isEmpty() || s.size() > 100)
        return {};
    if (s.size() >= 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3])) {
        const QDateTime iso = parseIso(s);
        if (iso.isValid())
            return iso;
    }
    return parseWords(s);
}

} // namespace gilde
