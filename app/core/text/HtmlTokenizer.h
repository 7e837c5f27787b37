#pragma once

#include <QStringView>
#include <QVarLengthArray>

namespace gilde
{

/// A forgiving, linear-time tokenizer over an HTML fragment, enough for
/// sanitizing and for plain-text extraction. It never builds a tree and never
/// copies: tokens are views into the input. Comments, doctypes and processing
/// instructions are skipped; a '<' that does not open a tag is text.
class HtmlTokenizer
{
public:
    enum class Token { Text, StartTag, EndTag, End };

    struct Attribute {
        QStringView name;
        QStringView value; ///< raw: entities not decoded yet
    };

    explicit HtmlTokenizer(QStringView html)
        : m_html(html)
    {
    }

    Token next();

    /// Text of a Text token, raw (entities not decoded).
    QStringView text() const { return m_text; }
    /// Name of a StartTag/EndTag token, as written (case not folded).
    QStringView tagName() const { return m_text; }
    bool selfClosing() const { return m_selfClosing; }
    const QVarLengthArray<Attribute, 8> &attributes() const { return m_attributes; }

    /// After a start tag whose content is raw text (script, style, ...): skips
    /// past the matching end tag, or to the end of the input.
    void skipRawText(QStringView tagName);

private:
    bool readStartTag(qsizetype lt);
    bool readEndTag(qsizetype lt);
    void skipPast(QStringView terminator, qsizetype from);

    QStringView m_html;
    qsizetype m_pos = 0;
    QStringView m_text;
    bool m_selfClosing = false;
    QVarLengthArray<Attribute, 8> m_attributes;
};

} // namespace gilde
