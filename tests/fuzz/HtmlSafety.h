#pragma once

#include <QString>
#include <QStringView>

namespace gilde::fuzz
{

/// Reads sanitized HTML strictly, without the sanitizer's tokenizer: text
/// holds no '<' or '>', a tag is `<name attr="value" ...>`, `</name>` or
/// `<name .../>`, values hold no '"', '<' or '>'. Within that, no element that
/// runs code, loads a document or takes input (script, style, iframe, form,
/// input, object, embed, ...), no event handler (on*), no style that runs
/// code, and no address attribute whose scheme is not http(s) or mailto
/// (a data:image/ raster source on <img> aside); SVG's <use> only refers
/// within the fragment ("#id").
/// Returns what is wrong, or "" when the markup is safe.
QString unsafeMarkup(QStringView html);

/// Runs unsafeMarkup() and stops the run with the markup when it is unsafe.
void requireSafeMarkup(QStringView html, QStringView input);

} // namespace gilde::fuzz
