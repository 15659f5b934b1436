// The one pacer on the shared clock: the sender's sends per minute (burst 1), a server's hold, the concurrency cap and
// the token bucket the LLM requests use, all on virtual time.
#include "net/Clock.h"
#include "net/Pacer.h"

#include <QTest>

using namespace relance;
using namespace relance::net;

class TestPacer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendsPerMinuteWithABurstOfOne()
    {
        VirtualClock clock;
        Pacer p({.requestsPerMinute = 30, .requestBurst = 1}, clock);
        QCOMPARE(p.tryTake(), 0);    // the bucket starts full: the first goes at once
        QCOMPARE(p.tryTake(), 2000); // then one every two seconds
        QCOMPARE(p.tryTake(), 2000); // asking again takes nothing
        clock.advance(1999);
        QCOMPARE(p.tryTake(), 1);
        clock.advance(1);
        QCOMPARE(p.tryTake(), 0);
        clock.advance(60'000); // idle for a minute: still a burst of one
        QCOMPARE(p.tryTake(), 0);
        QVERIFY(p.tryTake() > 0);
    }

    void holdStopsEveryoneUntilItPassed()
    {
        VirtualClock clock;
        Pacer p({.maxConcurrency = 4, .requestsPerMinute = 6000, .tokensPerMinute = 10'000'000}, clock);
        p.holdFor(5000);
        const qint64 wait = p.tryTake();
        QVERIFY2(wait >= 5000 && wait <= 5001, qPrintable(QString::number(wait)));
        int started = 0;
        p.submit(1, [&] { ++started; });
        QCOMPARE(started, 0);
        clock.advance(5001);
        p.pump();
        QCOMPARE(started, 1);
        QCOMPARE(p.tryTake(), 0);
    }

    void concurrencyCapAndTokens()
    {
        VirtualClock clock;
        // 60,000 tokens a minute, a burst of 10,000: four requests of 2,500 at once, then one every 2.5 s.
        Pacer p({.maxConcurrency = 2, .requestsPerMinute = 100000, .tokensPerMinute = 60000}, clock);
        int started = 0;
        for (int i = 0; i < 6; ++i)
            p.submit(2500, [&] { ++started; });
        QCOMPARE(started, 2); // the cap
        p.finished();
        p.finished();
        QCOMPARE(started, 4); // the bucket is now empty
        p.finished();
        p.finished();
        QCOMPARE(started, 4);
        QCOMPARE(p.nextStartTime(), clock.msecs() + 2500);
        clock.advance(2500);
        p.pump();
        QCOMPARE(started, 5);
    }

    void aWakeUpStartsWhatWaited()
    {
        // The production path: no hand pumping, the pacer's own timer starts the next request.
        Pacer p({.maxConcurrency = 10, .requestsPerMinute = 600, .tokensPerMinute = 10'000'000, .requestBurst = 1});
        int started = 0;
        p.submit(1, [&] { ++started; });
        p.submit(1, [&] { ++started; });
        QCOMPARE(started, 1);
        QTRY_COMPARE_WITH_TIMEOUT(started, 2, 2000); // 600 a minute: 100 ms later
    }
};

QTEST_GUILESS_MAIN(TestPacer)
#include "test_pacer.moc"
