#pragma once

// Walks a window's accessibility tree the way a screen reader reads it and
// lists every visible control that has no name to read out.

#include <QAccessible>
#include <QApplication>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>
#include <memory>

namespace gilde::test
{

struct AccessibilityAudit {
    int controls = 0; ///< visible interactive controls visited
    QStringList unnamed; ///< where, for each of them without a name
};

/// Controls a user acts on, which a screen reader must be able to name.
inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::PageTab:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::MenuItem:
    case QAccessible::Link:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

/// A name is something to say: "⋯" or "✕" alone is not.
inline bool isSayable(const QString &name)
{
    for (const QChar c : name) {
        if (c.isLetter())
            return true;
    }
    return false;
}

inline QString describe(QAccessibleInterface *iface)
{
    QString where;
    if (QObject *o = iface->object()) {
        where = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            where += QLatin1Char('#') + o->objectName();
    }
    return QStringLiteral("%1 (role 0x%2) in “%3”")
        .arg(where)
        .arg(int(iface->role()), 0, 16)
        .arg(iface->parent() ? iface->parent()->text(QAccessible::Name) : QString());
}

inline void walkAccessible(QAccessibleInterface *iface, AccessibilityAudit &audit, int depth = 0)
{
    // Bounds: no window here is deeper than a few dozen levels; item views
    // are asked for their first rows only.
    constexpr int MaxDepth = 40;
    constexpr int MaxChildren = 200;
    if (!iface || !iface->isValid() || depth > MaxDepth)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role)) {
        ++audit.controls;
        if (!isSayable(iface->text(QAccessible::Name)))
            audit.unnamed << describe(iface);
    }
    // A combo box is read as one control: its own line edit and popup list
    // are parts of it, named by it.
    if (role == QAccessible::ComboBox || role == QAccessible::List || role == QAccessible::Table
        || role == QAccessible::Tree)
        return;
    const int n = qMin(iface->childCount(), MaxChildren);
    for (int i = 0; i < n; ++i)
        walkAccessible(iface->child(i), audit, depth + 1);
}

/// The audit of one top-level widget (window, dialog, popup or menu).
inline AccessibilityAudit auditWidget(QWidget *widget)
{
    QAccessible::setActive(true);
    AccessibilityAudit audit;
    walkAccessible(QAccessible::queryAccessibleInterface(widget), audit);
    return audit;
}

/// Fails, listing them, when a visible control has no name; and when fewer
/// than `atLeast` controls were visited, so that a walk that saw nothing
/// cannot pass.
inline void requireAllNamed(QWidget *widget, int atLeast)
{
    const AccessibilityAudit audit = auditWidget(widget);
    INFO(widget->metaObject()->className() << ": " << audit.controls << " controls");
    INFO(audit.unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(audit.unnamed.isEmpty());
    CHECK(audit.controls >= atLeast);
}

/// The audit of a modal dialog or popup menu, taken while it is open.
struct ModalAudit {
    bool seen = false;
    QString className;
    AccessibilityAudit audit;
};

/// Audits the next modal dialog or popup menu that opens (within a few
/// seconds), then closes it, as Esc would.
inline std::shared_ptr<ModalAudit> auditNextModal()
{
    auto result = std::make_shared<ModalAudit>();
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, result] {
        QWidget *open = QApplication::activePopupWidget();
        if (!open)
            open = QApplication::activeModalWidget();
        if (open && open->isVisible()) {
            result->seen = true;
            result->className = QString::fromLatin1(open->metaObject()->className());
            result->audit = auditWidget(open);
            open->close();
            timer->deleteLater();
            return;
        }
        if (++*tries > 300)
            timer->deleteLater();
    });
    timer->start(10);
    return result;
}

/// Fails when the modal audit saw no window, or a control without a name.
inline void requireAllNamed(const ModalAudit &modal, int atLeast)
{
    REQUIRE(modal.seen);
    INFO(modal.className.toStdString() << ": " << modal.audit.controls << " controls");
    INFO(modal.audit.unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(modal.audit.unnamed.isEmpty());
    CHECK(modal.audit.controls >= atLeast);
}

} // namespace gilde::test
