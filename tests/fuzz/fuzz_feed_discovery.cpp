// Feed discovery on an arbitrary web page: every feed found must be an
// address the program may fetch.
#include "FuzzSupport.h"
#include "sources/feeds/FeedDiscovery.h"

using namespace gilde;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray page = fuzz::bytes(data, size);
    for (const DiscoveredFeed &feed :
        discoverFeeds(page, QUrl(QStringLiteral("https://site.example/blog/post"))))
        if (!fuzz::isSafeLinkUrl(feed.url.toString()))
            fuzz::finding("discovered an unsafe feed address", feed.url.toString());
    return 0;
}
