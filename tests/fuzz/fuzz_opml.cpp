// OPML import on arbitrary bytes; what it reads must survive a write and a
// second read.
#include "FuzzSupport.h"
#include "sources/feeds/Opml.h"

using namespace gilde;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const OpmlDocument doc = parseOpml(fuzz::bytes(data, size));
    if (!doc.ok)
        return 0;
    const OpmlDocument again = parseOpml(writeOpml(doc.title, doc.feeds));
    if (!again.ok || again.feeds.size() != doc.feeds.size())
        fuzz::finding("OPML written from a parsed file does not read back",
            QString::fromUtf8(writeOpml(doc.title, doc.feeds).left(4000)));
    return 0;
}
