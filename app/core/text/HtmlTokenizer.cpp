#include "HtmlTokenizer.h"

namespace gilde
{

namespace
{

bool isAsciiAlpha(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHtmlSpace(char16_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

} // namespace

HtmlTokenizer::Token HtmlTokenizer::next()
{
    const qsizetype n = m_html.size();
    while (m_pos < n) {
        const qsizetype start = m_pos;
        qsizetype lt = m_html.indexOf(u'<', m_pos);
        // A '<' that does not start markup is ordinary text: keep scanning.
        while (lt >= 0 && lt + 1 < n) {
            const char16_t c = m_html[lt + 1].unicode();
            if (isAsciiAlpha(c) || c == '/' || c == '!' || c == '?')
                break;
            lt = m_html.indexOf(u'<', lt + 1);
        }
        if (lt + 1 >= n)
            lt = -1;
        if (lt < 0) {
            m_pos = n;
            m_text = m_html.sliced(start);
            return Token::Text;
        }
        if (lt > start) {
            m_pos = lt;
            m_text = m_html.sliced(start, lt - start);
            return Token::Text;
        }
        const char16_t c = m_html[lt + 1].unicode();
        if (isAsciiAlpha(c)) {
            if (readStartTag(lt))
                return Token::StartTag;
            return Token::End; // unterminated tag at the end: dropped
        }
        if (c == '/') {
            if (lt + 2 < n && isAsciiAlpha(m_html[lt + 2].unicode())) {
                if (readEndTag(lt))
                    return Token::EndTag;
                return Token::End;
            }
            skipPast(u">", lt + 2);
            continue;
        }
        if (c == '!') {
            const QStringView rest = m_html.sliced(lt);
            if (rest.startsWith(u"<!--")) {
                skipPast(u"-->", lt + 4);
            } else if (rest.startsWith(u"<![CDATA[")) {
                const qsizetype close = m_html.indexOf(u"]]>", lt + 9);
                const qsizetype end = close < 0 ? n : close;
                m_pos = close < 0 ? n : close + 3;
                m_text = m_html.sliced(lt + 9, end - (lt + 9));
                if (!m_text.isEmpty())
                    return Token::Text;
            } else {
                skipPast(u">", lt + 2);
            }
            continue;
        }
        skipPast(u">", lt + 2); // '<?': processing instruction
    }
    return Token::End;
}

void HtmlTokenizer::skipPast(QStringView terminator, qsizetype from)
{
    const qsizetype at = m_html.indexOf(terminator, from);
    m_pos = at < 0 ? m_html.size() : at + terminator.size();
}

bool HtmlTokenizer::readStartTag(qsizetype lt)
{
    const qsizetype n = m_html.size();
    qsizetype i = lt + 1;
    while (i < n && !isHtmlSpace(m_html[i].unicode()) && m_html[i] != u'/' && m_html[i] != u'>')
        ++i;
    m_text = m_html.sliced(lt + 1, i - lt - 1);
    m_attributes.clear();
    m_selfClosing = false;
    while (i < n) {
        char16_t c = m_html[i].unicode();
        if (isHtmlSpace(c)) {
            ++i;
            continue;
        }
        if (c == '>') {
            m_pos = i + 1;
            return true;
        }
        if (c == '/') {
            ++i;
            if (i < n && m_html[i] == u'>') {
                m_selfClosing = true;
                m_pos = i + 1;
                return true;
            }
            continue;
        }
        const qsizetype nameStart = i;
        ++i; // the first character may be anything, even '='
        while (i < n) {
            c = m_html[i].unicode();
            if (isHtmlSpace(c) || c == '/' || c == '>' || c == '=')
                break;
            ++i;
        }
        Attribute attr;
        attr.name = m_html.sliced(nameStart, i - nameStart);
        while (i < n && isHtmlSpace(m_html[i].unicode()))
            ++i;
        if (i < n && m_html[i] == u'=') {
            ++i;
            while (i < n && isHtmlSpace(m_html[i].unicode()))
                ++i;
            if (i < n && (m_html[i] == u'"' || m_html[i] == u'\'')) {
                const QChar quote = m_html[i];
                const qsizetype close = m_html.indexOf(quote, i + 1);
                if (close < 0)
                    break;
                attr.value = m_html.sliced(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !isHtmlSpace(m_html[i].unicode()) && m_html[i] != u'>')
                    ++i;
                attr.value = m_html.sliced(valueStart, i - valueStart);
            }
        }
        if (m_attributes.size() < 64)
            m_attributes.append(attr);
    }
    m_pos = n;
    return false;
}

bool HtmlTokenizer::readEndTag(qsizetype lt)
{
    const qsizetype n = m_html.size();
    qsizetype i = lt + 2;
    while (i < n && !isHtmlSpace(m_html[i].unicode()) && m_html[i] != u'/' && m_html[i] != u'>')
        ++i;
    m_text = m_html.sliced(lt + 2, i - lt - 2);
    const qsizetype gt = m_html.indexOf(u'>', i);
    if (gt < 0) {
        m_pos = n;
        return false;
    }
    m_pos = gt + 1;
    return true;
}

void HtmlTokenizer::skipRawText(QStringView tagName)
{
    const qsizetype n = m_html.size();
    qsizetype at = m_html.indexOf(u"</", m_pos);
    while (at >= 0) {
        const qsizetype nameEnd = at + 2 + tagName.size();
        if (nameEnd <= n && m_html.sliced(at + 2, tagName.size()).compare(tagName, Qt::CaseInsensitive) == 0
            && (nameEnd == n || isHtmlSpace(m_html[nameEnd].unicode()) || m_html[nameEnd] == u'>'
                || m_html[nameEnd] == u'/')) {
            const qsizetype gt = m_html.indexOf(u'>', nameEnd);
            m_pos = gt < 0 ? n : gt + 1;
            return;
        }
        at = m_html.indexOf(u"</", at + 2);
    }
    m_pos = n;
}

} // namespace gilde
