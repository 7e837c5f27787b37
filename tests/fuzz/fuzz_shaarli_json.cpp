// Shaarli's answers on arbitrary bytes, through the decoding ShaarliClient
// uses: info, a list of links, one link, tags, an error body.
#include "FuzzSupport.h"
#include "sources/shaarli/ShaarliJson.h"

using namespace gilde;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    (void)parseShaarliInfo(body);
    (void)parseShaarliTags(body);
    (void)shaarliServerMessage(body);
    if (const auto links = parseShaarliLinks(body)) {
        // What was read must go back out as a request body.
        for (const ShaarliLink &link : *links)
            (void)link.toJson();
    }
    if (const auto link = parseShaarliLink(body))
        (void)link->toJson();
    return 0;
}
