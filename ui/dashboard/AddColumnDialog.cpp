#include "AddColumnDialog.h"

#include "core/store/LinkStore.h"
#include "ui/common/SourceCache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gilde
{

namespace
{
enum Page { NoDetail, SourcePage, FolderPage, QueryPage, LinksPage };

Page pageOf(StreamSpec::Kind kind)
{
    switch (kind) {
    case StreamSpec::Kind::Source:
        return SourcePage;
    case StreamSpec::Kind::Folder:
        return FolderPage;
    case StreamSpec::Kind::Search:
        return QueryPage;
    case StreamSpec::Kind::Links:
        return LinksPage;
    default:
        return NoDetail;
    }
}
} // namespace

AddColumnDialog::AddColumnDialog(const SourceCache &sources, const QStringList &folders, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_detail(new QStackedWidget(this))
    , m_source(new QComboBox(this))
    , m_folder(new QComboBox(this))
    , m_query(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_readLater(new QCheckBox(tr("Only links to read later"), this))
    , m_title(new QLineEdit(this))
    , m_unreadOnly(new QCheckBox(tr("Show only unread items"), this))
{
    setWindowTitle(tr("Add column"));
    setMinimumWidth(420);

    m_kind->addItem(tr("A feed"), int(StreamSpec::Kind::Source));
    m_kind->addItem(tr("A folder of feeds"), int(StreamSpec::Kind::Folder));
    m_kind->addItem(tr("All items"), int(StreamSpec::Kind::All));
    m_kind->addItem(tr("All unread items"), int(StreamSpec::Kind::Unread));
    m_kind->addItem(tr("Starred items"), int(StreamSpec::Kind::Starred));
    m_kind->addItem(tr("Full-text search"), int(StreamSpec::Kind::Search));
    m_kind->addItem(tr("Saved links"), int(StreamSpec::Kind::Links));
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->addItem(tr("All saved links"), QString());
    m_tag->lineEdit()->setPlaceholderText(tr("A tag, or empty for all links"));

    QList<Source> all = sources.all();
    std::sort(all.begin(), all.end(), [](const Source &a, const Source &b) {
        return SourceCache::displayName(a).compare(SourceCache::displayName(b), Qt::CaseInsensitive) < 0;
    });
    for (const Source &s : std::as_const(all)) {
        const QString folder = s.folder.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(s.folder);
        m_source->addItem(SourceCache::displayName(s) + folder, s.id);
    }
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->completer()->setFilterMode(Qt::MatchContains);
    m_source->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_folder->addItems(folders);
    m_query->setPlaceholderText(tr("Words to search for, e.g. communities of practice"));

    auto wrap = [this](QWidget *w, const QString &label) {
        auto *page = new QWidget(m_detail);
        auto *form = new QFormLayout(page);
        form->setContentsMargins(0, 0, 0, 0);
        if (w)
            form->addRow(label, w);
        return page;
    };
    m_detail->insertWidget(NoDetail, wrap(nullptr, {}));
    m_detail->insertWidget(SourcePage, wrap(m_source, tr("Feed:")));
    m_detail->insertWidget(FolderPage, wrap(m_folder, tr("Folder:")));
    m_detail->insertWidget(QueryPage, wrap(m_query, tr("Search for:")));
    QWidget *links = wrap(m_tag, tr("Tag:"));
    static_cast<QFormLayout *>(links->layout())->addRow(QString(), m_readLater);
    m_detail->insertWidget(LinksPage, links);

    auto *form = new QFormLayout;
    form->addRow(tr("Show:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detail);
    auto *form2 = new QFormLayout;
    form2->addRow(tr("Title:"), m_title);
    form2->addRow(QString(), m_unreadOnly);
    layout->addLayout(form2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add column"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AddColumnDialog::kindChanged);
    connect(m_source, &QComboBox::currentIndexChanged, this, &AddColumnDialog::suggestTitle);
    connect(m_folder, &QComboBox::currentIndexChanged, this, &AddColumnDialog::suggestTitle);
    connect(m_query, &QLineEdit::textChanged, this, &AddColumnDialog::suggestTitle);
    connect(m_tag, &QComboBox::currentTextChanged, this, &AddColumnDialog::suggestTitle);
    connect(m_readLater, &QCheckBox::toggled, this, &AddColumnDialog::suggestTitle);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleEdited = !m_title->text().isEmpty(); });
    connect(m_title, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(isComplete()); });
    kindChanged();
}

void AddColumnDialog::kindChanged()
{
    const auto kind = StreamSpec::Kind(m_kind->currentData().toInt());
    m_detail->setCurrentIndex(pageOf(kind));
    m_unreadOnly->setEnabled(kind != StreamSpec::Kind::Unread && kind != StreamSpec::Kind::Links);
    suggestTitle();
    if (kind == StreamSpec::Kind::Search)
        m_query->setFocus();
}

QString AddColumnDialog::suggestedTitle() const
{
    switch (StreamSpec::Kind(m_kind->currentData().toInt())) {
    case StreamSpec::Kind::Source: {
        const QString text = m_source->currentText();
        const int cut = text.lastIndexOf(QLatin1String("  ("));
        return cut > 0 ? text.left(cut) : text;
    }
    case StreamSpec::Kind::Folder:
        return m_folder->currentText();
    case StreamSpec::Kind::All:
        return tr("All items");
    case StreamSpec::Kind::Unread:
        return tr("Unread");
    case StreamSpec::Kind::Starred:
        return tr("Starred");
    case StreamSpec::Kind::Search:
        return m_query->text().trimmed().isEmpty() ? QString()
                                                   : tr("Search: %1").arg(m_query->text().trimmed());
    case StreamSpec::Kind::Links: {
        const StreamSpec s = spec();
        if (!s.tag.isEmpty())
            return QStringLiteral("#%1").arg(s.tag);
        return s.readLaterOnly ? tr("Read later") : tr("Saved links");
    }
    }
    return {};
}

void AddColumnDialog::suggestTitle()
{
    if (!m_titleEdited)
        m_title->setText(suggestedTitle());
    m_ok->setEnabled(isComplete());
}

void AddColumnDialog::setKind(StreamSpec::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void AddColumnDialog::setSourceId(qint64 sourceId)
{
    m_source->setCurrentIndex(m_source->findData(sourceId));
}

void AddColumnDialog::setFolder(const QString &folder)
{
    m_folder->setCurrentIndex(m_folder->findText(folder));
}

void AddColumnDialog::setQuery(const QString &query)
{
    m_query->setText(query);
}

void AddColumnDialog::setTitle(const QString &title)
{
    m_title->setText(title);
    m_titleEdited = !title.isEmpty();
}

void AddColumnDialog::setTags(const QList<TagCount> &tags)
{
    while (m_tag->count() > 1)
        m_tag->removeItem(1);
    for (const TagCount &t : tags)
        m_tag->addItem(QStringLiteral("%1  (%2)").arg(t.tag).arg(t.count), t.tag);
}

void AddColumnDialog::setTag(const QString &tag)
{
    const int index = m_tag->findData(tag);
    if (index >= 0)
        m_tag->setCurrentIndex(index);
    else
        m_tag->setEditText(tag);
}

void AddColumnDialog::setReadLaterOnly(bool readLaterOnly)
{
    m_readLater->setChecked(readLaterOnly);
}

void AddColumnDialog::setUnreadOnly(bool unreadOnly)
{
    m_unreadOnly->setChecked(unreadOnly);
}

StreamSpec AddColumnDialog::spec() const
{
    StreamSpec s;
    s.kind = StreamSpec::Kind(m_kind->currentData().toInt());
    if (s.kind == StreamSpec::Kind::Source)
        s.sourceId = m_source->currentData().toLongLong();
    if (s.kind == StreamSpec::Kind::Folder)
        s.folder = m_folder->currentText();
    if (s.kind == StreamSpec::Kind::Search)
        s.query = m_query->text().trimmed();
    if (s.kind == StreamSpec::Kind::Links) {
        // A tag picked from the list, else what is typed (the list shows counts).
        const int picked = m_tag->findText(m_tag->currentText());
        const QString tag = picked >= 0 ? m_tag->itemData(picked).toString() : m_tag->currentText();
        s.tag = LinkStore::normalizedTags({ tag }).value(0);
        s.readLaterOnly = m_readLater->isChecked();
    }
    s.unreadOnly = m_unreadOnly->isEnabled() && m_unreadOnly->isChecked();
    return s;
}

QString AddColumnDialog::title() const
{
    const QString t = m_title->text().trimmed();
    return t.isEmpty() ? suggestedTitle() : t;
}

bool AddColumnDialog::isComplete() const
{
    const StreamSpec s = spec();
    switch (s.kind) {
    case StreamSpec::Kind::Source:
        return s.sourceId > 0;
    case StreamSpec::Kind::Folder:
        return !s.folder.isEmpty();
    case StreamSpec::Kind::Search:
        return !s.query.isEmpty();
    default:
        return !title().isEmpty();
    }
}

} // namespace gilde
