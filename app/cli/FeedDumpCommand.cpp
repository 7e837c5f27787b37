#include "Command.h"
#include "core/net/HttpClient.h"
#include "core/sources/feeds/FeedJson.h"
#include "core/sources/feeds/FeedParser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace gilde
{

namespace
{

/// `gilde feed-dump FILE|URL`: parses one feed and prints it as JSON, to see
/// what Gilde makes of a feed without a profile.
class FeedDumpCommand : public Command
{
    Q_OBJECT
public:
    QString name() const override { return QStringLiteral("feed-dump"); }
    QString summary() const override { return tr("Parse one feed and print it as JSON."); }
    QString syntax() const override { return tr("FILE|URL"); }
    bool needsProfile() const override { return false; }

    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption(
            { QStringLiteral("base"), tr("Resolve relative links against URL (for a file)."), tr("URL") });
    }

    int run(const QCommandLineParser &parser, const QStringList &args) override
    {
        if (args.size() != 1)
            return usageError(
                args.isEmpty() ? tr("Give one feed file or URL.") : tr("Give only one feed file or URL."));
        const QString target = args.first();
        const QUrl url(target);
        const QString scheme = url.scheme().toLower();
        if (scheme == u"http" || scheme == u"https")
            return fetch(url);

        QFile file(target);
        if (!file.open(QIODevice::ReadOnly))
            return failure(tr("Cannot read %1: %2").arg(target, file.errorString()));
        const QUrl base = parser.isSet(QStringLiteral("base"))
            ? QUrl(parser.value(QStringLiteral("base")))
            : QUrl::fromLocalFile(QFileInfo(target).absoluteFilePath());
        return print(parseFeed(file.readAll(), base));
    }

private:
    int fetch(const QUrl &url)
    {
        m_http = new HttpClient(this);
        HttpRequest request;
        request.url = url;
        request.accept = "application/rss+xml, application/atom+xml, application/feed+json, "
                         "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
        m_http->get(request, [this, url](const HttpResult &result) {
            if (!result.isSuccess()) {
                Q_EMIT finished(failure(tr("Cannot load %1: %2").arg(url.toString(), result.errorText)));
                return;
            }
            Q_EMIT finished(print(parseFeed(result.body, result.documentUrl(), result.contentType)));
        });
        return Pending;
    }

    int print(const ParsedFeed &feed)
    {
        if (!feed.ok)
            return failure(tr("Not a feed: %1").arg(feed.error));
        out() << QJsonDocument(feedToJson(feed)).toJson(QJsonDocument::Indented);
        return Success;
    }

    HttpClient *m_http = nullptr;
};

} // namespace

std::unique_ptr<Command> makeFeedDumpCommand()
{
    return std::make_unique<FeedDumpCommand>();
}

} // namespace gilde

#include "FeedDumpCommand.moc"
