#pragma once

#include "model/Link.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace gilde
{

/// A bookmark as Shaarli's REST API v1 shows it.
struct ShaarliLink {
    qint64 id = -1; ///< -1 until the server gave one
    QUrl url;
    QString title;
    QString description;
    QStringList tags;
    bool isPrivate = false;
    qint64 createdMs = 0;
    qint64 updatedMs = 0; ///< the created time when never edited

    /// The body of a POST or PUT (created is sent so the saved time survives).
    QJsonObject toJson() const;
    static ShaarliLink fromJson(const QJsonObject &object);
};

/// What GET /info tells about a Shaarli.
struct ShaarliInfo {
    QString title;
    int linkCount = 0;
    QString timezone;
};

/// The decoding of Shaarli's answers: bytes in, values out, no I/O. Each
/// returns nothing when the body does not have the shape Shaarli gives it
/// (another program answered, or the answer was cut short).
std::optional<ShaarliInfo> parseShaarliInfo(const QByteArray &body);
std::optional<QList<ShaarliLink>> parseShaarliLinks(const QByteArray &body);
/// One link: an object with an id.
std::optional<ShaarliLink> parseShaarliLink(const QByteArray &body);
std::optional<QList<TagCount>> parseShaarliTags(const QByteArray &body);

/// The message of an error body: a JSON string ("Not authorized") or, in
/// debug mode, an object with a message; "" when there is none (an HTML page).
QString shaarliServerMessage(const QByteArray &body);

} // namespace gilde
