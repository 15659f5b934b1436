#include "net/Pacer.h"

#include <cmath>

namespace relance::net {

Pacer::Pacer(RateLimits limits, MsClock clock, QObject* parent)
    : QObject(parent), m_limits(limits),
      m_clock(clock ? std::move(clock) : MsClock([c = &systemClock()] { return c->msecs(); }))
{
    m_limits.maxConcurrency = qMax(1, m_limits.maxConcurrency);
    m_limits.requestsPerMinute = qMax(1, m_limits.requestsPerMinute);
    m_limits.tokensPerMinute = qMax(1, m_limits.tokensPerMinute);
    m_limits.burstDivisor = qMax(1, m_limits.burstDivisor);
    m_requests = requestCapacity();
    m_tokens = tokenCapacity();
    m_lastRefill = m_clock();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Pacer::pump);
}

Pacer::Pacer(RateLimits limits, const net::Clock& clock, QObject* parent)
    : Pacer(limits, MsClock([&clock] { return clock.msecs(); }), parent)
{
}

double Pacer::requestCapacity() const
{
    if (m_limits.requestBurst > 0)
        return double(m_limits.requestBurst);
    return qMax(1.0, double(m_limits.requestsPerMinute) / m_limits.burstDivisor);
}

double Pacer::tokenCapacity() const
{
    return qMax(1.0, double(m_limits.tokensPerMinute) / m_limits.burstDivisor);
}

void Pacer::refill()
{
    const qint64 t = m_clock();
    const qint64 dt = t - m_lastRefill;
    if (dt <= 0)
        return;
    m_lastRefill = t;
    m_requests = qMin(requestCapacity(), m_requests + dt * m_limits.requestsPerMinute / 60000.0);
    m_tokens = qMin(tokenCapacity(), m_tokens + dt * m_limits.tokensPerMinute / 60000.0);
}

void Pacer::submit(qint64 tokens, std::function<void()> start, bool front)
{
    Job j{qMax<qint64>(1, tokens), std::move(start)};
    if (front)
        m_queue.push_front(std::move(j));
    else
        m_queue.push_back(std::move(j));
    pump();
}

void Pacer::finished()
{
    if (m_inFlight > 0)
        --m_inFlight;
    pump();
}

void Pacer::holdFor(qint64 ms)
{
    // +1: the clock counts whole milliseconds, so "now" may be up to 1 ms behind; never go early.
    m_holdUntil = qMax(m_holdUntil, m_clock() + qMax<qint64>(0, ms) + 1);
    pump();
}

void Pacer::clearQueue()
{
    m_queue.clear();
    m_timer.stop();
}

qint64 Pacer::waitFor(qint64 tokens)
{
    refill();
    const qint64 t = m_clock();
    // A request larger than the burst capacity waits for a full bucket, then runs the bucket into debt.
    const double needTokens = qMin(double(tokens), tokenCapacity());
    double wait = 0;
    if (m_requests < 1.0)
        wait = qMax(wait, (1.0 - m_requests) * 60000.0 / m_limits.requestsPerMinute);
    if (tokens > 0 && m_tokens < needTokens)
        wait = qMax(wait, (needTokens - m_tokens) * 60000.0 / m_limits.tokensPerMinute);
    return qMax(m_holdUntil, t + qint64(std::ceil(wait))) - t;
}

qint64 Pacer::nextStartTime()
{
    if (m_queue.empty()) {
        refill();
        return m_clock();
    }
    const qint64 wait = waitFor(m_queue.front().tokens);
    return m_clock() + wait;
}

qint64 Pacer::tryTake(qint64 tokens)
{
    const qint64 wait = waitFor(qMax<qint64>(0, tokens));
    if (wait > 0)
        return wait;
    m_requests -= 1.0;
    m_tokens -= double(qMax<qint64>(0, tokens));
    return 0;
}

void Pacer::pump()
{
    if (m_pumping)
        return; // a start() callback that submits or finishes synchronously: the outer loop carries on
    m_pumping = true;
    while (!m_queue.empty() && m_inFlight < m_limits.maxConcurrency) {
        const qint64 at = nextStartTime();
        const qint64 t = m_clock();
        if (at > t) {
            m_timer.start(int(qMin<qint64>(at - t, 3'600'000)));
            m_pumping = false;
            return;
        }
        Job j = std::move(m_queue.front());
        m_queue.pop_front();
        m_requests -= 1.0;
        m_tokens -= double(j.tokens);
        ++m_inFlight;
        j.start();
    }
    m_pumping = false;
}

} // namespace relance::net
