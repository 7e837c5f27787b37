#include "StreamFilter.h"

#include "SqlText.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace gilde
{

QString ftsQuery(const QString &typed)
{
    QStringList terms;
    const QStringList words = typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        bool prefix = false;
        while (word.endsWith(QLatin1Char('*'))) {
            word.chop(1);
            prefix = true;
        }
        const bool searchable
            = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!searchable)
            continue;
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
    }
    return terms.join(QLatin1Char(' '));
}

StreamFilter StreamFilter::from(const StreamSpec &spec)
{
    StreamFilter f;
    QStringList conditions;
    switch (spec.kind) {
    case StreamSpec::Kind::All:
        break;
    case StreamSpec::Kind::Source:
        conditions << QStringLiteral("source_id = ?");
        f.values << spec.sourceId;
        break;
    case StreamSpec::Kind::Folder: {
        conditions << QStringLiteral(
            "source_id IN (SELECT id FROM sources WHERE folder = ? OR substr(folder, 1, ?) = ?)");
        const QString prefix = spec.folder + QLatin1Char('/');
        f.values << sqlText(spec.folder) << prefix.size() << prefix;
        break;
    }
    case StreamSpec::Kind::Unread:
        conditions << QStringLiteral("read = 0");
        break;
    case StreamSpec::Kind::Starred:
        conditions << QStringLiteral("starred = 1");
        break;
    case StreamSpec::Kind::Search: {
        const QString match = ftsQuery(spec.query);
        if (match.isEmpty()) {
            f.matchesNothing = true;
            break;
        }
        // rowid order is FTS5's native order, so the cap costs nothing extra.
        conditions << QStringLiteral("id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ? "
                                     "ORDER BY rowid DESC LIMIT %1)")
                          .arg(SearchResultCap);
        f.values << match;
        break;
    }
    case StreamSpec::Kind::Links:
        // Saved links live in LinkStore: an items query for such a column finds nothing.
        f.matchesNothing = true;
        break;
    }
    if (spec.unreadOnly && spec.kind != StreamSpec::Kind::Unread)
        conditions << QStringLiteral("read = 0");
    // As StatusToItems marks them in the item's meta (compact JSON).
    if (spec.hideBoosts)
        conditions << QStringLiteral("instr(meta, '\"boost\":true') = 0");
    if (spec.hideReplies)
        conditions << QStringLiteral("instr(meta, '\"reply\":true') = 0");
    for (const QString &kind : spec.hiddenNotifications) {
        conditions << QStringLiteral("instr(meta, ?) = 0");
        f.values << QStringLiteral("\"notification\":\"%1\"").arg(kind);
    }
    for (const QString &word : spec.muteWords) {
        const QString w = word.trimmed().toLower();
        if (w.isEmpty())
            continue;
        // Against the words a reader sees, not the markup, folded the way
        // QString::toLower folds the mute word.
        conditions << QStringLiteral("instr(item_words(title, html), ?) = 0");
        f.values << w;
    }
    if (f.matchesNothing) {
        conditions = { QStringLiteral("0") };
        f.values.clear();
    }
    f.sql = conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QStringLiteral(" AND "));
    return f;
}

void StreamFilter::bindTo(QSqlQuery &q) const
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

} // namespace gilde
