#include "AccessibleText.h"

namespace gilde
{

QString AccessibleText::itemState(bool read, bool starred)
{
    // Whole phrases, not words joined here: languages order and inflect them differently.
    if (read)
        return starred ? tr("Read, starred") : tr("Read");
    return starred ? tr("Unread, starred") : tr("Unread");
}

QString AccessibleText::row(const QString &state, const QString &title, const QString &detail)
{
    const QString body = detail.isEmpty() ? title : tr("%1 — %2", "title — detail").arg(title, detail);
    return state.isEmpty() ? body : tr("%1. %2", "state. row").arg(state, body);
}

} // namespace gilde
