#pragma once

#include <QSet>
#include <QString>

namespace gilde
{

class ColumnStore;
class SourceStore;

/// Adds a column of tab `tabId` showing source `sourceId`; false when the profile could not take it.
bool addSourceColumn(ColumnStore &columns, qint64 tabId, const QString &title, qint64 sourceId);

/// Removes sources with their items, the columns that show only one of them,
/// and a tab those columns leave empty: what goes when the account that read
/// them signs out. Returns how many sources went.
int removeSourcesWithColumns(SourceStore &sources, ColumnStore &columns, const QSet<qint64> &sourceIds);

} // namespace gilde
