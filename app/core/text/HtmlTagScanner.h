#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace gilde
{

/// A forgiving scanner over the start tags of a web page, for what sits in
/// attributes (<link>, <meta>, <base>): real pages are rarely well-formed
/// XML and need no parser for that. Skips comments and the raw text of
/// <script>, <style> and <textarea>; decodes the common entities in values.
class HtmlTagScanner
{
public:
    explicit HtmlTagScanner(QStringView text)
        : m_text(text)
    {
    }

    /// Advances to the next start tag; false at the end of the text.
    bool next();
    QString name() const { return m_name; } ///< lower-cased
    /// An attribute of the current tag (name lower-cased); the first of duplicates, as in browsers.
    QString attribute(const QString &name) const { return m_attributes.value(name); }
    bool hasAttribute(const QString &name) const { return m_attributes.contains(name); }

private:
    static bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':'; }
    static bool isSpace(QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f'; }
    void skipSpace();
    void readAttributes();
    QString readValue();
    void skipRawText();
    static QString decodeEntities(const QString &s);

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_name;
    QHash<QString, QString> m_attributes;
};

/// A page's bytes as text, in the encoding its BOM or <meta charset> names (UTF-8 otherwise).
QString decodeHtmlPage(const QByteArray &html);

} // namespace gilde
