#include "PageText.h"

#include "sources/feeds/XmlInput.h"
#include "text/HtmlEntities.h"
#include "text/HtmlTags.h"
#include "text/HtmlTokenizer.h"

#include <QList>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace gilde
{

namespace
{

using html::tagInfo;
using html::TagInfo;

bool is(QStringView name, QLatin1StringView wanted)
{
    return name.compare(wanted, Qt::CaseInsensitive) == 0;
}

QStringView attribute(const HtmlTokenizer &tokens, QLatin1StringView name)
{
    for (const HtmlTokenizer::Attribute &a : tokens.attributes()) {
        if (is(a.name, name))
            return a.value;
    }
    return {};
}

QString collapsed(QStringView raw)
{
    return decodeHtmlEntities(raw).simplified();
}

// Where an element's content starts and ends in the page.
struct Span {
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype size() const { return end - begin; }
};

struct Scan {
    QString ogTitle;
    QString title;
    std::optional<Span> article; ///< the longest
    std::optional<Span> main;
    std::optional<Span> body;
};

qsizetype offsetOf(QStringView html, QStringView inside)
{
    return inside.data() - html.data();
}

// One pass for the title and for where the containers of the main text are.
Scan scan(QStringView html, bool titleOnly)
{
    Scan s;
    HtmlTokenizer tokens(html);
    // Open containers of one kind nest; the outermost one's span counts.
    struct Open {
        qsizetype begin = -1;
        int depth = 0;
    } article, main;
    auto close = [&](Open &open, std::optional<Span> &best, qsizetype at) {
        if (open.depth == 0 || --open.depth > 0)
            return;
        const Span span { open.begin, at };
        if (!best || span.size() > best->size())
            best = span;
    };
    for (;;) {
        const HtmlTokenizer::Token token = tokens.next();
        if (token == HtmlTokenizer::Token::End)
            break;
        if (token == HtmlTokenizer::Token::Text)
            continue;
        const QStringView name = tokens.tagName();
        // The tag's '<' is one (start) or two (end) units before its name.
        const qsizetype at = offsetOf(html, name) - (token == HtmlTokenizer::Token::EndTag ? 2 : 1);
        if (token == HtmlTokenizer::Token::StartTag) {
            if (is(name, QLatin1String("title"))) {
                // Its content is raw text up to </title>.
                const qsizetype from = offsetOf(html, name) + name.size();
                const qsizetype gt = html.indexOf(u'>', from);
                const qsizetype endTag
                    = gt < 0 ? -1 : html.indexOf(QLatin1String("</title"), gt, Qt::CaseInsensitive);
                if (gt >= 0 && s.title.isEmpty())
                    s.title = collapsed(html.mid(gt + 1, (endTag < 0 ? html.size() : endTag) - gt - 1));
                tokens.skipRawText(name);
            } else if (is(name, QLatin1String("meta"))) {
                const QStringView property = attribute(tokens, QLatin1String("property"));
                const QStringView metaName = attribute(tokens, QLatin1String("name"));
                if (s.ogTitle.isEmpty()
                    && (is(property, QLatin1String("og:title")) || is(metaName, QLatin1String("og:title"))))
                    s.ogTitle = collapsed(attribute(tokens, QLatin1String("content")));
            } else if (is(name, QLatin1String("body"))) {
                if (titleOnly)
                    break;
                const qsizetype gt = html.indexOf(u'>', offsetOf(html, name));
                s.body = Span { gt < 0 ? html.size() : gt + 1, html.size() };
            } else if (const TagInfo *info = tagInfo(name); info && (info->flags & html::RawText)) {
                tokens.skipRawText(name);
            } else if (!tokens.selfClosing()
                && (is(name, QLatin1String("article")) || is(name, QLatin1String("main")))) {
                Open &open = is(name, QLatin1String("article")) ? article : main;
                if (open.depth++ == 0)
                    open.begin = at;
            }
        } else if (is(name, QLatin1String("article"))) {
            close(article, s.article, at);
        } else if (is(name, QLatin1String("main"))) {
            close(main, s.main, at);
        }
    }
    // A container never closed runs to the end of the page.
    close(article, s.article, html.size());
    close(main, s.main, html.size());
    return s;
}

bool droppedWithContent(QStringView name, bool keepHeader)
{
    static const QLatin1StringView dropped[] = { QLatin1String("nav"), QLatin1String("aside"),
        QLatin1String("footer"), QLatin1String("form"), QLatin1String("button"), QLatin1String("select"),
        QLatin1String("dialog"), QLatin1String("menu") };
    for (QLatin1StringView d : dropped) {
        if (is(name, d))
            return true;
    }
    return !keepHeader && is(name, QLatin1String("header"));
}

// Text of a part of a page, as paragraphs.
class TextWriter
{
public:
    enum class Break { None, Space, Line, Paragraph };

    void text(QStringView t)
    {
        for (const QChar ch : t) {
            const char16_t c = ch.unicode();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xa0) {
                m_break = std::max(m_break, Break::Space);
                continue;
            }
            if (c == 0)
                continue;
            if (!m_out.isEmpty()) {
                if (m_break == Break::Paragraph)
                    m_out.append(QLatin1String("\n\n"));
                else if (m_break == Break::Line)
                    m_out.append(u'\n');
                else if (m_break == Break::Space)
                    m_out.append(u' ');
            }
            m_break = Break::None;
            m_out.append(ch);
        }
    }
    void breakWith(Break b) { m_break = std::max(m_break, b); }
    bool full() const { return m_out.size() >= PageTextMaxChars; }
    QString take()
    {
        if (m_out.size() > PageTextMaxChars) {
            qsizetype cut = PageTextMaxChars;
            while (cut > PageTextMaxChars - 200 && !m_out.at(cut).isSpace())
                --cut;
            m_out.truncate(cut);
        }
        return std::move(m_out);
    }

private:
    QString m_out;
    Break m_break = Break::None;
};

QString mainText(QStringView part, bool keepHeader)
{
    TextWriter out;
    HtmlTokenizer tokens(part);
    QString droppedTag; // the outermost element being left out, with its content
    int dropDepth = 0;
    for (;;) {
        const HtmlTokenizer::Token token = tokens.next();
        if (token == HtmlTokenizer::Token::End || out.full())
            break;
        if (token == HtmlTokenizer::Token::Text) {
            if (dropDepth == 0)
                out.text(tokens.text().contains(u'&') ? decodeHtmlEntities(tokens.text()) : tokens.text());
            continue;
        }
        const QStringView name = tokens.tagName();
        const TagInfo *info = tagInfo(name);
        if (token == HtmlTokenizer::Token::StartTag && info && (info->flags & html::RawText)) {
            tokens.skipRawText(name);
            continue;
        }
        const bool drops
            = droppedWithContent(name, keepHeader) || (info && (info->flags & html::DropSubtree));
        if (drops) {
            if (token == HtmlTokenizer::Token::StartTag && !tokens.selfClosing()
                && (info == nullptr || !(info->flags & html::Void))) {
                if (dropDepth == 0)
                    droppedTag = name.toString();
                if (dropDepth == 0 || name.compare(droppedTag, Qt::CaseInsensitive) == 0)
                    ++dropDepth;
            } else if (token == HtmlTokenizer::Token::EndTag && dropDepth > 0
                && name.compare(droppedTag, Qt::CaseInsensitive) == 0) {
                --dropDepth;
            }
            continue;
        }
        if (dropDepth > 0 || !info)
            continue;
        if (is(name, QLatin1String("br")) || is(name, QLatin1String("li")) || is(name, QLatin1String("tr"))
            || is(name, QLatin1String("dt")) || is(name, QLatin1String("dd")))
            out.breakWith(TextWriter::Break::Line);
        else if (info->flags & html::Block)
            out.breakWith(TextWriter::Break::Paragraph);
        else if (info->flags & html::Cell)
            out.breakWith(TextWriter::Break::Space);
    }
    return out.take();
}

QString bestTitle(const Scan &s)
{
    return s.ogTitle.isEmpty() ? s.title : s.ogTitle;
}

} // namespace

PageText extractPageText(QStringView html)
{
    const Scan s = scan(html, false);
    PageText page;
    page.title = bestTitle(s);
    // A <main> that holds less than the article (a page listing articles in
    // several) does not win over it; one around the article is its page.
    const std::optional<Span> &part = s.article ? s.article : s.main ? s.main : s.body;
    const Span span = part ? *part : Span { 0, html.size() };
    page.text = mainText(html.mid(span.begin, span.size()), bool(s.article));
    return page;
}

QString extractPageTitle(QStringView html)
{
    return bestTitle(scan(html, true));
}

QString decodePage(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray charset = charsetOf(contentType);
    if (!charset.isEmpty()) {
        // Pages that say ISO-8859-1 mean windows-1252, as browsers read them.
        const QByteArray name = charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii"
            ? QByteArrayLiteral("windows-1252")
            : charset;
        QStringDecoder decoder(name.constData());
        if (decoder.isValid())
            return decoder.decode(body);
    }
    QStringDecoder decoder = QStringDecoder::decoderForHtml(body);
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    return decoder.decode(body);
}

} // namespace gilde
