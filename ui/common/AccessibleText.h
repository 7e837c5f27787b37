#pragma once

#include <QCoreApplication>
#include <QString>

namespace gilde
{

/// What a screen reader says for a row of a list: its state first, then
/// what the row shows ("Unread, starred. Title — Source, 2 h"), so that
/// what the painted row tells by colour and marks is heard too.
class AccessibleText
{
    Q_DECLARE_TR_FUNCTIONS(AccessibleText)
public:
    /// "Unread", "Read, starred", …
    static QString itemState(bool read, bool starred);
    /// "State. Title — detail"; without "State. " when the state is empty,
    /// without " — detail" when the detail is.
    static QString row(const QString &state, const QString &title, const QString &detail);
};

} // namespace gilde
