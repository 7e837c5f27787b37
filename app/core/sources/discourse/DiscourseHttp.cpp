#include "DiscourseHttp.h"

#include "DiscourseJson.h"

#include <QCoreApplication>

namespace gilde::discourse
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiscourseHttp)
};

} // namespace

HttpRequest jsonRequest(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.accept = QByteArrayLiteral("application/json");
    return request;
}

QString refusalText(const HttpResult &result, Asked asked)
{
    const DiscourseError error = discourse::error(result.errorBody);
    if (result.status == 404) {
        return asked == Asked::List
            ? Text::tr("The forum has no such list (any more): the category or tag may have been removed, "
                       "renamed or made private.")
            : Text::tr("The forum has no such topic (any more): it may have been deleted or made private.");
    }
    if (result.status == 403 || error.type == u"invalid_access") {
        return asked == Asked::List ? Text::tr("The forum shows this only to signed-in members.")
                                    : Text::tr("The forum shows this topic only to signed-in members.");
    }
    if (!error.message.isEmpty())
        return Text::tr("The forum said: %1").arg(error.message);
    return result.errorText;
}

} // namespace gilde::discourse
