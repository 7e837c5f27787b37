#pragma once

#include <QObject>
#include <QPointer>

class QLineEdit;
class QMenu;

namespace gilde
{

class Engine;
class LinkActions;
class OutboxDialog;
class TagBrowserDialog;

/// The window's entries for the link library: the tag browser, the outbox,
/// importing and exporting bookmarks (Netscape HTML) and a reading list
/// (Markdown), connecting a Shaarli, and searching saved links from the
/// search field. Results are told through statusMessage().
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
    bool importBookmarksFrom(const QString &path);
    bool exportBookmarksTo(const QString &path);
    /// `tag` "" = every link.
    bool exportReadingListTo(const QString &path, const QString &tag);

    TagBrowserDialog *tagBrowser() const;
    OutboxDialog *outboxDialog() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    bool writeFile(const QString &path, const QByteArray &data);

    Engine &m_engine;
    LinkActions &m_links;
    QWidget *m_window;
    QPointer<TagBrowserDialog> m_tags;
    QPointer<OutboxDialog> m_outbox;
};

} // namespace gilde
