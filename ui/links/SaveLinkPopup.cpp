#include "SaveLinkPopup.h"

#include "core/links/UrlNormalizer.h"
#include "core/store/LinkStore.h"
#include "ui/common/RelativeTime.h"
#include "ui/common/Theme.h"
#include "ui/links/TagEdit.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace gilde
{

namespace
{
constexpr int PopupWidth = 440;
constexpr int TagOffers = 8;
} // namespace

SaveLinkPopup::SaveLinkPopup(LinkLibrary &library, LinkStore &store, QWidget *parent)
    : QFrame(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_library(library)
    , m_store(store)
{
    setObjectName(QStringLiteral("saveLinkPopup"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFixedWidth(PopupWidth);
    buildUi();
    applyStyle();
}

QLabel *SaveLinkPopup::fieldLabel(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("fieldLabel"));
    return label;
}

void SaveLinkPopup::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 13, 16, 14);
    layout->setSpacing(3);

    auto *head = new QHBoxLayout;
    m_heading = new QLabel(tr("Save link"), this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_known = new QLabel(this);
    m_known->setObjectName(QStringLiteral("known"));
    m_known->hide();
    head->addWidget(m_heading);
    head->addStretch(1);
    head->addWidget(m_known);
    layout->addLayout(head);

    // Said when what was typed last time is back in the fields.
    m_draftRow = new QWidget(this);
    auto *draftRow = new QHBoxLayout(m_draftRow);
    draftRow->setContentsMargins(0, 6, 0, 0);
    m_draftHint = new QLabel(tr("Restored your unsaved draft"), m_draftRow);
    m_draftHint->setObjectName(QStringLiteral("draftHint"));
    auto *discard = new QPushButton(tr("Discard"), m_draftRow);
    discard->setObjectName(QStringLiteral("discardDraft"));
    discard->setFlat(true);
    discard->setCursor(Qt::PointingHandCursor);
    discard->setToolTip(tr("Show the link as it was, without what you typed before"));
    connect(discard, &QPushButton::clicked, this, &SaveLinkPopup::discardDraft);
    draftRow->addWidget(m_draftHint);
    draftRow->addStretch(1);
    draftRow->addWidget(discard);
    m_draftRow->hide();
    layout->addWidget(m_draftRow);
    layout->addSpacing(14);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("https://…"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("Title of the page"));
    m_tags = new TagEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas or spaces"));
    m_tags->setLookup([this](const QString &prefix) { return m_store.tagsWithPrefix(prefix, TagOffers); });
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Why keep it? (Shift+Enter for a new line)"));
    m_note->setTabChangesFocus(true);
    const int noteLines = 3;
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * noteLines + 14);
    m_note->installEventFilter(this);

    const std::pair<QString, QWidget *> fields[] = { { tr("Address"), m_url }, { tr("Title"), m_title },
        { tr("Tags"), m_tags }, { tr("Note"), m_note } };
    for (const auto &[label, field] : fields) {
        QLabel *l = fieldLabel(label);
        l->setBuddy(field);
        layout->addWidget(l);
        layout->addWidget(field);
        layout->addSpacing(5);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(4);
    m_readLater = new QCheckBox(tr("Read later"), this);
    m_readLater->setObjectName(QStringLiteral("readLater"));
    m_foundIn = new QLabel(this);
    m_foundIn->setObjectName(QStringLiteral("foundIn"));
    m_foundIn->setTextFormat(Qt::PlainText);
    m_foundIn->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_save = new QPushButton(tr("Save ⏎"), this);
    m_save->setObjectName(QStringLiteral("primary"));
    m_save->setToolTip(tr("Save the link (Enter); Esc closes it and keeps what you typed"));
    m_save->setCursor(Qt::PointingHandCursor);
    bottom->addWidget(m_readLater);
    bottom->addWidget(m_foundIn, 1);
    bottom->addSpacing(8);
    bottom->addWidget(m_save);
    layout->addSpacing(4);
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, &SaveLinkPopup::save);
    connect(m_url, &QLineEdit::returnPressed, this, &SaveLinkPopup::save);
    connect(m_title, &QLineEdit::returnPressed, this, &SaveLinkPopup::save);
    connect(m_tags, &TagEdit::submitted, this, &SaveLinkPopup::save);
    connect(m_url, &QLineEdit::editingFinished, this, &SaveLinkPopup::fetchTitleIfEmpty);
    setTabOrder(m_url, m_title);
    setTabOrder(m_title, m_tags);
    setTabOrder(m_tags, m_note);
    setTabOrder(m_note, m_readLater);
    setTabOrder(m_readLater, m_save);
}

void SaveLinkPopup::applyStyle()
{
    if (m_styling)
        return;
    m_styling = true;
    const QPalette &pal = palette();
    const QString border = Theme::border(pal).name();
    const QString accent = Theme::accent(pal).name();
    setStyleSheet(QStringLiteral(
        "QLabel#heading { font-weight: 700; }"
        "QLabel#fieldLabel, QLabel#foundIn, QLabel#known, QLabel#draftHint { color: %1; font-size: small; }"
        "QPushButton#discardDraft { color: %5; border: none; padding: 0 2px; font-size: small; }"
        "QLabel#error { color: %2; }"
        "QLineEdit, QPlainTextEdit { border: 1px solid %3; border-radius: 5px; padding: 4px 6px;"
        "  background: %4; }"
        "QLineEdit:focus, QPlainTextEdit:focus { border: 1.5px solid %5; }"
        "QPushButton#primary { background: %5; color: %6; border: 1px solid %5; border-radius: 6px;"
        "  padding: 5px 14px; font-weight: 600; }"
        "QPushButton#primary:hover { background: %7; }")
                      .arg(Theme::mutedText(pal).name(), Theme::error(pal).name(), border,
                          pal.color(QPalette::Base).name(), accent, Theme::onAccent(pal).name(),
                          Theme::mix(Theme::accent(pal), pal.color(QPalette::Text), 0.15).name()));
    // The tag field draws its own frame; its inner field must stay bare.
    m_tags->lineEdit()->setStyleSheet(QStringLiteral("QLineEdit { border: none; background: transparent;"
                                                     " padding: 0 2px; }"));
    m_styling = false;
}

void SaveLinkPopup::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void SaveLinkPopup::setDraft(const Link &link, const QString &foundIn)
{
    m_base = link;
    m_existing = false;
    Link shown = link;
    if (link.id > 0) {
        if (const std::optional<Link> saved = m_store.byId(link.id)) {
            m_base = *saved;
            shown = *saved;
            m_existing = true;
        }
    } else if (const QUrl normal = normalizeUrl(link.url); !normal.isEmpty()) {
        if (const std::optional<Link> saved = m_store.byUrl(normal)) {
            // Saved before: show what the library has, so that saving again
            // updates it instead of replacing its tags and note.
            m_existing = true;
            shown.title = saved->title.isEmpty() ? link.title : saved->title;
            shown.tags = LinkStore::normalizedTags(saved->tags + link.tags);
            shown.note = saved->note.isEmpty() ? link.note : saved->note;
            shown.readLater = saved->readLater || link.readLater;
            shown.savedMs = saved->savedMs;
        }
    }
    m_heading->setText(m_base.id > 0 ? tr("Edit link") : tr("Save link"));
    if (m_existing) {
        m_known->setText(tr("saved %1").arg(RelativeTime::format(shown.savedMs)));
        m_known->setToolTip(
            tr("Saved before, on %1. Saving again updates it.").arg(RelativeTime::full(shown.savedMs)));
        m_known->show();
    } else {
        m_known->hide();
    }
    LinkDraft fields;
    fields.url = shown.url.toString();
    fields.title = shown.title.simplified();
    fields.tags = LinkStore::normalizedTags(shown.tags);
    fields.note = shown.note;
    fields.readLater = shown.readLater;
    showFields(fields);
    m_shown = typed();
    m_draftRestored = false;
    m_draftRow->hide();
    m_foundIn->setText(foundIn.isEmpty() ? QString() : tr("· found in: %1").arg(foundIn));
    m_foundIn->setToolTip(foundIn);
    m_error->hide();
    fetchTitleIfEmpty();
}

void SaveLinkPopup::showFields(const LinkDraft &fields)
{
    m_url->setText(fields.url);
    m_url->setCursorPosition(0);
    m_title->setText(fields.title);
    m_title->setCursorPosition(0);
    m_tags->setTags(fields.tags);
    m_tags->lineEdit()->setText(fields.tagText);
    m_note->setPlainText(fields.note);
    m_readLater->setChecked(fields.readLater);
}

QString SaveLinkPopup::draftKey() const
{
    const QUrl url = normalizeUrl(m_base.url);
    return url.isEmpty() ? m_base.url.toString() : url.toString(QUrl::FullyEncoded);
}

LinkDraft SaveLinkPopup::typed() const
{
    LinkDraft d;
    d.url = m_url->text();
    d.title = m_title->text();
    d.tags = m_tags->chips();
    d.tagText = m_tags->lineEdit()->text();
    d.note = m_note->toPlainText();
    d.readLater = m_readLater->isChecked();
    return d;
}

bool SaveLinkPopup::hasChanges() const
{
    return typed() != m_shown;
}

void SaveLinkPopup::restoreDraft(const LinkDraft &draft)
{
    showFields(draft);
    m_draftRestored = true;
    m_draftRow->show();
    m_error->hide();
    adjustSize();
}

void SaveLinkPopup::discardDraft()
{
    showFields(m_shown);
    m_draftRestored = false;
    m_draftRow->hide();
    adjustSize();
    fetchTitleIfEmpty();
}

void SaveLinkPopup::fetchTitleIfEmpty()
{
    const QString address = m_url->text().trimmed();
    if (!m_title->text().trimmed().isEmpty() || address.isEmpty() || address == m_titleFetchedFor)
        return;
    const QUrl url = normalizeUrl(address);
    if (url.isEmpty())
        return;
    m_titleFetchedFor = address;
    m_fetchingTitle = true;
    m_title->setPlaceholderText(tr("Fetching the title of the page…"));
    QPointer<SaveLinkPopup> self(this);
    m_library.fetchTitle(url, [self, address](const QString &title) {
        if (!self)
            return;
        self->m_fetchingTitle = false;
        self->m_title->setPlaceholderText(tr("Title of the page"));
        // Only if nothing was typed meanwhile and the address is still the same.
        if (!title.isEmpty() && self->m_title->text().trimmed().isEmpty()
            && self->m_url->text().trimmed() == address) {
            self->m_title->setText(title.simplified());
            self->m_title->setCursorPosition(0);
            // The page's own title is not something the user typed.
            if (self->m_shown.title.isEmpty() && self->m_shown.url == self->m_url->text())
                self->m_shown.title = self->m_title->text();
        }
    });
}

void SaveLinkPopup::showNear(const QRect &anchor)
{
    adjustSize();
    const QSize size = sizeHint().expandedTo(QSize(PopupWidth, 0));
    QScreen *screen = QGuiApplication::screenAt(anchor.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect avail = screen ? screen->availableGeometry() : QRect(0, 0, 1600, 1000);
    int x = anchor.left();
    int y = anchor.bottom() + 4;
    if (y + size.height() > avail.bottom())
        y = anchor.top() - size.height() - 4;
    x = qBound(avail.left() + 4, x, avail.right() - size.width() - 4);
    y = qBound(avail.top() + 4, y, qMax(avail.top() + 4, avail.bottom() - size.height() - 4));
    move(x, y);
    show();
    raise();
    activateWindow();
    if (m_title->text().isEmpty() && !m_fetchingTitle)
        m_title->setFocus(Qt::PopupFocusReason);
    else
        m_tags->setFocus(Qt::PopupFocusReason);
}

QString SaveLinkPopup::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void SaveLinkPopup::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    adjustSize();
}

bool SaveLinkPopup::save()
{
    if (m_done)
        return false;
    const QUrl url = normalizeUrl(m_url->text());
    if (url.isEmpty()) {
        showError(tr("“%1” is not a web address.").arg(m_url->text().trimmed()));
        m_url->setFocus();
        return false;
    }
    Link link = m_base;
    link.url = url;
    link.title = m_title->text().simplified();
    link.tags = m_tags->tags();
    link.note = m_note->toPlainText().trimmed();
    link.readLater = m_readLater->isChecked();
    link.updatedMs = 0; // now
    const LinkLibrary::SaveResult result = m_library.save(link);
    if (result.id == 0) {
        showError(result.error.isEmpty() ? tr("The link could not be saved.") : result.error);
        return false;
    }
    link.id = result.id;
    m_done = true;
    Q_EMIT saved(result, link);
    close();
    return true;
}

void SaveLinkPopup::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        close();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & Qt::ShiftModifier)) {
        event->accept();
        save();
        return;
    }
    QFrame::keyPressEvent(event);
}

bool SaveLinkPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ShiftModifier)) {
            save();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void SaveLinkPopup::paintEvent(QPaintEvent *)
{
    // No shadow without a compositor: a header band and a firm edge set the
    // popup apart from the list under it.
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const int band = m_heading->geometry().bottom() + 9;
    p.fillRect(QRect(0, 0, width(), band), Theme::headerBackground(pal));
    p.fillRect(QRect(0, band, width(), 1), Theme::separator(pal));
    p.fillRect(QRect(0, 0, width(), 3), Theme::accent(pal));
    p.setPen(Theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.6));
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
}

void SaveLinkPopup::closeEvent(QCloseEvent *event)
{
    if (!m_done) {
        m_done = true;
        Q_EMIT dismissed(typed(), hasChanges());
        Q_EMIT cancelled();
    }
    QFrame::closeEvent(event);
}

} // namespace gilde
