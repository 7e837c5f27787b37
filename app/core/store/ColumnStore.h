#pragma once

#include "model/Column.h"

#include <QList>

#include <optional>

namespace gilde
{

class Database;

/// All SQL about the dashboard layout: tabs and their ordered columns.
class ColumnStore
{
public:
    explicit ColumnStore(Database &db);

    QList<Tab> tabs() const; ///< by position
    QList<Column> columns(qint64 tabId) const; ///< by position
    std::optional<Column> column(qint64 id) const;

    qint64 addTab(const QString &title); ///< appended at the end
    bool renameTab(qint64 tabId, const QString &title);
    bool removeTab(qint64 tabId); ///< with its columns
    bool moveTab(qint64 tabId, int newPosition);

    qint64 addColumn(const Column &column); ///< appended to its tab; returns id
    bool updateColumn(const Column &column); ///< title, spec, width
    bool removeColumn(qint64 columnId);
    /// Moves a column to a position (and tab); the others close up. One transaction.
    bool moveColumn(qint64 columnId, qint64 tabId, int newPosition);

private:
    Database &m_db;
};

} // namespace gilde
