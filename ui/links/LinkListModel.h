#pragma once

#include "core/model/Link.h"
#include "core/store/LinkStore.h"

#include <QAbstractListModel>
#include <QHash>

namespace gilde
{

/// The saved links of a links column, newest saved first, paged lazily from
/// the LinkStore with a keyset cursor (canFetchMore/fetchMore). refresh()
/// after a change in the library inserts new links at the top as rows of
/// their own and updates changed rows in place, so the view keeps its place;
/// only removals reset the list.
class LinkListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // Apart from the item roles, so that item code never reads a link as an item.
    enum Role {
        LinkIdRole = Qt::UserRole + 200,
        TitleRole, ///< the title, or the address when there is none
        UrlRole, ///< QString, fully encoded
        DomainRole, ///< host without "www."
        TagsRole, ///< QStringList
        NoteRole,
        SavedRole, ///< UTC ms
        ReadLaterRole,
        FromItemRole, ///< item id it was found in, 0 = none
        TextStateRole, ///< int(Link::TextState)
    };

    static constexpr int FirstPageSize = 40;
    static constexpr int PageSize = 100;

    explicit LinkListModel(LinkStore &store, QObject *parent = nullptr);

    /// Replaces what the model shows and loads the first page.
    void setQuery(const LinkStore::Query &query);
    LinkStore::Query query() const { return m_query; }
    void reload();
    /// Re-reads the loaded links: inserts new ones at the top, updates
    /// changed ones in place, resets only when links went away.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Link *linkAt(int row) const;
    int rowOf(qint64 linkId) const;
    bool isLoaded() const { return m_loaded; }

    static QString domainOf(const QUrl &url);

Q_SIGNALS:
    /// Rows were loaded, inserted or removed.
    void contentChanged();

private:
    void rebuildIndex();

    LinkStore &m_store;
    LinkStore::Query m_query;
    QList<Link> m_rows;
    QHash<qint64, int> m_rowOfId;
    bool m_atEnd = false;
    bool m_loaded = false;
};

} // namespace gilde
