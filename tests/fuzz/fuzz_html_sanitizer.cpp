// The HTML sanitizer and the plain-text extraction on arbitrary text. The
// sanitizer's output is read again strictly (HtmlSafety): anything that could
// run code, load a document or take input is a finding.
#include "FuzzSupport.h"
#include "HtmlSafety.h"
#include "text/HtmlSanitizer.h"

using namespace gilde;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = fuzz::text(data, size);
    static const QUrl base(QStringLiteral("https://base.example/dir/page.html"));
    const QString clean = sanitizeHtml(html, base);
    fuzz::requireSafeMarkup(clean, html);
    // Sanitizing at display again must keep what ingest kept.
    if (sanitizeHtml(clean, base) != clean)
        fuzz::finding("sanitizeHtml is not stable on its own output",
            QStringLiteral("%1\n-- second pass:\n%2").arg(clean, sanitizeHtml(clean, base)));
    fuzz::requireSafeMarkup(sanitizeHtml(html, QUrl()), html);
    const QString text = htmlToPlainText(html);
    if (text.size() > html.size())
        fuzz::finding("plain text longer than its markup", html);
    if (!fuzz::isSafeLinkUrl(safeUrl(html, base)))
        fuzz::finding("safeUrl let an unsafe address through", html);
    return 0;
}
