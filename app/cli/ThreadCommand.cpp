#include "Command.h"
#include "core/Engine.h"
#include "core/sources/Threads.h"
#include "core/store/ItemStore.h"
#include "core/store/ThreadStore.h"
#include "core/text/HtmlSanitizer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace gilde
{

namespace
{

/// `gilde thread ITEM [--json]`: a forum topic's posts in order, or a
/// Mastodon post's conversation. The thread is brought up to date first when
/// the network allows; offline (or when the server refuses) what the cache
/// holds is printed, with a word on stderr.
class ThreadCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("thread"); }
    QString summary() const override { return tr("Print a forum topic's posts, or a post's conversation, in order."); }
    QString syntax() const override { return tr("ITEM"); }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        if (args.size() != 1)
            return usageError(tr("Give the id of one item (see gilde items)."));
        m_itemId = positiveNumber(args.first());
        if (m_itemId <= 0)
            return usageError(tr("Not an item id: %1").arg(args.first()));
        m_json = parser.isSet(QStringLiteral("json"));
        const std::optional<Item> item = engine().items().item(m_itemId);
        if (!item)
            return failure(tr("There is no item %1.").arg(m_itemId));
        if (!Threads::hasThread(*item))
            return failure(tr("Item %1 has no thread: it is neither a forum topic nor a post.").arg(m_itemId));
        Threads &threads = engine().threads();
        connect(&threads, &Threads::threadLoaded, this, [this](qint64 id) {
            if (id == m_itemId)
                print();
        });
        connect(&threads, &Threads::threadFailed, this, [this](qint64 id, const QString &error) {
            if (id != m_itemId)
                return;
            if (engine().threadPosts().count(m_itemId) == 0) {
                Q_EMIT finished(failure(tr("The thread could not be loaded: %1").arg(error)));
                return;
            }
            err() << tr("The thread could not be brought up to date (%1); this is what was read before.").arg(error)
                  << '\n';
            print();
        });
        threads.load(*item);
        return Pending;
    }

private:
    void print()
    {
        const QList<ThreadPost> posts = engine().threadPosts().posts(m_itemId);
        if (m_json) {
            QJsonArray array;
            for (const ThreadPost &p : posts) {
                array.append(QJsonObject {
                    { QStringLiteral("number"), p.number },
                    { QStringLiteral("id"), p.remoteId },
                    { QStringLiteral("author"), p.author },
                    { QStringLiteral("name"), p.authorName },
                    { QStringLiteral("published"),
                        QDateTime::fromMSecsSinceEpoch(p.publishedMs, QTimeZone::utc()).toString(Qt::ISODate) },
                    { QStringLiteral("replyTo"), p.replyTo > 0 ? QJsonValue(p.replyTo) : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("likes"), p.likes },
                    { QStringLiteral("html"), p.html },
                    { QStringLiteral("text"), htmlToPlainText(p.html) },
                });
            }
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const ThreadPost &p : posts) {
                QString head = QStringLiteral("#%1 %2 · %3")
                                   .arg(p.number)
                                   .arg(p.author,
                                       QDateTime::fromMSecsSinceEpoch(p.publishedMs, QTimeZone::utc())
                                           .toLocalTime()
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
                if (p.replyTo > 0)
                    head += u' ' + tr("(replying to #%1)").arg(p.replyTo);
                out() << head << '\n' << htmlToPlainText(p.html).trimmed() << "\n\n";
            }
        }
        Q_EMIT finished(Success);
    }

    qint64 m_itemId = 0;
    bool m_json = false;
};

} // namespace

std::unique_ptr<Command> makeThreadCommand()
{
    return std::make_unique<ThreadCommand>();
}

} // namespace gilde

#include "ThreadCommand.moc"
