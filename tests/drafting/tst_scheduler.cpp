// The rate limiter on a hand-moved clock: concurrency cap, requests and tokens per minute (prompt + max completion),
// server-given retry times hold every request.
#include "drafting/RequestScheduler.h"

#include <QTest>

using namespace relance;

class TestScheduler : public QObject
{
    Q_OBJECT
    qint64 m_now = 0;
    RequestScheduler::Clock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void init() { m_now = 1'000'000; }

    void concurrencyCap()
    {
        RequestScheduler s({.maxConcurrency = 3, .requestsPerMinute = 6000, .tokensPerMinute = 10'000'000}, clock());
        int started = 0;
        for (int i = 0; i < 10; ++i)
            s.submit(100, [&] { ++started; });
        QCOMPARE(started, 3);
        QCOMPARE(s.inFlight(), 3);
        s.finished();
        QCOMPARE(started, 4);
        s.finished();
        s.finished();
        QCOMPARE(started, 6);
        QCOMPARE(s.queued(), 4);
    }

    void requestsPerMinute()
    {
        // 60/min with a burst of 10 (one sixth): 10 go at once, then one per second.
        RequestScheduler s({.maxConcurrency = 100, .requestsPerMinute = 60, .tokensPerMinute = 10'000'000}, clock());
        int started = 0;
        for (int i = 0; i < 20; ++i)
            s.submit(1, [&] { ++started; });
        QCOMPARE(started, 10);
        QCOMPARE(s.nextStartTime(), m_now + 1000);
        m_now += 999;
        s.pump();
        QCOMPARE(started, 10);
        m_now += 1;
        s.pump();
        QCOMPARE(started, 11);
        m_now += 5000;
        s.pump();
        QCOMPARE(started, 16);
    }

    void tokensPerMinute()
    {
        // 60,000 tokens/min = 1,000/s, burst 10,000; each request reserves 2,500 (prompt + max completion).
        RequestScheduler s({.maxConcurrency = 100, .requestsPerMinute = 100000, .tokensPerMinute = 60000}, clock());
        int started = 0;
        for (int i = 0; i < 10; ++i)
            s.submit(2500, [&] { ++started; });
        QCOMPARE(started, 4);
        QCOMPARE(s.nextStartTime(), m_now + 2500);
        m_now += 2499;
        s.pump();
        QCOMPARE(started, 4);
        m_now += 1;
        s.pump();
        QCOMPARE(started, 5);
        // Then one every 2.5 s: the rate of the budget, never faster.
        for (int i = 0; i < 5; ++i) {
            m_now += 2500;
            s.pump();
        }
        QCOMPARE(started, 10);
    }

    void requestLargerThanBurstStillGoes()
    {
        RequestScheduler s({.maxConcurrency = 4, .requestsPerMinute = 600, .tokensPerMinute = 600}, clock());
        int started = 0;
        s.submit(5000, [&] { ++started; });
        QCOMPARE(started, 1);  // a full bucket lets it go, into debt
        s.submit(50, [&] { ++started; });
        QCOMPARE(started, 1);
        QVERIFY(s.nextStartTime() > m_now + 60000 * 4);  // the debt is paid back first
    }

    void serverRetryTimeHoldsEverything()
    {
        RequestScheduler s({.maxConcurrency = 10, .requestsPerMinute = 6000, .tokensPerMinute = 10'000'000}, clock());
        int started = 0;
        s.holdFor(1500);
        for (int i = 0; i < 3; ++i)
            s.submit(10, [&] { ++started; });
        QCOMPARE(started, 0);
        m_now += 1500;  // 1 ms of margin for the clock's rounding
        s.pump();
        QCOMPARE(started, 0);
        m_now += 1;
        s.pump();
        QCOMPARE(started, 3);
    }

    void retriesGoFirst()
    {
        RequestScheduler s({.maxConcurrency = 1, .requestsPerMinute = 6000, .tokensPerMinute = 10'000'000}, clock());
        QStringList order;
        s.submit(10, [&] { order << QStringLiteral("a"); });
        s.submit(10, [&] { order << QStringLiteral("b"); });
        s.submit(10, [&] { order << QStringLiteral("retry"); }, true);
        s.finished();
        s.finished();
        QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("retry"), QStringLiteral("b")}));
    }

    void realTimerWakesUp()
    {
        RequestScheduler s({.maxConcurrency = 10, .requestsPerMinute = 6000, .tokensPerMinute = 10'000'000});
        int started = 0;
        s.holdFor(80);
        s.submit(10, [&] { ++started; });
        QCOMPARE(started, 0);
        QTRY_COMPARE_WITH_TIMEOUT(started, 1, 2000);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
