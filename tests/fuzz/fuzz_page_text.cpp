// The readable text of a saved link's page: decoding by Content-Type or
// <meta> charset (the last byte picks the header), then title and text.
#include "FuzzSupport.h"
#include "links/PageText.h"

using namespace gilde;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString html = decodePage(fuzz::bytes(data, size), fuzz::contentTypeFor(data[size - 1]));
    const PageText page = extractPageText(html);
    if (page.text.size() > PageTextMaxChars)
        fuzz::finding("page text over its bound");
    (void)extractPageTitle(html);
    return 0;
}
