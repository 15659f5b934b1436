#include "net/Backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace relance::net {

using namespace std::chrono;

milliseconds Backoff::delayFor(int retry) const
{
    double ms = double(initialDelay.count());
    for (int i = 1; i < retry && ms < double(maxDelay.count()); ++i)
        ms *= factor;
    ms = std::min(ms, double(maxDelay.count()));
    const double spread = ms * jitter;
    ms += (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * spread;
    return milliseconds(qint64(std::max(0.0, ms)));
}

RetryPolicy RetryPolicy::fast()
{
    RetryPolicy p;
    p.initialDelay = milliseconds(5);
    p.maxDelay = milliseconds(50);
    p.maxRetryAfter = milliseconds(2000);
    p.retryAfterUnit = milliseconds(10);
    return p;
}

milliseconds RetryPolicy::scaled(long long retryAfterMs) const
{
    // retryAfterMs is at most a day, retryAfterUnit at most seconds: no overflow.
    return milliseconds(std::max(0LL, retryAfterMs) * retryAfterUnit.count() / 1000);
}

} // namespace relance::net
