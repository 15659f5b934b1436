#pragma once
// The one parser of a server's "wait before asking again": Retry-After (delta seconds, possibly fractional, or an
// HTTP date), retry-after-ms and x-ms-retry-after-ms (Azure). Every result is in milliseconds, clamped to a day, so a
// broken server's 99999999999999 never overflows (fuzzed: tests/fuzz/fuzz_retry_after.cpp).
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace relance::net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A longer wait is taken as a day: a larger figure is a broken server.
inline constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;

// One Retry-After value: milliseconds in [0, kMaxRetryAfterMs], or -1 when empty, negative or unreadable.
// A date in the past gives 0.
qint64 parseRetryAfterMs(const QByteArray& value, const QDateTime& nowUtc);

// The wait from a reply's headers: retry-after-ms, then x-ms-retry-after-ms (milliseconds), then Retry-After, the first
// usable one wins; header names are case-insensitive. -1 when none is usable.
qint64 retryAfterFromHeaders(const HeaderList& headers, const QDateTime& nowUtc);

} // namespace relance::net
