#pragma once

#include <QWidget>

class QLineEdit;
class QMenu;
class QToolButton;

namespace gilde
{

class DashboardTabBar;
class StatusPill;

/// The window's top bar, as in the dashboard mockup: the name, the tabs and
/// a new-tab button, the status pill, the search field, and the buttons that
/// add a column, refresh, write, add a feed and open the menu. It says what
/// is asked; the window does it.
class WindowHeader : public QWidget
{
    Q_OBJECT
public:
    /// Takes `tabs` (the dashboard's tab bar) into the bar.
    WindowHeader(DashboardTabBar *tabs, QWidget *parent = nullptr);

    StatusPill *pill() const { return m_pill; }
    QLineEdit *searchField() const { return m_search; }
    QToolButton *refreshButton() const { return m_refresh; }
    QMenu *menu() const;
    /// Its controls in Tab order.
    QList<QWidget *> focusChain() const { return m_focus; }

Q_SIGNALS:
    void addTabRequested();
    void addColumnRequested();
    void refreshRequested();
    void writeRequested();
    void addFeedRequested();
    /// Enter in the search field, with what it holds.
    void searchEntered(const QString &text);

private:
    StatusPill *m_pill;
    QLineEdit *m_search;
    QToolButton *m_refresh;
    QToolButton *m_menu;
    QList<QWidget *> m_focus;
};

} // namespace gilde
