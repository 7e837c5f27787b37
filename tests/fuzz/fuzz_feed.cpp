// parseFeed on arbitrary bytes: detection, RSS, Atom, JSON Feed, the XML
// repairs and the encodings. The last byte picks the Content-Type header, so
// that fixture files stay valid seeds. Every entry's HTML must be safe, and so
// must every address a reader may follow.
#include "FuzzSupport.h"
#include "HtmlSafety.h"
#include "sources/feeds/FeedParser.h"

using namespace gilde;

namespace
{

void requireSafeLink(const QString &url, const char *what, const QByteArray &input)
{
    if (!fuzz::isSafeLinkUrl(url))
        fuzz::finding(
            what, QStringLiteral("%1\n-- input:\n%2").arg(url, QString::fromUtf8(input.left(2000))));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = fuzz::bytes(data, size);
    const ParsedFeed feed = parseFeed(input, QUrl(QStringLiteral("https://feeds.example/dir/feed.xml")),
        fuzz::contentTypeFor(data[size - 1]));
    if (!feed.ok && !feed.entries.isEmpty())
        fuzz::finding("entries from a document that is not a feed");
    const QString inputText = QString::fromUtf8(input.left(2000));
    requireSafeLink(feed.link, "unsafe feed link", input);
    requireSafeLink(feed.iconUrl, "unsafe feed icon", input);
    for (const FeedEntry &entry : feed.entries) {
        fuzz::requireSafeMarkup(entry.summary, inputText);
        fuzz::requireSafeMarkup(entry.content, inputText);
        requireSafeLink(entry.link, "unsafe entry link", input);
        requireSafeLink(entry.thumbnail, "unsafe entry thumbnail", input);
    }
    return 0;
}
