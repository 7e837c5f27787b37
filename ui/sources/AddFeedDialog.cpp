#include "ui/sources/AddFeedDialog.h"

#include "core/Engine.h"
#include "core/sources/discourse/DiscourseProbe.h"
#include "core/sources/feeds/Subscriptions.h"
#include "core/sources/mastodon/MastodonProbe.h"
#include "core/store/SourceStore.h"
#include "core/sync/SyncEngine.h"
#include "ui/common/Accessibility.h"
#include "ui/common/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gilde
{

namespace
{

QString feedTypeName(const QString &mimeType)
{
    if (mimeType == mastodon::timelineType())
        return QStringLiteral("Mastodon");
    if (mimeType == discourse::listType())
        return QStringLiteral("Discourse");
    if (mimeType.contains(QLatin1String("atom")))
        return QStringLiteral("Atom");
    if (mimeType.contains(QLatin1String("rss")) || mimeType.contains(QLatin1String("rdf")))
        return QStringLiteral("RSS");
    if (mimeType.contains(QLatin1String("json")))
        return QStringLiteral("JSON Feed");
    return {};
}

QString feedLabel(const DiscoveredFeed &feed)
{
    return feed.title.trimmed().isEmpty() ? feed.url.toDisplayString() : feed.title.trimmed();
}

/// A forum category's colour as a small rounded square, the way the forum shows it.
QIcon swatch(const QString &color, int size)
{
    QColor c(QLatin1Char('#') + color);
    if (!c.isValid())
        c = Qt::transparent;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3);
    return QIcon(pixmap);
}

} // namespace

AddFeedDialog::AddFeedDialog(Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("addFeedDialog"));
    setWindowTitle(tr("Add a feed"));
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);

    auto *heading = new QLabel(tr("Add a feed"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setWeight(QFont::Bold);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto *intro = new QLabel(tr("Paste the address of a feed, of a web page or just of a site: "
                                "Gilde finds the feeds it offers. A Mastodon account (@name@server), "
                                "hashtag page or local timeline works too, and so does any page of a "
                                "Discourse forum."),
        this);
    intro->setWordWrap(true);
    QPalette introPalette = intro->palette();
    introPalette.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    intro->setPalette(introPalette);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(tr("https://example.com/feed or example.com"));
    enableClearButton(m_urlEdit);
    form->addRow(tr("&Address:"), m_urlEdit);

    m_folderCombo = new QComboBox(this);
    m_folderCombo->setObjectName(QStringLiteral("folderCombo"));
    m_folderCombo->setEditable(true);
    m_folderCombo->setInsertPolicy(QComboBox::NoInsert);
    m_folderCombo->addItem(QString());
    m_folderCombo->addItems(m_engine.sources().folders());
    m_folderCombo->lineEdit()->setPlaceholderText(tr("No folder (type a name for a new one)"));
    m_folderCombo->setCurrentIndex(0);
    form->addRow(tr("&Folder:"), m_folderCombo);
    layout->addLayout(form);

    m_listLabel = new QLabel(this);
    m_listLabel->setObjectName(QStringLiteral("feedListLabel"));
    m_listLabel->setWordWrap(true);
    m_listLabel->hide();
    layout->addWidget(m_listLabel);
    m_feedList = new QListWidget(this);
    m_feedList->setObjectName(QStringLiteral("feedList"));
    m_feedList->setAccessibleName(tr("Feeds found"));
    m_feedList->setAlternatingRowColors(true);
    m_feedList->setUniformItemSizes(true);
    m_feedList->setMinimumHeight(110);
    m_feedList->hide();
    layout->addWidget(m_feedList, 1);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(8);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedSize(90, 8);
    m_busyBar->hide();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusRow->addWidget(m_busyBar, 0, Qt::AlignVCenter);
    statusRow->addWidget(m_statusLabel, 1);
    layout->addLayout(statusRow);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    layout->addSpacing(6);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_addButton = m_buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setDefault(true);
    layout->addWidget(m_buttons);

    // Accepting happens only after a successful subscription, never by the button box itself.
    connect(m_addButton, &QPushButton::clicked, this, &AddFeedDialog::add);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddFeedDialog::reject);
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this] {
        resetCandidates();
        m_messageLabel->hide();
        updateAddButton();
    });
    connect(m_feedList, &QListWidget::itemChanged, this, &AddFeedDialog::updateAddButton);
    connect(m_feedList, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        item->setCheckState(Qt::Checked);
        add();
    });

    updateAddButton();
    m_urlEdit->setFocus();
}

AddFeedDialog::~AddFeedDialog() = default;

void AddFeedDialog::setUrl(const QString &text)
{
    m_urlEdit->setText(text);
    resetCandidates();
    updateAddButton();
}

QUrl AddFeedDialog::normalizeInput(const QString &text)
{
    return Subscriptions::urlFromUserInput(text);
}

QString AddFeedDialog::message() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void AddFeedDialog::add()
{
    if (m_busy)
        return;
    if (!m_feedList->isHidden()) {
        QList<DiscoveredFeed> picked;
        for (int i = 0; i < m_feedList->count(); ++i) {
            const QListWidgetItem *item = m_feedList->item(i);
            if (item->checkState() == Qt::Checked)
                picked.append({ item->data(Qt::UserRole).toUrl(), item->data(Qt::UserRole + 1).toString(),
                    item->data(Qt::UserRole + 2).toString(), item->data(Qt::UserRole + 3).toString() });
        }
        if (picked.isEmpty()) {
            showError(tr("Tick at least one feed to add."));
            return;
        }
        subscribeTo(picked);
        return;
    }

    // "@user@server" is no web address, but a Mastodon account to follow.
    const QString typed = m_urlEdit->text().trimmed();
    if (!typed.contains(u'/') && typed.count(u'@') == 2) {
        startProbe(typed);
        return;
    }
    const QUrl url = normalizeInput(m_urlEdit->text());
    if (url.isEmpty()) {
        showError(m_urlEdit->text().trimmed().isEmpty()
                ? tr("Type or paste an address first.")
                : tr("That does not look like a web address. Try something like example.com/feed."));
        return;
    }
    if (const std::optional<Source> existing = m_engine.sources().byUrl(url)) {
        showNotice(tr("You are already subscribed to “%1”.")
                       .arg(existing->title.isEmpty() ? url.toDisplayString() : existing->title));
        return;
    }
    startProbe(url.toString());
}

void AddFeedDialog::startProbe(const QString &address)
{
    m_messageLabel->hide();
    const quint64 generation = ++m_probeGeneration;
    const QUrl url = QUrl(address).host().isEmpty() ? QUrl() : QUrl(address);
    setBusy(true, tr("Looking for feeds at %1…").arg(url.isEmpty() ? address : url.host()));
    QPointer<AddFeedDialog> self(this);
    m_engine.subscriptions().probeText(address, [self, generation, url](const Subscriptions::Probe &probe) {
        if (!self || generation != self->m_probeGeneration)
            return;
        self->probeFinished(url, probe.isFeed, probe.feeds, probe.error);
    });
}

void AddFeedDialog::probeFinished(
    const QUrl &url, bool isFeed, const QList<DiscoveredFeed> &feeds, const QString &error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    if (feeds.isEmpty()) {
        showError(tr("No feed found at %1. If the site has one, paste the address of the feed itself.")
                      .arg(url.toDisplayString()));
        return;
    }
    if (isFeed || feeds.size() == 1) {
        subscribeTo({ feeds.first() });
        return;
    }
    showCandidates(feeds);
}

void AddFeedDialog::showCandidates(const QList<DiscoveredFeed> &feeds)
{
    m_feedList->clear();
    QSignalBlocker blocker(m_feedList);
    for (const DiscoveredFeed &feed : feeds) {
        QString text = feedLabel(feed);
        // A forum's lists are all Discourse, as the label above says.
        const bool forumList = feed.sourceKind == QLatin1String("discourse");
        if (const QString type = feedTypeName(feed.type); !type.isEmpty() && !forumList)
            text += QStringLiteral("  ·  ") + type;
        // A forum's categories read better by what they are about than by their API address.
        const QString second = feed.description.isEmpty()
            ? feed.url.toDisplayString()
            : fontMetrics().elidedText(feed.description, Qt::ElideRight, 60 * fontMetrics().averageCharWidth());
        text += QLatin1Char('\n') + second;
        if (feed.depth > 0)
            text = QStringLiteral("    ") + text.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
        auto *item = new QListWidgetItem(text, m_feedList);
        // Lists without a colour (the latest topics) keep the column the swatches make.
        if (forumList)
            item->setIcon(swatch(feed.color.isEmpty() ? QStringLiteral("00000000") : feed.color, fontMetrics().height()));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_feedList->count() == 1 ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, feed.url);
        item->setData(Qt::UserRole + 1, feed.title);
        item->setData(Qt::UserRole + 2, feed.type);
        item->setData(Qt::UserRole + 3, feed.sourceKind);
        item->setToolTip(feed.url.toDisplayString());
        if (m_engine.sources().byUrl(feed.url)) {
            item->setText(tr("%1  (already subscribed)").arg(item->text()));
            item->setCheckState(Qt::Unchecked);
        }
    }
    // English reads "Tick it to add it" for one feed: its plural-only translation says so.
    const bool forum = std::any_of(feeds.begin(), feeds.end(),
        [](const DiscoveredFeed &f) { return f.sourceKind == QLatin1String("discourse"); });
    m_listLabel->setText(forum
            ? tr("This Discourse forum offers %n list(s) of topics: its latest and its categories. "
                 "Tick the ones to follow:",
                nullptr, int(feeds.size()))
            : tr("This page offers %n feed(s). Tick the ones to add:", nullptr, int(feeds.size())));
    m_listLabel->show();
    m_feedList->show();
    m_feedList->setFocus();
    fitHeight();
    updateAddButton();
}

void AddFeedDialog::subscribeTo(const QList<DiscoveredFeed> &feeds)
{
    const QString folder = chosenFolder();
    QList<qint64> added;
    QStringList already;
    QStringList failed;
    for (const DiscoveredFeed &feed : feeds) {
        if (const std::optional<Source> existing = m_engine.sources().byUrl(feed.url)) {
            already << (existing->title.isEmpty() ? feedLabel(feed) : existing->title);
            continue;
        }
        const qint64 id = m_engine.subscriptions().subscribe(feed.url, feed.title.trimmed(), folder, feed.sourceKind);
        if (id <= 0) {
            failed << feedLabel(feed);
            continue;
        }
        added << id;
        Q_EMIT subscribed(id);
    }
    if (!added.isEmpty()) {
        m_engine.sync().refresh(added);
        accept();
        return;
    }
    if (!failed.isEmpty()) {
        showError(
            tr("Could not save the subscription to “%1”. Is the disk full?").arg(failed.join(tr("”, “"))));
        return;
    }
    if (already.size() == 1)
        showNotice(tr("You are already subscribed to “%1”.").arg(already.first()));
    else
        showNotice(tr("You are already subscribed to these feeds."));
}

void AddFeedDialog::reject()
{
    // An answer arriving after this is ignored (see startProbe).
    ++m_probeGeneration;
    setBusy(false);
    QDialog::reject();
}

void AddFeedDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_statusLabel->setText(status);
    m_statusLabel->setVisible(!status.isEmpty());
    m_urlEdit->setReadOnly(busy);
    m_folderCombo->setEnabled(!busy);
    m_feedList->setEnabled(!busy);
    updateAddButton();
}

void AddFeedDialog::showError(const QString &text)
{
    QPalette p = m_messageLabel->palette();
    p.setColor(QPalette::WindowText, Theme::error(palette()));
    m_messageLabel->setPalette(p);
    m_messageLabel->setText(text);
    m_messageLabel->show();
    fitHeight();
}

void AddFeedDialog::showNotice(const QString &text)
{
    QPalette p = m_messageLabel->palette();
    p.setColor(QPalette::WindowText, Theme::warningText(palette()));
    m_messageLabel->setPalette(p);
    m_messageLabel->setText(text);
    m_messageLabel->show();
    fitHeight();
}

void AddFeedDialog::resetCandidates()
{
    const bool wasShown = !m_feedList->isHidden();
    m_feedList->clear();
    m_feedList->hide();
    m_listLabel->hide();
    if (wasShown)
        fitHeight();
}

void AddFeedDialog::fitHeight()
{
    // Grow for the list, shrink back without it; the width stays the user's.
    QLayout *l = layout();
    l->activate();
    const int height = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    resize(width(), qMax(height, l->totalMinimumSize().height()));
}

QString AddFeedDialog::chosenFolder() const
{
    QString folder = m_folderCombo->currentText().trimmed();
    // Folders nest with "/"; stray separators would make empty levels.
    QStringList parts = folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    return parts.join(QLatin1Char('/'));
}

void AddFeedDialog::updateAddButton()
{
    bool enabled = !m_busy && !m_urlEdit->text().trimmed().isEmpty();
    if (!m_feedList->isHidden()) {
        bool any = false;
        for (int i = 0; i < m_feedList->count() && !any; ++i)
            any = m_feedList->item(i)->checkState() == Qt::Checked;
        enabled = enabled && any;
        m_addButton->setText(tr("Add selected"));
    } else {
        m_addButton->setText(tr("Add"));
    }
    m_addButton->setEnabled(enabled);
}

} // namespace gilde
