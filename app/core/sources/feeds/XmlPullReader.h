#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace gilde
{

/// A pull reader over a whole UTF-8 document, in the manner of
/// QXmlStreamReader (the subset the feed parsers use), built on expat. The
/// constructor parses the document in one pass into a flat list of events
/// (start element, characters, end element); reading then walks that list.
/// Element and attribute names are interned, so views of them stay valid for
/// the reader's lifetime, and skipping an element is a jump, not a scan.
///
/// Namespaces are processed (names are local, with their namespace URI). No
/// DTD is read: a document that declares entities is stopped at that point,
/// and external entities are never loaded. When the document is not
/// well-formed, every event before the error is delivered and the error shows
/// only after them, as QXmlStreamReader does.
class XmlPullReader
{
public:
    enum class Token { NoToken, StartElement, EndElement, Characters, EndDocument, Invalid };

    struct Attribute {
        QStringView namespaceUri;
        QStringView name; ///< local name
        QStringView value;
    };

    /// The attributes of a start element: a view into the reader.
    class Attributes
    {
    public:
        Attributes() = default;
        Attributes(const Attribute *begin, const Attribute *end)
            : m_begin(begin)
            , m_end(end)
        {
        }
        bool isEmpty() const { return m_begin == m_end; }
        const Attribute *begin() const { return m_begin; }
        const Attribute *end() const { return m_end; }
        /// The value of the attribute `name` that has no namespace ("" when absent).
        QStringView value(QLatin1StringView name) const;
        QStringView value(QLatin1StringView namespaceUri, QLatin1StringView name) const;

    private:
        const Attribute *m_begin = nullptr;
        const Attribute *m_end = nullptr;
    };

    struct NamespaceDeclaration {
        QStringView prefix;
        QStringView namespaceUri;
    };

    explicit XmlPullReader(const QByteArray &utf8);
    ~XmlPullReader();
    XmlPullReader(const XmlPullReader &) = delete;
    XmlPullReader &operator=(const XmlPullReader &) = delete;

    Token readNext();
    /// Reads to the next start element inside the current element; false at
    /// the current element's end, the document's end or an error.
    bool readNextStartElement();
    /// Moves to the end of the current start element, past its children.
    void skipCurrentElement();

    Token tokenType() const { return m_token; }
    bool atEnd() const { return m_token == Token::EndDocument || m_token == Token::Invalid; }
    bool isStartElement() const { return m_token == Token::StartElement; }
    bool isEndElement() const { return m_token == Token::EndElement; }

    /// Local name of the current start or end element.
    QStringView name() const;
    QStringView namespaceUri() const;
    /// Text of the current Characters token.
    QStringView text() const;
    Attributes attributes() const;
    /// The namespaces the current start element declares.
    std::vector<NamespaceDeclaration> namespaceDeclarations() const;

    /// True once reading reached the point where the document stopped being
    /// well-formed.
    bool hasError() const { return m_token == Token::Invalid; }
    /// The error is that the data ended inside the document (cut short).
    bool errorIsPrematureEnd() const;
    QString errorString() const;
    qint64 lineNumber() const;
    qint64 columnNumber() const;

    struct Parse; ///< the expat side, defined in the .cpp

private:
    struct Event;
    std::unique_ptr<Parse> m_parse;
    qsizetype m_next = 0; ///< index of the event readNext() delivers
    qsizetype m_current = -1;
    Token m_token = Token::NoToken;
};

} // namespace gilde
