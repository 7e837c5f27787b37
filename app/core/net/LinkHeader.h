#pragma once

#include <QByteArray>
#include <QHash>
#include <QUrl>

namespace gilde
{

/// The targets of an HTTP `Link` header (RFC 8288) by relation type, lower
/// case: `<https://host/api/v1/timelines/home?max_id=9>; rel="next", <…>;
/// rel="prev"` gives "next" and "prev". Several headers may arrive joined by
/// commas; a quoted parameter may hold commas and semicolons; a relation list
/// ("next last") names each; relative targets resolve against `base`. Only
/// http(s) targets are kept; the first link of a relation wins.
QHash<QString, QUrl> parseLinkHeader(const QByteArray &value, const QUrl &base = {});

} // namespace gilde
