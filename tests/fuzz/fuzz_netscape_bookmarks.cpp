// Netscape bookmark files on arbitrary bytes; the links read must survive a
// write and a second read.
#include "FuzzSupport.h"
#include "links/NetscapeBookmarks.h"

using namespace gilde;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const BookmarkFile file = readNetscapeBookmarks(fuzz::bytes(data, size));
    if (file.links.isEmpty())
        return 0;
    const QByteArray written = writeNetscapeBookmarks(file.links);
    const BookmarkFile again = readNetscapeBookmarks(written);
    if (again.links.size() != file.links.size())
        fuzz::finding(
            "bookmarks written from a parsed file do not read back", QString::fromUtf8(written.left(4000)));
    for (qsizetype i = 0; i < file.links.size(); ++i) {
        if (again.links[i].url != file.links[i].url)
            fuzz::finding(
                "a bookmark's address changed on a second read", QString::fromUtf8(written.left(4000)));
    }
    return 0;
}
