#include "ui/ShortcutSheet.h"

#include "ui/common/Theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPainter>
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

/// A key drawn as a key cap, in the palette's colours. A QLabel, so its text
/// is what it shows; the frame is painted here rather than by a style sheet
/// so that the size hint always includes it.
class KeyCap : public QLabel
{
public:
    KeyCap(const QString &text, QWidget *parent)
        : QLabel(text, parent)
    {
        setObjectName(QStringLiteral("keycap"));
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }

    QSize sizeHint() const override
    {
        const QFontMetrics fm(font());
        const int height = fm.height() + 8;
        return { qMax(fm.horizontalAdvance(text()) + 14, height), height };
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const QRectF outer = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        // A thicker lower edge, like a key seen from slightly above.
        p.setPen(Qt::NoPen);
        p.setBrush(Theme::border(pal));
        p.drawRoundedRect(outer, 4, 4);
        p.setBrush(Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.05));
        p.drawRoundedRect(outer.adjusted(1, 1, -1, -2.5), 3, 3);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(rect()).adjusted(0, 0, 0, -1.5), Qt::AlignCenter, text());
    }
};

} // namespace

QList<ShortcutSheet::Group> ShortcutSheet::groups()
{
    const QString ctrl = modifierName(Qt::ControlModifier);
    const QString shift = modifierName(Qt::ShiftModifier);
    const QString leftOrRight = QStringLiteral("←|→");
    return {
        { tr("Reading"),
            {
                { { QStringLiteral("j") }, tr("Next item") },
                { { QStringLiteral("k") }, tr("Previous item") },
                { { tr("Enter") }, tr("Open the item in the reader") },
                { { tr("Space") }, tr("Page down in the reader") },
                { { tr("Esc") }, tr("Close the reader") },
            } },
        { tr("Items"),
            {
                { { QStringLiteral("m") }, tr("Mark read or unread") },
                { { QStringLiteral("s") }, tr("Star or unstar") },
                { { QStringLiteral("o") }, tr("Open in the web browser") },
                { { QStringLiteral("b") }, tr("Save the link (or edit it when saved)") },
                { { QStringLiteral("r") }, tr("Reply to a Mastodon post") },
                { { QStringLiteral("f") }, tr("Favourite a Mastodon post") },
                { { QStringLiteral("t") }, tr("Boost a Mastodon post") },
                { { shift, QStringLiteral("b") }, tr("Bookmark a Mastodon post") },
                { { QStringLiteral("n") }, tr("Write a Mastodon post") },
            } },
        { tr("Columns"),
            {
                { { ctrl, leftOrRight }, tr("Go to the previous or next column") },
                { { ctrl, shift, leftOrRight }, tr("Move the column left or right") },
            } },
        { tr("General"),
            {
                { { ctrl, QStringLiteral("K") }, tr("Search everything") },
                { { ctrl, QStringLiteral("N") }, tr("Add a feed") },
                { { QStringLiteral("F5") }, tr("Refresh all feeds") },
                { { QStringLiteral("?") }, tr("Show this sheet") },
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

QLabel *ShortcutSheet::joinLabel(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("keyJoin"));
    label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return label;
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
        for (qsizetype k = 0; k < entry.keys.size(); ++k) {
            if (k > 0)
                keys->addWidget(joinLabel(QStringLiteral("+")));
            const QStringList alternatives = entry.keys.at(k).split(QLatin1Char('|'));
            for (qsizetype a = 0; a < alternatives.size(); ++a) {
                if (a > 0)
                    keys->addWidget(joinLabel(QStringLiteral("/")));
                keys->addWidget(new KeyCap(alternatives.at(a), this));
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
    const auto labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QColor colour;
        if (label->objectName() == QLatin1String("keyJoin"))
            colour = Theme::faintText(palette());
        else if (label->objectName() == QLatin1String("groupTitle"))
            colour = Theme::mutedText(palette());
        else
            continue;
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, colour);
        label->setPalette(p);
    }
    m_styling = false;
}

void ShortcutSheet::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

} // namespace gilde
