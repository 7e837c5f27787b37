#pragma once

#include <QString>
#include <QUrl>

namespace gilde {

/// Makes HTML from the network safe to show in a QTextBrowser: keeps a small
/// allow-list of structural and inline elements, drops <script>, <iframe>,
/// <form>, <style>, <object>, on* attributes, style attributes, and any link or
/// image whose scheme is not http(s) or mailto (javascript:, data:, ...).
/// Relative URLs are resolved against `base`. Pure and thread-safe.
QString sanitizeHtml(const QString &html, const QUrl &base = {});

/// Plain text of an HTML fragment (entities decoded, whitespace collapsed), for
/// excerpts and search.
QString htmlToPlainText(const QString &html);

} // namespace gilde
