#pragma once
// Admission control for LLM requests is the network layer's one pacer (net/Pacer.h): at most maxConcurrency in
// flight, token buckets for requests and tokens per minute, a hold for the server's retry time.
#include "net/Pacer.h"

namespace relance {

using RateLimits = net::RateLimits;
using RequestScheduler = net::Pacer;

} // namespace relance
