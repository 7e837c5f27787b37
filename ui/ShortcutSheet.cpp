#include "ui/ShortcutSheet.h"

#include "ui/common/Theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QVBoxLayout>

namespace gilde
{

namespace
{

// The platform's own name for a modifier ("Ctrl", "Shift"; symbols on macOS).
QString modifierName(Qt::KeyboardModifier modifier)
{
    QString text = QKeySequence(QKeyCombination(modifier, Qt::Key_A)).toString(QKeySequence::NativeText);
    text.chop(1); // the "A"
    if (text.endsWith(QLatin1Char('+')))
        text.chop(1);
    return text;
}

} // namespace

QList<ShortcutSheet::Group> ShortcutSheet::groups()
{
    const QString ctrl = modifierName(Qt::ControlModifier);
    const QString shift = modifierName(Qt::ShiftModifier);
    const QString left = QStringLiteral("←");
    const QString right = QStringLiteral("→");
    return {
        { tr("Reading"),
            {
                { { { QStringLiteral("j") } }, tr("Next item") },
                { { { QStringLiteral("k") } }, tr("Previous item") },
                { { { tr("Enter") } }, tr("Open the item in the reader") },
                { { { tr("Space") } }, tr("Page down in the reader") },
                { { { tr("Esc") } }, tr("Close the reader") },
            } },
        { tr("Items"),
            {
                { { { QStringLiteral("m") } }, tr("Mark read or unread") },
                { { { QStringLiteral("s") } }, tr("Star or unstar") },
                { { { QStringLiteral("o") } }, tr("Open in the web browser") },
            } },
        { tr("Columns"),
            {
                { { { ctrl, left }, { ctrl, right } }, tr("Go to the previous or next column") },
                { { { ctrl, shift, left }, { ctrl, shift, right } }, tr("Move the column left or right") },
            } },
        { tr("General"),
            {
                { { { ctrl, QStringLiteral("K") } }, tr("Search everything") },
                { { { ctrl, QStringLiteral("N") } }, tr("Add a feed") },
                { { { QStringLiteral("F5") } }, tr("Refresh all feeds") },
                { { { QStringLiteral("?") } }, tr("Show this sheet") },
            } },
    };
}

ShortcutSheet::ShortcutSheet(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(22, 18, 22, 14);
    outer->setSpacing(14);

    auto *heading = new QLabel(tr("Keyboard shortcuts"), this);
    heading->setObjectName(QStringLiteral("sheetHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setWeight(QFont::Bold);
    heading->setFont(headingFont);
    outer->addWidget(heading);

    const QList<Group> all = groups();
    auto *columns = new QHBoxLayout;
    columns->setSpacing(36);
    // Two columns: the first half of the groups on the left, the rest on the right.
    const int split = int(all.size() + 1) / 2;
    for (int side = 0; side < 2; ++side) {
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(14);
        grid->setVerticalSpacing(7);
        grid->setColumnStretch(1, 1);
        int row = 0;
        for (int i = side == 0 ? 0 : split; i < (side == 0 ? split : int(all.size())); ++i)
            addGroup(grid, row, all.at(i));
        grid->setRowStretch(row, 1);
        columns->addLayout(grid, 1);
    }
    outer->addLayout(columns);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    applyStyle();
}

void ShortcutSheet::addGroup(QGridLayout *grid, int &row, const Group &group)
{
    auto *title = new QLabel(group.title, this);
    title->setObjectName(QStringLiteral("groupTitle"));
    QFont f = title->font();
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    if (row > 0)
        grid->setRowMinimumHeight(row++, 8);
    grid->addWidget(title, row++, 0, 1, 2);

    for (const Entry &entry : group.entries) {
        auto *keys = new QHBoxLayout;
        keys->setSpacing(3);
        for (qsizetype alt = 0; alt < entry.keys.size(); ++alt) {
            if (alt > 0) {
                auto *slash = new QLabel(QStringLiteral("/"), this);
                slash->setObjectName(QStringLiteral("keyJoin"));
                keys->addWidget(slash);
            }
            const QStringList &chord = entry.keys.at(alt);
            for (qsizetype k = 0; k < chord.size(); ++k) {
                if (k > 0) {
                    auto *plus = new QLabel(QStringLiteral("+"), this);
                    plus->setObjectName(QStringLiteral("keyJoin"));
                    keys->addWidget(plus);
                }
                auto *cap = new QLabel(chord.at(k), this);
                cap->setObjectName(QStringLiteral("keycap"));
                cap->setAlignment(Qt::AlignCenter);
                cap->setMinimumWidth(22);
                keys->addWidget(cap);
            }
        }
        keys->addStretch(1);
        grid->addLayout(keys, row, 0);
        auto *description = new QLabel(entry.description, this);
        description->setObjectName(QStringLiteral("keyDescription"));
        grid->addWidget(description, row, 1);
        ++row;
    }
}

void ShortcutSheet::applyStyle()
{
    if (m_styling)
        return;
    m_styling = true;
    const QPalette pal = palette();
    const QColor capBack = Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.05);
    // A style sheet only for the key caps; its colours come from the palette,
    // so light and dark schemes both work.
    setStyleSheet(QStringLiteral("QLabel#keycap { border: 1px solid %1; border-bottom-width: 2px;"
                                 " border-radius: 4px; padding: 1px 6px; background: %2; color: %3; }"
                                 "QLabel#keyJoin { color: %4; }"
                                 "QLabel#groupTitle { color: %5; }")
                      .arg(Theme::border(pal).name(), capBack.name(), pal.color(QPalette::Text).name(),
                          Theme::faintText(pal).name(), Theme::mutedText(pal).name()));
    m_styling = false;
}

void ShortcutSheet::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

} // namespace gilde
