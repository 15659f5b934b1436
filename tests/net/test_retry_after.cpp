// The one Retry-After parser: delta seconds, HTTP dates, the millisecond headers, and what a broken server sends
// (garbage, negative, huge) never turns into a negative or overflowing wait.
#include "net/Backoff.h"
#include "net/RetryAfter.h"

#include <QTest>

using namespace relance;
using namespace relance::net;

class TestRetryAfter : public QObject
{
    Q_OBJECT
    const QDateTime now{QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC};

private Q_SLOTS:
    void deltaSeconds()
    {
        QCOMPARE(parseRetryAfterMs("120", now), 120'000);
        QCOMPARE(parseRetryAfterMs(" 0 ", now), 0);
        QCOMPARE(parseRetryAfterMs("1.5", now), 1500);
    }
    void httpDate()
    {
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now), 60'000);
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:27:30 UTC", now), 30'000);
        // A date in the past: go now.
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:00:00 GMT", now), 0);
        // A date years ahead: a day at most.
        QCOMPARE(parseRetryAfterMs("Fri, 21 Oct 2095 07:00:00 GMT", now), kMaxRetryAfterMs);
    }
    void millisecondHeadersComeFirst()
    {
        QCOMPARE(retryAfterFromHeaders({{"retry-after-ms", "1500"}, {"Retry-After", "9"}}, now), 1500);
        QCOMPARE(retryAfterFromHeaders({{"X-MS-Retry-After-Ms", "250"}}, now), 250);
        QCOMPARE(retryAfterFromHeaders({{"Retry-After", "3"}}, now), 3000);
        // An unusable millisecond header does not hide a usable Retry-After.
        QCOMPARE(retryAfterFromHeaders({{"retry-after-ms", "soon"}, {"Retry-After", "2"}}, now), 2000);
        QCOMPARE(retryAfterFromHeaders({}, now), -1);
    }
    void garbageAndNegativeAreIgnored()
    {
        for (const char* v : {"", "soon", "-1", "-0.5", "1e3", "+5", "12abc", ".", "NaN", "inf", "0x10"})
            QVERIFY2(parseRetryAfterMs(v, now) == -1, v);
        QCOMPARE(retryAfterFromHeaders({{"retry-after-ms", "-4"}}, now), -1);
    }
    void hugeValuesAreClampedNotOverflowed()
    {
        QCOMPARE(parseRetryAfterMs("99999999999999", now), kMaxRetryAfterMs);
        QCOMPARE(parseRetryAfterMs("99999999999999999999999999999999999999", now), kMaxRetryAfterMs);
        QCOMPARE(retryAfterFromHeaders({{"retry-after-ms", "600000000000000000000000"}}, now), kMaxRetryAfterMs);
        QCOMPARE(retryAfterFromHeaders({{"x-ms-retry-after-ms", "99999999999999"}}, now), kMaxRetryAfterMs);
    }
    void backoffGrowsWithJitterUnderItsCap()
    {
        Backoff b;
        for (int i = 1; i < 40; ++i) {
            const auto d = b.delayFor(i);
            QVERIFY(d.count() >= 0);
            QVERIFY(d <= b.maxDelay + b.maxDelay / 4 + std::chrono::milliseconds(1));
        }
        QVERIFY(b.delayFor(3) > b.delayFor(1));
        RetryPolicy fast = RetryPolicy::fast();
        QCOMPARE(fast.scaled(3000).count(), 30); // 3 s at the tests' 10 ms per second
        QCOMPARE(RetryPolicy().scaled(kMaxRetryAfterMs).count(), kMaxRetryAfterMs);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "test_retry_after.moc"
