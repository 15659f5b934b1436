#pragma once
// The one injectable clock: every module that reads the time, paces requests or waits takes a `const Clock&`
// (default: systemClock()), so tests advance virtual time instead of sleeping for real minutes.
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

namespace relance::net {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Monotonic milliseconds, for pacing and timeouts.
    virtual qint64 msecs() const = 0;
    // Runs fn after `ms` on context's thread, only while context is alive.
    virtual void after(qint64 ms, QObject* context, std::function<void()> fn) const = 0;

    // Today's date in local time (due dates and "as of" defaults are calendar days where the user is).
    QDate today() const { return nowUtc().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 msecs() const override { return m_timer.elapsed(); }
    void after(qint64 ms, QObject* context, std::function<void()> fn) const override
    {
        QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, ms)), Qt::PreciseTimer, context, std::move(fn));
    }

private:
    QElapsedTimer m_timer;
};

// The process's system clock, for callers that were given no clock.
const Clock& systemClock();

// Virtual time: after() fires on the next event-loop turn and moves the clock forward to its due time.
// Time only moves forward; tests read how far it moved to see that a wait was honoured.
class VirtualClock final : public Clock
{
public:
    explicit VirtualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_start(start) {}
    QDateTime nowUtc() const override { return m_start.addMSecs(m_now); }
    qint64 msecs() const override { return m_now; }
    void after(qint64 ms, QObject* context, std::function<void()> fn) const override
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
    mutable qint64 m_now = 0;
};

} // namespace relance::net
