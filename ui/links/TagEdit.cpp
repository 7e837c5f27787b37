#include "TagEdit.h"

#include "core/store/LinkStore.h"
#include "ui/common/Theme.h"
#include "ui/links/TagCompletionModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace gilde
{

namespace
{

constexpr int Pad = 4;
constexpr int Gap = 4;
constexpr int MinFieldWidth = 70;
constexpr int MaxOffered = 8;

/// A completion row: the tag on the left, how often it is used on the right.
class TagCountDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *w = opt.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, p, w);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette &pal = opt.palette;
        const QRect r = opt.rect.adjusted(8, 0, -8, 0);
        const QString count = index.data(TagCompletionModel::CountTextRole).toString();
        const QFontMetrics fm(opt.font);
        const int countW = fm.horizontalAdvance(count) + 8;
        p->save();
        p->setFont(opt.font);
        p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        p->drawText(r.adjusted(0, 0, -countW, 0), Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width() - countW));
        p->setPen(Theme::mutedText(pal));
        p->drawText(r, Qt::AlignVCenter | Qt::AlignRight, count);
        p->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(qMax(s.height(), QFontMetrics(option.font).height() + 8));
        return s;
    }
};

} // namespace

/// The text field after the chips. While offers are shown, Return and Tab are
/// left to the completer (it sends keys here first); Backspace at the start
/// takes the last chip back.
class TagEdit::Field : public QLineEdit
{
public:
    explicit Field(TagEdit *owner)
        : QLineEdit(owner)
        , m_owner(owner)
    {
    }

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && m_owner->isCompleting()
            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Tab) {
            event->ignore();
            return false;
        }
        return QLineEdit::event(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        const int key = event->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_owner->isCompleting()) {
                event->ignore();
                return;
            }
            event->accept();
            const QString rest = text();
            clear();
            m_owner->addChip(rest);
            m_owner->updateCompletion();
            Q_EMIT m_owner->submitted();
            return;
        }
        if (key == Qt::Key_Backspace && cursorPosition() == 0 && !hasSelectedText()
            && !m_owner->m_chips.isEmpty()) {
            event->accept();
            const QString last = m_owner->m_chips.last();
            m_owner->removeChip(int(m_owner->m_chips.size()) - 1);
            if (text().isEmpty()) {
                setText(last);
                m_owner->updateCompletion();
            }
            return;
        }
        QLineEdit::keyPressEvent(event);
    }

private:
    TagEdit *m_owner;
};

TagEdit::TagEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new Field(this))
    , m_completer(new QCompleter(this))
    , m_model(new TagCompletionModel(this))
{
    setAttribute(Qt::WA_Hover);
    setMouseTracking(true);
    setCursor(Qt::IBeamCursor);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_edit->setFrame(false);
    m_edit->installEventFilter(this);
    m_edit->setAccessibleName(tr("Tags"));
    QPalette pal = m_edit->palette();
    pal.setColor(QPalette::Base, Qt::transparent);
    m_edit->setPalette(pal);

    m_completer->setModel(m_model);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(MaxOffered);
    m_completer->popup()->setItemDelegate(new TagCountDelegate(m_completer->popup()));
    stylePopup();
    m_completer->popup()->setObjectName(QStringLiteral("tagCompletions"));
    m_completer->popup()->setAccessibleName(tr("Tag suggestions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagEdit::completed);
    connect(m_edit, &QLineEdit::textEdited, this, &TagEdit::edited);
    relayout();
}

QLineEdit *TagEdit::lineEdit() const
{
    return m_edit;
}

void TagEdit::setLookup(Lookup lookup)
{
    m_lookup = std::move(lookup);
}

void TagEdit::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    m_edit->setPlaceholderText(m_chips.isEmpty() ? text : QString());
}

void TagEdit::setTags(const QStringList &tags)
{
    m_chips = LinkStore::normalizedTags(tags);
    m_edit->clear();
    m_edit->setPlaceholderText(m_chips.isEmpty() ? m_placeholder : QString());
    relayout();
    update();
    Q_EMIT tagsChanged();
}

QStringList TagEdit::tags() const
{
    QStringList all = m_chips;
    for (const QString &t : LinkStore::normalizedTags({ m_edit->text() })) {
        if (!all.contains(t))
            all << t;
    }
    return all;
}

bool TagEdit::isCompleting() const
{
    return m_completer->popup() && m_completer->popup()->isVisible();
}

void TagEdit::edited(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    if (text.contains(separators)) {
        QStringList parts = text.split(separators);
        const QString rest = parts.takeLast();
        for (const QString &part : std::as_const(parts))
            addChip(part);
        m_edit->setText(rest);
    }
    updateCompletion();
}

void TagEdit::addChip(const QString &tag)
{
    const QStringList normal = LinkStore::normalizedTags({ tag });
    if (normal.isEmpty() || m_chips.contains(normal.first()))
        return;
    m_chips << normal.first();
    m_edit->setPlaceholderText(QString());
    relayout();
    update();
    Q_EMIT tagsChanged();
}

void TagEdit::removeChip(int index)
{
    if (index < 0 || index >= m_chips.size())
        return;
    m_chips.removeAt(index);
    m_hoverClose = -1;
    m_edit->setPlaceholderText(m_chips.isEmpty() ? m_placeholder : QString());
    relayout();
    update();
    Q_EMIT tagsChanged();
}

void TagEdit::completed(const QString &tag)
{
    m_edit->clear();
    addChip(tag);
    m_model->setTags({});
}

void TagEdit::updateCompletion()
{
    const QString prefix = m_edit->text().trimmed();
    QList<TagCount> offered;
    if (!prefix.isEmpty() && m_lookup) {
        const QList<TagCount> found = m_lookup(prefix);
        for (const TagCount &t : found) {
            if (!m_chips.contains(t.tag))
                offered << t;
        }
    }
    m_model->setTags(offered);
    if (offered.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    // Under the whole field, as wide as it, not just under the text after the chips.
    const QRect under(m_edit->mapFrom(this, QPoint(0, 0)), size());
    m_completer->complete(under);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

QFont TagEdit::chipFont() const
{
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

int TagEdit::layoutHeight(int width, bool apply)
{
    const QFontMetrics fm(chipFont());
    const int lineH = qMax(fm.height() + 6, m_edit->sizeHint().height());
    const int chipH = fm.height() + 4;
    const int closeW = fm.horizontalAdvance(QStringLiteral("×"));
    int x = Pad + 2;
    int y = Pad;
    QList<Chip> rects;
    for (const QString &tag : std::as_const(m_chips)) {
        const int w = qMin(fm.horizontalAdvance(tag) + 8 + closeW + 8, width - 2 * Pad);
        if (x + w > width - Pad && x > Pad + 2) {
            x = Pad + 2;
            y += lineH + Gap;
        }
        Chip c;
        c.rect = QRect(x, y + (lineH - chipH) / 2, w, chipH);
        c.close = QRect(c.rect.right() - closeW - 6, c.rect.top(), closeW + 6, chipH);
        rects << c;
        x += w + Gap;
    }
    if (x + MinFieldWidth > width - Pad && x > Pad + 2) {
        x = Pad + 2;
        y += lineH + Gap;
    }
    if (apply) {
        m_chipRects = rects;
        m_edit->setGeometry(x, y, qMax(MinFieldWidth, width - Pad - x), lineH);
    }
    return y + lineH + Pad;
}

void TagEdit::relayout()
{
    const int h = layoutHeight(qMax(width(), 120), true);
    if (h != height())
        setFixedHeight(h);
}

QSize TagEdit::sizeHint() const
{
    const int w = qMax(width(), 300);
    return { w, const_cast<TagEdit *>(this)->layoutHeight(w, false) };
}

QSize TagEdit::minimumSizeHint() const
{
    return { 160, sizeHint().height() };
}

void TagEdit::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const bool focused = m_edit->hasFocus();
    p.setPen(QPen(focused ? Theme::accent(pal) : Theme::border(pal), focused ? 1.5 : 1.0));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.75, 0.75, -0.75, -0.75), 5, 5);

    p.setFont(chipFont());
    const QFontMetrics fm(chipFont());
    for (int i = 0; i < m_chipRects.size() && i < m_chips.size(); ++i) {
        const Chip &c = m_chipRects.at(i);
        p.setPen(Qt::NoPen);
        p.setBrush(Theme::chipBackground(pal));
        p.drawRoundedRect(QRectF(c.rect), c.rect.height() / 2.0, c.rect.height() / 2.0);
        p.setPen(Theme::chipText(pal));
        const QRect textRect = c.rect.adjusted(8, 0, -(c.close.width()), 0);
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
            fm.elidedText(m_chips.at(i), Qt::ElideRight, textRect.width()));
        p.setPen(i == m_hoverClose ? Theme::error(pal) : Theme::faintText(pal));
        p.drawText(c.close, Qt::AlignCenter, QStringLiteral("×"));
    }
}

void TagEdit::resizeEvent(QResizeEvent *)
{
    relayout();
}

void TagEdit::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    for (int i = 0; i < m_chipRects.size(); ++i) {
        if (m_chipRects.at(i).close.contains(pos)) {
            removeChip(i);
            m_edit->setFocus(Qt::MouseFocusReason);
            return;
        }
    }
    m_edit->setFocus(Qt::MouseFocusReason);
}

void TagEdit::mouseMoveEvent(QMouseEvent *event)
{
    int hover = -1;
    for (int i = 0; i < m_chipRects.size(); ++i) {
        if (m_chipRects.at(i).close.contains(event->position().toPoint()))
            hover = i;
    }
    setCursor(hover >= 0 ? Qt::PointingHandCursor : Qt::IBeamCursor);
    if (hover != m_hoverClose) {
        m_hoverClose = hover;
        update();
    }
}

void TagEdit::leaveEvent(QEvent *)
{
    if (m_hoverClose >= 0) {
        m_hoverClose = -1;
        update();
    }
}

void TagEdit::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
    if (event->type() == QEvent::PaletteChange)
        stylePopup();
}

void TagEdit::stylePopup()
{
    // A quiet highlight, as in the lists, rather than the style's strong one.
    QAbstractItemView *popup = m_completer->popup();
    QPalette pal = palette();
    pal.setColor(QPalette::Highlight, Theme::selection(pal));
    pal.setColor(QPalette::HighlightedText, pal.color(QPalette::Text));
    popup->setPalette(pal);
}

bool TagEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        update(); // the focus ring is ours
    if (watched == m_edit && event->type() == QEvent::FocusOut && !isCompleting()
        && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
        // Leaving the field keeps what was typed, as a chip.
        const QString rest = m_edit->text();
        if (!rest.trimmed().isEmpty()) {
            m_edit->clear();
            addChip(rest);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gilde
