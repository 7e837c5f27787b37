#pragma once

#include "FetchReport.h"
#include "SourceFetcher.h"

#include <QList>
#include <QString>

#include <optional>

namespace gilde
{

/// Posts a timeline's cache is missing: between the entry whose paging id is
/// `newer` (fetched, above the gap) and `older` (fetched, below it). A gap
/// comes from a refresh that found more new posts than one page holds (the
/// stream dropped, the machine slept, Gilde was closed), and closes as pages
/// are fetched into it, from below (min_id) or, on a server that ignores
/// min_id, from above (max_id).
struct TimelineGap {
    qint64 id = 0; ///< the store's row
    QString newer;
    QString older;
    qint64 atMs = 0; ///< time of the entry above the gap: its row sits just below that
    bool downward = false; ///< the server ignores min_id: fill from above instead
    friend bool operator==(const TimelineGap &, const TimelineGap &) = default;
};

/// What a paged source's cache holds, in the server's paging ids: from the
/// newest entry fetched down to the oldest, contiguous but for the gaps
/// (newest first). Survives restarts (TimelineStore).
struct TimelineState {
    QString newest;
    QString oldest;
    bool endReached = false; ///< the server has nothing older than `oldest`
    QList<TimelineGap> gaps;
    bool isEmpty() const { return newest.isEmpty(); }
    friend bool operator==(const TimelineState &, const TimelineState &) = default;
};

/// Orders paging ids: Mastodon's are numbers too long for 64 bits in some
/// servers' hands, GoToSocial's are ULIDs; one server's are all of one kind.
int compareIds(const QString &a, const QString &b);

/// Folds one fetched page into what the cache holds. Pure.
void foldPage(TimelineState &state, const PageReport &page);

/// The request that works on the newest gap next (a Fill or FillDown), or
/// nothing when there is no gap.
std::optional<PageRequest> nextGapRequest(const TimelineState &state);

} // namespace gilde
