// Fuzz target: the one Retry-After parser (core/net/RetryAfter.cpp, parseRetryAfterMs and retryAfterFromHeaders).
// Input: a header value; the first line is also tried as each of the three header names. It must never crash or
// overflow, and every wait lies in [-1, a day] (Graph's parser once multiplied 99999999999999 s by 1000 unclamped).
#include "FuzzCheck.h"
#include "net/RetryAfter.h"

#include <cstdint>

using namespace relance;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime now(QDate(2025, 3, 20), QTime(8, 0), Qt::UTC);
    constexpr qint64 kDayMs = net::kMaxRetryAfterMs;

    const qint64 whole = net::parseRetryAfterMs(bytes, now);
    FUZZ_CHECK(whole >= -1 && whole <= kDayMs);
    // A plain number of seconds is read as such (no locale, no sign, no exponent).
    bool isNumber = false;
    const qlonglong n = bytes.trimmed().toLongLong(&isNumber);
    if (isNumber && n >= 0 && !bytes.trimmed().startsWith('+'))
        FUZZ_CHECK(whole == std::min<qint64>(n, kDayMs / 1000) * 1000 || (n > kDayMs / 1000 && whole == kDayMs));
    if (isNumber && n < 0)
        FUZZ_CHECK(whole == -1);

    const qsizetype nl = bytes.indexOf('\n');
    const QByteArray first = nl < 0 ? bytes : bytes.left(nl);
    for (const char* name : {"Retry-After", "retry-after-ms", "x-ms-retry-after-ms", "RETRY-AFTER"}) {
        const qint64 wait = net::retryAfterFromHeaders({{QByteArray(name), first}}, now);
        FUZZ_CHECK(wait >= -1 && wait <= kDayMs);
    }
    const qint64 both =
        net::retryAfterFromHeaders({{"Retry-After", first}, {"retry-after-ms", bytes.mid(nl + 1)}}, now);
    FUZZ_CHECK(both >= -1 && both <= kDayMs);
    return 0;
}
