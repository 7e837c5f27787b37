#include "LinkActions.h"

#include "core/Engine.h"
#include "core/links/LinkLibrary.h"
#include "core/links/UrlNormalizer.h"
#include "core/store/ItemStore.h"
#include "core/store/LinkStore.h"
#include "ui/common/SourceCache.h"
#include "ui/dashboard/ColumnStrip.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/Dashboard.h"
#include "ui/dashboard/ItemListModel.h"
#include "ui/dashboard/ItemListView.h"
#include "ui/dashboard/ItemNavigator.h"
#include "ui/links/LinkColumnBody.h"
#include "ui/links/LinkListModel.h"
#include "ui/links/SaveLinkPopup.h"
#include "ui/reader/ReaderBrowser.h"
#include "ui/reader/ReaderPane.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace gilde
{

LinkActions::LinkActions(Engine &engine, Dashboard &dashboard, SourceCache &sources, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_dashboard(dashboard)
    , m_sources(sources)
    , m_savedTimer(new QTimer(this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_savedTimer->setSingleShot(true);
    m_savedTimer->setInterval(0);
    connect(m_savedTimer, &QTimer::timeout, this, &LinkActions::refreshSavedMarks);
    connect(&engine.library(), &LinkLibrary::linksChanged, m_savedTimer, qOverload<>(&QTimer::start));
    connect(dashboard.navigator(), &ItemNavigator::saveLinkRequested, this, &LinkActions::saveFromColumn);
}

SaveLinkPopup *LinkActions::popup() const
{
    return m_popup;
}

std::optional<LinkDraft> LinkActions::draftFor(const QUrl &url) const
{
    const QUrl normal = normalizeUrl(url);
    const auto it
        = m_drafts.constFind(normal.isEmpty() ? url.toString() : normal.toString(QUrl::FullyEncoded));
    if (it == m_drafts.constEnd())
        return std::nullopt;
    return *it;
}

QWidget *LinkActions::window() const
{
    return m_dashboard.window();
}

void LinkActions::attach(ColumnWidget *column)
{
    if (column->column().spec.kind == StreamSpec::Kind::Links) {
        auto *body = new LinkColumnBody(column, m_engine.library(), m_engine.links());
        column->setLinkBody(body);
        connect(body, &LinkColumnBody::openRequested, this, &LinkActions::openLink);
        connect(body, &LinkColumnBody::editRequested, this, &LinkActions::editLink);
        connect(body, &LinkColumnBody::copyRequested, this, &LinkActions::copyAddress);
        connect(body, &LinkColumnBody::deleteRequested, this, &LinkActions::deleteLink);
        connect(body, &LinkColumnBody::readLaterToggled, this, &LinkActions::toggleReadLater);
        connect(body, &LinkColumnBody::discussionRequested, this, &LinkActions::showDiscussion);
        return;
    }
    column->model()->setLinkStore(&m_engine.links());
    ItemListView *view = column->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
        [this, column](const QPoint &pos) { showItemMenu(column, pos); });
}

void LinkActions::attachReader(ReaderPane *reader)
{
    m_reader = reader;
    auto *save = new QPushButton(tr("⊕ Save link (b)"), reader);
    save->setObjectName(QStringLiteral("saveLinkButton"));
    save->setToolTip(tr("Save the link of this item to your library (B)"));
    save->setFocusPolicy(Qt::TabFocus);
    save->setCursor(Qt::PointingHandCursor);
    connect(save, &QPushButton::clicked, this, &LinkActions::saveReaderItem);
    reader->addBarWidget(save);
    m_readerButton = save;
    connect(reader->browser(), &ReaderBrowser::saveLinkRequested, this,
        [this](const QUrl &url, const QPoint &pos) {
            saveUrl(url, m_reader ? m_reader->currentItemId() : 0, QRect(pos, QSize(1, 1)));
        });
}

SaveLinkPopup *LinkActions::saveReaderItem()
{
    if (!m_reader || !m_reader->currentItemId())
        return nullptr;
    const QRect anchor = m_readerButton && m_readerButton->isVisible()
        ? QRect(m_readerButton->mapToGlobal(QPoint(0, 0)), m_readerButton->size())
        : QRect(m_reader->mapToGlobal(QPoint(16, 48)), QSize(1, 1));
    return saveItem(m_reader->currentItemId(), anchor);
}

void LinkActions::refreshSavedMarks()
{
    for (int i = 0; i < m_dashboard.tabCount(); ++i) {
        for (ColumnWidget *col : m_dashboard.columns(m_dashboard.tabIdAt(i))) {
            if (!col->isLinksColumn() && col->isLoaded())
                col->model()->refreshSaved();
        }
    }
}

QRect LinkActions::rowRect(ColumnWidget *column, const QModelIndex &index) const
{
    ItemListView *view = column->view();
    QRect r = index.isValid() ? view->visualRect(index).intersected(view->viewport()->rect()) : QRect();
    if (r.isEmpty())
        r = QRect(0, 0, view->viewport()->width(), 0);
    return QRect(view->viewport()->mapToGlobal(r.topLeft()), r.size());
}

QString LinkActions::foundIn(const Item &item, const ColumnWidget *column) const
{
    QStringList parts;
    if (column)
        parts << column->column().title;
    const QString source = m_sources.title(item.sourceId);
    if (!source.isEmpty() && !parts.contains(source))
        parts << source;
    const QString author = item.author.simplified();
    if (!author.isEmpty() && author.compare(source, Qt::CaseInsensitive) != 0)
        parts << author;
    return parts.join(QStringLiteral(", "));
}

void LinkActions::saveFromColumn(ColumnWidget *column, const QModelIndex &index)
{
    if (!column || !index.isValid()) {
        Q_EMIT statusMessage(tr("Select an item first, then press B to save its link."));
        return;
    }
    const QRect anchor = rowRect(column, index);
    if (column->isLinksColumn()) {
        editLink(index.data(LinkListModel::LinkIdRole).toLongLong(), anchor);
        return;
    }
    saveItem(index.data(ItemListModel::ItemIdRole).toLongLong(), anchor, column->columnId());
}

SaveLinkPopup *LinkActions::saveItem(qint64 itemId, const QRect &anchor, qint64 columnId)
{
    const std::optional<Item> item = m_engine.items().item(itemId);
    if (!item)
        return nullptr;
    if (normalizeUrl(item->url).isEmpty()) {
        Q_EMIT statusMessage(tr("This item has no web address to save."));
        return nullptr;
    }
    ColumnWidget *column = columnId ? m_dashboard.column(columnId) : nullptr;
    if (!column) {
        // The reader's item: the current column, when it shows it.
        ColumnWidget *current = m_dashboard.currentColumn();
        if (current && !current->isLinksColumn() && current->model()->rowOf(itemId) >= 0)
            column = current;
    }
    Link draft;
    draft.url = QUrl(item->url);
    draft.title = item->title.simplified();
    draft.fromItemId = item->id;
    draft.fromSourceId = item->sourceId;
    draft.fromColumnId = column ? column->columnId() : 0;
    return openPopup(draft, foundIn(*item, column), anchor);
}

SaveLinkPopup *LinkActions::saveUrl(const QUrl &url, qint64 fromItemId, const QRect &anchor)
{
    if (normalizeUrl(url).isEmpty()) {
        Q_EMIT statusMessage(tr("Only web addresses can be saved."));
        return nullptr;
    }
    Link draft;
    draft.url = url;
    QString where;
    if (const std::optional<Item> item = m_engine.items().item(fromItemId)) {
        draft.fromItemId = item->id;
        draft.fromSourceId = item->sourceId;
        ColumnWidget *current = m_dashboard.currentColumn();
        const bool shown = current && !current->isLinksColumn() && current->model()->rowOf(item->id) >= 0;
        draft.fromColumnId = shown ? current->columnId() : 0;
        where = foundIn(*item, shown ? current : nullptr);
        // A link to the item's own page may take the item's title.
        if (normalizeUrl(url) == normalizeUrl(item->url))
            draft.title = item->title.simplified();
    }
    return openPopup(draft, where, anchor);
}

SaveLinkPopup *LinkActions::editLink(qint64 linkId, const QRect &anchor)
{
    const std::optional<Link> link = m_engine.links().byId(linkId);
    if (!link)
        return nullptr;
    QString where;
    if (const std::optional<Item> item = m_engine.items().item(link->fromItemId))
        where = foundIn(*item, m_dashboard.column(link->fromColumnId));
    return openPopup(*link, where, anchor);
}

SaveLinkPopup *LinkActions::openPopup(const Link &draft, const QString &where, const QRect &anchor)
{
    if (m_popup)
        m_popup->close();
    auto *popup = new SaveLinkPopup(m_engine.library(), m_engine.links(), window());
    m_popup = popup;
    popup->setDraft(draft, where);
    const QString key = popup->draftKey();
    if (const auto kept = m_drafts.constFind(key); kept != m_drafts.constEnd())
        popup->restoreDraft(*kept);
    connect(popup, &SaveLinkPopup::dismissed, this, [this, key](const LinkDraft &typed, bool changed) {
        // Esc or a click elsewhere puts the popup away; it does not throw away what was typed.
        if (changed)
            m_drafts.insert(key, typed);
        else
            m_drafts.remove(key);
    });
    connect(popup, &SaveLinkPopup::saved, this,
        [this, key](const LinkLibrary::SaveResult &result, const Link &link) {
            m_drafts.remove(key);
            const QString title = link.title.isEmpty() ? link.url.toDisplayString() : link.title;
            QString message = result.updatedExisting ? tr("Updated the existing link “%1”").arg(title)
                                                     : tr("Saved “%1”").arg(title);
            if (!result.error.isEmpty())
                message += QStringLiteral(" — ") + result.error;
            Q_EMIT statusMessage(message);
        });
    popup->showNear(anchor);
    return popup;
}

bool LinkActions::openLink(qint64 linkId)
{
    const std::optional<Link> link = m_engine.links().byId(linkId);
    if (!link)
        return false;
    if (!m_opener || !m_opener(link->url)) {
        Q_EMIT statusMessage(tr("Could not open %1 in the browser.").arg(link->url.toDisplayString()));
        return false;
    }
    return true;
}

void LinkActions::copyAddress(qint64 linkId)
{
    if (const std::optional<Link> link = m_engine.links().byId(linkId)) {
        QApplication::clipboard()->setText(link->url.toString(QUrl::FullyEncoded));
        Q_EMIT statusMessage(tr("Copied %1").arg(link->url.toDisplayString()));
    }
}

bool LinkActions::deleteLink(qint64 linkId)
{
    const std::optional<Link> link = m_engine.links().byId(linkId);
    if (!link)
        return false;
    const QString title = link->title.isEmpty() ? link->url.toDisplayString() : link->title;
    const auto answer = QMessageBox::question(window(), tr("Delete link"),
        m_engine.linkSyncAccount() != 0
            ? tr("Delete “%1” from your saved links and from the server?").arg(title)
            : tr("Delete “%1” from your saved links?").arg(title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    if (!m_engine.library().remove(linkId)) {
        Q_EMIT statusMessage(tr("Could not delete the link."));
        return false;
    }
    Q_EMIT statusMessage(tr("Deleted “%1”").arg(title));
    return true;
}

void LinkActions::toggleReadLater(qint64 linkId)
{
    std::optional<Link> link = m_engine.links().byId(linkId);
    if (!link)
        return;
    link->readLater = !link->readLater;
    link->updatedMs = 0;
    link->pageText.clear();
    link->textState = Link::TextState::None; // keeps the page text as it is
    const LinkLibrary::SaveResult result = m_engine.library().save(*link);
    if (result.id == 0)
        Q_EMIT statusMessage(result.error);
}

bool LinkActions::showDiscussion(qint64 linkId)
{
    const std::optional<Link> link = m_engine.links().byId(linkId);
    if (!link || link->fromItemId <= 0 || !m_engine.items().item(link->fromItemId)) {
        Q_EMIT statusMessage(tr("The post this link was found in is no longer in the cache."));
        return false;
    }
    const qint64 itemId = link->fromItemId;
    // Where it was found, if that column is in this tab; else any that shows it.
    QList<ColumnWidget *> candidates;
    if (ColumnWidget *from = m_dashboard.column(link->fromColumnId))
        candidates << from;
    candidates << m_dashboard.columns();
    for (ColumnWidget *col : std::as_const(candidates)) {
        if (col->isLinksColumn() || !col->isLoaded() || col->column().tabId != m_dashboard.currentTabId())
            continue;
        const int row = col->model()->rowOf(itemId);
        if (row < 0)
            continue;
        m_dashboard.setCurrentColumn(col);
        if (ColumnStrip *strip = m_dashboard.strip())
            strip->ensureColumnVisible(col);
        const QModelIndex index = col->model()->index(row);
        col->view()->setCurrentIndex(index);
        col->view()->scrollTo(index, QAbstractItemView::PositionAtCenter);
        col->view()->setFocus(Qt::OtherFocusReason); // j/k go on from there
        break;
    }
    Q_EMIT itemOpened(itemId);
    return true;
}

QString LinkActions::linksColumnTitle(const StreamSpec &spec)
{
    if (!spec.query.isEmpty())
        return tr("Links: %1").arg(spec.query);
    if (!spec.tag.isEmpty())
        return QStringLiteral("#%1").arg(spec.tag);
    if (spec.readLaterOnly)
        return tr("Read later");
    return tr("Saved links");
}

qint64 LinkActions::openLinksColumn(const QString &tag, bool readLaterOnly, const QString &search)
{
    StreamSpec spec;
    spec.kind = StreamSpec::Kind::Links;
    spec.tag = LinkStore::normalizedTags({ tag }).value(0);
    spec.readLaterOnly = readLaterOnly;
    spec.query = search.trimmed();
    for (ColumnWidget *col : m_dashboard.columns()) {
        if (col->column().spec == spec) {
            m_dashboard.setCurrentColumn(col);
            if (ColumnStrip *strip = m_dashboard.strip())
                strip->ensureColumnVisible(col);
            col->view()->setFocus();
            return col->columnId();
        }
    }
    const qint64 id = m_dashboard.addColumn(linksColumnTitle(spec), spec);
    if (ColumnWidget *col = m_dashboard.column(id))
        col->view()->setFocus();
    return id;
}

void LinkActions::showItemMenu(ColumnWidget *column, const QPoint &pos)
{
    ItemListView *view = column->view();
    const QModelIndex index = view->indexAt(pos);
    const Item *item = column->model()->itemAt(index.row());
    if (!item)
        return;
    view->setCurrentIndex(index);
    const int row = index.row();
    const qint64 id = item->id;
    const QUrl url(item->url);
    QMenu menu(view);
    menu.addAction(tr("Open"), this, [this, column, id] {
        m_dashboard.setCurrentColumn(column);
        Q_EMIT itemOpened(id);
    });
    QAction *browser = menu.addAction(tr("Open in browser"), this, [this, column, row, url] {
        if (m_opener && m_opener(url) && column->model()->itemAt(row))
            column->model()->setRead(row, true);
    });
    browser->setEnabled(!normalizeUrl(url).isEmpty());
    menu.addAction(item->read ? tr("Mark unread") : tr("Mark read"), this,
        [column, row, read = item->read] { column->model()->setRead(row, !read); });
    menu.addAction(item->starred ? tr("Unstar") : tr("Star"), this,
        [column, row, starred = item->starred] { column->model()->setStarred(row, !starred); });
    Q_EMIT itemMenuAboutToShow(&menu, id);
    menu.addSeparator();
    const bool saved = index.data(ItemListModel::SavedRole).toBool();
    QAction *save = menu.addAction(saved ? tr("Edit saved link…") : tr("Save link…"), this,
        [this, column, index = QPersistentModelIndex(index)] { saveFromColumn(column, index); });
    save->setShortcut(QKeySequence(Qt::Key_B));
    save->setEnabled(!normalizeUrl(url).isEmpty());
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace gilde
