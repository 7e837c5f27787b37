#pragma once

#include "core/links/BookmarkImport.h"
#include "core/links/LinkExport.h"

#include <QObject>
#include <QPointer>

class QLineEdit;
class QMenu;

namespace gilde
{

class BookmarkImport;
class Engine;
class LinkActions;
class OutboxDialog;
class TagBrowserDialog;

/// The window's entries for the link library: the tag browser, the outbox,
/// importing and exporting bookmarks (Netscape HTML) and a reading list
/// (Markdown), connecting a Shaarli, and searching saved links from the
/// search field. Results are told through statusMessage(). Imports and
/// exports run on a worker: the window stays usable and shows activityText()
/// meanwhile.
class LibraryMenu : public QObject
{
    Q_OBJECT
public:
    LibraryMenu(Engine &engine, LinkActions &links, QWidget *window);

    /// Adds the entries to the window's menu.
    void addTo(QMenu *menu);
    /// Gives the search field a button that searches the saved links.
    void addSearchAction(QLineEdit *search);

    void showTags();
    void showOutbox();
    void connectShaarli();
    void importBookmarks();
    void exportBookmarks();
    void exportReadingList();

    /// The same without asking for a file (the dialogs call these).
    /// Starts importing `path`; false (said through statusMessage()) while
    /// another import runs. importFinished() and a message when it is done.
    bool importBookmarksFrom(const QString &path);
    bool isImporting() const;
    /// What the window shows while an import runs; "" when none does.
    QString activityText() const;
    BookmarkImport *bookmarkImport() const { return m_import; }
    /// Start writing the file; false (said through statusMessage()) while
    /// another export runs. exportFinished() and a message when it is done.
    bool exportBookmarksTo(const QString &path);
    /// `tag` "" = every link.
    bool exportReadingListTo(const QString &path, const QString &tag);
    bool isExporting() const;

    TagBrowserDialog *tagBrowser() const;
    OutboxDialog *outboxDialog() const;

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// activityText() changed (an import started, went on or ended).
    void activityChanged();
    /// An import ended; `ok` when every link of the file was saved.
    void importFinished(bool ok);
    void exportFinished(bool ok);

private:
    void importDone(const BookmarkImport::Report &report);
    void exportDone(const LinkExport::Report &report);
    bool startExport(
        const QString &path, LinkExport::Format format, const QString &tag, const QString &heading);

    Engine &m_engine;
    LinkActions &m_links;
    QWidget *m_window;
    QPointer<TagBrowserDialog> m_tags;
    QPointer<OutboxDialog> m_outbox;
    BookmarkImport *m_import;
    LinkExport *m_export;
};

} // namespace gilde
