#include "TimelinePaging.h"

#include "SourceFetcher.h"

namespace gilde
{

namespace
{

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

const QString &newerOf(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return compareIds(a, b) >= 0 ? a : b;
}

const QString &olderOf(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return compareIds(a, b) <= 0 ? a : b;
}

void foldNewest(TimelineState &state, const PageReport &page)
{
    if (state.isEmpty()) {
        state.newest = page.newest;
        state.oldest = page.oldest;
        state.endReached = !page.moreOlder;
        return;
    }
    // The whole page is newer than anything cached, and the server has more
    // below it: what lies between was missed.
    if (page.moreOlder && compareIds(page.oldest, state.newest) > 0)
        state.gaps.prepend(TimelineGap { 0, page.oldest, state.newest, page.oldestMs, false });
    state.newest = newerOf(state.newest, page.newest);
}

void foldOlder(TimelineState &state, const PageReport &page)
{
    if (page.cursor != state.oldest)
        return; // an answer to a request the cache has moved past
    if (page.count == 0 || !page.moreOlder)
        state.endReached = true;
    if (page.count > 0)
        state.oldest = olderOf(state.oldest, page.oldest);
}

void foldFill(TimelineState &state, const PageReport &page, bool down)
{
    auto gap = std::find_if(state.gaps.begin(), state.gaps.end(), [&](const TimelineGap &g) {
        return (down ? g.newer : g.older) == page.cursor;
    });
    if (gap == state.gaps.end())
        return;
    if (page.count == 0) {
        state.gaps.erase(gap);
        return;
    }
    if (!down) {
        if (compareIds(page.oldest, gap->newer) >= 0) {
            // Nothing of the page is in the gap: this server answered min_id
            // with its newest page. Work down from the top of the gap instead.
            gap->downward = true;
        } else if (compareIds(page.newest, gap->newer) >= 0) {
            state.gaps.erase(gap); // met what was there
        } else {
            gap->older = page.newest;
        }
        return;
    }
    if (compareIds(page.oldest, gap->older) <= 0 || !page.moreOlder) {
        state.gaps.erase(gap);
    } else {
        gap->newer = page.oldest;
        gap->atMs = page.oldestMs;
    }
}

} // namespace

int compareIds(const QString &a, const QString &b)
{
    // Between kinds the order is fixed, all-digit ids first: comparing by
    // length on one side and as text on the other is no order
    // ("99" < "100" < "1a" < "99").
    const bool digitsA = isDigits(a);
    const bool digitsB = isDigits(b);
    if (digitsA != digitsB)
        return digitsA ? -1 : 1;
    if (digitsA && a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

void foldPage(TimelineState &state, const PageReport &page)
{
    if (!page.present)
        return;
    switch (PageRequest::Direction(page.direction)) {
    case PageRequest::Direction::Newest:
        if (page.count > 0)
            foldNewest(state, page);
        break;
    case PageRequest::Direction::Older:
        foldOlder(state, page);
        break;
    case PageRequest::Direction::Fill:
        foldFill(state, page, false);
        break;
    case PageRequest::Direction::FillDown:
        foldFill(state, page, true);
        break;
    case PageRequest::Direction::Stream:
        // A stream is contiguous from the refresh made when it opened.
        if (!state.isEmpty() && page.count > 0)
            state.newest = compareIds(page.newest, state.newest) > 0 ? page.newest : state.newest;
        break;
    }
}

std::optional<PageRequest> nextGapRequest(const TimelineState &state)
{
    if (state.gaps.isEmpty())
        return std::nullopt;
    const TimelineGap &gap = state.gaps.first();
    if (gap.downward)
        return PageRequest { PageRequest::Direction::FillDown, gap.newer };
    return PageRequest { PageRequest::Direction::Fill, gap.older };
}

} // namespace gilde
