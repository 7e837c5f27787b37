#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace gilde
{

class LinkLibrary;
class LinkStore;

/// The tags of the link library with how many links carry each, sortable
/// and filterable. Rename a tag (into an existing one merges them, after
/// asking), delete one (the links stay), or open a links column for it.
class TagBrowserDialog : public QDialog
{
    Q_OBJECT
public:
    TagBrowserDialog(LinkLibrary &library, LinkStore &store, QWidget *parent = nullptr);

    void reload();
    int tagCount() const;
    /// The tags as listed (sorted and filtered as shown).
    QStringList shownTags() const;
    int countOf(const QString &tag) const;
    void selectTag(const QString &tag);
    QString selectedTag() const;

    /// Renames `from` to `to`; when `to` exists, asks whether to merge first.
    bool renameTag(const QString &from, const QString &to);
    /// Asks first; the links keep everything but this tag.
    bool deleteTag(const QString &tag);
    void promptRename();

    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void openTagRequested(const QString &tag);

private:
    void updateButtons();
    void say(const QString &text, bool error = false);

    LinkLibrary &m_library;
    LinkStore &m_store;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

} // namespace gilde
