#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstring>

namespace gilde
{

/// An append-only UTF-16 buffer for the text passes (sanitizer, plain text,
/// escaping) that write their output a few characters at a time. QString's
/// own append goes out of line to check sharing and capacity on every call,
/// which is most of the cost of such a pass; here the check is one compare.
/// take() hands the text over as a QString without copying it.
class TextBuffer
{
public:
    /// Nothing is allocated before the first append when `capacity` is 0.
    explicit TextBuffer(qsizetype capacity = 0)
    {
        if (capacity > 0)
            grow(capacity);
    }
    TextBuffer(const TextBuffer &) = delete;
    TextBuffer &operator=(const TextBuffer &) = delete;

    qsizetype size() const { return m_pos - m_begin; }
    bool isEmpty() const { return m_pos == m_begin; }
    void clear() { m_pos = m_begin; }
    void truncate(qsizetype size)
    {
        if (size < this->size())
            m_pos = m_begin + size;
    }
    QStringView view() const { return { m_begin, size() }; }

    void append(char16_t c)
    {
        if (m_pos == m_end)
            grow(1);
        *m_pos++ = c;
    }
    void append(QChar c) { append(c.unicode()); }
    void append(QStringView s)
    {
        const qsizetype n = s.size();
        if (m_end - m_pos < n)
            grow(n);
        if (n > 0)
            std::memcpy(m_pos, s.utf16(), size_t(n) * sizeof(char16_t));
        m_pos += n;
    }
    void append(QLatin1StringView s)
    {
        const qsizetype n = s.size();
        if (m_end - m_pos < n)
            grow(n);
        const char *p = s.data();
        for (qsizetype i = 0; i < n; ++i)
            m_pos[i] = char16_t(static_cast<unsigned char>(p[i]));
        m_pos += n;
    }

    /// The text written so far; the buffer is empty afterwards.
    QString take()
    {
        m_text.truncate(size());
        m_begin = m_pos = m_end = nullptr;
        return std::move(m_text);
    }

private:
    void grow(qsizetype more)
    {
        const qsizetype used = size();
        m_text.resize(std::max({ m_text.size() * 2, used + more, qsizetype(16) }));
        m_begin = reinterpret_cast<char16_t *>(m_text.data());
        m_end = m_begin + m_text.size();
        m_pos = m_begin + used;
    }

    QString m_text;
    char16_t *m_begin = nullptr;
    char16_t *m_pos = nullptr;
    char16_t *m_end = nullptr;
};

} // namespace gilde
