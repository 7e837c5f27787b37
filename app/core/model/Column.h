#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gilde {

/// What a column shows. Stored as JSON in columns.spec.
struct StreamSpec {
    /// Links is a column of saved links (LinkStore), not of items: the item
    /// queries match nothing for it.
    enum class Kind { All, Source, Folder, Unread, Starred, Search, Links };
    Kind kind = Kind::All;
    qint64 sourceId = 0;  ///< Kind::Source
    QString folder;       ///< Kind::Folder (and its subfolders)
    QString query;        ///< Kind::Search: FTS query as typed; Kind::Links: a search of the links ("" = none)
    QString tag;          ///< Kind::Links: only links with this tag, "" = all
    bool readLaterOnly = false; ///< Kind::Links
    bool unreadOnly = false;
    QStringList muteWords; ///< case-insensitive; an item whose title or text has one is hidden
    bool keepOffline = false; ///< Kind::Source of forum topics: each topic's whole thread is fetched for reading offline
    bool hideBoosts = false;  ///< microblog posts boosted by someone are hidden
    bool hideReplies = false; ///< microblog replies to others are hidden (a thread of one's own stays)
    QStringList hiddenNotifications; ///< microblog notification kinds left out ("favourite", "follow", ...)

    QJsonObject toJson() const;
    static StreamSpec fromJson(const QJsonObject &o);
    /// Whether new items of a source in `sourceFolder` would show here.
    bool covers(qint64 sourceId, const QString &sourceFolder) const;
    friend bool operator==(const StreamSpec &, const StreamSpec &) = default;
};

/// One dashboard column, in a tab, at a position.
struct Column {
    qint64 id = 0;
    qint64 tabId = 0;
    int position = 0;
    QString title;
    StreamSpec spec;
    int width = 360; ///< pixels
};

/// A dashboard tab; its columns are ordered by Column::position.
struct Tab {
    qint64 id = 0;
    int position = 0;
    QString title;
};

} // namespace gilde
