#include "AccountColumns.h"

#include "model/Column.h"
#include "store/ColumnStore.h"
#include "store/SourceStore.h"

namespace gilde
{

bool addSourceColumn(ColumnStore &columns, qint64 tabId, const QString &title, qint64 sourceId)
{
    Column column;
    column.tabId = tabId;
    column.title = title;
    column.spec.kind = StreamSpec::Kind::Source;
    column.spec.sourceId = sourceId;
    return columns.addColumn(column) > 0;
}

int removeSourcesWithColumns(SourceStore &sources, ColumnStore &columns, const QSet<qint64> &sourceIds)
{
    QSet<qint64> removed;
    for (const qint64 id : sourceIds) {
        if (sources.remove(id))
            removed.insert(id);
    }
    if (removed.isEmpty())
        return 0;
    // Their columns would show nothing; a tab left empty goes too.
    for (const Tab &tab : columns.tabs()) {
        const QList<Column> cols = columns.columns(tab.id);
        int left = int(cols.size());
        for (const Column &c : cols) {
            if (c.spec.kind == StreamSpec::Kind::Source && removed.contains(c.spec.sourceId)) {
                columns.removeColumn(c.id);
                --left;
            }
        }
        if (left == 0 && !cols.isEmpty())
            columns.removeTab(tab.id);
    }
    return int(removed.size());
}

} // namespace gilde
