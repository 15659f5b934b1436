#pragma once
// The mail layer's time is the network layer's one clock (net/Clock.h); its pacing is net/Pacer.h.
#include "net/Clock.h"

namespace relance::mail {

using net::Clock;
using net::SystemClock;
using net::VirtualClock;

} // namespace relance::mail
