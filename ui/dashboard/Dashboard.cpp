#include "Dashboard.h"

#include "core/Engine.h"
#include "core/accounts/Accounts.h"
#include "core/sources/discourse/DiscourseStream.h"
#include "core/sources/discourse/DiscourseWrites.h"
#include "core/sources/discourse/TopicMeta.h"
#include "core/sources/feeds/Subscriptions.h"
#include "core/sources/mastodon/MastodonMarkers.h"
#include "core/store/TimelineStore.h"
#include "core/sync/SyncEngine.h"
#include "core/store/ColumnStore.h"
#include "core/store/ItemStore.h"
#include "core/store/LinkStore.h"
#include "core/store/SourceStore.h"
#include "ui/common/SourceCache.h"
#include "ui/dashboard/AddColumnDialog.h"
#include "ui/dashboard/ColumnHeader.h"
#include "ui/dashboard/ColumnStrip.h"
#include "ui/common/AvatarCache.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/DashboardTabBar.h"
#include "ui/dashboard/PersonEntries.h"
#include "ui/dashboard/PendingPosts.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"
#include "ui/dashboard/ItemNavigator.h"
#include "ui/links/LinkActions.h"

#include <QLoggingCategory>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcDashboard, "gilde.ui.dashboard")

namespace gilde
{

Dashboard::Dashboard(Engine &engine, SourceCache &sources, FeedIconCache *icons, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_sources(sources)
    , m_icons(icons)
    , m_avatars(new AvatarCache(engine.http(), this))
    , m_tabBar(new DashboardTabBar(this))
    , m_stack(new QStackedWidget(this))
    , m_navigator(new ItemNavigator(*this, this))
{
    m_avatars->setSize(AvatarCache::DefaultPx, devicePixelRatioF());
    connect(m_navigator, &ItemNavigator::itemOpened, this, [this](qint64 itemId) {
        // A gap row opened from the keyboard: fetch what is missing there.
        if (itemId < 0) {
            if (ColumnWidget *col = currentColumn())
                col->fillGap(col->model()->rowOf(itemId));
            return;
        }
        Q_EMIT itemOpened(itemId);
    });
    connect(m_navigator, &ItemNavigator::statusMessage, this, &Dashboard::statusMessage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connectTabBar();

    m_links = new LinkActions(engine, *this, sources, this);
    connect(m_links, &LinkActions::itemOpened, this, &Dashboard::itemOpened);
    connect(m_links, &LinkActions::statusMessage, this, &Dashboard::statusMessage);
    // Signing in to a forum, or out, offers or withdraws "New topic…" in its categories' columns.
    connect(&m_engine.accounts(), &Accounts::accountsChanged, this, &Dashboard::updateForumColumns);
    // Read on another client of the account (its read marker): read here too.
    connect(&m_engine.markers(), &MastodonMarkers::readChanged, this, &Dashboard::readElsewhere);
}

Dashboard::~Dashboard() = default;

void Dashboard::load(qint64 tabId)
{
    m_loading = true;
    while (m_tabBar->count() > 0)
        m_tabBar->removeTab(0);
    qDeleteAll(m_strips);
    m_strips.clear();
    m_columns.clear();

    QList<Tab> tabs = m_engine.columns().tabs();
    if (tabs.isEmpty()) {
        const qint64 id = m_engine.columns().addTab(tr("Home"));
        if (id)
            tabs = m_engine.columns().tabs();
    }
    int current = 0;
    for (const Tab &tab : std::as_const(tabs)) {
        const int index = m_tabBar->addTab(tab.title);
        m_tabBar->setTabData(index, tab.id);
        ColumnStrip *strip = makeStrip(tab.id);
        const QList<Column> columns = m_engine.columns().columns(tab.id);
        for (const Column &c : columns)
            strip->insertColumn(strip->count(), makeColumn(c));
        renumber(tab.id);
        updateStripEmptyText(strip);
        if (tab.id == tabId)
            current = index;
    }
    m_loading = false;
    m_tabBar->setCurrentIndex(current);
    tabChanged(current);
}

ColumnStrip *Dashboard::makeStrip(qint64 tabId)
{
    auto *strip = new ColumnStrip(m_stack);
    strip->setObjectName(QStringLiteral("tab-%1").arg(tabId));
    m_stack->addWidget(strip);
    m_strips.insert(tabId, strip);
    connect(strip, &ColumnStrip::visibleAreaChanged, this, [this, tabId] {
        if (tabId == currentTabId())
            loadVisibleColumns(false);
    });
    connect(strip, &ColumnStrip::columnDropped, this,
        [this, tabId](qint64 columnId, int index) { dropped(tabId, columnId, index); });
    return strip;
}

bool Dashboard::canStartTopic(qint64 sourceId) const
{
    const auto source = sourceId > 0 ? m_engine.sources().byId(sourceId) : std::nullopt;
    if (!source)
        return false;
    ForumDraft draft;
    return discourse::makeTopic(draft, *source, nullptr)
        && discourse::accountFor(m_engine.accounts().ofKind(QStringLiteral("discourse")), *source) > 0;
}

void Dashboard::updateForumColumns()
{
    for (ColumnWidget *col : std::as_const(m_columns))
        col->setCanStartTopic(canStartTopic(col->column().spec.sourceId));
}

ColumnWidget *Dashboard::makeColumn(const Column &c)
{
    auto *col = new ColumnWidget(c, m_engine.items(), m_sources, m_icons);
    col->model()->setAvatars(m_avatars);
    const qint64 id = c.id;
    m_columns.insert(id, col);
    m_links->attach(col);
    if (PersonEntries *person = PersonEntries::attachTo(m_engine, col))
        connect(person, &PersonEntries::statusMessage, this, &Dashboard::statusMessage);
    PendingPosts::attachTo(m_engine, col);
    connect(col, &ColumnWidget::edited, this, [this, col] { persist(col); });
    connect(col, &ColumnWidget::moveRequested, this, [this, col](int delta) {
        ColumnStrip *s = m_strips.value(col->column().tabId);
        if (s)
            moveColumn(col->columnId(), 0, s->indexOf(col) + delta);
    });
    connect(col, &ColumnWidget::removeRequested, this, [this, id] { removeColumn(id); });
    connect(col, &ColumnWidget::refreshRequested, this, [this, col] {
        const QList<qint64> ids = col->sourceIds();
        if (ids.isEmpty())
            Q_EMIT statusMessage(tr("This column has no feeds to refresh."));
        else
            Q_EMIT refreshRequested(ids);
    });
    connect(col, &ColumnWidget::focused, this, [this, col] { setCurrentColumn(col); });
    connect(col, &ColumnWidget::gapFillRequested, this, [this](qint64 sourceId) {
        if (!m_online)
            Q_EMIT statusMessage(tr("The missing posts are fetched when you are online."));
        else
            m_engine.sync().fillGaps({ sourceId });
    });
    connect(col, &ColumnWidget::olderRequested, this,
        [this](qint64 sourceId) { m_engine.sync().fetchOlder({ sourceId }); });
    connect(col, &ColumnWidget::newTopicRequested, this, &Dashboard::newTopicRequested);
    col->setCanStartTopic(canStartTopic(c.spec.sourceId));
    if (c.spec.kind == StreamSpec::Kind::Source) {
        const TimelineState timeline = m_engine.timelines().state(c.spec.sourceId);
        if (!timeline.isEmpty())
            col->model()->setTimeline(timeline);
        col->model()->setOnline(m_online);
    }
    connect(col, &ColumnWidget::itemOpened, this, [this, col](qint64 itemId) {
        setCurrentColumn(col);
        Q_EMIT itemOpened(itemId);
    });
    connect(col, &ColumnWidget::itemStateChanged, this, [this, col](qint64 itemId, bool read, bool starred) {
        const int row = col->model()->rowOf(itemId);
        const Item *item = col->model()->itemAt(row);
        broadcastState(col, itemId, item ? item->sourceId : 0, read, starred);
    });
    connect(col, &ColumnWidget::bulkStateChanged, this, [this, col] {
        for (ColumnWidget *other : std::as_const(m_columns)) {
            if (other != col && other->isLoaded()) {
                other->model()->refreshStates();
                other->scheduleUnreadCount();
            }
        }
    });
    return col;
}

qint64 Dashboard::addColumn(const QString &title, const StreamSpec &spec, qint64 tabId, int width)
{
    const qint64 tab = tabId ? tabId : currentTabId();
    ColumnStrip *strip = m_strips.value(tab);
    if (!strip)
        return 0;
    Column c;
    c.tabId = tab;
    c.position = strip->count();
    c.title = title.trimmed().isEmpty() ? tr("Column") : title.trimmed();
    c.spec = spec;
    c.width = width;
    c.id = m_engine.columns().addColumn(c);
    if (!c.id) {
        Q_EMIT statusMessage(tr("Could not save the new column."));
        return 0;
    }
    ColumnWidget *col = makeColumn(c);
    strip->insertColumn(strip->count(), col);
    renumber(tab);
    if (tab == currentTabId()) {
        loadColumn(col);
        col->scheduleUnreadCount(0);
        setCurrentColumn(col);
        strip->ensureColumnVisible(col);
    }
    Q_EMIT focusOrderChanged();
    return c.id;
}

qint64 Dashboard::followTopic(qint64 itemId)
{
    const std::optional<Item> item = m_engine.items().item(itemId);
    const std::optional<Source> source = item ? m_engine.sources().byId(item->sourceId) : std::nullopt;
    const qint64 topicId = item ? TopicMeta::fromJson(item->meta).topicId : 0;
    const QUrl forum = source ? discourse::forumOf(*source) : QUrl();
    if (!item || item->kind != u"topic" || topicId <= 0 || forum.isEmpty()) {
        Q_EMIT statusMessage(tr("Only a forum topic can be followed in a column."));
        return 0;
    }
    const qint64 followed = m_engine.subscriptions().subscribe(
        DiscourseStream::ofTopic(forum, topicId).apiUrl(), item->title, source->folder, QStringLiteral("discourse"));
    if (followed <= 0) {
        Q_EMIT statusMessage(tr("Could not follow the topic."));
        return 0;
    }
    return showSourceColumn(followed, item->title);
}

qint64 Dashboard::showSourceColumn(qint64 sourceId, const QString &title)
{
    for (ColumnWidget *col : std::as_const(m_columns)) {
        if (col->column().spec.kind == StreamSpec::Kind::Source && col->column().spec.sourceId == sourceId) {
            setCurrentTab(col->column().tabId);
            setCurrentColumn(col);
            if (ColumnStrip *strip = m_strips.value(col->column().tabId))
                strip->ensureColumnVisible(col);
            return col->column().id;
        }
    }
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Source;
    spec.sourceId = sourceId;
    const qint64 column = addColumn(title, spec);
    m_engine.sync().refresh({ sourceId });
    return column;
}

void Dashboard::promptAddColumn()
{
    AddColumnDialog dialog(m_sources, m_engine.sources().folders(), this);
    dialog.setTags(m_engine.links().tags());
    if (const ColumnWidget *cur = currentColumn(); cur && cur->column().spec.kind == StreamSpec::Kind::Source)
        dialog.setSourceId(cur->column().spec.sourceId);
    if (dialog.exec() != QDialog::Accepted || !dialog.isComplete())
        return;
    addColumn(dialog.title(), dialog.spec());
}

qint64 Dashboard::addSearchColumn(const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return 0;
    for (ColumnWidget *col : columns()) {
        const StreamSpec &s = col->column().spec;
        if (s.kind == StreamSpec::Kind::Search && s.query == q) {
            setCurrentColumn(col);
            strip()->ensureColumnVisible(col);
            col->view()->setFocus();
            return col->columnId();
        }
    }
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Search;
    spec.query = q;
    const qint64 id = addColumn(tr("Search: %1").arg(q), spec);
    if (ColumnWidget *col = column(id))
        col->view()->setFocus();
    return id;
}

bool Dashboard::removeColumn(qint64 columnId)
{
    ColumnWidget *col = m_columns.value(columnId);
    if (!col)
        return false;
    if (!m_engine.columns().removeColumn(columnId)) {
        Q_EMIT statusMessage(tr("Could not remove the column."));
        return false;
    }
    const qint64 tab = col->column().tabId;
    ColumnStrip *s = m_strips.value(tab);
    const int index = s ? s->indexOf(col) : -1;
    m_columns.remove(columnId);
    if (s)
        s->takeColumn(col);
    if (m_current == col)
        setCurrentColumn(s ? s->columnAt(qMin(index, s->count() - 1)) : nullptr);
    // Later, as the request may come from the column's own menu; and owned
    // here meanwhile, so it never outlives the dashboard.
    col->retire();
    col->setParent(this);
    col->deleteLater();
    renumber(tab);
    Q_EMIT focusOrderChanged();
    return true;
}

bool Dashboard::moveColumn(qint64 columnId, qint64 tabId, int position)
{
    ColumnWidget *col = m_columns.value(columnId);
    if (!col)
        return false;
    const qint64 from = col->column().tabId;
    const qint64 to = tabId ? tabId : from;
    ColumnStrip *src = m_strips.value(from);
    ColumnStrip *dst = m_strips.value(to);
    if (!src || !dst)
        return false;
    const bool same = from == to;
    const int index = src->indexOf(col);
    if (same && (position < 0 || position >= src->count()))
        return false; // the edge: nothing to do
    position = qBound(0, position, same ? src->count() - 1 : dst->count());
    if (same && position == index)
        return true;
    if (!m_engine.columns().moveColumn(columnId, to, position)) {
        Q_EMIT statusMessage(tr("Could not save the new place of the column."));
        return false;
    }
    const bool hadFocus = col->view()->hasFocus();
    if (same) {
        src->moveColumn(index, position);
    } else {
        src->takeColumn(col);
        dst->insertColumn(position, col);
        renumber(from);
        if (to == currentTabId())
            loadColumn(col);
        if (m_current == col && to != currentTabId())
            setCurrentColumn(src->columnAt(qMin(index, src->count() - 1)));
    }
    renumber(to);
    Q_EMIT focusOrderChanged();
    if (to == currentTabId()) {
        dst->ensureColumnVisible(col);
        if (hadFocus || m_current == col) {
            setCurrentColumn(col);
            col->view()->setFocus();
        }
    }
    return true;
}

void Dashboard::dropped(qint64 tabId, qint64 columnId, int index)
{
    ColumnWidget *col = m_columns.value(columnId);
    ColumnStrip *s = m_strips.value(tabId);
    if (!col || !s)
        return;
    int position = index;
    if (col->column().tabId == tabId) {
        const int from = s->indexOf(col);
        position = index > from ? index - 1 : index;
    }
    moveColumn(columnId, tabId, position);
}

void Dashboard::renumber(qint64 tabId)
{
    ColumnStrip *s = m_strips.value(tabId);
    if (!s)
        return;
    const int n = s->count();
    for (int i = 0; i < n; ++i) {
        s->columnAt(i)->setPosition(tabId, i);
        s->columnAt(i)->setMovable(i > 0, i < n - 1);
    }
}

void Dashboard::persist(ColumnWidget *column)
{
    if (!m_engine.columns().updateColumn(column->column()))
        Q_EMIT statusMessage(tr("Could not save the column “%1”.").arg(column->column().title));
}

ColumnWidget *Dashboard::column(qint64 columnId) const
{
    return m_columns.value(columnId);
}

QList<ColumnWidget *> Dashboard::columns(qint64 tabId) const
{
    ColumnStrip *s = strip(tabId);
    return s ? s->columns() : QList<ColumnWidget *>();
}

ColumnStrip *Dashboard::strip(qint64 tabId) const
{
    return m_strips.value(tabId ? tabId : currentTabId());
}

QList<QWidget *> Dashboard::focusChain() const
{
    QList<QWidget *> chain;
    for (const ColumnWidget *col : columns())
        chain += col->focusChain();
    return chain;
}

ColumnWidget *Dashboard::currentColumn() const
{
    if (m_current && m_current->column().tabId == currentTabId())
        return m_current;
    ColumnStrip *s = strip();
    return s ? s->columnAt(0) : nullptr;
}

void Dashboard::setCurrentColumn(ColumnWidget *column)
{
    if (m_current == column)
        return;
    if (m_current)
        m_current->setActive(false);
    m_current = column;
    if (column)
        column->setActive(true);
}

void Dashboard::focusNeighbour(int delta)
{
    ColumnStrip *s = strip();
    ColumnWidget *cur = currentColumn();
    if (!s || !cur)
        return;
    ColumnWidget *next = s->columnAt(qBound(0, s->indexOf(cur) + delta, s->count() - 1));
    if (!next)
        return;
    setCurrentColumn(next);
    loadColumn(next);
    s->ensureColumnVisible(next);
    next->view()->setFocus(Qt::ShortcutFocusReason);
    // The view's model: a links column shows links, not its (empty) item model.
    QAbstractItemModel *model = next->view()->model();
    if (!next->view()->currentIndex().isValid() && model->rowCount() > 0)
        next->view()->setCurrentIndex(model->index(next->view()->firstVisibleIndex().row(), 0));
}

void Dashboard::moveCurrentColumn(int delta)
{
    ColumnWidget *cur = currentColumn();
    ColumnStrip *s = strip();
    if (cur && s)
        moveColumn(cur->columnId(), 0, s->indexOf(cur) + delta);
}

void Dashboard::startDeferredWork()
{
    if (m_deferredStarted)
        return;
    m_deferredStarted = true;
    int delay = 0;
    for (ColumnWidget *col : columns()) {
        if (col->isLoaded())
            col->scheduleUnreadCount(delay += 15);
    }
    QTimer::singleShot(0, this, &Dashboard::loadNextPending);
}

void Dashboard::loadColumn(ColumnWidget *column)
{
    if (column->isLoaded())
        return;
    column->load();
    column->setRefreshing(m_refreshing);
    if (m_deferredStarted)
        column->scheduleUnreadCount(60);
}

void Dashboard::loadNextPending()
{
    // One column per turn of the event loop, so input stays responsive.
    for (ColumnWidget *col : columns()) {
        if (!col->isLoaded()) {
            loadColumn(col);
            QTimer::singleShot(0, this, &Dashboard::loadNextPending);
            return;
        }
    }
}

void Dashboard::loadVisibleColumns(bool all)
{
    ColumnStrip *s = strip();
    if (!s)
        return;
    // Before the first layout the strip has no width: the window's will do.
    const int avail
        = s->viewport()->width() > 50 && s->isVisible() ? s->viewport()->width() : window()->width();
    const int from = s->horizontalScrollBar()->value();
    int x = 8;
    for (ColumnWidget *col : s->columns()) {
        const int w = col->column().width;
        if (all || (x < from + avail && x + w > from))
            loadColumn(col);
        x += w + 8;
    }
}

} // namespace gilde
