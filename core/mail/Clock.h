#pragma once
// Time for the mail layer, injectable: pacing, Retry-After and lookup delays go through a Clock, so tests advance
// virtual time instead of sleeping for real minutes.
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <cmath>
#include <functional>

namespace relance::mail {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Monotonic milliseconds, for pacing.
    virtual qint64 msecs() const = 0;
    // Runs fn after `ms` on context's thread, only while context is alive.
    virtual void after(qint64 ms, QObject* context, std::function<void()> fn) = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 msecs() const override { return m_timer.elapsed(); }
    void after(qint64 ms, QObject* context, std::function<void()> fn) override
    {
        QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, ms)), Qt::PreciseTimer, context, std::move(fn));
    }

private:
    QElapsedTimer m_timer;
};

// Virtual time: after() fires on the next event-loop turn and moves the clock forward to its due time.
// Time only moves forward; tests read how far it moved to see that a wait was honoured.
class VirtualClock final : public Clock
{
public:
    explicit VirtualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_start(start) {}
    QDateTime nowUtc() const override { return m_start.addMSecs(m_now); }
    qint64 msecs() const override { return m_now; }
    void after(qint64 ms, QObject* context, std::function<void()> fn) override
    {
        const qint64 due = m_now + qMax<qint64>(0, ms);
        QTimer::singleShot(0, context, [this, due, fn = std::move(fn)] {
            if (due > m_now)
                m_now = due;
            fn();
        });
    }
    void advance(qint64 ms) { m_now += ms; }

private:
    QDateTime m_start;
    qint64 m_now = 0;
};

// A token bucket: `perMinute` tokens a minute, holding at most `burst`. Starts full.
class TokenBucket
{
public:
    TokenBucket(const Clock& clock, int perMinute, int burst = 1)
        : m_clock(clock), m_perMinute(qMax(1, perMinute)), m_burst(qMax(1, burst)), m_tokens(m_burst),
          m_last(clock.msecs())
    {
    }
    // Takes a token and returns 0, or returns how many milliseconds until one is available (taking nothing).
    qint64 take()
    {
        refill();
        if (m_tokens >= 1.0) {
            m_tokens -= 1.0;
            return 0;
        }
        const double missing = 1.0 - m_tokens;
        return qint64(std::ceil(missing * 60000.0 / m_perMinute));
    }

private:
    void refill()
    {
        const qint64 now = m_clock.msecs();
        m_tokens = std::min<double>(m_burst, m_tokens + double(now - m_last) * m_perMinute / 60000.0);
        m_last = now;
    }
    const Clock& m_clock;
    int m_perMinute;
    int m_burst;
    double m_tokens;
    qint64 m_last;
};

} // namespace relance::mail
