#include "LibraryMenu.h"

#include "core/Engine.h"
#include "core/links/LinkLibrary.h"
#include "core/store/LinkStore.h"
#include "ui/accounts/ShaarliAccountDialog.h"
#include "ui/common/Theme.h"
#include "ui/links/LinkActions.h"
#include "ui/links/TagBrowserDialog.h"
#include "ui/outbox/OutboxDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>

namespace gilde
{

namespace
{

template <typename Dialog> void raise(Dialog *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

QIcon bookmarkIcon(const QPalette &pal, qreal dpr)
{
    QPixmap pm(QSize(16, 16) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    Theme::drawBookmark(p, QRectF(3, 2, 10, 12), Theme::mutedText(pal), false);
    return QIcon(pm);
}

} // namespace

LibraryMenu::LibraryMenu(Engine &engine, LinkActions &links, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_links(links)
    , m_window(window)
    , m_import(
          new BookmarkImport(engine.library(), engine.links(), engine.outboxStore(), engine.outbox(), this))
    , m_export(new LinkExport(engine.links(), this))
{
    connect(m_export, &LinkExport::finished, this, &LibraryMenu::exportDone);
    connect(m_import, &BookmarkImport::started, this, &LibraryMenu::activityChanged);
    connect(m_import, &BookmarkImport::progress, this, &LibraryMenu::activityChanged);
    connect(m_import, &BookmarkImport::finished, this, &LibraryMenu::importDone);
}

TagBrowserDialog *LibraryMenu::tagBrowser() const
{
    return m_tags;
}

OutboxDialog *LibraryMenu::outboxDialog() const
{
    return m_outbox;
}

void LibraryMenu::addTo(QMenu *menu)
{
    menu->addAction(tr("Tags…"), this, &LibraryMenu::showTags);
    menu->addAction(tr("Outbox…"), this, &LibraryMenu::showOutbox);
    menu->addAction(tr("Import bookmarks…"), this, &LibraryMenu::importBookmarks);
    menu->addAction(tr("Export bookmarks…"), this, &LibraryMenu::exportBookmarks);
    menu->addAction(tr("Export reading list (Markdown)…"), this, &LibraryMenu::exportReadingList);
    menu->addAction(tr("Connect Shaarli…"), this, &LibraryMenu::connectShaarli);
}

void LibraryMenu::addSearchAction(QLineEdit *search)
{
    QAction *action = search->addAction(
        bookmarkIcon(search->palette(), search->devicePixelRatioF()), QLineEdit::TrailingPosition);
    action->setObjectName(QStringLiteral("searchLinks"));
    action->setToolTip(tr("Search saved links for what is typed"));
    // The icon's button is named by the action's text.
    action->setText(tr("Search saved links"));
    connect(action, &QAction::triggered, this, [this, search] {
        const QString text = search->text().trimmed();
        if (text.isEmpty()) {
            m_links.openLinksColumn({});
            return;
        }
        if (m_links.openLinksColumn({}, false, text))
            search->clear();
    });
}

void LibraryMenu::showTags()
{
    if (!m_tags) {
        m_tags = new TagBrowserDialog(m_engine.library(), m_engine.links(), m_window);
        m_tags->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_tags, &TagBrowserDialog::openTagRequested, this,
            [this](const QString &tag) { m_links.openLinksColumn(tag); });
    }
    raise(m_tags.data());
}

void LibraryMenu::showOutbox()
{
    if (!m_outbox) {
        m_outbox = new OutboxDialog(m_engine, m_window);
        m_outbox->setAttribute(Qt::WA_DeleteOnClose);
    }
    raise(m_outbox.data());
}

void LibraryMenu::connectShaarli()
{
    auto *dialog = new ShaarliAccountDialog(m_engine, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShaarliAccountDialog::connected, this,
        [this](qint64, const QString &message) { Q_EMIT statusMessage(message); });
    dialog->open();
}

void LibraryMenu::importBookmarks()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import bookmarks"), QDir::homePath(),
        tr("Bookmark files (*.html *.htm);;All files (*)"));
    if (!path.isEmpty())
        importBookmarksFrom(path);
}

bool LibraryMenu::importBookmarksFrom(const QString &path)
{
    if (m_import->isRunning()) {
        Q_EMIT statusMessage(tr("Bookmarks are being imported; import %1 when that is done.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return m_import->start(path);
}

bool LibraryMenu::isImporting() const
{
    return m_import->isRunning();
}

QString LibraryMenu::activityText() const
{
    if (!m_import->isRunning())
        return m_export->isRunning() ? tr("Exporting links…") : QString();
    if (m_import->total() <= 0)
        return tr("Importing bookmarks…");
    const QLocale locale;
    return tr("Importing bookmarks: %1 of %2…")
        .arg(locale.toString(m_import->done()), locale.toString(m_import->total()));
}

void LibraryMenu::importDone(const BookmarkImport::Report &r)
{
    const QString file = QDir::toNativeSeparators(r.path);
    bool ok = false;
    switch (r.status) {
    case BookmarkImport::Report::Status::Unreadable:
        Q_EMIT statusMessage(tr("Could not read %1: %2").arg(file, r.error));
        break;
    case BookmarkImport::Report::Status::NotBookmarks:
        Q_EMIT statusMessage(tr("%1 is not a bookmark file (Netscape HTML, as browsers, Pinboard and "
                                "Shaarli export it).")
                                 .arg(file));
        break;
    case BookmarkImport::Report::Status::Done:
    case BookmarkImport::Report::Status::Stopped: {
        // Whole sentences, so that each translates on its own.
        QStringList text { tr("Imported %n new link(s).", nullptr, r.added) };
        if (r.updated > 0)
            text << tr("%n link(s) were already saved; their tags were joined.", nullptr, r.updated);
        if (r.skipped > 0)
            text << tr("%n skipped: not a web address.", nullptr, r.skipped);
        if (r.failed > 0)
            text << tr("%n failed: %1", nullptr, r.failed).arg(r.error);
        if (r.status == BookmarkImport::Report::Status::Stopped)
            text << tr("The import stopped before the end of the file.");
        Q_EMIT statusMessage(text.join(QLatin1Char(' ')));
        if (r.added + r.updated > 0)
            m_engine.library().fetchPendingTexts();
        ok = r.failed == 0 && r.status == BookmarkImport::Report::Status::Done;
        break;
    }
    }
    Q_EMIT activityChanged();
    Q_EMIT importFinished(ok);
}

void LibraryMenu::exportBookmarks()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export bookmarks"),
        QDir::home().filePath(QStringLiteral("gilde-bookmarks.html")), tr("Bookmark files (*.html)"));
    if (!path.isEmpty())
        exportBookmarksTo(path);
}

bool LibraryMenu::exportBookmarksTo(const QString &path)
{
    return startExport(path, LinkExport::Format::Bookmarks, {}, {});
}

bool LibraryMenu::isExporting() const
{
    return m_export->isRunning();
}

bool LibraryMenu::startExport(
    const QString &path, LinkExport::Format format, const QString &tag, const QString &heading)
{
    if (!m_export->start(path, format, tag, heading)) {
        Q_EMIT statusMessage(tr("Links are being exported; export to %1 when that is done.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    Q_EMIT activityChanged();
    return true;
}

void LibraryMenu::exportDone(const LinkExport::Report &r)
{
    const QString file = QDir::toNativeSeparators(r.path);
    Q_EMIT statusMessage(r.ok ? tr("Exported %n link(s) to %1", nullptr, r.count).arg(file)
                              : tr("Could not write %1: %2").arg(file, r.error));
    Q_EMIT activityChanged();
    Q_EMIT exportFinished(r.ok);
}

void LibraryMenu::exportReadingList()
{
    QStringList choices { tr("All saved links") };
    QStringList tags { QString() };
    for (const TagCount &t : m_engine.links().tags()) {
        choices << QStringLiteral("%1 (%2)").arg(t.tag).arg(t.count);
        tags << t.tag;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_window, tr("Export reading list"),
        tr("Which links? The list is written as Markdown, newest first."), choices, 0, false, &ok);
    if (!ok)
        return;
    const QString tag = tags.value(choices.indexOf(choice));
    const QString name = tag.isEmpty() ? QStringLiteral("reading-list.md") : QStringLiteral("%1.md").arg(tag);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export reading list"), QDir::home().filePath(name), tr("Markdown files (*.md)"));
    if (!path.isEmpty())
        exportReadingListTo(path, tag);
}

bool LibraryMenu::exportReadingListTo(const QString &path, const QString &tag)
{
    const QString heading = tag.isEmpty() ? tr("Reading list") : tr("Reading list: %1").arg(tag);
    return startExport(path, LinkExport::Format::ReadingList, tag, heading);
}

} // namespace gilde
