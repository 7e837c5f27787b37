#include "sync/RefreshPolicy.h"

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{
constexpr qint64 Now = 1'714'555'800'000; // 2024-05-01T09:30:00Z
constexpr qint64 Minute = 60'000;
} // namespace

TEST_CASE("After a success the feed's ttl is used, clamped", "[policy]")
{
    CHECK(RefreshPolicy::nextAfterSuccess(Now, 0) == Now + 30 * Minute);
    CHECK(RefreshPolicy::nextAfterSuccess(Now, 60) == Now + 60 * Minute);
    CHECK(RefreshPolicy::nextAfterSuccess(Now, 1) == Now + 5 * Minute);
    CHECK(RefreshPolicy::nextAfterSuccess(Now, 10 * 24 * 60) == Now + 24 * 60 * Minute);
    CHECK(RefreshPolicy::nextAfterSuccess(Now, -3) == Now + 30 * Minute);
}

TEST_CASE("Failures back off exponentially up to a day", "[policy]")
{
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 1) == Now + 30 * Minute);
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 2) == Now + 60 * Minute);
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 3) == Now + 120 * Minute);
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 6) == Now + 960 * Minute);
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 7) == Now + 24 * 60 * Minute);
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 1000) == Now + 24 * 60 * Minute);
    CHECK(RefreshPolicy::nextAfterFailure(Now, 10, 2) == Now + 20 * Minute);
    // n < 1 is treated as the first failure.
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 0) == Now + 30 * Minute);
    for (int n = 1; n < 12; ++n)
        CHECK(RefreshPolicy::nextAfterFailure(Now, 0, n + 1) >= RefreshPolicy::nextAfterFailure(Now, 0, n));
}

TEST_CASE("Retry-After wins when it asks for longer", "[policy]")
{
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 1, 3 * 3600) == Now + 180 * Minute);
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 1, 60) == Now + 30 * Minute);
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 1, 0) == Now + 30 * Minute);
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 7, 2 * 24 * 3600) == Now + 2 * 24 * 60 * Minute);
    // A pause of a year is cut to a week.
    CHECK(RefreshPolicy::nextAfterFailure(Now, 0, 1, 365 * 24 * 3600) == Now + 7 * 24 * 60 * Minute);
}
