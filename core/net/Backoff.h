#pragma once
// Exponential back-off with jitter and a cap, and the retry budget of a request: how often, how long between tries,
// and how long a server-given wait (Retry-After) may be before the caller gives up for now.
#include <chrono>

namespace relance::net {

struct Backoff
{
    std::chrono::milliseconds initialDelay{500};
    double factor = 2.0;
    std::chrono::milliseconds maxDelay{30'000};
    double jitter = 0.25; // +-25 % so many clients do not retry in step

    // Delay before retry number `retry` (1 = the first retry), with jitter, never above maxDelay * (1 + jitter).
    std::chrono::milliseconds delayFor(int retry) const;
};

struct RetryPolicy : Backoff
{
    int maxAttempts = 5;                              // first try included
    std::chrono::milliseconds maxRetryAfter{120'000}; // a longer Retry-After fails instead of stalling the caller
    // Tests shrink waits: a Retry-After of N seconds waits N * retryAfterUnit.
    std::chrono::milliseconds retryAfterUnit{1000};

    // A policy for tests: same logic, milliseconds instead of seconds.
    static RetryPolicy fast();
    // The server's wait (milliseconds, as parsed) scaled by retryAfterUnit.
    std::chrono::milliseconds scaled(long long retryAfterMs) const;
};

} // namespace relance::net
