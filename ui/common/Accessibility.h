#pragma once

#include <QList>

class QLineEdit;
class QWidget;

namespace gilde
{

/// Puts `widgets` one after the other in their window's Tab order (null
/// entries are skipped). Needed for widgets made or moved after their
/// neighbours: Qt gives them the place in the chain where they arrived, not
/// the one they have on screen.
void chainTabOrder(const QList<QWidget *> &widgets);

/// QLineEdit::setClearButtonEnabled, with a name for the button: Qt's own
/// has none for a screen reader to say.
void enableClearButton(QLineEdit *edit);

} // namespace gilde
