#pragma once

#include "core/model/Source.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QSet>

namespace gilde
{

class Engine;

/// The user's sources as a table for the sources dialog: title and folder
/// (both editable, through Subscriptions), address, last refresh (relative),
/// status with the last error, and the unread count. Updates in place when a
/// source changes so that selection and scrolling survive refreshes.
class SourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        FolderColumn,
        UrlColumn,
        LastRefreshColumn,
        StatusColumn,
        UnreadColumn,
        ColumnCount
    };
    enum Role {
        SourceIdRole = Qt::UserRole + 1,
        SortRole, ///< numbers for time and counts, text otherwise
        HasErrorRole,
    };

    explicit SourceTableModel(Engine &engine, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Reads all sources again; rows are updated in place when the set is unchanged.
    void reload();
    /// Reads one source again (after a refresh of it).
    void updateSource(qint64 sourceId);
    void setRefreshing(const QList<qint64> &sourceIds, bool refreshing);
    void clearRefreshing();

    qint64 sourceIdAt(int row) const;
    int rowOf(qint64 sourceId) const;
    const Source *sourceAt(int row) const;

    void setColours(const QColor &error, const QColor &muted);
    /// "just now", "5 min ago", "3 days ago", then a date. Public for tests.
    static QString relativeAge(qint64 thenMs, qint64 nowMs);

private:
    struct Row {
        Source source;
        int unread = 0;
    };
    Row readRow(const Source &source) const;
    QString statusText(const Row &row) const;
    QString statusToolTip(const Row &row) const;
    void refreshAges();

    Engine &m_engine;
    QList<Row> m_rows;
    QSet<qint64> m_refreshing;
    QColor m_error = Qt::red;
    QColor m_muted = Qt::gray;
};

} // namespace gilde
