#include "ColumnWidget.h"

#include "core/sources/discourse/DiscourseStream.h"
#include "core/sources/mastodon/MastodonTimeline.h"
#include "ui/dashboard/MastodonColumnMenu.h"
#include "core/store/ItemStore.h"
#include "ui/common/SourceCache.h"
#include "ui/common/Theme.h"
#include "ui/dashboard/ColumnHeader.h"
#include "ui/dashboard/ColumnMime.h"
#include "ui/dashboard/ItemDelegate.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"
#include "ui/links/LinkColumnBody.h"

#include <QDrag>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace gilde
{

/// The right edge of a column: drag it to change the column's width.
class ColumnWidget::Grip : public QWidget
{
public:
    explicit Grip(ColumnWidget *column)
        : QWidget(column)
        , m_column(column)
    {
        setCursor(Qt::SizeHorCursor);
        setToolTip(ColumnWidget::tr("Drag to resize the column"));
    }

protected:
    void mousePressEvent(QMouseEvent *e) override
    {
        if (e->button() != Qt::LeftButton)
            return;
        m_startX = e->globalPosition().toPoint().x();
        m_startWidth = m_column->width();
        m_dragging = true;
    }
    void mouseMoveEvent(QMouseEvent *e) override
    {
        if (!m_dragging)
            return;
        const int w = m_startWidth + e->globalPosition().toPoint().x() - m_startX;
        m_column->setFixedWidth(qBound(MinWidth, w, MaxWidth));
    }
    void mouseReleaseEvent(QMouseEvent *) override
    {
        if (!m_dragging)
            return;
        m_dragging = false;
        m_column->setColumnWidth(m_column->width());
    }
    void paintEvent(QPaintEvent *) override
    {
        if (!underMouse() && !m_dragging)
            return;
        QPainter p(this);
        p.fillRect(QRect(width() - 3, 0, 3, height()), Theme::unread(palette()));
    }
    void enterEvent(QEnterEvent *) override { update(); }
    void leaveEvent(QEvent *) override { update(); }

private:
    ColumnWidget *m_column;
    int m_startX = 0;
    int m_startWidth = 0;
    bool m_dragging = false;
};

ColumnWidget::ColumnWidget(
    const Column &column, ItemStore &items, SourceCache &sources, FeedIconCache *icons, QWidget *parent)
    : QWidget(parent)
    , m_column(column)
    , m_items(items)
    , m_sources(sources)
    , m_header(new ColumnHeader(this))
    , m_errorLine(new QLabel(this))
    , m_view(new ItemListView(this))
    , m_model(new ItemListModel(items, sources, icons, this))
    , m_grip(new Grip(this))
    , m_menu(new QMenu(this))
    , m_unreadTimer(new QTimer(this))
    , m_newerTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("column-%1").arg(column.id));
    setFixedWidth(qBound(MinWidth, column.width, MaxWidth));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_errorLine);
    layout->addWidget(m_view, 1);

    m_errorLine->setWordWrap(false);
    m_errorLine->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_errorLine->setContentsMargins(10, 5, 10, 5);
    m_errorLine->setAutoFillBackground(true);
    m_errorLine->hide();

    m_view->setItemDelegate(new ItemDelegate(m_view));
    m_view->setModel(m_model);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(column.title);

    m_header->setTitle(column.title);
    m_header->menuButton()->setMenu(m_menu);
    buildMenu();
    refreshHint();

    m_unreadTimer->setSingleShot(true);
    connect(m_unreadTimer, &QTimer::timeout, this, &ColumnWidget::countUnread);
    m_newerTimer->setSingleShot(true);
    m_newerTimer->setInterval(400);
    connect(m_newerTimer, &QTimer::timeout, this, [this] {
        if (m_model->isLoaded())
            m_model->insertNewer();
    });

    connect(m_header, &ColumnHeader::dragStartRequested, this, &ColumnWidget::startDrag);
    connect(m_header, &ColumnHeader::renameRequested, this, &ColumnWidget::promptRename);
    connect(m_header, &ColumnHeader::clicked, m_view, [this] { m_view->setFocus(Qt::MouseFocusReason); });
    connect(m_view, &ItemListView::focused, this, &ColumnWidget::focused);
    connect(m_view, &ItemListView::activatedItem, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        if (m_model->isGap(index.row()))
            fillGap(index.row());
        else
            Q_EMIT itemOpened(index.data(ItemListModel::ItemIdRole).toLongLong());
    });
    connect(m_view, &ItemListView::endReached, this, [this] {
        if (!m_model->hasOlderOnServer() || m_model->isOlderPending())
            return;
        m_model->setOlderPending(true);
        Q_EMIT olderRequested(m_column.spec.sourceId);
    });
    connect(m_model, &ItemListModel::contentChanged, this, [this] {
        scheduleUnreadCount();
        updateEmptyText();
    });
    connect(m_model, &ItemListModel::itemStateChanged, this, &ColumnWidget::itemStateChanged);
}

ColumnWidget::~ColumnWidget() = default;

void ColumnWidget::fillGap(int row)
{
    if (!m_model->isGap(row))
        return;
    m_model->setGapFilling(row);
    Q_EMIT gapFillRequested(m_column.spec.sourceId);
}

void ColumnWidget::buildMenu()
{
    m_menu->addAction(tr("Rename…"), this, &ColumnWidget::promptRename);
    m_unreadOnlyAction = m_menu->addAction(tr("Unread only"), this, &ColumnWidget::toggleUnreadOnly);
    m_unreadOnlyAction->setCheckable(true);
    m_unreadOnlyAction->setChecked(m_column.spec.unreadOnly);
    m_unreadOnlyAction->setVisible(m_column.spec.kind != StreamSpec::Kind::Unread);
    m_itemActions << m_unreadOnlyAction;
    m_itemActions << m_menu->addAction(tr("Mute words…"), this, &ColumnWidget::promptMuteWords);
    if (const auto timeline = this->timeline()) {
        m_mastodonMenu = new MastodonColumnMenu(*m_menu, *timeline, m_column.spec, this);
        connect(m_mastodonMenu, &MastodonColumnMenu::specEdited, this, &ColumnWidget::setSpec);
    }
    m_itemActions << m_menu->addSeparator();
    m_itemActions << m_menu->addAction(tr("Refresh this column"), this, &ColumnWidget::refreshRequested);
    m_itemActions << m_menu->addAction(tr("Mark all read"), this, &ColumnWidget::markAllRead);
    m_newTopicAction = m_menu->addAction(tr("New topic…"), this, [this] { Q_EMIT newTopicRequested(m_column.spec.sourceId); });
    m_keepOfflineAction = m_menu->addAction(tr("Keep threads offline"), this, [this](bool on) {
        StreamSpec spec = m_column.spec;
        spec.keepOffline = on;
        setSpec(spec);
        if (on) // fetched with the next refresh: that is now
            Q_EMIT refreshRequested();
    });
    m_keepOfflineAction->setCheckable(true);
    m_keepOfflineAction->setChecked(m_column.spec.keepOffline);
    m_keepOfflineAction->setToolTip(tr("Fetch the whole thread of every topic here, to read them without a network"));
    {
        const Source *source = this->source();
        const auto stream = source && source->kind == u"discourse" ? DiscourseStream::fromSourceUrl(source->url) : std::nullopt;
        m_keepOfflineAction->setVisible(stream && stream->listsTopics());
    }
    m_newTopicAction->setVisible(false);
    m_menu->addSeparator();
    m_moveLeftAction = m_menu->addAction(tr("Move left"), this, [this] { Q_EMIT moveRequested(-1); });
    m_moveRightAction = m_menu->addAction(tr("Move right"), this, [this] { Q_EMIT moveRequested(+1); });
    m_menu->addSeparator();
    m_menu->addAction(tr("Remove column"), this, &ColumnWidget::removeRequested);
}

void ColumnWidget::setCanStartTopic(bool can)
{
    m_newTopicAction->setVisible(can && m_column.spec.sourceId > 0);
}

const Source *ColumnWidget::source() const
{
    return m_column.spec.kind == StreamSpec::Kind::Source ? m_sources.source(m_column.spec.sourceId) : nullptr;
}

std::optional<MastodonTimeline> ColumnWidget::timeline() const
{
    const Source *source = this->source();
    return source && source->kind == u"mastodon" ? MastodonTimeline::fromSourceUrl(source->url) : std::nullopt;
}

void ColumnWidget::setLinkBody(LinkColumnBody *body)
{
    m_linkBody = body;
    for (QAction *a : std::as_const(m_itemActions))
        a->setVisible(false);
    m_header->setUnreadCount(-1);
    refreshHint();
}

void ColumnWidget::insertBelowHeader(QWidget *widget)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_header) + 1, widget);
    m_bars.prepend(widget);
}

QList<QWidget *> ColumnWidget::focusChain() const
{
    QList<QWidget *> chain { m_header->menuButton() };
    for (QWidget *bar : m_bars) {
        // A bar of several controls (queued posts' buttons) offers each.
        if (bar->focusPolicy() != Qt::NoFocus) {
            chain << bar;
            continue;
        }
        for (QWidget *child : bar->findChildren<QWidget *>()) {
            if (child->focusPolicy() & Qt::TabFocus)
                chain << child;
        }
    }
    return chain << m_view;
}

void ColumnWidget::setPosition(qint64 tabId, int position)
{
    m_column.tabId = tabId;
    m_column.position = position;
}

void ColumnWidget::setMovable(bool left, bool right)
{
    m_moveLeftAction->setEnabled(left);
    m_moveRightAction->setEnabled(right);
}

void ColumnWidget::setTitle(const QString &title)
{
    const QString t = title.trimmed();
    if (t.isEmpty() || t == m_column.title)
        return;
    m_column.title = t;
    m_header->setTitle(t);
    m_view->setAccessibleName(t);
    Q_EMIT edited();
}

void ColumnWidget::setSpec(const StreamSpec &spec)
{
    if (spec == m_column.spec)
        return;
    m_column.spec = spec;
    m_unreadOnlyAction->setChecked(spec.unreadOnly);
    m_unreadOnlyAction->setVisible(spec.kind != StreamSpec::Kind::Unread && !m_linkBody);
    if (m_mastodonMenu)
        m_mastodonMenu->setSpec(spec);
    refreshHint();
    if (m_linkBody)
        m_linkBody->setSpec(spec);
    else if (m_model->isLoaded())
        m_model->setSpec(spec);
    updateErrorLine();
    Q_EMIT edited();
}

void ColumnWidget::setColumnWidth(int width)
{
    const int w = qBound(MinWidth, width, MaxWidth);
    setFixedWidth(w);
    if (w == m_column.width)
        return;
    m_column.width = w;
    Q_EMIT edited();
}

void ColumnWidget::load()
{
    if (m_linkBody) {
        m_linkBody->load();
        updateEmptyText();
        return;
    }
    if (m_model->isLoaded())
        return;
    m_model->setSpec(m_column.spec);
    updateErrorLine();
}

bool ColumnWidget::isLoaded() const
{
    return m_linkBody ? m_linkBody->isLoaded() : m_model->isLoaded();
}

void ColumnWidget::scheduleNewer()
{
    if (!m_newerTimer->isActive())
        m_newerTimer->start();
}

void ColumnWidget::scheduleUnreadCount(int delayMs)
{
    if (!m_model->isLoaded() || m_linkBody)
        return;
    // Debounced: a refresh round or a burst of j/k presses costs one count.
    if (!m_unreadTimer->isActive() || m_unreadTimer->remainingTime() > delayMs)
        m_unreadTimer->start(delayMs);
}

void ColumnWidget::countUnread()
{
    m_header->setUnreadCount(m_items.unreadCount(m_column.spec));
}

int ColumnWidget::unreadCount() const
{
    return m_header->unreadCount();
}

void ColumnWidget::setRefreshing(bool refreshing)
{
    m_refreshing = refreshing;
    updateEmptyText();
}

void ColumnWidget::setActive(bool active)
{
    m_header->setActive(active);
}

QList<qint64> ColumnWidget::sourceIds() const
{
    return m_sources.sourcesOf(m_column.spec);
}

void ColumnWidget::refreshHint()
{
    const StreamSpec &s = m_column.spec;
    QString hint;
    if (m_linkBody) {
        m_header->setHint(m_linkBody->hint());
        m_header->setToolTip(tr("%1\nDrag to move; double-click to rename").arg(m_column.title));
        return;
    }
    switch (s.kind) {
    case StreamSpec::Kind::Source:
        if (const Source *src = m_sources.source(s.sourceId))
            hint = src->siteUrl.host().isEmpty() ? src->url.host() : src->siteUrl.host();
        break;
    case StreamSpec::Kind::Folder:
    case StreamSpec::Kind::All: {
        const int n = int(m_sources.sourcesOf(s).size());
        hint = tr("%n feed(s)", nullptr, n);
        break;
    }
    case StreamSpec::Kind::Search:
        hint = QStringLiteral("“%1”").arg(s.query);
        break;
    case StreamSpec::Kind::Unread:
    case StreamSpec::Kind::Starred:
    case StreamSpec::Kind::Links:
        break;
    }
    if (s.unreadOnly && s.kind != StreamSpec::Kind::Unread)
        hint = hint.isEmpty() ? tr("unread") : tr("%1 · unread").arg(hint);
    const auto add = [&hint](const QString &part) { hint = hint.isEmpty() ? part : tr("%1 · %2").arg(hint, part); };
    if (s.hideBoosts)
        add(tr("no boosts"));
    if (s.hideReplies)
        add(tr("no replies"));
    if (const int hidden = int(s.hiddenNotifications.size()); hidden > 0)
        add(tr("%n kind(s) hidden", nullptr, hidden));
    if (const int muted = int(s.muteWords.size()); muted > 0)
        hint
            = hint.isEmpty() ? tr("%n muted", nullptr, muted) : tr("%1 · %n muted", nullptr, muted).arg(hint);
    m_header->setHint(hint);
    m_header->setToolTip(tr("%1\nDrag to move; double-click to rename").arg(m_column.title));
}

void ColumnWidget::updateErrorLine()
{
    refreshHint();
    // A search reads the cache: a feed failing now does not change its answer.
    const QList<const Source *> failing = m_column.spec.kind == StreamSpec::Kind::Search
        ? QList<const Source *>()
        : m_sources.failing(m_column.spec);
    if (failing.isEmpty()) {
        m_errorLine->hide();
        updateEmptyText();
        return;
    }
    const QPalette &pal = palette();
    QPalette linePal = m_errorLine->palette();
    linePal.setColor(QPalette::Window, Theme::errorBackground(pal));
    linePal.setColor(QPalette::WindowText, Theme::error(pal));
    m_errorLine->setPalette(linePal);
    const int total = int(m_sources.sourcesOf(m_column.spec).size());
    const QString first = failing.first()->lastError;
    QString text = failing.size() == 1 && total == 1
        ? QStringLiteral("⚠ %1").arg(first)
        : tr("⚠ %1 of %n feed(s) failed · %2", nullptr, total).arg(failing.size()).arg(first);
    m_errorLine->setText(m_errorLine->fontMetrics().elidedText(text, Qt::ElideRight, width() - 24));
    QStringList lines;
    for (const Source *s : failing.mid(0, 15))
        lines << QStringLiteral("%1: %2").arg(SourceCache::displayName(*s), s->lastError);
    if (failing.size() > 15)
        lines << tr("…and %n more", nullptr, int(failing.size() - 15));
    m_errorLine->setToolTip(lines.join(QLatin1Char('\n')));
    m_errorLine->show();
    updateEmptyText();
}

void ColumnWidget::updateEmptyText()
{
    if (m_linkBody) {
        const bool empty = m_linkBody->isLoaded() && m_view->model()->rowCount() == 0;
        m_view->setEmptyText(empty ? m_linkBody->emptyText() : QString());
        return;
    }
    if (!m_model->isLoaded() || m_model->rowCount() > 0) {
        m_view->setEmptyText({});
        return;
    }
    const StreamSpec &s = m_column.spec;
    const QList<qint64> sources = m_sources.sourcesOf(s);
    const QList<const Source *> failing = m_sources.failing(s);
    // Whether any of its feeds ever answered: before that, "nothing unread"
    // would be a strange thing to say.
    bool everFetched = false;
    for (qint64 id : sources) {
        const Source *src = m_sources.source(id);
        everFetched = everFetched || (src && src->lastSuccessMs > 0);
    }
    QString text;
    if (s.kind == StreamSpec::Kind::Search)
        text = tr("No matches for “%1”.").arg(s.query);
    else if (s.kind == StreamSpec::Kind::Starred)
        text = tr("No starred items yet.\nPress S on an item to keep it here.");
    else if (m_sources.size() == 0)
        text = tr("No feeds yet.\nAdd one with “Add feed…” (Ctrl+N).");
    else if (s.kind == StreamSpec::Kind::Source && sources.isEmpty())
        text = tr("This feed is no longer subscribed.");
    else if (s.kind == StreamSpec::Kind::Folder && sources.isEmpty())
        text = tr("The folder “%1” has no feeds.").arg(s.folder);
    else if (!everFetched && m_sources.isOffline())
        text = tr("No items yet — they come in when Gilde is online.");
    else if (!everFetched && !failing.isEmpty() && failing.size() == sources.size())
        text = tr("No items yet.\n%1").arg(failing.first()->lastError);
    else if (!everFetched && m_refreshing)
        text = tr("No items yet — refreshing…");
    else if (s.unreadOnly || s.kind == StreamSpec::Kind::Unread)
        text = tr("Nothing unread — you are all caught up.");
    else if (m_refreshing)
        text = tr("No items yet — refreshing…");
    else
        text = tr("No items yet.\nPress F5 to refresh.");
    m_view->setEmptyText(text);
}

void ColumnWidget::promptRename()
{
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("Rename column"), tr("Title:"), QLineEdit::Normal, m_column.title, &ok);
    if (ok)
        setTitle(title);
}

void ColumnWidget::promptMuteWords()
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Mute words"));
    dialog.setLabelText(tr("Hide items whose title or text contains any of these words (one per line):"));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(m_column.spec.muteWords.join(QLatin1Char('\n')));
    // Qt gives its multi-line field no name for a screen reader to say.
    if (auto *field = dialog.findChild<QPlainTextEdit *>())
        field->setAccessibleName(tr("Mute words"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.textValue();
    StreamSpec spec = m_column.spec;
    spec.muteWords.clear();
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString w = line.trimmed();
        if (!w.isEmpty() && !spec.muteWords.contains(w, Qt::CaseInsensitive))
            spec.muteWords << w;
    }
    setSpec(spec);
}

void ColumnWidget::toggleUnreadOnly()
{
    StreamSpec spec = m_column.spec;
    spec.unreadOnly = !spec.unreadOnly;
    setSpec(spec);
}

int ColumnWidget::markAllRead()
{
    const int n = m_model->markAllRead();
    m_header->setUnreadCount(0);
    scheduleUnreadCount();
    Q_EMIT bulkStateChanged();
    return n;
}

void ColumnWidget::retire()
{
    m_unreadTimer->stop();
    m_newerTimer->stop();
    m_unreadTimer->disconnect(this);
    m_newerTimer->disconnect(this);
    m_model->disconnect(this);
    if (m_linkBody)
        m_linkBody->retire();
    hide();
}

QPixmap ColumnWidget::dragPixmap() const
{
    const qreal dpr = devicePixelRatioF();
    const QSize size(qMin(width(), 260), m_header->height());
    QPixmap pm(size * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(1, 1, size.width() - 2, size.height() - 2), 7, 7);
    p.setClipPath(path);
    p.setOpacity(0.92);
    m_header->render(&p, QPoint(), QRegion(QRect(QPoint(), size)), QWidget::DrawChildren);
    p.setClipping(false);
    p.setOpacity(1);
    p.setPen(QPen(Theme::unread(palette()), 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    return pm;
}

void ColumnWidget::startDrag()
{
    auto *drag = new QDrag(this);
    drag->setMimeData(ColumnMime::encode(m_column.id));
    drag->setPixmap(dragPixmap());
    drag->setHotSpot(QPoint(24, m_header->height() / 2));
    Q_EMIT dragStarted(m_column.id);
    drag->exec(Qt::MoveAction);
}

void ColumnWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Theme::border(palette()));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void ColumnWidget::resizeEvent(QResizeEvent *)
{
    m_grip->setGeometry(width() - 6, 0, 6, height());
    m_grip->raise();
}

} // namespace gilde
