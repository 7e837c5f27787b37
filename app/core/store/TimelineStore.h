#pragma once

#include "sync/TimelinePaging.h"

#include <QList>

namespace gilde
{

class Database;

/// All SQL about what paged sources (Mastodon timelines) hold: their
/// TimelineState, gaps included. Used by the refresh's writer and, to show
/// the gaps, by the window.
class TimelineStore
{
public:
    explicit TimelineStore(Database &db);
    /// Empty for a source never paged.
    TimelineState state(qint64 sourceId) const;
    /// Replaces the source's state (gaps get new row ids).
    bool save(qint64 sourceId, const TimelineState &state);
    /// The gaps of these sources, newest first.
    QList<TimelineGap> gaps(const QList<qint64> &sourceIds) const;

    /// How far the user has read the source, as its server keeps a read
    /// marker: the newest item below the oldest unread one (the newest of
    /// all when none is unread), by its remote id; empty when nothing is read.
    QString readPosition(qint64 sourceId) const;
    /// Marks read every item of the source up to and with the remote id
    /// `lastRead` (compareIds); returns how many changed.
    int markReadThrough(qint64 sourceId, const QString &lastRead);

private:
    Database &m_db;
};

} // namespace gilde
