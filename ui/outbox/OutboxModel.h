#pragma once

#include "core/model/OutboxEntry.h"

#include <QAbstractTableModel>
#include <QHash>

namespace gilde
{

class AccountStore;
class OutboxStore;

/// Every entry of the outbox, newest first: state, what it does, to what,
/// attempts, when it is tried next, and the server's last answer. Follows
/// the Outbox row by row (entryChanged), so a long queue being delivered
/// never reloads as a whole.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        ActionColumn,
        TargetColumn,
        AttemptsColumn,
        NextColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        StateRole, ///< int(OutboxEntry::State)
        ErrorRole, ///< the last error, "" when none
    };

    OutboxModel(OutboxStore &store, AccountStore &accounts, QObject *parent = nullptr);

    void reload();
    /// An entry changed (or appeared, or went): re-reads that one row.
    void entryChanged(qint64 entryId);
    /// Repaints the relative times ("in 2 min").
    void tick();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const OutboxEntry *entryAt(int row) const;
    int rowOf(qint64 entryId) const;

    static QString stateText(const OutboxEntry &entry);
    static QString actionText(const QString &action);
    static QString targetText(const OutboxEntry &entry);

private:
    void rebuildIndex();
    QString accountName(qint64 accountId) const;

    OutboxStore &m_store;
    AccountStore &m_accounts;
    QList<OutboxEntry> m_rows;
    QHash<qint64, int> m_rowOf;
};

} // namespace gilde
