#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace gilde {

/// A saved link in the user's library. `url` is normalized (see UrlNormalizer)
/// and unique. Where it was found is kept so the user can go back to the
/// discussion around it.
struct Link {
    enum class TextState { None, Pending, Fetched, Failed };

    qint64 id = 0;
    QUrl url;
    QString title;
    QString note;
    QStringList tags;        ///< lower-cased, unique, sorted
    bool readLater = false;
    bool isPrivate = false;
    qint64 savedMs = 0;      ///< UTC ms, when first saved
    qint64 updatedMs = 0;    ///< UTC ms, last local edit
    qint64 fromItemId = 0;   ///< 0 when saved by hand or imported
    qint64 fromSourceId = 0;
    qint64 fromColumnId = 0;
    QString pageText;        ///< readable text of the page, for search and offline reading
    TextState textState = TextState::None;
    QString textError;       ///< why the page text could not be fetched (Failed), for the user
    QString remoteId;        ///< id on the synced server (Shaarli), "" when not synced
    qint64 remoteUpdatedMs = 0;
};

/// A tag and how many links carry it.
struct TagCount {
    QString tag;
    int count = 0;
    friend bool operator==(const TagCount &, const TagCount &) = default;
};

} // namespace gilde

Q_DECLARE_METATYPE(gilde::Link)
