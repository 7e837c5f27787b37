#include "HtmlEntities.h"
#include "HtmlSanitizer.h"
#include "HtmlTags.h"
#include "HtmlTokenizer.h"
#include "TextBuffer.h"

// htmlToPlainText, declared in HtmlSanitizer.h beside the sanitizer whose
// tag table it shares.
namespace gilde
{

using namespace html;

QString htmlToPlainText(const QString &html)
{
    return htmlToPlainText(QStringView(html));
}

QString htmlToPlainText(QStringView html)
{
    // Plain text is never longer than its markup: references and tags are
    // longer than what they become.
    TextBuffer out(html.size());
    // Whitespace is collapsed as it is written: a pending break is emitted only
    // in front of the next visible character, so nothing trails or doubles.
    enum class Pending { None, Space, Newline } pending = Pending::None;
    auto emitText = [&](QStringView text) {
        const char16_t *p = text.utf16();
        const char16_t *const end = p + text.size();
        while (p < end) {
            // Runs of visible characters are copied whole.
            const char16_t *const run = p;
            while (p<end && * p> ' ')
                ++p;
            if (p > run) {
                if (pending != Pending::None) {
                    if (!out.isEmpty())
                        out.append(pending == Pending::Newline ? u'\n' : u' ');
                    pending = Pending::None;
                }
                out.append(QStringView(run, p - run));
                if (p == end)
                    break;
            }
            const char16_t c = *p++;
            if (c <= ' ') {
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    if (pending == Pending::None)
                        pending = Pending::Space;
                    continue;
                }
                if (c == 0)
                    continue;
            }
            if (pending != Pending::None) {
                if (!out.isEmpty())
                    out.append(pending == Pending::Newline ? u'\n' : u' ');
                pending = Pending::None;
            }
            out.append(c);
        }
    };

    HtmlTokenizer tokens(html);
    const TagInfo *dropTag = nullptr;
    int dropDepth = 0;
    TextBuffer decoded;
    for (;;) {
        const HtmlTokenizer::Token token = tokens.next();
        if (token == HtmlTokenizer::Token::End)
            break;
        if (token == HtmlTokenizer::Token::Text) {
            if (dropDepth > 0)
                continue;
            const QStringView raw = tokens.text();
            if (raw.contains(u'&')) {
                decoded.clear();
                appendDecoded(decoded, raw);
                emitText(decoded.view());
            } else {
                emitText(raw);
            }
            continue;
        }
        const TagInfo *tag = tagInfo(tokens.tagName());
        if (!tag)
            continue;
        if (token == HtmlTokenizer::Token::StartTag && (tag->flags & RawText)) {
            tokens.skipRawText(tokens.tagName());
            continue;
        }
        if (tag->flags & DropSubtree) {
            if (token == HtmlTokenizer::Token::StartTag && !tokens.selfClosing()
                && (dropDepth == 0 || tag == dropTag)) {
                dropTag = tag;
                ++dropDepth;
            } else if (token == HtmlTokenizer::Token::EndTag && tag == dropTag && dropDepth > 0) {
                --dropDepth;
            }
            continue;
        }
        if (dropDepth > 0)
            continue;
        if (tag->flags & Block)
            pending = Pending::Newline;
        else if ((tag->flags & Cell) && pending == Pending::None)
            pending = Pending::Space;
    }
    return out.take();
}

} // namespace gilde
