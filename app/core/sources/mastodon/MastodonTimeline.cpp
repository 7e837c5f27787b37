#include "MastodonTimeline.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace gilde
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MastodonTimeline)
};

const QString AccountFragment = QStringLiteral("account=");

bool isWeb(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// Tags and ids go into a path segment: letters, digits, '_' (tags may be any script).
bool isPathWord(const QString &s)
{
    static const QRegularExpression word(QStringLiteral("^[\\w]{1,100}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return word.match(s).hasMatch();
}

bool isAcct(const QString &s)
{
    static const QRegularExpression acct(QStringLiteral("^[A-Za-z0-9_.\\-]{1,64}(@[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?)?$"));
    return acct.match(s).hasMatch();
}

} // namespace

bool MastodonTimeline::needsAccount() const
{
    switch (kind) {
    case Kind::Local:
    case Kind::Federated:
    case Kind::Hashtag:
    case Kind::Account:
        return false;
    default:
        return true;
    }
}

QUrl MastodonTimeline::serverOf(const QUrl &url)
{
    QUrl server;
    server.setScheme(url.scheme());
    server.setHost(url.host());
    server.setPort(url.port());
    return server;
}

QUrl MastodonTimeline::apiUrl() const
{
    QUrl url = serverOf(server);
    QUrlQuery query;
    switch (kind) {
    case Kind::Home:
        url.setPath(QStringLiteral("/api/v1/timelines/home"));
        break;
    case Kind::Notifications:
        url.setPath(QStringLiteral("/api/v1/notifications"));
        break;
    case Kind::Mentions:
        url.setPath(QStringLiteral("/api/v1/notifications"));
        query.addQueryItem(QStringLiteral("types[]"), QStringLiteral("mention"));
        break;
    case Kind::Local:
        url.setPath(QStringLiteral("/api/v1/timelines/public"));
        query.addQueryItem(QStringLiteral("local"), QStringLiteral("true"));
        break;
    case Kind::Federated:
        url.setPath(QStringLiteral("/api/v1/timelines/public"));
        break;
    case Kind::Hashtag:
        url.setPath(QStringLiteral("/api/v1/timelines/tag/") + arg);
        break;
    case Kind::List:
        url.setPath(QStringLiteral("/api/v1/timelines/list/") + arg);
        break;
    case Kind::Bookmarks:
        url.setPath(QStringLiteral("/api/v1/bookmarks"));
        break;
    case Kind::Favourites:
        url.setPath(QStringLiteral("/api/v1/favourites"));
        break;
    case Kind::Account:
        url.setPath(QStringLiteral("/api/v1/accounts/%1/statuses").arg(arg));
        break;
    case Kind::Search:
        url.setPath(QStringLiteral("/api/v2/search"));
        query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(arg)));
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("statuses"));
        break;
    }
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl MastodonTimeline::sourceUrl() const
{
    QUrl url = apiUrl();
    if (accountId > 0)
        url.setFragment(AccountFragment + QString::number(accountId));
    return url;
}

QUrl MastodonTimeline::webUrl(const QString &acct) const
{
    QUrl url = serverOf(server);
    switch (kind) {
    case Kind::Home:
        url.setPath(QStringLiteral("/home"));
        break;
    case Kind::Notifications:
    case Kind::Mentions:
        url.setPath(QStringLiteral("/notifications"));
        break;
    case Kind::Local:
        url.setPath(QStringLiteral("/public/local"));
        break;
    case Kind::Federated:
        url.setPath(QStringLiteral("/public"));
        break;
    case Kind::Hashtag:
        url.setPath(QStringLiteral("/tags/") + arg);
        break;
    case Kind::List:
        url.setPath(QStringLiteral("/lists/") + arg);
        break;
    case Kind::Bookmarks:
        url.setPath(QStringLiteral("/bookmarks"));
        break;
    case Kind::Favourites:
        url.setPath(QStringLiteral("/favourites"));
        break;
    case Kind::Account:
        url.setPath(acct.isEmpty() ? QStringLiteral("/") : QStringLiteral("/@") + acct);
        break;
    case Kind::Search: {
        url.setPath(QStringLiteral("/search"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(arg)));
        url.setQuery(query);
        break;
    }
    }
    return url;
}

QString MastodonTimeline::title(const QString &acct) const
{
    const QString host = server.host();
    switch (kind) {
    case Kind::Home:
        return Text::tr("Home");
    case Kind::Notifications:
        return Text::tr("Notifications");
    case Kind::Mentions:
        return Text::tr("Mentions");
    case Kind::Local:
        return Text::tr("Local · %1").arg(host);
    case Kind::Federated:
        return Text::tr("Federated · %1").arg(host);
    case Kind::Hashtag:
        return u'#' + arg;
    case Kind::List:
        return Text::tr("List %1").arg(arg);
    case Kind::Bookmarks:
        return Text::tr("Bookmarks");
    case Kind::Favourites:
        return Text::tr("Favourites");
    case Kind::Account:
        return acct.isEmpty() ? Text::tr("Posts of %1").arg(arg) : u'@' + acct;
    case Kind::Search:
        return Text::tr("Search: %1").arg(arg);
    }
    return {};
}

std::optional<MastodonTimeline> MastodonTimeline::fromSourceUrl(const QUrl &url)
{
    if (!isWeb(url))
        return std::nullopt;
    MastodonTimeline t;
    t.server = serverOf(url);
    const QString fragment = url.fragment();
    if (fragment.startsWith(AccountFragment)) {
        bool ok = false;
        t.accountId = fragment.mid(AccountFragment.size()).toLongLong(&ok);
        if (!ok || t.accountId <= 0)
            return std::nullopt;
    }
    const QString path = url.path();
    const QUrlQuery query(url);
    static const QRegularExpression tail(QStringLiteral(
        "^/api/v1/(?:timelines/(tag|list)/([^/]+)|accounts/([^/]+)/statuses)$"));
    if (path == u"/api/v1/timelines/home") {
        t.kind = Kind::Home;
    } else if (path == u"/api/v1/notifications") {
        t.kind = query.queryItemValue(QStringLiteral("types[]")) == u"mention" ? Kind::Mentions
                                                                                : Kind::Notifications;
    } else if (path == u"/api/v1/timelines/public") {
        t.kind = query.queryItemValue(QStringLiteral("local")) == u"true" ? Kind::Local : Kind::Federated;
    } else if (path == u"/api/v2/search") {
        t.kind = Kind::Search;
        t.arg = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
        if (t.arg.isEmpty() || t.arg.size() > MaxQuery
            || query.queryItemValue(QStringLiteral("type")) != u"statuses")
            return std::nullopt;
    } else if (path == u"/api/v1/bookmarks") {
        t.kind = Kind::Bookmarks;
    } else if (path == u"/api/v1/favourites") {
        t.kind = Kind::Favourites;
    } else if (const auto m = tail.match(path); m.hasMatch()) {
        if (m.captured(1) == u"tag")
            t.kind = Kind::Hashtag;
        else if (m.captured(1) == u"list")
            t.kind = Kind::List;
        else
            t.kind = Kind::Account;
        t.arg = m.captured(1).isEmpty() ? m.captured(3) : m.captured(2);
        if (!isPathWord(t.arg))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (t.needsAccount() && t.accountId == 0)
        return std::nullopt;
    return t;
}

std::optional<MastodonAddress> MastodonAddress::parse(const QString &input)
{
    const QString text = input.trimmed();
    MastodonAddress a;
    // @user@server (or user@server, as people write it)
    if (!text.contains(u'/') && text.count(u'@') >= 1) {
        const QString acct = text.startsWith(u'@') ? text.mid(1) : text;
        const qsizetype at = acct.indexOf(u'@');
        if (at <= 0 || !isAcct(acct))
            return std::nullopt;
        a.kind = Kind::Account;
        a.value = acct.left(at);
        a.server = QUrl(QStringLiteral("https://") + acct.mid(at + 1));
        return isWeb(a.server) ? std::optional(a) : std::nullopt;
    }
    QUrl url(text.contains(QStringLiteral("://")) ? text : QStringLiteral("https://") + text);
    if (!isWeb(url))
        return std::nullopt;
    a.server = MastodonTimeline::serverOf(url);
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    if (parts.size() == 1 && parts[0].startsWith(u'@') && isAcct(parts[0].mid(1))) {
        a.kind = Kind::Account;
        a.value = parts[0].mid(1);
    } else if (parts.size() == 2 && parts[0] == u"users" && isAcct(parts[1])) {
        a.kind = Kind::Account;
        a.value = parts[1];
    } else if (parts.size() == 2 && parts[0] == u"tags" && isPathWord(parts[1])) {
        a.kind = Kind::Hashtag;
        a.value = parts[1];
    } else if (parts == QStringList { QStringLiteral("public"), QStringLiteral("local") }) {
        a.kind = Kind::Local;
    } else if (parts == QStringList { QStringLiteral("public") }) {
        a.kind = Kind::Federated;
    } else {
        return std::nullopt;
    }
    return a;
}

} // namespace gilde
