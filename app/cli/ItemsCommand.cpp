#include "Command.h"
#include "core/Engine.h"
#include "core/store/ColumnStore.h"
#include "core/store/ItemStore.h"
#include "core/store/SourceStore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gilde
{

namespace
{

QJsonValue isoOrNull(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/// `gilde items [--column ID | --source ID | --search TEXT] [--unread] [--limit N]`:
/// the cached items of a stream, newest first.
class ItemsCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("items"); }
    QString summary() const override { return tr("List cached items, newest first."); }

    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({ QStringLiteral("column"), tr("The items a dashboard column shows."), tr("ID") });
        parser.addOption({ QStringLiteral("source"), tr("The items of one source."), tr("ID") });
        parser.addOption({ QStringLiteral("search"), tr("Items matching a full-text search."), tr("TEXT") });
        parser.addOption({ QStringLiteral("unread"), tr("Unread items only.") });
        parser.addOption({ QStringLiteral("limit"), tr("At most N items (default 50)."), tr("N") });
    }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        if (!args.isEmpty())
            return usageError(tr("Unexpected argument: %1").arg(args.first()));
        const int selectors = int(parser.isSet(QStringLiteral("column")))
            + int(parser.isSet(QStringLiteral("source"))) + int(parser.isSet(QStringLiteral("search")));
        if (selectors > 1)
            return usageError(tr("Give only one of --column, --source and --search."));

        int limit = 50;
        if (parser.isSet(QStringLiteral("limit"))) {
            const qint64 n = positiveNumber(parser.value(QStringLiteral("limit")));
            if (n <= 0 || n > 1000000)
                return usageError(tr("--limit takes a positive number."));
            limit = int(n);
        }

        StreamSpec spec;
        if (parser.isSet(QStringLiteral("column"))) {
            const qint64 id = positiveNumber(parser.value(QStringLiteral("column")));
            if (id <= 0)
                return usageError(tr("Not a column id: %1").arg(parser.value(QStringLiteral("column"))));
            const auto column = engine().columns().column(id);
            if (!column)
                return failure(tr("There is no column with id %1 (see: gilde columns).").arg(id));
            spec = column->spec;
        } else if (parser.isSet(QStringLiteral("source"))) {
            const qint64 id = positiveNumber(parser.value(QStringLiteral("source")));
            if (id <= 0)
                return usageError(tr("Not a source id: %1").arg(parser.value(QStringLiteral("source"))));
            if (!engine().sources().byId(id))
                return failure(tr("There is no source with id %1 (see: gilde sources).").arg(id));
            spec.kind = StreamSpec::Kind::Source;
            spec.sourceId = id;
        } else if (parser.isSet(QStringLiteral("search"))) {
            spec.kind = StreamSpec::Kind::Search;
            spec.query = parser.value(QStringLiteral("search")).trimmed();
            if (spec.query.isEmpty())
                return usageError(tr("--search needs some text."));
        }
        if (parser.isSet(QStringLiteral("unread")))
            spec.unreadOnly = true;

        // Refresh leaves full-text indexing for later; a search must see everything stored.
        if (spec.kind == StreamSpec::Kind::Search)
            engine().items().indexPending();

        const QList<Item> items = engine().items().page(spec, PageCursor(), limit);
        QHash<qint64, QString> sourceTitles;
        const QList<Source> sources = engine().sources().all();
        for (const Source &s : sources)
            sourceTitles.insert(s.id, s.title);

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Item &item : items) {
                array.append(QJsonObject {
                    { QStringLiteral("id"), item.id },
                    { QStringLiteral("source"), item.sourceId },
                    { QStringLiteral("sourceTitle"), sourceTitles.value(item.sourceId) },
                    { QStringLiteral("title"), item.title },
                    { QStringLiteral("url"),
                        item.url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.url) },
                    { QStringLiteral("author"),
                        item.author.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.author) },
                    { QStringLiteral("published"), isoOrNull(item.publishedMs) },
                    { QStringLiteral("read"), item.read },
                    { QStringLiteral("starred"), item.starred },
                    { QStringLiteral("excerpt"), item.text },
                });
            }
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }

        for (const Item &item : items) {
            const QString date = item.publishedMs > 0 ? QDateTime::fromMSecsSinceEpoch(item.publishedMs)
                                                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                      : QStringLiteral("                ");
            const QString title
                = item.title.isEmpty() ? item.text.left(80).simplified() : item.title.simplified();
            out() << date << "  " << (item.read ? ' ' : '*') << ' ' << sourceTitles.value(item.sourceId)
                  << ": " << title << '\n';
        }
        if (items.isEmpty())
            err() << tr("No items.") << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeItemsCommand()
{
    return std::make_unique<ItemsCommand>();
}

} // namespace gilde

#include "ItemsCommand.moc"
