#include "ui/reader/ReaderPane.h"

#include "core/Engine.h"
#include "core/sources/Threads.h"
#include "core/sources/discourse/DiscourseReading.h"
#include "core/sync/SyncEngine.h"
#include "core/store/ThreadStore.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"
#include "ui/common/Theme.h"
#include "ui/reader/ReaderBrowser.h"
#include "ui/reader/ThreadHtml.h"
#include "ui/reader/TimelineLinks.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace gilde
{

Q_LOGGING_CATEGORY(lcReader, "gilde.ui.reader")

namespace
{

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setObjectName(QStringLiteral("readerSeparator"));
    line->setFrameShape(QFrame::NoFrame);
    line->setFixedHeight(1);
    line->setAutoFillBackground(true);
    return line;
}

QString formatFullDate(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toLocalTime();
    const QLocale locale;
    // Minutes are precise enough; some locales' short format still has seconds.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QLatin1String(":ss"));
    return locale.toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), timeFormat);
}

} // namespace

ReaderPane::ReaderPane(Engine &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("readerPane"));
    buildUi();
    applyStyle();
    clear();
    connect(&m_engine.threads(), &Threads::threadLoaded, this, [this](qint64 itemId) {
        if (itemId != m_item.id)
            return;
        m_threadNotice.clear();
        renderBody(true);
        if (Threads::isForumTopic(m_item))
            m_engine.forumReading().topicRead(itemId);
    });
    connect(&m_engine.threads(), &Threads::threadFailed, this, [this](qint64 itemId, const QString &error) {
        if (itemId != m_item.id)
            return;
        const bool cached = m_engine.threadPosts().count(itemId) > 0;
        if (!Threads::isForumTopic(m_item) && !cached) // the post is all here; its replies wait
            m_threadNotice = m_engine.sync().isOnline()
                ? tr("The replies to this post could not be loaded: %1").arg(error)
                : tr("The replies to this post come when Gilde is online.");
        else
            m_threadNotice = cached
                ? tr("The thread could not be brought up to date (%1). This is what was read before.").arg(error)
                : tr("The thread could not be loaded: %1").arg(error);
        renderBody(true);
        // Read offline: the forum hears of it when online.
        if (Threads::isForumTopic(m_item) && cached)
            m_engine.forumReading().topicRead(itemId);
    });
}

ReaderPane::~ReaderPane() = default;

void ReaderPane::buildUi()
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);

    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // Empty state
    m_emptyPage = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->setContentsMargins(32, 32, 32, 32);
    emptyLayout->addStretch(2);
    m_emptyTitle = new QLabel(tr("Nothing selected"), m_emptyPage);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyHint = new QLabel(tr("Pick an item in a column to read it here.\n"
                                "J and K move through a column, Space pages, Esc closes."),
        m_emptyPage);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addSpacing(6);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addStretch(3);
    m_stack->addWidget(m_emptyPage);

    // Item
    m_itemPage = new QWidget(m_stack);
    auto *page = new QVBoxLayout(m_itemPage);
    page->setContentsMargins(0, 0, 0, 0);
    page->setSpacing(0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(14, 9, 10, 9);
    bar->setSpacing(8);
    m_openButton = new QPushButton(tr("↗ Open in browser"), m_itemPage);
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setToolTip(tr("Open the original in your web browser (O)"));
    m_starButton = new QPushButton(m_itemPage);
    m_starButton->setObjectName(QStringLiteral("starButton"));
    m_readButton = new QPushButton(m_itemPage);
    m_readButton->setObjectName(QStringLiteral("readButton"));
    m_followButton = new QPushButton(tr("Follow in a column"), m_itemPage);
    m_followButton->setObjectName(QStringLiteral("followButton"));
    m_followButton->setToolTip(tr("Show this topic's new posts as they come, in a column of its own"));
    m_closeButton = new QToolButton(m_itemPage);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setText(QStringLiteral("✕"));
    m_closeButton->setToolTip(tr("Close the reader (Esc)"));
    m_closeButton->setAccessibleName(tr("Close the reader"));
    m_closeButton->setAutoRaise(true);
    for (QAbstractButton *b :
        { static_cast<QAbstractButton *>(m_openButton), static_cast<QAbstractButton *>(m_starButton),
            static_cast<QAbstractButton *>(m_readButton), static_cast<QAbstractButton *>(m_followButton),
            static_cast<QAbstractButton *>(m_closeButton) }) {
        b->setFocusPolicy(Qt::TabFocus);
        b->setCursor(Qt::PointingHandCursor);
    }
    bar->addWidget(m_openButton);
    bar->addWidget(m_starButton);
    bar->addWidget(m_readButton);
    bar->addWidget(m_followButton);
    m_bar = bar;
    bar->addStretch(1);
    bar->addWidget(m_closeButton);
    page->addLayout(bar);
    page->addWidget(separator(m_itemPage));

    auto *header = new QWidget(m_itemPage);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(18, 14, 18, 12);
    headerLayout->setSpacing(5);
    m_metaLabel = new QLabel(header);
    m_metaLabel->setObjectName(QStringLiteral("metaLabel"));
    m_metaLabel->setWordWrap(true);
    m_metaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_titleLabel = new QLabel(header);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerLayout->addWidget(m_metaLabel);
    headerLayout->addWidget(m_titleLabel);
    m_headerLayout = headerLayout;
    page->addWidget(header);
    page->addWidget(separator(m_itemPage));

    m_browser = new ReaderBrowser(m_engine.http(), m_itemPage);
    m_browser->setObjectName(QStringLiteral("readerBody"));
    m_browser->setAccessibleName(tr("Text of the item"));
    m_browser->installEventFilter(this);
    page->addWidget(m_browser, 1);
    m_stack->addWidget(m_itemPage);

    connect(m_browser, &ReaderBrowser::sideMarginChanged, header,
        [headerLayout](int side) { headerLayout->setContentsMargins(side, 14, side, 12); });
    m_timelineLinks = new TimelineLinks(m_engine, this);
    connect(m_timelineLinks, &TimelineLinks::timelineRequested, this, &ReaderPane::timelineRequested);
    connect(m_timelineLinks, &TimelineLinks::unresolved, this, &ReaderPane::openExternally);
    connect(m_browser, &ReaderBrowser::linkActivated, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String(PostActionScheme))
            postLink(url);
        else if (!m_timelineLinks->open(m_item, url))
            openExternally(url);
    });
    connect(m_openButton, &QPushButton::clicked, this, &ReaderPane::openInBrowser);
    connect(m_starButton, &QPushButton::clicked, this, &ReaderPane::toggleStarred);
    connect(m_readButton, &QPushButton::clicked, this, &ReaderPane::toggleRead);
    connect(m_followButton, &QPushButton::clicked, this, [this] { Q_EMIT followTopicRequested(m_item.id); });
    connect(m_closeButton, &QToolButton::clicked, this, &ReaderPane::closeRequested);
}

void ReaderPane::applyStyle()
{
    // Palette and font changes arrive already while the widgets are being built.
    if (m_styling || !m_browser)
        return;
    m_styling = true;
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor muted = Theme::mutedText(pal);
    const QColor rule = Theme::separator(pal);
    const QColor codeBack = Theme::mix(base, text, 0.07);
    const QColor link = pal.color(QPalette::Link);

    const auto lines = findChildren<QFrame *>(QStringLiteral("readerSeparator"));
    for (QFrame *line : lines) {
        QPalette p = line->palette();
        p.setColor(QPalette::Window, rule);
        p.setColor(QPalette::Base, rule);
        line->setPalette(p);
    }
    for (QLabel *label : { m_metaLabel, m_emptyHint, m_emptyTitle }) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, muted);
        label->setPalette(p);
    }
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.92);
    m_metaLabel->setFont(small);
    QFont title = font();
    title.setPointSizeF(font().pointSizeF() * 1.45);
    title.setWeight(QFont::Bold);
    m_titleLabel->setFont(title);
    QFont emptyTitle = font();
    emptyTitle.setPointSizeF(font().pointSizeF() * 1.25);
    emptyTitle.setWeight(QFont::DemiBold);
    m_emptyTitle->setFont(emptyTitle);

    QFont body = font();
    body.setPointSizeF(font().pointSizeF() * 1.08);
    m_browser->document()->setDefaultFont(body);
    // Qt's rich-text CSS subset; colours follow the palette so dark themes work.
    m_browser->document()->setDefaultStyleSheet(
        QStringLiteral("body { color: %1; }"
                       "p { margin-top: 0px; margin-bottom: 11px; line-height: 145%; }"
                       "li { margin-bottom: 4px; line-height: 140%; }"
                       "ul, ol { margin-top: 0px; margin-bottom: 11px; }"
                       "a { color: %2; text-decoration: none; }"
                       "h1 { font-size: x-large; margin-top: 18px; margin-bottom: 8px; }"
                       "h2 { font-size: large; margin-top: 18px; margin-bottom: 8px; }"
                       "h3, h4, h5, h6 { font-size: medium; margin-top: 14px; margin-bottom: 6px; }"
                       "blockquote { color: %3; margin-left: 14px; margin-right: 0px; font-style: italic; }"
                       "pre { background-color: %4; font-family: monospace; font-size: small;"
                       " margin-top: 4px; margin-bottom: 12px; }"
                       "code, tt, kbd { font-family: monospace; background-color: %4; }"
                       "figcaption, small { color: %3; font-size: small; }"
                       "th, td { padding: 4px; }"
                       "th { font-weight: bold; }")
            .arg(text.name(), link.name(), muted.name(), codeBack.name()));
    m_styling = false;
    if (m_item.id != 0)
        renderBody(true);
}

void ReaderPane::showItem(qint64 itemId)
{
    const std::optional<Item> item = m_engine.items().item(itemId);
    if (!item) {
        qCWarning(lcReader) << "item not found:" << itemId;
        clear();
        return;
    }
    // The same item again (a column reloaded): keep the reader's place.
    const bool same = item->id == m_item.id;
    if (!same)
        m_votedFor = -1;
    m_item = *item;
    m_metaLabel->setText(metaLine());
    m_metaLabel->setToolTip(m_item.publishedMs > 0
            ? QDateTime::fromMSecsSinceEpoch(m_item.publishedMs, QTimeZone::utc()).toString(Qt::ISODate)
            : QString());
    // A post on Mastodon has no title: who wrote it heads it, as in its web client.
    const bool post = m_item.kind == u"status" || m_item.kind == u"notification" || m_item.kind == u"post";
    m_titleLabel->setText(!m_item.title.isEmpty() ? m_item.title
            : post && !m_item.author.isEmpty()   ? m_item.author
                                                  : tr("(untitled)"));
    if (!same)
        m_threadNotice.clear();
    renderBody(same);
    m_stack->setCurrentWidget(m_itemPage);
    if (Threads::hasThread(m_item) && !same)
        m_engine.threads().load(m_item);

    if (!m_item.read) {
        if (m_engine.items().setRead(m_item.id, true)) {
            m_item.read = true;
            Q_EMIT itemStateChanged(m_item.id);
        }
    }
    updateActions();
}

void ReaderPane::clear()
{
    ++m_renderGeneration;
    m_item = Item();
    m_item.id = 0;
    m_browser->clearContent();
    m_metaLabel->clear();
    m_titleLabel->clear();
    m_stack->setCurrentWidget(m_emptyPage);
    updateActions();
}

QString ReaderPane::metaLine() const
{
    QStringList parts;
    if (const std::optional<Source> source = m_engine.sources().byId(m_item.sourceId)) {
        const QString title = source->title.isEmpty() ? source->url.host() : source->title;
        if (!title.isEmpty())
            parts << title;
    }
    if (!m_item.author.isEmpty() && !parts.contains(m_item.author))
        parts << m_item.author;
    if (const QString date = formatFullDate(m_item.publishedMs); !date.isEmpty())
        parts << date;
    return parts.join(QStringLiteral(" · "));
}

void ReaderPane::updateActions()
{
    const bool has = m_item.id != 0;
    m_openButton->setEnabled(has && isOpenableUrl(QUrl(m_item.url)));
    m_starButton->setText(m_item.starred ? tr("★ Unstar") : tr("☆ Star"));
    m_starButton->setToolTip(m_item.starred ? tr("Remove the star (S)") : tr("Star this item (S)"));
    m_readButton->setText(m_item.read ? tr("Mark unread") : tr("Mark read"));
    m_readButton->setToolTip(tr("Toggle read (M)"));
    m_starButton->setEnabled(has);
    m_readButton->setEnabled(has);
    m_followButton->setVisible(has && m_item.kind == u"topic");
    Q_EMIT actionsUpdated(m_item);
}

void ReaderPane::addBarWidget(QWidget *widget)
{
    // After the built-in buttons, before the stretch that pushes "close" right.
    m_bar->insertWidget(m_bar->indexOf(m_followButton) + 1 + int(m_barWidgets.size()), widget);
    m_barWidgets << widget;
}

void ReaderPane::addHeaderWidget(QWidget *widget)
{
    m_headerLayout->addWidget(widget);
    m_headerWidgets << widget;
}

QList<QWidget *> ReaderPane::focusChain() const
{
    QList<QWidget *> chain = QList<QWidget *> { m_openButton, m_starButton, m_readButton, m_followButton }
        + m_barWidgets + QList<QWidget *> { m_closeButton };
    for (QWidget *row : m_headerWidgets) {
        const auto buttons = row->findChildren<QAbstractButton *>();
        chain.append(QList<QWidget *>(buttons.cbegin(), buttons.cend()));
    }
    return chain << m_browser;
}

bool ReaderPane::pageDown()
{
    return m_item.id != 0 && m_browser->pageDown();
}

bool ReaderPane::pageUp()
{
    return m_item.id != 0 && m_browser->pageUp();
}

void ReaderPane::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

bool ReaderPane::isOpenableUrl(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty();
}

bool ReaderPane::openExternally(const QUrl &url)
{
    if (!isOpenableUrl(url)) {
        qCInfo(lcReader) << "refused to open" << url.scheme() << "link";
        return false;
    }
    return m_opener && m_opener(url);
}

void ReaderPane::openInBrowser()
{
    if (m_item.id != 0)
        openExternally(QUrl(m_item.url));
}

void ReaderPane::toggleStarred()
{
    if (m_item.id == 0)
        return;
    if (m_engine.items().setStarred(m_item.id, !m_item.starred)) {
        m_item.starred = !m_item.starred;
        updateActions();
        Q_EMIT itemStateChanged(m_item.id);
    }
}

void ReaderPane::toggleRead()
{
    if (m_item.id == 0)
        return;
    if (m_engine.items().setRead(m_item.id, !m_item.read)) {
        m_item.read = !m_item.read;
        updateActions();
        Q_EMIT itemStateChanged(m_item.id);
    }
}

void ReaderPane::refreshState()
{
    if (m_item.id == 0)
        return;
    if (const std::optional<Item> item = m_engine.items().item(m_item.id)) {
        m_item.read = item->read;
        m_item.starred = item->starred;
        updateActions();
    }
}

void ReaderPane::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT closeRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ReaderPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space) {
            if (key->modifiers() == Qt::NoModifier)
                pageDown();
            else if (key->modifiers() == Qt::ShiftModifier)
                pageUp();
            else
                return false;
            return true;
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            Q_EMIT closeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReaderPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        applyStyle();
}

} // namespace gilde
