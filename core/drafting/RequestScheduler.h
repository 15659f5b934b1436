#pragma once
// Admission control for LLM requests: at most maxConcurrency in flight, and token buckets for requests per minute and
// tokens per minute, where each request costs its prompt plus its maximum completion (as Azure counts it). A server's
// retry time (429/503) holds every request until it has passed. The clock is injectable: tests move time by hand and
// call pump(); in production a single-shot timer wakes the scheduler when the next request may go.
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>

namespace relance {

struct RateLimits
{
    int maxConcurrency = 4;
    int requestsPerMinute = 60;
    int tokensPerMinute = 60000;
    // Burst allowance as a fraction of a minute's budget: Azure enforces its per-minute quotas over short windows,
    // so a full minute's budget at once would be refused. 1/6 = a 10-second window.
    int burstDivisor = 6;
};

class RequestScheduler : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    explicit RequestScheduler(RateLimits limits, Clock clock = {}, QObject* parent = nullptr);

    // Queues a request costing `tokens`; `start` runs when it may be sent. The caller must call finished() once
    // the request is over (answered, failed or cancelled). `front` puts a retry ahead of new work.
    void submit(qint64 tokens, std::function<void()> start, bool front = false);
    void finished();
    // No request starts before nowMs() + ms (a server-given retry time).
    void holdFor(qint64 ms);
    // Drops everything queued (not what is in flight).
    void clearQueue();

    // Starts what may start now; schedules a wake-up for the rest. Tests call it after moving their clock.
    void pump();

    int inFlight() const { return m_inFlight; }
    qsizetype queued() const { return m_queue.size(); }
    qint64 holdUntil() const { return m_holdUntil; }
    // When the head of the queue could start, by the limits alone (ms on the scheduler's clock; now if it can already).
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

    RateLimits m_limits;
    Clock m_clock;
    std::deque<Job> m_queue;
    int m_inFlight = 0;
    double m_requests;           // available request tokens
    double m_tokens;             // available LLM tokens
    qint64 m_lastRefill;
    qint64 m_holdUntil = 0;
    QTimer m_timer;
    bool m_pumping = false;
};

} // namespace relance
