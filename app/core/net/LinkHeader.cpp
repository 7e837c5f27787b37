#include "LinkHeader.h"

#include <algorithm>

namespace gilde
{

namespace
{

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    /// Up to (not including) `stop`; the scanner is then on it or at the end.
    QByteArray until(char stop)
    {
        const qsizetype from = m_pos;
        while (!atEnd() && peek() != stop)
            ++m_pos;
        return m_text.mid(from, m_pos - from);
    }
    /// A token or a quoted string (with backslash escapes), for a parameter value.
    QByteArray value()
    {
        skipSpace();
        if (peek() != '"') {
            const qsizetype from = m_pos;
            while (!atEnd() && peek() != ';' && peek() != ',')
                ++m_pos;
            return m_text.mid(from, m_pos - from).trimmed();
        }
        ++m_pos;
        QByteArray out;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            out += m_text.at(m_pos++);
        }
        if (!atEnd())
            ++m_pos; // the closing quote
        return out;
    }
    /// A parameter's name, up to '=', ';' or ','.
    QByteArray name()
    {
        skipSpace();
        const qsizetype from = m_pos;
        while (!atEnd() && peek() != '=' && peek() != ';' && peek() != ',')
            ++m_pos;
        return m_text.mid(from, m_pos - from).trimmed().toLower();
    }
    /// Past the rest of a malformed link, to the next one.
    void skipLink()
    {
        while (!atEnd() && peek() != ',') {
            if (peek() == '"')
                value();
            else
                ++m_pos;
        }
    }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace

QHash<QString, QUrl> parseLinkHeader(const QByteArray &value, const QUrl &base)
{
    QHash<QString, QUrl> out;
    Scanner s(value);
    while (!s.atEnd()) {
        if (!s.take('<')) {
            s.skipLink();
            s.take(',');
            continue;
        }
        const QByteArray target = s.until('>');
        s.take('>');
        QByteArray rel;
        while (s.take(';')) {
            const QByteArray param = s.name();
            QByteArray v;
            if (s.take('='))
                v = s.value();
            if (param == "rel" && rel.isEmpty())
                rel = v;
        }
        s.skipLink();
        s.take(',');
        QUrl url = QUrl::fromEncoded(target.trimmed());
        if (!base.isEmpty())
            url = base.resolved(url);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            continue;
        const QList<QByteArray> names = rel.simplified().toLower().split(' ');
        for (const QByteArray &r : names) {
            const QString key = QString::fromLatin1(r);
            // A relation type is a token or a URI; anything else is debris of a broken header.
            const bool token = !r.isEmpty()
                && std::none_of(r.cbegin(), r.cend(), [](char c) { return c == ',' || c == '<' || c == '>' || c == ';'; });
            if (token && !out.contains(key))
                out.insert(key, url);
        }
    }
    return out;
}

} // namespace gilde
