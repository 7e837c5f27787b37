#pragma once

#include <QtGlobal>

namespace gilde
{

/// When a source is due again. Pure, so that the rules are tested alone.
namespace RefreshPolicy
{

constexpr int DefaultIntervalMinutes = 30;
constexpr int MinIntervalMinutes = 5;
constexpr int MaxIntervalMinutes = 24 * 60;

/// After a success: the feed's ttl (clamped), else the default.
qint64 nextAfterSuccess(qint64 nowMs, int ttlMinutes);
/// After the n-th consecutive failure (n >= 1): exponential backoff from the
/// normal interval, capped; `retryAfterSecs` (>= 0) wins when longer.
qint64 nextAfterFailure(qint64 nowMs, int ttlMinutes, int consecutiveErrors, int retryAfterSecs = -1);

} // namespace RefreshPolicy
} // namespace gilde
