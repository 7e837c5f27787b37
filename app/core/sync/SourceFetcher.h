#pragma once

#include "FetchReport.h"
#include "net/HttpClient.h"

#include <functional>

namespace gilde
{

struct Source;

/// Which page of a paged source (a timeline) a fetch asks for. Sources that
/// are not paged (feeds) only ever have the newest.
struct PageRequest {
    enum class Direction {
        Newest, ///< what a refresh asks for
        Older, ///< the page below what the cache has (scrolling past its end)
        Fill, ///< the page just above `cursor` (min_id), working upwards into a gap
        FillDown, ///< the page just below `cursor` (max_id), working down into a gap
        Stream, ///< no fetch: posts a live stream brought, newer than what the cache has
    };
    Direction direction = Direction::Newest;
    QString cursor; ///< the paging id to start from (Older, Fill)
};

/// How one kind of source (Source::kind) is fetched. SyncEngine schedules,
/// bounds, backs off, stores and reports every kind the same way; a fetcher
/// only knows its protocol: which requests a refresh makes, and what the
/// answers come to.
///
/// fetch() runs on the engine's thread and must not block: it makes its
/// requests through the HttpClient and calls `done` once, from a callback,
/// with the last answer and, when that answer is a success, a function that
/// turns what was fetched into the report's items and source details. That
/// function runs on a worker thread (parsing is no work for the GUI thread),
/// so it must be pure: no store, no network, nothing shared.
class SourceFetcher
{
public:
    /// Fills a report from what was fetched; `nowMs` for first-seen dates.
    using Interpret = std::function<void(FetchReport &report, qint64 nowMs)>;
    struct Fetched {
        HttpResult result; ///< the last answer: outcome, validators, moves, errors
        Interpret interpret; ///< for a successful answer (Ok); may be empty otherwise
    };
    using Done = std::function<void(Fetched)>;

    virtual ~SourceFetcher() = default;
    /// The Source::kind this fetcher serves.
    virtual QString kind() const = 0;
    virtual void fetch(const Source &source, HttpClient &http, Done done) const = 0;
    /// Whether the kind pages (fetchPage() with Older and Fill does something).
    virtual bool isPaged() const { return false; }
    /// One page of a paged source; others only have their newest.
    virtual void fetchPage(const Source &source, const PageRequest &page, HttpClient &http, Done done) const
    {
        Q_UNUSED(page);
        fetch(source, http, std::move(done));
    }
};

} // namespace gilde
