#include "net/Clock.h"

namespace relance::net {

const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace relance::net
