#pragma once

#include "core/model/Column.h"
#include "core/store/LinkStore.h"

#include <QObject>
#include <QPointer>
#include <QRect>

class QLineEdit;
class QTimer;

namespace gilde
{

class ColumnWidget;
class ItemListView;
class LinkLibrary;
class LinkListModel;
struct Link;

/// What makes a ColumnWidget a links column: the saved links of its spec (a
/// tag, all links, or those to read later; optionally a search) paged from
/// the LinkStore, a search field under the header, and the menu of a link.
/// The actions themselves (open, edit, delete, go to the discussion) are asked
/// for with signals, so one place in the window does them for every column.
class LinkColumnBody : public QObject
{
    Q_OBJECT
public:
    LinkColumnBody(ColumnWidget *column, LinkLibrary &library, LinkStore &store);

    LinkListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }

    void load();
    bool isLoaded() const;
    void setSpec(const StreamSpec &spec);
    /// The header's hint: the tag, "read later", the search.
    QString hint() const;
    QString emptyText() const;
    void retire();

    /// The link at the column's current row (null when none).
    const Link *currentLink() const;
    /// Where the current row is on screen (for placing a popup by it).
    QRect currentRowRect() const;

    static LinkStore::Query queryOf(const StreamSpec &spec);

Q_SIGNALS:
    void openRequested(qint64 linkId);
    void editRequested(qint64 linkId, const QRect &anchor);
    void deleteRequested(qint64 linkId);
    void discussionRequested(qint64 linkId);
    void readLaterToggled(qint64 linkId);
    void copyRequested(qint64 linkId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &pos);
    void searchEdited();

    ColumnWidget *m_column;
    QPointer<ItemListView> m_view; ///< the column's; events may come while the column is going
    LinkStore &m_store;
    LinkListModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QTimer *m_refreshTimer;
    bool m_retired = false;
};

} // namespace gilde
