#pragma once

#include "model/Column.h"

#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace gilde
{

/// The WHERE conditions of a StreamSpec over the items table, built from
/// fixed SQL fragments with every user value as a bound parameter. Internal
/// to the store.
struct StreamFilter {
    QString sql; ///< "1" when nothing filters; never contains user text
    QVariantList values;
    bool matchesNothing = false; ///< e.g. a search for nothing but punctuation

    static StreamFilter from(const StreamSpec &spec);
    void bindTo(QSqlQuery &q) const;
};

/// Turns text as typed into a safe FTS5 query: every term quoted (so FTS5
/// operators and punctuation are literal), all terms required, a trailing `*`
/// kept as a prefix search. Empty when nothing searchable is left.
QString ftsQuery(const QString &typed);

/// Most matches a Search column considers (the most recently stored ones), so
/// that a term found in every item stays fast.
constexpr int SearchResultCap = 2000;

} // namespace gilde
