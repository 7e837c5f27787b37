#include "LinkColumnBody.h"

#include "core/links/LinkLibrary.h"
#include "ui/common/Accessibility.h"
#include "ui/common/Theme.h"
#include "ui/dashboard/ColumnWidget.h"
#include "ui/dashboard/ItemListView.h"
#include "ui/links/LinkDelegate.h"
#include "ui/links/LinkListModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>

namespace gilde
{

LinkColumnBody::LinkColumnBody(ColumnWidget *column, LinkLibrary &library, LinkStore &store)
    : QObject(column)
    , m_column(column)
    , m_view(column->view())
    , m_store(store)
    , m_model(new LinkListModel(store, this))
    , m_search(new QLineEdit(column))
    , m_searchTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    ItemListView *view = column->view();
    view->setItemDelegate(new LinkDelegate(view));
    view->setModel(m_model);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->installEventFilter(this);
    connect(view, &QAbstractItemView::customContextMenuRequested, this, &LinkColumnBody::showMenu);
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openRequested(index.data(LinkListModel::LinkIdRole).toLongLong());
    });

    m_search->setObjectName(QStringLiteral("linkSearch"));
    m_search->setPlaceholderText(tr("Search saved links…"));
    enableClearButton(m_search);
    m_search->setText(column->column().spec.query);
    m_search->setToolTip(tr("Searches titles, notes, tags and the text of the pages"));
    m_search->setAccessibleName(tr("Search saved links"));
    m_search->setStyleSheet(
        QStringLiteral("QLineEdit#linkSearch { border: none; border-bottom: 1px solid %1; padding: 5px 10px;"
                       " background: %2; }")
            .arg(Theme::separator(column->palette()).name(),
                Theme::headerBackground(column->palette()).name()));
    column->insertBelowHeader(m_search);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LinkColumnBody::searchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        searchEdited();
        m_column->view()->setFocus(Qt::ShortcutFocusReason);
    });

    // A burst of changes (an import, a pull) costs one refresh.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, m_model, &LinkListModel::refresh);
    connect(&library, &LinkLibrary::linksChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_model, &LinkListModel::contentChanged, column, &ColumnWidget::updateEmptyText);
}

LinkStore::Query LinkColumnBody::queryOf(const StreamSpec &spec)
{
    LinkStore::Query q;
    q.tag = spec.tag;
    q.readLaterOnly = spec.readLaterOnly;
    q.search = spec.query.trimmed();
    return q;
}

void LinkColumnBody::load()
{
    if (!m_model->isLoaded() && !m_retired)
        m_model->setQuery(queryOf(m_column->column().spec));
}

bool LinkColumnBody::isLoaded() const
{
    return m_model->isLoaded();
}

void LinkColumnBody::setSpec(const StreamSpec &spec)
{
    if (m_search->text() != spec.query)
        m_search->setText(spec.query);
    if (m_model->isLoaded())
        m_model->setQuery(queryOf(spec));
}

void LinkColumnBody::searchEdited()
{
    StreamSpec spec = m_column->column().spec;
    spec.query = m_search->text().trimmed();
    m_column->setSpec(spec);
}

QString LinkColumnBody::hint() const
{
    const StreamSpec &s = m_column->column().spec;
    QStringList parts;
    // The title says "#tag" already unless the user renamed the column.
    if (!s.tag.isEmpty() && m_column->column().title != QStringLiteral("#%1").arg(s.tag))
        parts << QStringLiteral("#%1").arg(s.tag);
    if (s.readLaterOnly)
        parts << tr("read later");
    if (parts.isEmpty())
        parts << tr("saved links");
    if (!s.query.isEmpty())
        parts << QStringLiteral("“%1”").arg(s.query);
    return parts.join(QStringLiteral(" · "));
}

QString LinkColumnBody::emptyText() const
{
    const StreamSpec &s = m_column->column().spec;
    if (!s.query.trimmed().isEmpty())
        return tr("No saved links match “%1”.").arg(s.query.trimmed());
    if (!s.tag.isEmpty())
        return tr("No links tagged “%1” yet.\nPress B on an item to save its link.").arg(s.tag);
    if (s.readLaterOnly)
        return tr("Nothing to read later.\nTick “Read later” when you save a link.");
    return tr("No saved links yet.\nPress B on an item, or right-click a link in the reader, to save it.");
}

void LinkColumnBody::retire()
{
    m_retired = true;
    m_searchTimer->stop();
    m_refreshTimer->stop();
    m_refreshTimer->disconnect(m_model);
    m_model->disconnect(m_column);
}

const Link *LinkColumnBody::currentLink() const
{
    return m_view ? m_model->linkAt(m_view->currentIndex().row()) : nullptr;
}

QRect LinkColumnBody::currentRowRect() const
{
    ItemListView *view = m_column->view();
    const QRect r = view->visualRect(view->currentIndex());
    const QRect visible = r.isValid() ? r.intersected(view->viewport()->rect()) : QRect();
    const QRect local = visible.isEmpty() ? QRect(0, 0, view->viewport()->width(), 0) : visible;
    return QRect(view->viewport()->mapToGlobal(local.topLeft()), local.size());
}

void LinkColumnBody::showMenu(const QPoint &pos)
{
    ItemListView *view = m_column->view();
    const QModelIndex index = view->indexAt(pos);
    const Link *link = m_model->linkAt(index.row());
    if (!link)
        return;
    view->setCurrentIndex(index);
    const qint64 id = link->id;
    QMenu menu(view);
    menu.addAction(tr("Open in browser"), this, [this, id] { Q_EMIT openRequested(id); });
    menu.addAction(tr("Edit…"), this, [this, id] { Q_EMIT editRequested(id, currentRowRect()); });
    menu.addAction(tr("Copy address"), this, [this, id] { Q_EMIT copyRequested(id); });
    QAction *discussion
        = menu.addAction(tr("Go to the discussion"), this, [this, id] { Q_EMIT discussionRequested(id); });
    discussion->setEnabled(link->fromItemId > 0);
    if (link->fromItemId <= 0)
        discussion->setToolTip(tr("This link was not saved from an item."));
    QAction *later = menu.addAction(tr("Read later"), this, [this, id] { Q_EMIT readLaterToggled(id); });
    later->setCheckable(true);
    later->setChecked(link->readLater);
    menu.addSeparator();
    menu.addAction(tr("Delete…"), this, [this, id] { Q_EMIT deleteRequested(id); });
    menu.exec(view->viewport()->mapToGlobal(pos));
}

bool LinkColumnBody::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched == m_view) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Link *link = currentLink();
        if (link && key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            Q_EMIT openRequested(link->id);
            return true;
        }
        if (link && key->key() == Qt::Key_Delete) {
            Q_EMIT deleteRequested(link->id);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gilde
