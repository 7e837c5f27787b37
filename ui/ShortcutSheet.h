#pragma once

#include <QDialog>
#include <QStringList>

class QGridLayout;
class QLabel;

namespace gilde
{

/// The keyboard shortcuts at a glance ("?"): keys drawn as key caps beside
/// what they do, grouped, in two columns. Purely informative.
class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutSheet(QWidget *parent = nullptr);

    struct Entry {
        QStringList keys; ///< a chord ("Ctrl", "K"); "←|→" offers either key in that place
        QString description;
    };
    struct Group {
        QString title;
        QList<Entry> entries;
    };
    /// What the sheet lists, translated.
    static QList<Group> groups();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addGroup(QGridLayout *grid, int &row, const Group &group);
    QLabel *joinLabel(const QString &text);
    void applyStyle();
    bool m_styling = false;
};

} // namespace gilde
