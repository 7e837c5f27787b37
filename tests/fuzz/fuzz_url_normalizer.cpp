// The link library's URL normalizer on arbitrary text: its result is a web
// address or nothing, never a script scheme, and normalizing it again changes
// nothing.
#include "FuzzSupport.h"
#include "links/UrlNormalizer.h"

using namespace gilde;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = fuzz::text(data, size);
    const QUrl url = normalizeUrl(text);
    (void)normalizeUrl(QUrl(text));
    if (url.isEmpty())
        return 0;
    const QString scheme = url.scheme();
    if (scheme == u"javascript" || scheme == u"vbscript" || scheme == u"data" || scheme == u"file"
        || scheme == u"about" || scheme == u"blob")
        fuzz::finding("normalizeUrl kept a refused scheme", text);
    const QString once = normalizedUrlText(url);
    const QString twice = normalizedUrlText(normalizeUrl(QUrl(once, QUrl::StrictMode)));
    if (once != twice)
        fuzz::finding("normalizeUrl is not stable on its own output",
            QStringLiteral("%1\n-- once:  %2\n-- twice: %3").arg(text, once, twice));
    return 0;
}
