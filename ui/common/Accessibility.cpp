#include "Accessibility.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace gilde
{

void chainTabOrder(const QList<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (!w)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // The object name Qt gives the action behind the button (qlineedit.cpp).
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(QCoreApplication::translate("Accessibility", "Clear"));
}

} // namespace gilde
