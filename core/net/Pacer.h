#pragma once
// The one pacer: admission control for requests to a server. At most maxConcurrency in flight, a token bucket for
// requests per minute and one for tokens per minute (an LLM request costs its prompt plus its maximum completion, as
// Azure counts it; other callers pass 0), and a hold: a server's retry time (429/503) holds every request until it
// has passed. Used by drafting (LLM requests), the sender (sends per minute) and any later transport.
// Two ways in: submit()/finished() queue work and start it when it may go (a single-shot timer wakes the pacer);
// tryTake() is the plain bucket for a caller with its own loop. The clock is injectable: tests move time by hand and
// call pump().
#include "net/Clock.h"

#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>

namespace relance::net {

struct RateLimits
{
    int maxConcurrency = 4;
    int requestsPerMinute = 60;
    int tokensPerMinute = 60000;
    // Burst allowance as a fraction of a minute's budget: Azure enforces its per-minute quotas over short windows,
    // so a full minute's budget at once would be refused. 1/6 = a 10-second window.
    int burstDivisor = 6;
    // When > 0, the request bucket holds at most this many requests instead of requestsPerMinute / burstDivisor.
    int requestBurst = 0;
};

class Pacer : public QObject
{
    Q_OBJECT
public:
    using MsClock = std::function<qint64()>; // milliseconds, monotonic
    using Clock = MsClock;                   // the name drafting has always used
    explicit Pacer(RateLimits limits, MsClock clock = {}, QObject* parent = nullptr);
    // On the shared clock (its msecs()); the clock must outlive the pacer.
    Pacer(RateLimits limits, const net::Clock& clock, QObject* parent = nullptr);

    // Queues a request costing `tokens`; `start` runs when it may be sent. The caller must call finished() once
    // the request is over (answered, failed or cancelled). `front` puts a retry ahead of new work.
    void submit(qint64 tokens, std::function<void()> start, bool front = false);
    void finished();
    // No request starts before nowMs() + ms (a server-given retry time).
    void holdFor(qint64 ms);
    // Drops everything queued (not what is in flight).
    void clearQueue();
    // Takes one request (and `tokens`) from the buckets and returns 0, or returns how many milliseconds until that is
    // possible (taking nothing). Honours the hold; ignores the concurrency cap (the caller counts its own).
    qint64 tryTake(qint64 tokens = 0);

    // Starts what may start now; schedules a wake-up for the rest. Tests call it after moving their clock.
    void pump();

    int inFlight() const { return m_inFlight; }
    qsizetype queued() const { return m_queue.size(); }
    qint64 holdUntil() const { return m_holdUntil; }
    // When the head of the queue could start, by the limits alone (ms on the pacer's clock; now if it can already).
    qint64 nextStartTime();
    const RateLimits& limits() const { return m_limits; }
    double requestCapacity() const;
    double tokenCapacity() const;

    qint64 now() const { return m_clock(); }

private:
    struct Job
    {
        qint64 tokens;
        std::function<void()> start;
    };
    void refill();
    qint64 waitFor(qint64 tokens);

    RateLimits m_limits;
    MsClock m_clock;
    std::deque<Job> m_queue;
    int m_inFlight = 0;
    double m_requests; // available request tokens
    double m_tokens;   // available LLM tokens
    qint64 m_lastRefill;
    qint64 m_holdUntil = 0;
    QTimer m_timer;
    bool m_pumping = false;
};

} // namespace relance::net
