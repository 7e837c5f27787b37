// Feed dates on arbitrary text: a UTC date-time or an invalid one.
#include "FuzzSupport.h"
#include "sources/feeds/FeedDates.h"

#include <QTimeZone>

using namespace gilde;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    const QDateTime date = parseFeedDate(text);
    if (date.isValid() && date.timeSpec() != Qt::UTC)
        fuzz::finding("parseFeedDate gave a date that is not UTC", text);
    return 0;
}
