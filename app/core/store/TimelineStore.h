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

private:
    Database &m_db;
};

} // namespace gilde
