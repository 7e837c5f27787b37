#pragma once

#include <QByteArray>
#include <QMimeData>
#include <QString>

namespace gilde::ColumnMime
{

/// The drag payload of a column being moved: its id, within this process.
inline QString type()
{
    return QStringLiteral("application/x-gilde-column");
}

inline QMimeData *encode(qint64 columnId)
{
    auto *mime = new QMimeData;
    mime->setData(type(), QByteArray::number(columnId));
    return mime;
}

/// 0 when the data is not a column.
inline qint64 decode(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(type()))
        return 0;
    bool ok = false;
    const qint64 id = mime->data(type()).toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace gilde::ColumnMime
