#include "sources/feeds/FeedDates.h"

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{

std::string utc(const char *text)
{
    const QDateTime dt = parseFeedDate(QString::fromUtf8(text));
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string("invalid");
}

} // namespace

TEST_CASE("RFC 822 dates and their malformations", "[feeds]")
{
    struct Case {
        const char *text;
        const char *expected;
    };
    const Case cases[] = {
        { "Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21.000Z" },
        { "Thu, 01 Jan 2004 19:48:21 +0000", "2004-01-01T19:48:21.000Z" },
        { "Thu, 01 Jan 2004 19:48:21 +00:00", "2004-01-01T19:48:21.000Z" },
        { "Thu, 01 Jan 2004 19:48:21 -0500", "2004-01-02T00:48:21.000Z" },
        { "Thu, 01 Jan 2004 19:48:21 +0530", "2004-01-01T14:18:21.000Z" },
        { "Thu, 01 Jan 2004 19:48 GMT", "2004-01-01T19:48:00.000Z" }, // no seconds
        { "Thu, 1 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21.000Z" }, // one-digit day
        { "Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21.000Z" }, // two-digit year
        { "Fri, 31 Dec 99 23:59:59 GMT", "1999-12-31T23:59:59.000Z" },
        { "Thu, 01 Jan 2004 19:48:21", "2004-01-01T19:48:21.000Z" }, // no zone: UTC
        { "01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21.000Z" }, // no day name
        { "Mon, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21.000Z" }, // wrong day name
        { "Thursday, 01 January 2004 19:48:21 GMT", "2004-01-01T19:48:21.000Z" },
        { "thu, 01 jan 2004 19:48:21 gmt", "2004-01-01T19:48:21.000Z" }, // lowercase
        { "  Thu,  01   Jan 2004  19:48:21   GMT  ", "2004-01-01T19:48:21.000Z" },
        { "Thu 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21.000Z" }, // no comma
        { "Thu, 01 Jan 2004, 19:48:21 GMT", "2004-01-01T19:48:21.000Z" }, // extra comma
        { "Thu, 01 Jan 2004 19:48:21 UT", "2004-01-01T19:48:21.000Z" },
        { "Thu, 01 Jan 2004 19:48:21 Z", "2004-01-01T19:48:21.000Z" },
        { "Thu, 01 Jan 2004 19:48:21 EST", "2004-01-02T00:48:21.000Z" },
        { "Thu, 01 Jan 2004 19:48:21 EDT", "2004-01-01T23:48:21.000Z" },
        { "Thu, 01 Jan 2004 19:48:21 PST", "2004-01-02T03:48:21.000Z" },
        { "Thu, 01 Jan 2004 19:48:21 PDT", "2004-01-02T02:48:21.000Z" },
        { "Thu, 01 Jan 2004 19:48:21 CEST", "2004-01-01T17:48:21.000Z" },
        { "Thu, 01 Jan 2004 19:48:21 GMT+0100", "2004-01-01T18:48:21.000Z" },
        { "Thu, 01-Jan-2004 19:48:21 GMT", "2004-01-01T19:48:21.000Z" },
        { "Thu Jan  1 19:48:21 2004", "2004-01-01T19:48:21.000Z" }, // asctime
        { "Thu Jan 01 2004 19:48:21 GMT+0100 (CET)", "2004-01-01T18:48:21.000Z" },
        { "January 1st, 2004 7:48 PM", "2004-01-01T19:48:00.000Z" },
        { "1 Jan 2004 12:00 AM", "2004-01-01T00:00:00.000Z" },
        { "Sat, 31 Dec 2016 23:59:60 GMT", "2016-12-31T23:59:59.000Z" }, // leap second
        { "Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00.000Z" },
        { "Sun, 06 Sep 2009 16:45:00.123 +0000", "2009-09-06T16:45:00.123Z" },
    };
    for (const Case &c : cases) {
        INFO(c.text);
        CHECK(utc(c.text) == c.expected);
    }
}

TEST_CASE("ISO 8601 and RFC 3339 dates", "[feeds]")
{
    struct Case {
        const char *text;
        const char *expected;
    };
    const Case cases[] = {
        { "2003-12-13T18:30:02Z", "2003-12-13T18:30:02.000Z" },
        { "2003-12-13T18:30:02.25Z", "2003-12-13T18:30:02.250Z" },
        { "2003-12-13T18:30:02.123456789Z", "2003-12-13T18:30:02.123Z" },
        { "2003-12-13T18:30:02+01:00", "2003-12-13T17:30:02.000Z" },
        { "2003-12-13T18:30:02-0800", "2003-12-14T02:30:02.000Z" },
        { "2003-12-13T18:30:02+01", "2003-12-13T17:30:02.000Z" },
        { "2003-12-13T18:30Z", "2003-12-13T18:30:00.000Z" }, // no seconds
        { "2003-12-13T18:30:02", "2003-12-13T18:30:02.000Z" }, // no zone: UTC
        { "2003-12-13 18:30:02", "2003-12-13T18:30:02.000Z" }, // space for T
        { "2003-12-13 18:30:02 +0100", "2003-12-13T17:30:02.000Z" },
        { "2003-12-13t18:30:02z", "2003-12-13T18:30:02.000Z" },
        { "2003-12-13T18:30:02 GMT", "2003-12-13T18:30:02.000Z" },
        { "2003-12-13", "2003-12-13T00:00:00.000Z" },
        { "2003-12", "2003-12-01T00:00:00.000Z" },
        { "2003", "2003-01-01T00:00:00.000Z" },
        { "2003-1-5T8:05:00Z", "2003-01-05T08:05:00.000Z" },
        { "20031213T183002Z", "2003-12-13T18:30:02.000Z" },
        { "2003/12/13 18:30:02", "2003-12-13T18:30:02.000Z" },
        { "  2003-12-13T18:30:02Z \n", "2003-12-13T18:30:02.000Z" },
        { "2003-12-31T24:00:00Z", "2004-01-01T00:00:00.000Z" },
    };
    for (const Case &c : cases) {
        INFO(c.text);
        CHECK(utc(c.text) == c.expected);
    }
}

TEST_CASE("Text that is not a date gives an invalid date", "[feeds]")
{
    const char *const cases[] = {
        "",
        "   ",
        "yesterday",
        "not a date at all",
        "2003-13-01T00:00:00Z",
        "2003-02-30",
        "Thu, 32 Jan 2004 19:48:21 GMT",
        "Thu, 01 Foo 2004 19:48:21 GMT",
        "25:00 1 Jan 2004",
        "12345",
    };
    for (const char *text : cases) {
        INFO(text);
        CHECK(utc(text) == "invalid");
    }
}

TEST_CASE("Dates come out in UTC", "[feeds]")
{
    const QDateTime dt = parseFeedDate(u"Wed, 01 May 2024 11:30:00 +0200");
    REQUIRE(dt.isValid());
    CHECK(dt.timeSpec() == Qt::UTC);
    CHECK(dt == QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC));
}
