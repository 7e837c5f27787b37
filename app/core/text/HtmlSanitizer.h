#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace gilde
{

/// Makes HTML from the network safe to show in a QTextBrowser: keeps a small
/// allow-list of structural and inline elements, drops <script>, <iframe>,
/// <form>, <style>, <object>, on* attributes, style attributes, and any link or
/// image whose scheme is not http(s) or mailto (javascript:, data:, ...).
/// Relative URLs are resolved against `base`. Pure and thread-safe.
/// The output is balanced: every element it opens, it closes.
QString sanitizeHtml(const QString &html, const QUrl &base = {});

/// Plain text of an HTML fragment (entities decoded, whitespace collapsed), for
/// excerpts and search. Block elements become line breaks, table cells spaces.
QString htmlToPlainText(const QString &html);
QString htmlToPlainText(QStringView html);

/// `url` if it is safe to follow: http, https or mailto, or relative (then
/// resolved against `base`, when there is one). Empty when it is not safe
/// (javascript:, data:, file:, ... however obfuscated with case, controls or
/// whitespace). Entities must already be decoded.
QString safeUrl(QStringView url, const QUrl &base = {});

} // namespace gilde
