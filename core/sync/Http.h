#pragma once
// The sync's names for the network layer (core/net): a GET with a timeout, retries with back-off and jitter,
// Retry-After honoured, TLS errors never ignored, same-origin redirects only. See net/HttpClient.h.
#include "net/HttpClient.h"

namespace relance::sync {

using BackoffPolicy = net::RetryPolicy;
using HttpGet = net::HttpRequest;
using HttpResponse = net::HttpResponse;
using HttpFetcher = net::HttpClient;
using net::describeUrl;

// Retry-After in whole seconds (rounded up), or -1 when absent or unreadable: net::parseRetryAfterMs in the unit the
// sync has always reported.
inline qint64 parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const qint64 ms = net::parseRetryAfterMs(value, now);
    return ms < 0 ? -1 : (ms + 999) / 1000;
}

} // namespace relance::sync
