// Default interest (Art. 104 CO) and reminder fees against hand-computed figures. Each row's comment is the hand
// computation: interest = open × rate × days ÷ (10,000 × 365 or 360) in minor units, then one half-up rounding to
// 5 Rappen (CHF) or 1 cent (EUR). Days run from the due date (or first reminder) exclusive to the as-of date inclusive.
#include "reminders/Interest.h"

#include <QTest>

using namespace relance;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(relance::DayCount)
Q_DECLARE_METATYPE(relance::InterestStart)

class TestReminderInterest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handComputed_data()
    {
        QTest::addColumn<int>("rate"); // hundredths of a per cent
        QTest::addColumn<DayCount>("dayCount");
        QTest::addColumn<InterestStart>("start");
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("open");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("firstReminder");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<qint64>("interest");
        const auto act = DayCount::Act365;
        const auto t360 = DayCount::Thirty360;
        const auto due = InterestStart::DueDate;
        const auto first = InterestStart::FirstReminder;
        const QString chf = u"CHF"_s;
        const QString eur = u"EUR"_s;
        const QDate none;

        // Due on the 31st: 31.01.2026 -> 02.03.2026 = 28 (Feb 2026) + 2 = 30 days.
        // 100000 × 500 × 30 / 3,650,000 = 410.96 Rp -> nearest 0.05: 410 Rp = CHF 4.10.
        QTest::newRow("01 due on the 31st, act/365")
            << 500 << act << due << qint64(0) << chf << qint64(100000) << QDate(2026, 1, 31) << none
            << QDate(2026, 3, 2) << 30 << QDate(2026, 2, 1) << qint64(410);
        // Leap year: 28.02.2028 -> 01.03.2028 = 2 days (29.02 exists).
        // 100,000,000 × 500 × 2 / 3,650,000 = 27397.26 -> /5 = 5479.45 -> 5479 × 5 = 27395 = CHF 273.95.
        QTest::newRow("02 leap February, act/365")
            << 500 << act << due << qint64(0) << chf << qint64(100000000) << QDate(2028, 2, 28) << none
            << QDate(2028, 3, 1) << 2 << QDate(2028, 2, 29) << qint64(27395);
        // Same in a common year: 28.02.2027 -> 01.03.2027 = 1 day. 50,000,000,000 / 3,650,000 = 13698.63
        // -> /5 = 2739.73 -> 2740 × 5 = 13700 = CHF 137.00.
        QTest::newRow("03 common February, act/365")
            << 500 << act << due << qint64(0) << chf << qint64(100000000) << QDate(2027, 2, 28) << none
            << QDate(2027, 3, 1) << 1 << QDate(2027, 3, 1) << qint64(13700);
        // A whole leap year: 31.12.2027 -> 31.12.2028 = 366 days; act/365 gives more than 5 %:
        // 1,000,000 × 500 × 366 / 3,650,000 = 50136.99 -> /5 = 10027.40 -> 50135 = CHF 501.35.
        QTest::newRow("04 whole leap year, act/365")
            << 500 << act << due << qint64(0) << chf << qint64(1000000) << QDate(2027, 12, 31) << none
            << QDate(2028, 12, 31) << 366 << QDate(2028, 1, 1) << qint64(50135);
        // Same year 30/360: 31st counts as 30th on both ends: 360 × 1 + 0 + 0 = 360 days.
        // 1,000,000 × 500 × 360 / 3,600,000 = 50000 exactly = CHF 500.00.
        QTest::newRow("05 whole leap year, 30/360")
            << 500 << t360 << due << qint64(0) << chf << qint64(1000000) << QDate(2027, 12, 31) << none
            << QDate(2028, 12, 31) << 360 << QDate(2028, 1, 1) << qint64(50000);
        // 30/360 month end: 31.01 (-> 30) to 28.02: 30 × 1 + (28 − 30) = 28 days.
        // 360000 × 500 × 28 / 3,600,000 = 1400 = CHF 14.00.
        QTest::newRow("06 31 Jan to 28 Feb, 30/360")
            << 500 << t360 << due << qint64(0) << chf << qint64(360000) << QDate(2026, 1, 31) << none
            << QDate(2026, 2, 28) << 28 << QDate(2026, 2, 1) << qint64(1400);
        // Same act/365: 28 days: 5,040,000,000 / 3,650,000 = 1380.82 -> /5 = 276.16 -> 1380 = CHF 13.80.
        QTest::newRow("07 31 Jan to 28 Feb, act/365")
            << 500 << act << due << qint64(0) << chf << qint64(360000) << QDate(2026, 1, 31) << none
            << QDate(2026, 2, 28) << 28 << QDate(2026, 2, 1) << qint64(1380);
        // 30/360 31st to 31st: 31.03 -> 31.05: 30 × 2 + (30 − 30) = 60 days. 360000 × 500 × 60 / 3,600,000 = 3000.
        QTest::newRow("08 31 Mar to 31 May, 30/360")
            << 500 << t360 << due << qint64(0) << chf << qint64(360000) << QDate(2026, 3, 31) << none
            << QDate(2026, 5, 31) << 60 << QDate(2026, 4, 1) << qint64(3000);
        // Same act/365: 61 days: 10,980,000,000 / 3,650,000 = 3008.22 -> /5 = 601.64 -> 602 × 5 = 3010 = CHF 30.10.
        QTest::newRow("09 31 Mar to 31 May, act/365")
            << 500 << act << due << qint64(0) << chf << qint64(360000) << QDate(2026, 3, 31) << none
            << QDate(2026, 5, 31) << 61 << QDate(2026, 4, 1) << qint64(3010);
        // 30/360 end of February to end of March: 28.02.2027 -> 31.03 (-> 30): 30 + (30 − 28) = 32 days.
        // 360000 × 500 × 32 / 3,600,000 = 1600 = CHF 16.00.
        QTest::newRow("10 28 Feb to 31 Mar, 30/360")
            << 500 << t360 << due << qint64(0) << chf << qint64(360000) << QDate(2027, 2, 28) << none
            << QDate(2027, 3, 31) << 32 << QDate(2027, 3, 1) << qint64(1600);
        // Partial payment: invoice 5000.00, open 1234.55. 30.06 -> 28.09.2026 = 30 + 31 + 29 = 90 days.
        // 123455 × 500 × 90 / 3,650,000 = 1522.05 -> /5 = 304.41 -> 1520 = CHF 15.20 (on 5000.00 it would be 61.65).
        QTest::newRow("11 partial payment, open amount only")
            << 500 << act << due << qint64(0) << chf << qint64(123455) << QDate(2026, 6, 30) << none
            << QDate(2026, 9, 28) << 90 << QDate(2026, 7, 1) << qint64(1520);
        // EUR to the cent: 30.04 -> 14.06.2026 = 31 + 14 = 45 days. 200000 × 500 × 45 / 3,650,000 = 1232.88
        // -> 1233 = EUR 12.33.
        QTest::newRow("12 EUR to the cent")
            << 500 << act << due << qint64(0) << eur << qint64(200000) << QDate(2026, 4, 30) << none
            << QDate(2026, 6, 14) << 45 << QDate(2026, 5, 1) << qint64(1233);
        // The same figure in CHF: 1232.88 / 5 = 246.58 -> 247 × 5 = 1235 = CHF 12.35.
        QTest::newRow("13 same in CHF to 0.05")
            << 500 << act << due << qint64(0) << chf << qint64(200000) << QDate(2026, 4, 30) << none
            << QDate(2026, 6, 14) << 45 << QDate(2026, 5, 1) << qint64(1235);
        // Rounding edge x.025: CHF 20.50 for a 30/360 year at 5 %: 2050 × 500 × 360 / 3,600,000 = 102.5 exactly
        // -> /5 = 20.5 -> half up 21 × 5 = 105 = CHF 1.05.
        QTest::newRow("14 exactly 1.025 CHF -> 1.05")
            << 500 << t360 << due << qint64(0) << chf << qint64(2050) << QDate(2026, 1, 15) << none
            << QDate(2027, 1, 15) << 360 << QDate(2026, 1, 16) << qint64(105);
        // Same in EUR: 102.5 -> half up 103 = EUR 1.03.
        QTest::newRow("15 exactly 1.025 EUR -> 1.03")
            << 500 << t360 << due << qint64(0) << eur << qint64(2050) << QDate(2026, 1, 15) << none
            << QDate(2027, 1, 15) << 360 << QDate(2026, 1, 16) << qint64(103);
        // Rounding edge x.024999: CHF 10249.99 at 0.01 % for 365 days (01.03.2026 -> 01.03.2027):
        // 1024999 × 1 × 365 / 3,650,000 = 102.4999 -> /5 = 20.49998 -> 20 × 5 = 100 = CHF 1.00.
        QTest::newRow("16 1.024999 CHF -> 1.00")
            << 1 << act << due << qint64(0) << chf << qint64(1024999) << QDate(2026, 3, 1) << none << QDate(2027, 3, 1)
            << 365 << QDate(2026, 3, 2) << qint64(100);
        // Same in EUR: 102.4999 -> 102 = EUR 1.02.
        QTest::newRow("17 1.024999 EUR -> 1.02")
            << 1 << act << due << qint64(0) << eur << qint64(1024999) << QDate(2026, 3, 1) << none << QDate(2027, 3, 1)
            << 365 << QDate(2026, 3, 2) << qint64(102);
        // Rounding edge x.075: CHF 21.50 for a 30/360 year at 5 %: 2150 / 20 = 107.5 -> /5 = 21.5 -> 22 × 5 = 110.
        QTest::newRow("18 exactly 1.075 CHF -> 1.10")
            << 500 << t360 << due << qint64(0) << chf << qint64(2150) << QDate(2026, 1, 15) << none
            << QDate(2027, 1, 15) << 360 << QDate(2026, 1, 16) << qint64(110);
        // Same in EUR: 107.5 -> 108 = EUR 1.08.
        QTest::newRow("19 exactly 1.075 EUR -> 1.08")
            << 500 << t360 << due << qint64(0) << eur << qint64(2150) << QDate(2026, 1, 15) << none
            << QDate(2027, 1, 15) << 360 << QDate(2026, 1, 16) << qint64(108);
        // Minimum CHF 1.00: CHF 19.00 for a 30/360 year: 1900 / 20 = 95 = CHF 0.95 < 1.00: not stated.
        QTest::newRow("20 below the minimum")
            << 500 << t360 << due << qint64(100) << chf << qint64(1900) << QDate(2026, 1, 15) << none
            << QDate(2027, 1, 15) << 360 << QDate(2026, 1, 16) << qint64(0);
        // At the minimum: CHF 20.00: 2000 / 20 = 100 = CHF 1.00, stated.
        QTest::newRow("21 at the minimum")
            << 500 << t360 << due << qint64(100) << chf << qint64(2000) << QDate(2026, 1, 15) << none
            << QDate(2027, 1, 15) << 360 << QDate(2026, 1, 16) << qint64(100);
        // From the first reminder (sent 10.03.2026, due 31.01): 10.03 -> 09.04 = 30 days, from 11.03.
        // 100000 × 500 × 30 / 3,650,000 = 410.96 -> 410 = CHF 4.10.
        QTest::newRow("22 from the first reminder")
            << 500 << act << first << qint64(0) << chf << qint64(100000) << QDate(2026, 1, 31) << QDate(2026, 3, 10)
            << QDate(2026, 4, 9) << 30 << QDate(2026, 3, 11) << qint64(410);
        // The same invoice from the due date: 31.01 -> 09.04 = 28 + 31 + 9 = 68 days:
        // 3,400,000,000 / 3,650,000 = 931.51 -> /5 = 186.30 -> 930 = CHF 9.30.
        QTest::newRow("23 same invoice from the due date")
            << 500 << act << due << qint64(0) << chf << qint64(100000) << QDate(2026, 1, 31) << QDate(2026, 3, 10)
            << QDate(2026, 4, 9) << 68 << QDate(2026, 2, 1) << qint64(930);
        // From the first reminder, none sent yet: default has not started, no interest.
        QTest::newRow("24 first reminder not sent yet")
            << 500 << act << first << qint64(0) << chf << qint64(100000) << QDate(2026, 1, 31) << none
            << QDate(2026, 4, 9) << 0 << QDate() << qint64(0);
        // A contractual 8.50 %: 31.05 -> 12.08.2026 = 30 + 31 + 12 = 73 days.
        // 1,000,000 × 850 × 73 / 3,650,000 = 17000 exactly = CHF 170.00.
        QTest::newRow("25 contractual 8.5 %")
            << 850 << act << due << qint64(0) << chf << qint64(1000000) << QDate(2026, 5, 31) << none
            << QDate(2026, 8, 12) << 73 << QDate(2026, 6, 1) << qint64(17000);
        // Not yet late (as-of = due date): 0 days, nothing.
        QTest::newRow("26 due today") << 500 << act << due << qint64(0) << chf << qint64(100000) << QDate(2026, 5, 31)
                                      << none << QDate(2026, 5, 31) << 0 << QDate(2026, 6, 1) << qint64(0);
        // Ten years on CHF 90 bn at 20 %: the product 9e12 × 2000 × 3652 passes 2^63; the result does not:
        // 9,000,000,000,000 × 2000 × 3652 / 3,650,000 = 18,009,863,013,698.6 -> /5 -> 18,009,863,013,700.
        QTest::newRow("27 no overflow") << 2000 << act << due << qint64(0) << chf << qint64(9000000000000LL)
                                        << QDate(2026, 1, 1) << none << QDate(2036, 1, 1) << 3652 << QDate(2026, 1, 2)
                                        << qint64(18009863013700LL);
    }
    void handComputed()
    {
        QFETCH(int, rate);
        QFETCH(DayCount, dayCount);
        QFETCH(InterestStart, start);
        QFETCH(qint64, minimum);
        QFETCH(QString, currency);
        QFETCH(qint64, open);
        QFETCH(QDate, due);
        QFETCH(QDate, firstReminder);
        QFETCH(QDate, asOf);
        QFETCH(int, days);
        QFETCH(QDate, from);
        QFETCH(qint64, interest);
        const InterestConfig config{true, rate, dayCount, start, minimum};
        const auto r =
            computeInterest(config, {u"2026-0001"_s, QDate(2025, 12, 1), due, open, currency, firstReminder, asOf});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
        QCOMPARE(r->interestMinor, interest);
        QCOMPARE(r->days, days);
        QCOMPARE(r->from, from);
        QCOMPARE(r->until, asOf);
        QCOMPARE(r->rateHundredths, rate);
        QCOMPARE(r->dayCount, dayCount);
        QCOMPARE(r->roundingStepMinor, currency == u"CHF" ? 5 : 1);
        QCOMPARE(r->stated(), interest > 0);
    }

    void belowMinimumIsFlagged()
    {
        const InterestConfig config{true, 500, DayCount::Thirty360, InterestStart::DueDate, 100};
        const auto r = computeInterest(
            config, {u"A"_s, QDate(2026, 1, 1), QDate(2026, 1, 15), 1900, u"CHF"_s, {}, QDate(2027, 1, 15)});
        QVERIFY(r);
        QVERIFY(r->belowMinimum);
        QVERIFY(!r->stated());
    }

    void disabledOrNothingOpenGivesNothing()
    {
        InterestConfig config; // enabled = false by default
        const InterestInput input{u"A"_s, QDate(2026, 1, 1), QDate(2026, 1, 31), 100000, u"CHF"_s,
                                  {},     QDate(2026, 6, 1)};
        auto r = computeInterest(config, input);
        QVERIFY(r);
        QCOMPARE(r->interestMinor, 0);
        config.enabled = true;
        config.rateHundredths = 0;
        QCOMPARE(computeInterest(config, input)->interestMinor, 0);
        config.rateHundredths = 500;
        InterestInput paid = input;
        paid.openMinor = 0;
        QCOMPARE(computeInterest(config, paid)->interestMinor, 0);
        paid.openMinor = -5000; // a credit earns the client no interest from us
        QCOMPARE(computeInterest(config, paid)->interestMinor, 0);
    }

    void neverCompounded()
    {
        // Two years at 5 % on CHF 1000.00 (30/360, 720 days) is 100.00, not 102.50 (Art. 105 para. 3 CO).
        const InterestConfig config{true, 500, DayCount::Thirty360, InterestStart::DueDate, 0};
        const auto r = computeInterest(
            config, {u"A"_s, QDate(2025, 1, 1), QDate(2025, 1, 15), 100000, u"CHF"_s, {}, QDate(2027, 1, 15)});
        QCOMPARE(r->days, 720);
        QCOMPARE(r->interestMinor, 10000);
    }

    void startBeforeInvoiceDateIsRefused()
    {
        // A due date before the invoice date (a data error) would start interest before the invoice existed.
        const InterestConfig config{true, 500, DayCount::Act365, InterestStart::DueDate, 0};
        const auto r = computeInterest(
            config, {u"2026-0042"_s, QDate(2026, 5, 10), QDate(2026, 5, 1), 100000, u"CHF"_s, {}, QDate(2026, 6, 1)});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Config);
        QCOMPARE(r.error().subject, u"interest/from"_s);
        QVERIFY(r.error().detail.contains(u"2026-0042"_s));
        QVERIFY(r.error().detail.contains(u"before the invoice date"_s));
        // On the invoice date itself it is allowed.
        QVERIFY(computeInterest(
            config, {u"B"_s, QDate(2026, 5, 2), QDate(2026, 5, 1), 100000, u"CHF"_s, {}, QDate(2026, 6, 1)}));
    }

    void unknownCurrencyIsRefused()
    {
        const InterestConfig config{true, 500, DayCount::Act365, InterestStart::DueDate, 0};
        const auto r = computeInterest(config, {u"A"_s, {}, QDate(2026, 1, 1), 100, u"XYZ"_s, {}, QDate(2026, 2, 1)});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    }

    void feesNeedABasis()
    {
        FeesConfig fees;
        fees.levelMinor = {0, 2000, 3000};
        QVERIFY(!reminderFee(fees, 2, u"CHF"_s)); // no basis: never a fee
        fees.basis = u"according to our general terms, clause 7"_s;
        QVERIFY(!reminderFee(fees, 0, u"CHF"_s));
        QVERIFY(!reminderFee(fees, 1, u"CHF"_s)); // level 1 has none
        const auto second = reminderFee(fees, 2, u"CHF"_s);
        QVERIFY(second);
        QCOMPARE(second->amountMinor, 2000);
        QCOMPARE(second->currency, u"CHF"_s);
        QCOMPARE(second->basis, fees.basis);
        QCOMPARE(reminderFee(fees, 3, u"CHF"_s)->amountMinor, 3000);
        QCOMPARE(reminderFee(fees, 5, u"CHF"_s)->amountMinor, 3000); // beyond 3: the level-3 fee
    }

    void totalsPerCurrencyWithTheFeeOnce()
    {
        // CHF: 1000.00 + 4.10 interest + 500.00 + 20.00 fee (once) = 1524.10; EUR: 2000.00 + 12.33 = 2012.33.
        const QList<ChargeLine> lines{
            {u"A"_s, u"CHF"_s, 100000, 410}, {u"B"_s, u"CHF"_s, 50000, 0}, {u"C"_s, u"EUR"_s, 200000, 1233}};
        const FeeLine fee{2, 2000, u"CHF"_s, u"clause 7"_s};
        const QList<CurrencyTotal> t = totalsDue(lines, fee);
        QCOMPARE(t.size(), 2);
        QCOMPARE(t[0], (CurrencyTotal{u"CHF"_s, 150000, 410, 2000, 152410}));
        QCOMPARE(t[1], (CurrencyTotal{u"EUR"_s, 200000, 1233, 0, 201233}));
        // Without a fee the CHF total is the open amounts and interest only.
        QCOMPARE(totalsDue(lines, std::nullopt)[0].totalMinor, 150410);
    }

    void dayCountDaysAtMonthEnds()
    {
        QCOMPARE(dayCountDays(QDate(2026, 1, 30), QDate(2026, 1, 31), DayCount::Thirty360), 0); // 31st = 30th
        QCOMPARE(dayCountDays(QDate(2026, 1, 30), QDate(2026, 1, 31), DayCount::Act365), 1);
        QCOMPARE(dayCountDays(QDate(2028, 2, 28), QDate(2028, 2, 29), DayCount::Thirty360), 1);
        QCOMPARE(dayCountDays(QDate(2028, 2, 29), QDate(2028, 3, 31), DayCount::Thirty360), 31); // 30 + (30 − 29)
        QCOMPARE(dayCountDays(QDate(2026, 5, 1), QDate(2026, 4, 1), DayCount::Act365), 0);
    }
};

QTEST_GUILESS_MAIN(TestReminderInterest)
#include "test_reminder_interest.moc"
