#include "RefreshPolicy.h"

#include <algorithm>

namespace gilde::RefreshPolicy
{

namespace
{

constexpr qint64 MinuteMs = 60 * 1000;
// A server may ask for a long pause, but a feed silenced for weeks looks broken.
constexpr qint64 MaxRetryAfterMs = 7LL * 24 * 60 * MinuteMs;

qint64 intervalMs(int ttlMinutes)
{
    const int minutes = ttlMinutes > 0 ? std::clamp(ttlMinutes, MinIntervalMinutes, MaxIntervalMinutes)
                                       : DefaultIntervalMinutes;
    return minutes * MinuteMs;
}

} // namespace

qint64 nextAfterSuccess(qint64 nowMs, int ttlMinutes)
{
    return nowMs + intervalMs(ttlMinutes);
}

qint64 nextAfterFailure(qint64 nowMs, int ttlMinutes, int consecutiveErrors, int retryAfterSecs)
{
    const qint64 cap = MaxIntervalMinutes * MinuteMs;
    const int doublings = std::clamp(consecutiveErrors - 1, 0, 30);
    // Doubling stops at the cap, so a long run of errors cannot overflow.
    qint64 delay = intervalMs(ttlMinutes);
    for (int i = 0; i < doublings && delay < cap; ++i)
        delay *= 2;
    delay = std::min(delay, cap);
    if (retryAfterSecs >= 0)
        delay = std::max(delay, std::min(qint64(retryAfterSecs) * 1000, MaxRetryAfterMs));
    return nowMs + delay;
}

} // namespace gilde::RefreshPolicy
