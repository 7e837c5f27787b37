#include "ui/sources/SourcesDialog.h"

#include "core/Engine.h"
#include "core/sources/feeds/Subscriptions.h"
#include "core/store/SourceStore.h"
#include "core/sync/SyncEngine.h"
#include "ui/common/Accessibility.h"
#include "ui/common/Theme.h"
#include "ui/sources/SourceTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gilde
{

namespace
{

/// Edits the folder cell with the existing folders offered, or a new name typed.
class FolderDelegate : public QStyledItemDelegate
{
public:
    FolderDelegate(SourceStore &sources, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_sources(sources)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(QString());
        combo->addItems(m_sources.folders());
        combo->lineEdit()->setPlaceholderText(SourcesDialog::tr("No folder"));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
    }

private:
    SourceStore &m_sources;
};

/// Sorts by the clicked column; rows in the same folder stay sorted by title.
class SourceSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() == SourceTableModel::FolderColumn) {
            const int byFolder = QString::localeAwareCompare(left.data().toString(), right.data().toString());
            if (byFolder != 0)
                return byFolder < 0;
            return QString::localeAwareCompare(
                       left.siblingAtColumn(SourceTableModel::TitleColumn).data().toString(),
                       right.siblingAtColumn(SourceTableModel::TitleColumn).data().toString())
                < 0;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

SourcesDialog::SourcesDialog(Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("sourcesDialog"));
    setWindowTitle(tr("Feeds"));
    resize(1000, 580);
    buildUi();
    applyColours();
    updateCount();
    updateButtons();
}

SourcesDialog::~SourcesDialog() = default;

void SourcesDialog::buildUi()
{
    m_model = new SourceTableModel(m_engine, this);
    m_proxy = new SourceSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SourceTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Feeds"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setWeight(QFont::Bold);
    heading->setFont(headingFont);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by title, folder or address"));
    m_filter->setAccessibleName(tr("Filter feeds"));
    enableClearButton(m_filter);
    m_filter->setMinimumWidth(260);
    top->addWidget(heading);
    top->addSpacing(6);
    top->addWidget(m_countLabel, 0, Qt::AlignBaseline);
    top->addStretch(1);
    top->addWidget(m_filter);
    layout->addLayout(top);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    m_refreshButton = new QPushButton(tr("⟳ Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Fetch the selected feeds now (F5)"));
    m_renameButton = new QPushButton(tr("Rename"), this);
    m_renameButton->setObjectName(QStringLiteral("renameButton"));
    m_renameButton->setToolTip(tr("Edit the title of the selected feed (F2)"));
    m_moveButton = new QPushButton(tr("Move to folder…"), this);
    m_moveButton->setObjectName(QStringLiteral("moveButton"));
    m_deleteButton = new QPushButton(tr("Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Unsubscribe and delete the items of the selected feeds (Del)"));
    auto *importButton = new QPushButton(tr("Import OPML…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto *exportButton = new QPushButton(tr("Export OPML…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    for (QPushButton *b :
        { m_refreshButton, m_renameButton, m_moveButton, m_deleteButton, importButton, exportButton })
        b->setAutoDefault(false);
    actions->addWidget(m_refreshButton);
    actions->addWidget(m_renameButton);
    actions->addWidget(m_moveButton);
    actions->addWidget(m_deleteButton);
    actions->addStretch(1);
    actions->addWidget(importButton);
    actions->addWidget(exportButton);
    layout->addLayout(actions);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sourcesView"));
    m_view->setAccessibleName(tr("Feeds"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SourceTableModel::FolderColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->setItemDelegateForColumn(
        SourceTableModel::FolderColumn, new FolderDelegate(m_engine.sources(), this));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SourceTableModel::UrlColumn, QHeaderView::Stretch);
    header->resizeSection(SourceTableModel::TitleColumn, 230);
    header->resizeSection(SourceTableModel::FolderColumn, 120);
    header->resizeSection(SourceTableModel::LastRefreshColumn, 110);
    header->resizeSection(SourceTableModel::StatusColumn, 210);
    header->resizeSection(SourceTableModel::UnreadColumn, 70);
    layout->addWidget(m_view, 1);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_messageLabel, 1);
    bottom->addWidget(buttons, 0, Qt::AlignBottom);
    layout->addLayout(bottom);

    // Keyboard equivalents, also offered in the table's context menu.
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    auto *renameAction = new QAction(tr("Rename"), this);
    renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    auto *moveAction = new QAction(tr("Move to folder…"), this);
    auto *deleteAction = new QAction(tr("Delete…"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *a : { refreshAction, renameAction, deleteAction }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refreshButton, &QPushButton::clicked, this, &SourcesDialog::refreshSelected);
    connect(m_renameButton, &QPushButton::clicked, this, &SourcesDialog::renameSelected);
    connect(m_moveButton, &QPushButton::clicked, this, &SourcesDialog::moveSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &SourcesDialog::deleteSelected);
    connect(importButton, &QPushButton::clicked, this, &SourcesDialog::importOpml);
    connect(exportButton, &QPushButton::clicked, this, &SourcesDialog::exportOpml);
    connect(refreshAction, &QAction::triggered, this, &SourcesDialog::refreshSelected);
    connect(renameAction, &QAction::triggered, this, &SourcesDialog::renameSelected);
    connect(moveAction, &QAction::triggered, this, &SourcesDialog::moveSelected);
    connect(deleteAction, &QAction::triggered, this, &SourcesDialog::deleteSelected);
    connect(m_view, &QTableView::customContextMenuRequested, this,
        [this, refreshAction, renameAction, moveAction, deleteAction](const QPoint &pos) {
            if (selectedSourceIds().isEmpty())
                return;
            auto *menu = new QMenu(this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->addActions({ refreshAction, renameAction, moveAction });
            menu->addSeparator();
            menu->addAction(deleteAction);
            menu->popup(m_view->viewport()->mapToGlobal(pos));
        });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &SourcesDialog::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SourcesDialog::updateButtons);

    // Keep the user's selection when the set of sources changes under it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_selectionBeforeReset = selectedSourceIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectSources(m_selectionBeforeReset);
        updateCount();
        updateButtons();
    });

    // Several changes in a row (an import, a multi-delete) become one reload.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, m_model, &SourceTableModel::reload);
    connect(&m_engine.subscriptions(), &Subscriptions::sourcesChanged, this, &SourcesDialog::scheduleReload);

    SyncEngine &sync = m_engine.sync();
    connect(&sync, &SyncEngine::sourceRefreshed, m_model, [this](qint64 id) { m_model->updateSource(id); });
    connect(&sync, &SyncEngine::sourceFailed, m_model, [this](qint64 id) { m_model->updateSource(id); });
    connect(&sync, &SyncEngine::refreshFinished, this, &SourcesDialog::onRefreshFinished);
}

QList<qint64> SourcesDialog::selectedSourceIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(SourceTableModel::TitleColumn);
    for (const QModelIndex &index : rows)
        ids << index.data(SourceTableModel::SourceIdRole).toLongLong();
    return ids;
}

void SourcesDialog::selectSources(const QList<qint64> &sourceIds)
{
    QItemSelection selection;
    for (qint64 id : sourceIds) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(SourceTableModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty()) {
        m_view->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
        m_view->scrollTo(selection.first().topLeft());
    }
    updateButtons();
}

QString SourcesDialog::message() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void SourcesDialog::renameSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(SourceTableModel::TitleColumn);
    if (rows.size() != 1)
        return;
    m_view->setCurrentIndex(rows.first());
    m_view->edit(rows.first());
}

void SourcesDialog::moveSelected()
{
    const QList<qint64> ids = selectedSourceIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("moveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Move to folder"));
    dialog->setLabelText(
        tr("Move %n feed(s) to the folder (empty for none, “A/B” nests):", nullptr, int(ids.size())));
    dialog->setComboBoxItems(QStringList { QString() } + m_engine.sources().folders());
    dialog->setComboBoxEditable(true);
    if (const int row = m_model->rowOf(ids.first()); row >= 0)
        dialog->setTextValue(m_model->sourceAt(row)->folder);
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this, ids](const QString &folder) { moveSources(ids, folder); });
    dialog->open();
}

void SourcesDialog::moveSources(const QList<qint64> &sourceIds, const QString &folder)
{
    int moved = 0;
    for (qint64 id : sourceIds)
        moved += m_engine.subscriptions().moveToFolder(id, folder) ? 1 : 0;
    if (moved < sourceIds.size()) {
        const int failed = int(sourceIds.size()) - moved;
        showMessage(tr("Could not move %n feed(s).", nullptr, failed), true);
    } else {
        m_messageLabel->hide();
    }
}

void SourcesDialog::deleteSelected()
{
    const QList<qint64> ids = selectedSourceIds();
    if (ids.isEmpty())
        return;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Delete feeds"));
    if (ids.size() == 1) {
        const Source *source = m_model->sourceAt(m_model->rowOf(ids.first()));
        box->setText(tr("Unsubscribe from “%1”?").arg(source ? source->title : QString()));
        box->setInformativeText(
            tr("Its items are deleted too, starred ones included. This cannot be undone."));
    } else {
        box->setText(tr("Unsubscribe from %n feeds?", nullptr, int(ids.size())));
        box->setInformativeText(
            tr("Their items are deleted too, starred ones included. This cannot be undone."));
    }
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, ids, deleteButton](QAbstractButton *clicked) {
        if (clicked == deleteButton)
            removeSources(ids);
    });
    box->open();
}

void SourcesDialog::removeSources(const QList<qint64> &sourceIds)
{
    int removed = 0;
    for (qint64 id : sourceIds)
        removed += m_engine.subscriptions().unsubscribe(id) ? 1 : 0;
    if (removed < sourceIds.size()) {
        const int failed = int(sourceIds.size()) - removed;
        showMessage(tr("Could not delete %n feed(s).", nullptr, failed), true);
    } else {
        showMessage(tr("Deleted %n feed(s).", nullptr, removed), false);
    }
}

void SourcesDialog::refreshSelected()
{
    const QList<qint64> ids = selectedSourceIds();
    if (ids.isEmpty())
        return;
    m_model->setRefreshing(ids, true);
    m_awaitingRefresh = true;
    m_engine.sync().refresh(ids);
    showMessage(tr("Refreshing %n feed(s)…", nullptr, int(ids.size())), false);
}

void SourcesDialog::onRefreshFinished(const RefreshSummary &summary)
{
    m_model->clearRefreshing();
    if (!m_awaitingRefresh)
        return;
    m_awaitingRefresh = false;
    // One %n per message: the new items are a count of their own, placed whole.
    const QString items = tr("%n new item(s)", nullptr, summary.added);
    const QString text = summary.failed > 0
        ? tr("Refreshed %n feed(s): %1, %2 failed (see Status).", nullptr, summary.sources)
              .arg(items)
              .arg(summary.failed)
        : tr("Refreshed %n feed(s): %1.", nullptr, summary.sources).arg(items);
    showMessage(text, summary.failed > 0);
}

void SourcesDialog::importOpml()
{
    auto *dialog
        = new QFileDialog(this, tr("Import OPML"), QString(), tr("OPML files (*.opml *.xml);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &SourcesDialog::importOpmlFile);
    dialog->open();
}

bool SourcesDialog::importOpmlFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    const Subscriptions::ImportResult result = m_engine.subscriptions().importOpml(file.readAll());
    if (!result.error.isEmpty()) {
        showMessage(result.added > 0
                ? tr("Import failed: %1 (%n feed(s) added before the error.)", nullptr, result.added)
                      .arg(result.error)
                : tr("Import failed: %1").arg(result.error),
            true);
        return false;
    }
    showMessage(
        tr("Added %n feed(s), %1 already present.", nullptr, result.added).arg(result.existing), false);
    // New sources have never been fetched, so they are due now.
    if (result.added > 0)
        m_engine.sync().refreshDue();
    return true;
}

void SourcesDialog::exportOpml()
{
    auto *dialog
        = new QFileDialog(this, tr("Export OPML"), QString(), tr("OPML files (*.opml);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("opml"));
    dialog->selectFile(QStringLiteral("gilde-feeds.opml"));
    connect(dialog, &QFileDialog::fileSelected, this, &SourcesDialog::exportOpmlFile);
    dialog->open();
}

bool SourcesDialog::exportOpmlFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_engine.subscriptions().exportOpml()) < 0
        || !file.commit()) {
        showMessage(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    showMessage(
        tr("Exported %n feed(s) to %1.", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

void SourcesDialog::updateButtons()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_refreshButton->setEnabled(selected > 0);
    m_renameButton->setEnabled(selected == 1);
    m_moveButton->setEnabled(selected > 0);
    m_deleteButton->setEnabled(selected > 0);
}

void SourcesDialog::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n feed(s)", nullptr, total)
                                         : tr("%1 of %n feed(s)", nullptr, total).arg(shown));
}

void SourcesDialog::scheduleReload()
{
    m_reloadTimer->start();
}

void SourcesDialog::showMessage(const QString &text, bool isError)
{
    QPalette p = m_messageLabel->palette();
    p.setColor(
        QPalette::WindowText, isError ? Theme::error(palette()) : palette().color(QPalette::WindowText));
    m_messageLabel->setPalette(p);
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

void SourcesDialog::applyColours()
{
    m_model->setColours(Theme::error(palette()), Theme::mutedText(palette()));
    QPalette p = m_countLabel->palette();
    p.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    m_countLabel->setPalette(p);
}

void SourcesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

} // namespace gilde
