#include "TagBrowserDialog.h"

#include "core/links/LinkLibrary.h"
#include "core/store/LinkStore.h"
#include "ui/common/Accessibility.h"
#include "ui/common/Theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace gilde
{

namespace
{
enum Columns { TagColumn, CountColumn };
} // namespace

TagBrowserDialog::TagBrowserDialog(LinkLibrary &library, LinkStore &store, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_store(store)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_open(new QPushButton(tr("Show links"), this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    setWindowTitle(tr("Tags"));
    resize(420, 520);

    m_model->setHorizontalHeaderLabels({ tr("Tag"), tr("Links") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(TagColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_view->sortByColumn(CountColumn, Qt::DescendingOrder);

    m_filter->setPlaceholderText(tr("Filter tags…"));
    m_filter->setAccessibleName(tr("Filter tags"));
    m_view->setAccessibleName(tr("Tags"));
    enableClearButton(m_filter);
    m_message->setWordWrap(true);
    m_message->hide();
    m_open->setToolTip(tr("Open a column with the links that carry this tag"));
    m_rename->setToolTip(tr("Rename the tag; a name that exists already merges the two"));
    m_delete->setToolTip(tr("Remove the tag from every link; the links stay"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &TagBrowserDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TagBrowserDialog::updateButtons);
    connect(m_view, &QTreeView::doubleClicked, this, [this] {
        if (!selectedTag().isEmpty())
            Q_EMIT openTagRequested(selectedTag());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!selectedTag().isEmpty())
            Q_EMIT openTagRequested(selectedTag());
    });
    connect(m_rename, &QPushButton::clicked, this, &TagBrowserDialog::promptRename);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteTag(selectedTag()); });
    connect(&library, &LinkLibrary::linksChanged, this, &TagBrowserDialog::reload);
    reload();
}

void TagBrowserDialog::reload()
{
    const QString keep = selectedTag();
    const QList<TagCount> tags = m_store.tags();
    m_model->removeRows(0, m_model->rowCount());
    for (const TagCount &t : tags) {
        auto *name = new QStandardItem(t.tag);
        name->setData(t.tag, Qt::UserRole);
        auto *count = new QStandardItem(QString::number(t.count));
        count->setData(t.count, Qt::UserRole);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({ name, count });
    }
    m_summary->setText(tr("%n tag(s)", nullptr, int(tags.size())));
    if (!keep.isEmpty())
        selectTag(keep);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateButtons();
}

int TagBrowserDialog::tagCount() const
{
    return m_model->rowCount();
}

QStringList TagBrowserDialog::shownTags() const
{
    QStringList out;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        out << m_proxy->index(row, TagColumn).data(Qt::UserRole).toString();
    return out;
}

int TagBrowserDialog::countOf(const QString &tag) const
{
    const QList<QStandardItem *> found = m_model->findItems(tag, Qt::MatchExactly, TagColumn);
    return found.isEmpty() ? 0 : m_model->item(found.first()->row(), CountColumn)->data(Qt::UserRole).toInt();
}

void TagBrowserDialog::selectTag(const QString &tag)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, TagColumn).data(Qt::UserRole).toString() == tag) {
            m_view->setCurrentIndex(m_proxy->index(row, TagColumn));
            return;
        }
    }
}

QString TagBrowserDialog::selectedTag() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(TagColumn).data(Qt::UserRole).toString() : QString();
}

void TagBrowserDialog::updateButtons()
{
    const bool has = !selectedTag().isEmpty();
    m_open->setEnabled(has);
    m_rename->setEnabled(has);
    m_delete->setEnabled(has);
}

void TagBrowserDialog::say(const QString &text, bool error)
{
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, error ? Theme::error(palette()) : Theme::mutedText(palette()));
    m_message->setPalette(pal);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TagBrowserDialog::promptRename()
{
    const QString from = selectedTag();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(
        this, tr("Rename tag"), tr("New name for “%1”:").arg(from), QLineEdit::Normal, from, &ok);
    if (ok)
        renameTag(from, to);
}

bool TagBrowserDialog::renameTag(const QString &from, const QString &to)
{
    const QString target = LinkStore::normalizedTags({ to }).value(0);
    if (target.isEmpty()) {
        say(tr("A tag needs a name."), true);
        return false;
    }
    if (target == from)
        return false;
    const int fromCount = countOf(from);
    const int targetCount = countOf(target);
    if (targetCount > 0) {
        const auto answer = QMessageBox::question(this, tr("Merge tags"),
            // Two counts in one sentence: each is a numerus message of its own, placed whole.
            tr("The tag “%1” exists already (%2). Merge “%3” (%4) into it?")
                .arg(target, tr("%n link(s)", nullptr, targetCount), from,
                    tr("%n link(s)", nullptr, fromCount)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (!m_library.renameTag(from, target)) {
        say(tr("Could not rename “%1”.").arg(from), true);
        return false;
    }
    reload();
    selectTag(target);
    say(targetCount > 0 ? tr("Merged “%1” into “%2”: it is on %n link(s) now.", nullptr, countOf(target))
                              .arg(from, target)
                        : tr("Renamed “%1” to “%2”.").arg(from, target));
    return true;
}

bool TagBrowserDialog::deleteTag(const QString &tag)
{
    if (tag.isEmpty())
        return false;
    const int count = countOf(tag);
    const auto answer = QMessageBox::question(this, tr("Delete tag"),
        tr("Remove the tag “%1” from %n link(s)? The links stay in the library.", nullptr, count).arg(tag),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    if (!m_library.deleteTag(tag)) {
        say(tr("Could not delete “%1”.").arg(tag), true);
        return false;
    }
    reload();
    say(tr("Deleted the tag “%1”; its links stay.").arg(tag));
    return true;
}

} // namespace gilde
