#pragma once

#include <QString>

namespace gilde
{

/// A null QString binds as SQL NULL; the store's text columns are NOT NULL
/// with '' for "none".
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace gilde
