#include "HtmlTagScanner.h"

#include <QStringDecoder>

namespace gilde
{

bool HtmlTagScanner::next()
{
    m_attributes.clear();
    m_name.clear();
    while (m_pos < m_text.size()) {
        const qsizetype lt = m_text.indexOf(u'<', m_pos);
        if (lt < 0) {
            m_pos = m_text.size();
            return false;
        }
        m_pos = lt + 1;
        if (m_text.mid(m_pos).startsWith(u"!--")) {
            const qsizetype end = m_text.indexOf(u"-->", m_pos + 3);
            m_pos = end < 0 ? m_text.size() : end + 3;
            continue;
        }
        if (m_pos >= m_text.size() || !m_text.at(m_pos).isLetter())
            continue; // end tag, doctype, processing instruction or a stray '<'
        const qsizetype nameStart = m_pos;
        while (m_pos < m_text.size() && isNameChar(m_text.at(m_pos)))
            ++m_pos;
        m_name = m_text.mid(nameStart, m_pos - nameStart).toString().toLower();
        readAttributes();
        if (m_name == u"script" || m_name == u"style" || m_name == u"textarea")
            skipRawText();
        return true;
    }
    return false;
}

void HtmlTagScanner::skipSpace()
{
    while (m_pos < m_text.size() && isSpace(m_text.at(m_pos)))
        ++m_pos;
}

void HtmlTagScanner::readAttributes()
{
    while (m_pos < m_text.size()) {
        skipSpace();
        if (m_pos >= m_text.size())
            return;
        const QChar c = m_text.at(m_pos);
        if (c == u'>') {
            ++m_pos;
            return;
        }
        if (c == u'/' || c == u'=' || c == u'"' || c == u'\'') {
            ++m_pos; // self-closing slash or garbage between attributes
            continue;
        }
        const qsizetype nameStart = m_pos;
        while (m_pos < m_text.size() && !isSpace(m_text.at(m_pos)) && m_text.at(m_pos) != u'='
            && m_text.at(m_pos) != u'>' && m_text.at(m_pos) != u'/')
            ++m_pos;
        const QString attrName = m_text.mid(nameStart, m_pos - nameStart).toString().toLower();
        skipSpace();
        QString value;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'=') {
            ++m_pos;
            skipSpace();
            value = readValue();
        }
        if (!m_attributes.contains(attrName)) // the first of duplicates wins, as in browsers
            m_attributes.insert(attrName, decodeEntities(value));
    }
}

QString HtmlTagScanner::readValue()
{
    if (m_pos >= m_text.size())
        return {};
    const QChar quote = m_text.at(m_pos);
    if (quote == u'"' || quote == u'\'') {
        const qsizetype end = m_text.indexOf(quote, m_pos + 1);
        const qsizetype stop = end < 0 ? m_text.size() : end;
        const QString value = m_text.mid(m_pos + 1, stop - m_pos - 1).toString();
        m_pos = end < 0 ? m_text.size() : end + 1;
        return value;
    }
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && !isSpace(m_text.at(m_pos)) && m_text.at(m_pos) != u'>')
        ++m_pos;
    qsizetype end = m_pos;
    // <link rel=alternate/> means "alternate" followed by a self-closing slash.
    if (m_pos < m_text.size() && m_text.at(m_pos) == u'>' && end > start + 1
        && m_text.at(end - 1) == u'/')
        --end;
    return m_text.mid(start, end - start).toString();
}

void HtmlTagScanner::skipRawText()
{
    const QString closing = QStringLiteral("</") + m_name;
    const qsizetype end = m_text.indexOf(closing, m_pos, Qt::CaseInsensitive);
    m_pos = end < 0 ? m_text.size() : end;
}

QString HtmlTagScanner::decodeEntities(const QString &s)
{
    if (!s.contains(u'&'))
        return s;
    static const QHash<QString, QString> named = {
        { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QStringLiteral(" ") },
    };
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        const qsizetype semi = c == u'&' ? s.indexOf(u';', i + 1) : -1;
        if (semi < 0 || semi - i > 10) {
            out.append(c);
            ++i;
            continue;
        }
        const QString ref = s.mid(i + 1, semi - i - 1);
        bool ok = false;
        char32_t code = 0;
        if (ref.startsWith(u"#x") || ref.startsWith(u"#X"))
            code = ref.mid(2).toUInt(&ok, 16);
        else if (ref.startsWith(u'#'))
            code = ref.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            out.append(QString::fromUcs4(&code, 1));
            i = semi + 1;
        } else if (named.contains(ref)) {
            out.append(named.value(ref));
            i = semi + 1;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

QString decodeHtmlPage(const QByteArray &html)
{
    QStringDecoder decoder = QStringDecoder::decoderForHtml(html);
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    return decoder.decode(html);
}

} // namespace gilde
