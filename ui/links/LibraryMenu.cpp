#include "LibraryMenu.h"

#include "core/Engine.h"
#include "core/links/LinkLibrary.h"
#include "core/links/NetscapeBookmarks.h"
#include "core/links/ReadingList.h"
#include "core/store/LinkStore.h"
#include "ui/accounts/ShaarliAccountDialog.h"
#include "ui/common/Theme.h"
#include "ui/links/LinkActions.h"
#include "ui/links/TagBrowserDialog.h"
#include "ui/outbox/OutboxDialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>

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
{
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
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Q_EMIT statusMessage(
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    const BookmarkFile file = readNetscapeBookmarks(f.readAll());
    if (!file.recognized) {
        Q_EMIT statusMessage(tr("%1 is not a bookmark file (Netscape HTML, as browsers, Pinboard and "
                                "Shaarli export it).")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const LinkLibrary::ImportResult r = m_engine.library().importLinks(file.links);
    QString text = r.added == 1 ? tr("Imported %n new link", nullptr, 1)
                                : tr("Imported %n new links", nullptr, r.added);
    if (r.updated > 0)
        text += r.updated == 1 ? tr(", %n already saved (tags joined)", nullptr, 1)
                               : tr(", %n already saved (tags joined)", nullptr, r.updated);
    if (file.skipped > 0)
        text += tr(", %n skipped (not a web address)", nullptr, file.skipped);
    if (r.failed > 0)
        text += tr(", %n failed: %1", nullptr, r.failed).arg(r.error);
    Q_EMIT statusMessage(text);
    if (r.added + r.updated > 0)
        m_engine.library().fetchPendingTexts();
    return r.failed == 0;
}

bool LibraryMenu::writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) < 0 || !f.commit()) {
        Q_EMIT statusMessage(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    return true;
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
    const QList<Link> links = m_engine.links().all();
    if (!writeFile(path, writeNetscapeBookmarks(links)))
        return false;
    Q_EMIT statusMessage((links.size() == 1 ? tr("Exported %n link to %1", nullptr, 1)
                                            : tr("Exported %n links to %1", nullptr, int(links.size())))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
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
    QList<Link> links = m_engine.links().all();
    if (!tag.isEmpty())
        links.removeIf([&tag](const Link &l) { return !l.tags.contains(tag); });
    const QString heading = tag.isEmpty() ? tr("Reading list") : tr("Reading list: %1").arg(tag);
    if (!writeFile(path, markdownReadingList(heading, links).toUtf8()))
        return false;
    Q_EMIT statusMessage((links.size() == 1 ? tr("Exported %n link to %1", nullptr, 1)
                                            : tr("Exported %n links to %1", nullptr, int(links.size())))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace gilde
