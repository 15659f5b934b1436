// Aging buckets, the aging summary, DSO (countback and simple), payment behaviour and the DSO trend,
// checked against figures computed by hand in the comments.
#include "DataTests.h"
#include "aging/Aging.h"
#include "storage/Store.h"

#include <QTest>
#include <QTimeZone>
#include <ctime>

using namespace relance;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// A small ledger whose aging and DSO are worked out by hand below, as of 2025-03-15.
//   RE-1  A  CHF  issued 2025-03-05, due 2025-04-04, 10'000.00, open 10'000.00       -> current (not yet due)
//   RE-2  A  CHF  issued 2025-02-10, due 2025-03-12, 20'000.00, open  5'000.00       -> light (3 days late), part paid
//   RE-3  A  CHF  issued 2025-01-20, due 2025-02-19, 30'000.00, open 30'000.00       -> moderate (9 + 15 = 24 days)
//   RE-4  B  EUR  issued 2024-12-01, due 2024-12-31,  1'500.00, open  1'500.00       -> serious (74 days)
//   RE-5  A  CHF  issued 2024-12-10, due 2025-01-09,  8'000.00, paid 2025-01-20      -> not in aging
//   RE-6  A  CHF  credit note issued 2025-03-01, -200.00, open -200.00               -> not in aging (nothing to chase)
const QDate kAsOf(2025, 3, 15);

Result<void> storeLedger(Store& store)
{
    const auto client = [](const char* number, const char* name, Language language) {
        Client c;
        c.number = QLatin1StringView(number).toString();
        c.name = QString::fromUtf8(name);
        c.language = language;
        c.reminderEmails = {QStringLiteral("compta@client.example")};
        c.invoiceEmail = QStringLiteral("compta@client.example");
        c.contactPerson = QStringLiteral("Mme Claire Favre");
        c.accountant = QStringLiteral("m.rochat");
        c.crmAccountId = QStringLiteral("crm-") + c.number;
        c.doNotChaseReason = QStringLiteral("-");
        return c;
    };
    QList<Client> clients{client("A", "Boulangerie Favre SA", Language::French),
                          client("B", "Alpine Analytics Ltd", Language::English)};
    if (auto ok = store.upsertClients(clients); !ok)
        return ok;
    const auto inv = [](const char* number, const char* client, QDate issue, QDate due, qint64 amount, qint64 open,
                        const char* currency, QDate paid = {}) {
        Invoice i;
        i.number = QLatin1StringView(number).toString();
        i.clientNumber = QLatin1StringView(client).toString();
        i.issueDate = issue;
        i.dueDate = due;
        i.amountMinor = amount;
        i.openMinor = open;
        i.currency = QLatin1StringView(currency).toString();
        i.paidOn = paid;
        i.source = QStringLiteral("test");
        return i;
    };
    QList<Invoice> invoices{
        inv("RE-1", "A", d(2025, 3, 5), d(2025, 4, 4), 1'000'000, 1'000'000, "CHF"),
        inv("RE-2", "A", d(2025, 2, 10), d(2025, 3, 12), 2'000'000, 500'000, "CHF"),
        inv("RE-3", "A", d(2025, 1, 20), d(2025, 2, 19), 3'000'000, 3'000'000, "CHF"),
        inv("RE-4", "B", d(2024, 12, 1), d(2024, 12, 31), 150'000, 150'000, "EUR"),
        inv("RE-5", "A", d(2024, 12, 10), d(2025, 1, 9), 800'000, 0, "CHF", d(2025, 1, 20)),
        inv("RE-6", "A", d(2025, 3, 1), d(2025, 3, 1), -20'000, -20'000, "CHF"),
    };
    return store.upsertInvoices(invoices);
}

// The hand totals of that ledger.
void verifyLedgerSummary(const AgingSummary& s)
{
    QCOMPARE(s.asOf, kAsOf);
    QCOMPARE(s.buckets.size(), 4);
    QCOMPARE(s.buckets[0].bucket, AgingBucket::Current);
    QCOMPARE(s.buckets[0].count, 1);
    QCOMPARE(s.buckets[0].openMinorByCurrency, (QMap<QString, qint64>{{QStringLiteral("CHF"), 1'000'000}}));
    QCOMPARE(s.buckets[1].bucket, AgingBucket::Light);
    QCOMPARE(s.buckets[1].count, 1);
    QCOMPARE(s.buckets[1].openMinorByCurrency, (QMap<QString, qint64>{{QStringLiteral("CHF"), 500'000}}));
    QCOMPARE(s.buckets[2].bucket, AgingBucket::Moderate);
    QCOMPARE(s.buckets[2].count, 1);
    QCOMPARE(s.buckets[2].openMinorByCurrency, (QMap<QString, qint64>{{QStringLiteral("CHF"), 3'000'000}}));
    QCOMPARE(s.buckets[3].bucket, AgingBucket::Serious);
    QCOMPARE(s.buckets[3].count, 1);
    QCOMPARE(s.buckets[3].openMinorByCurrency, (QMap<QString, qint64>{{QStringLiteral("EUR"), 150'000}}));

    // DSO in CHF. Receivables: 10'000 + 5'000 + 30'000 = 45'000.00 (the credit note is not a receivable).
    // Sales per countback period: 1-15 March 10'000 - 200 = 9'800; February 20'000; January 30'000; December 8'000.
    // Countback: March covers 15 days (45'000 - 9'800 = 35'200 left), February its 28 days (15'200 left),
    // January 31 * 15'200 / 30'000 = 15.70666.. days: 15 + 28 + 15.70666.. = 58.70666..
    // Simple over 90 days (16 Dec 2024 .. 15 Mar 2025): sales 9'800 + 20'000 + 30'000 = 59'800 (RE-5 was issued on
    // 10 Dec, outside): 45'000 / 59'800 * 90 = 67.7257525..
    QCOMPARE(s.dso.currency, QStringLiteral("CHF"));
    QCOMPARE(s.dso.receivablesMinor, 4'500'000);
    QCOMPARE(s.dso.salesMinor, 5'980'000);
    QVERIFY(s.dso.countback.has_value());
    QVERIFY2(qAbs(*s.dso.countback - (15.0 + 28.0 + 31.0 * 15'200.0 / 30'000.0)) < 1e-9,
             qPrintable(QString::number(*s.dso.countback)));
    QVERIFY(qAbs(*s.dso.countback - 58.706666) < 1e-5);
    QVERIFY(s.dso.simple.has_value());
    QVERIFY2(qAbs(*s.dso.simple - 67.7257525) < 1e-6, qPrintable(QString::number(*s.dso.simple)));
}

QString fingerprint(const AgingSummary& s)
{
    QString out = s.asOf.toString(Qt::ISODate);
    for (const BucketTotals& b : s.buckets) {
        out += u'|' + agingBucketName(b.bucket) + u':' + QString::number(b.count);
        for (auto it = b.openMinorByCurrency.cbegin(); it != b.openMinorByCurrency.cend(); ++it)
            out += u' ' + it.key() + u'=' + QString::number(it.value());
    }
    out += QStringLiteral("|dso:%1/%2")
               .arg(s.dso.countback.value_or(-1), 0, 'f', 6)
               .arg(s.dso.simple.value_or(-1), 0, 'f', 6);
    return out;
}

void setTimeZone(const QByteArray& tz)
{
    qputenv("TZ", tz);
    tzset();
}

} // namespace

class TestAging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketEdges_data()
    {
        QTest::addColumn<int>("late");
        QTest::addColumn<AgingBucket>("bucket");
        QTest::newRow("not yet due") << -10 << AgingBucket::Current;
        QTest::newRow("due today") << 0 << AgingBucket::Current;
        QTest::newRow("1 day") << 1 << AgingBucket::Light;
        QTest::newRow("15 days") << 15 << AgingBucket::Light;
        QTest::newRow("16 days") << 16 << AgingBucket::Moderate;
        QTest::newRow("45 days") << 45 << AgingBucket::Moderate;
        QTest::newRow("46 days") << 46 << AgingBucket::Serious;
        QTest::newRow("a year") << 365 << AgingBucket::Serious;
    }
    void bucketEdges()
    {
        QFETCH(int, late);
        QFETCH(AgingBucket, bucket);
        const QDate asOf(2025, 6, 30);
        const QDate due = asOf.addDays(-late);
        QCOMPARE(daysLate(due, asOf), late);
        QCOMPARE(bucketFor(daysLate(due, asOf)), bucket);
        Invoice i;
        i.dueDate = due;
        QCOMPARE(i.daysLate(asOf), late);
    }

    void customThresholds()
    {
        const AgingPolicy p{10, 30};
        QCOMPARE(bucketFor(0, p), AgingBucket::Current);
        QCOMPARE(bucketFor(10, p), AgingBucket::Light);
        QCOMPARE(bucketFor(11, p), AgingBucket::Moderate);
        QCOMPARE(bucketFor(30, p), AgingBucket::Moderate);
        QCOMPARE(bucketFor(31, p), AgingBucket::Serious);
        // The same invoices fall differently under the default policy.
        QCOMPARE(bucketFor(11), AgingBucket::Light);
        QCOMPARE(bucketFor(31), AgingBucket::Moderate);

        const QDate asOf(2025, 6, 30);
        const QList<OpenAmountRow> rows{{asOf.addDays(-11), QStringLiteral("CHF"), 1, 100}};
        QCOMPARE(summarizeAging(rows, asOf, p).buckets[int(AgingBucket::Moderate)].count, 1);
        QCOMPARE(summarizeAging(rows, asOf).buckets[int(AgingBucket::Light)].count, 1);
    }

    void leapYears()
    {
        // 2024 is a leap year: from 28 February to 1 March is two days (the 29th exists), from the 29th one day.
        QCOMPARE(daysLate(d(2024, 2, 28), d(2024, 3, 1)), 2);
        QCOMPARE(daysLate(d(2024, 2, 29), d(2024, 3, 1)), 1);
        QCOMPARE(daysLate(d(2023, 2, 28), d(2023, 3, 1)), 1);
        // 15 days after 29 February 2024 is 15 March: still light; the 16th is moderate.
        QCOMPARE(bucketFor(daysLate(d(2024, 2, 29), d(2024, 3, 15))), AgingBucket::Light);
        QCOMPARE(bucketFor(daysLate(d(2024, 2, 29), d(2024, 3, 16))), AgingBucket::Moderate);
        // Over a whole leap year.
        QCOMPARE(daysLate(d(2024, 1, 1), d(2025, 1, 1)), 366);
    }

    void timeZonesCannotShiftADay()
    {
        const QByteArray saved = qgetenv("TZ");
        QStringList seen;
        for (const QByteArray& tz : {QByteArray("Pacific/Kiritimati"), QByteArray("America/Adak")}) {
            setTimeZone(tz);
            // Late evening in Adak is already the next day in Kiritimati: nothing here may depend on that.
            QCOMPARE(daysLate(d(2025, 3, 12), kAsOf), 3);
            QCOMPARE(bucketFor(daysLate(d(2024, 2, 29), d(2024, 3, 16))), AgingBucket::Moderate);
            QCOMPARE(dateFrom(dateValue(d(2024, 2, 29))), d(2024, 2, 29));
            const QDateTime stamp(d(2025, 3, 14), QTime(23, 30), QTimeZone::utc());
            QCOMPARE(timeFrom(timeValue(stamp)), stamp);
            QCOMPARE(timeValue(stamp).toString(), QStringLiteral("2025-03-14T23:30:00.000Z"));

            QTemporaryDir dir;
            auto db = Database::openAndMigrate(test::sqliteUrl(dir));
            QVERIFY2(db.has_value(), qPrintable(db ? QString() : db.error().toString()));
            Store store(**db);
            VERIFY_OK(storeLedger(store));
            auto s = agingSummary(store, kAsOf, {}, QStringLiteral("CHF"), 90);
            QVERIFY(s.has_value());
            verifyLedgerSummary(*s);
            auto stored = store.invoiceByNumber(QStringLiteral("RE-2"));
            QVERIFY(stored && stored->has_value());
            QCOMPARE((*stored)->dueDate, d(2025, 3, 12));
            seen << fingerprint(*s);
        }
        if (saved.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", saved);
        tzset();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0], seen[1]);
    }

    void summaryTotalsPerCurrency()
    {
        const QDate asOf(2025, 6, 30);
        const QString chf = QStringLiteral("CHF");
        const QString eur = QStringLiteral("EUR");
        const QList<OpenAmountRow> rows{
            {asOf.addDays(5), chf, 2, 100'000},   // current
            {asOf, chf, 1, 2'500},                // current: due today
            {asOf.addDays(-3), chf, 1, 50'050},   // light
            {asOf.addDays(-3), eur, 1, 20'000},   // light
            {asOf.addDays(-15), eur, 2, 5},       // light
            {asOf.addDays(-20), chf, 3, 300'000}, // moderate
            {asOf.addDays(-46), chf, 1, 1'000},   // serious
            {asOf.addDays(-50), eur, 2, 77'705},  // serious
        };
        const AgingSummary s = summarizeAging(rows, asOf);
        QCOMPARE(s.buckets.size(), 4);
        QCOMPARE(s.buckets[0].count, 3);
        QCOMPARE(s.buckets[0].openMinorByCurrency, (QMap<QString, qint64>{{chf, 102'500}}));
        QCOMPARE(s.buckets[1].count, 4);
        QCOMPARE(s.buckets[1].openMinorByCurrency, (QMap<QString, qint64>{{chf, 50'050}, {eur, 20'005}}));
        QCOMPARE(s.buckets[2].count, 3);
        QCOMPARE(s.buckets[2].openMinorByCurrency, (QMap<QString, qint64>{{chf, 300'000}}));
        QCOMPARE(s.buckets[3].count, 3);
        QCOMPARE(s.buckets[3].openMinorByCurrency, (QMap<QString, qint64>{{chf, 1'000}, {eur, 77'705}}));

        // Nothing open: still four buckets, all empty, in order.
        const AgingSummary empty = summarizeAging({}, asOf);
        QCOMPARE(empty.buckets.size(), 4);
        for (int b = 0; b < 4; ++b) {
            QCOMPARE(int(empty.buckets[b].bucket), b);
            QCOMPARE(empty.buckets[b].count, 0);
            QVERIFY(empty.buckets[b].openMinorByCurrency.isEmpty());
        }
    }

    void dsoPartialMonth()
    {
        // As of 15 March 2025. Sales: 10'000.00 on 10 March, 20'000.00 on 10 February, 30'000.00 on 20 January.
        // Receivables 25'000.00.
        // Countback: 1-15 March = 15 days uses 10'000 (15'000 left); February has 28 days and 20'000 of sales:
        // 28 * 15'000 / 20'000 = 21 days. DSO = 15 + 21 = 36 days.
        // Simple over 90 days (16 Dec .. 15 Mar): 25'000 / 60'000 * 90 = 37.5 days.
        const QString chf = QStringLiteral("CHF");
        const QList<SalesRow> sales{{d(2025, 3, 10), chf, 1'000'000},
                                    {d(2025, 2, 10), chf, 2'000'000},
                                    {d(2025, 1, 20), chf, 3'000'000},
                                    {d(2025, 3, 12), QStringLiteral("EUR"), 9'999'999}, // other currency: ignored
                                    {d(2025, 3, 20), chf, 9'999'999}};                  // after the as-of date: ignored
        const DsoFigures f = computeDso(2'500'000, sales, kAsOf, chf, 90);
        QCOMPARE(f.currency, chf);
        QCOMPARE(f.windowDays, 90);
        QCOMPARE(f.receivablesMinor, 2'500'000);
        QCOMPARE(f.salesMinor, 6'000'000);
        QVERIFY(f.countback.has_value());
        QVERIFY2(qAbs(*f.countback - 36.0) < 1e-9, qPrintable(QString::number(*f.countback)));
        QVERIFY(f.simple.has_value());
        QVERIFY2(qAbs(*f.simple - 37.5) < 1e-9, qPrintable(QString::number(*f.simple)));

        // A 30-day window only sees the March and late-February sales: 16 Feb .. 15 Mar holds 10'000 only
        // (the February sale was on the 10th): 25'000 / 10'000 * 30 = 75 days. Countback does not depend on it.
        const DsoFigures w = computeDso(2'500'000, sales, kAsOf, chf, 30);
        QCOMPARE(w.salesMinor, 1'000'000);
        QVERIFY(qAbs(*w.simple - 75.0) < 1e-9);
        QVERIFY(qAbs(*w.countback - 36.0) < 1e-9);
    }

    void dsoWholeMonths()
    {
        // As of 30 June 2025 (a month end). June sales 30'000, May 30'000; receivables 60'000 exactly cover both:
        // 30 + 31 = 61 days. Simple over 90 days (2 Apr .. 30 Jun): 60'000 / 60'000 * 90 = 90 days.
        const QString chf = QStringLiteral("CHF");
        const QList<SalesRow> sales{{d(2025, 6, 2), chf, 3'000'000}, {d(2025, 5, 15), chf, 3'000'000}};
        const DsoFigures f = computeDso(6'000'000, sales, d(2025, 6, 30), chf, 90);
        QVERIFY(qAbs(*f.countback - 61.0) < 1e-9);
        QVERIFY(qAbs(*f.simple - 90.0) < 1e-9);
        // Nothing owed: zero days, not "unknown".
        const DsoFigures zero = computeDso(0, sales, d(2025, 6, 30), chf, 90);
        QCOMPARE(zero.countback, std::optional<double>(0.0));
        QCOMPARE(zero.simple, std::optional<double>(0.0));
    }

    void dsoNoSales()
    {
        // Receivables but no sales in CHF at all: DSO cannot be computed, and says so (no value), rather than 0.
        const QString chf = QStringLiteral("CHF");
        const DsoFigures f = computeDso(500'000, {}, kAsOf, chf, 90);
        QVERIFY(!f.countback.has_value());
        QVERIFY(!f.simple.has_value());
        QCOMPARE(f.salesMinor, 0);
        // Sales only in another currency are not converted.
        const DsoFigures eurOnly =
            computeDso(500'000, {{d(2025, 3, 1), QStringLiteral("EUR"), 1'000'000}}, kAsOf, chf, 90);
        QVERIFY(!eurOnly.countback.has_value());
        QVERIFY(!eurOnly.simple.has_value());
        // Sales only before the simple window: countback still works, simple has nothing to divide by.
        // As of 15 March 2025 with sales of 10'000 on 10 October 2024 and receivables 5'000:
        // March 1-15 (15 days), February (28), January (31), December (31), November (30) have no sales: 135 days,
        // then October: 31 * 5'000 / 10'000 = 15.5 -> 150.5 days.
        const DsoFigures old = computeDso(500'000, {{d(2024, 10, 10), chf, 1'000'000}}, kAsOf, chf, 90);
        QVERIFY(!old.simple.has_value());
        QVERIFY2(qAbs(*old.countback - 150.5) < 1e-9, qPrintable(QString::number(*old.countback)));
    }

    void dsoReceivablesExceedAllSales()
    {
        // As of 31 March 2024 (leap year). Sales: 10'000 on 5 March, 10'000 on 15 February. Receivables 50'000:
        // more than every sale countback can see. It then counts every period of its 24-month horizon in full:
        // 1 April 2022 .. 31 March 2024 = 365 + 366 = 731 days, a cap, not a division by zero or a negative figure.
        // Simple over 90 days (2 Jan .. 31 Mar 2024): 50'000 / 20'000 * 90 = 225 days.
        const QString chf = QStringLiteral("CHF");
        const QList<SalesRow> sales{{d(2024, 3, 5), chf, 1'000'000}, {d(2024, 2, 15), chf, 1'000'000}};
        const DsoFigures f = computeDso(5'000'000, sales, d(2024, 3, 31), chf, 90);
        QVERIFY(f.countback.has_value());
        QCOMPARE(*f.countback, 731.0);
        QVERIFY(qAbs(*f.simple - 225.0) < 1e-9);
    }

    void paymentBehaviourAveragesAndTrend()
    {
        // As of 30 June 2025, recent = paid after 1 April 2025 (the last 90 days).
        // Client 1: issued 1 Jan, due 31 Jan, paid 10 Feb: 40 days to pay, 10 late (earlier)
        //           issued 1 Feb, due 3 Mar, paid 1 Mar:  28 days to pay, -2 late (earlier: early)
        //           issued 1 Apr, due 1 May, paid 31 May: 60 days to pay, 30 late (recent)
        //   averages: to pay (40 + 28 + 60) / 3 = 42.667, late (10 - 2 + 30) / 3 = 12.667; earlier 4, recent 30,
        //   trend +26 days: paying later than before.
        // Client 2: paid 20 June, due 1 July: 19 days to pay, 11 early; only recent: no trend.
        //           a row paid after the as-of date and one without a paid date do not count.
        const QList<PaidInvoiceRow> paid{
            {1, d(2025, 1, 1), d(2025, 1, 31), d(2025, 2, 10)}, {1, d(2025, 2, 1), d(2025, 3, 3), d(2025, 3, 1)},
            {1, d(2025, 4, 1), d(2025, 5, 1), d(2025, 5, 31)},  {2, d(2025, 6, 1), d(2025, 7, 1), d(2025, 6, 20)},
            {2, d(2025, 6, 1), d(2025, 7, 1), d(2025, 7, 5)},   {2, d(2025, 6, 1), d(2025, 7, 1), QDate()},
        };
        const QList<PaymentBehaviour> b = paymentBehaviour(paid, d(2025, 6, 30), 90);
        QCOMPARE(b.size(), 2);
        QCOMPARE(b[0].clientId, 1);
        QCOMPARE(b[0].paidCount, 3);
        QVERIFY(qAbs(b[0].averageDaysToPay - 128.0 / 3) < 1e-9);
        QVERIFY(qAbs(b[0].averageDaysLate - 38.0 / 3) < 1e-9);
        QCOMPARE(b[0].earlierAverageDaysLate, std::optional<double>(4.0));
        QCOMPARE(b[0].recentAverageDaysLate, std::optional<double>(30.0));
        QCOMPARE(b[0].trendDays(), std::optional<double>(26.0));
        QCOMPARE(b[1].clientId, 2);
        QCOMPARE(b[1].paidCount, 1);
        QCOMPARE(b[1].averageDaysToPay, 19.0);
        QCOMPARE(b[1].averageDaysLate, -11.0);
        QVERIFY(!b[1].earlierAverageDaysLate.has_value());
        QVERIFY(!b[1].trendDays().has_value());
    }

    void summaryFromStore_data() { test::addBackendRows(); }
    void summaryFromStore()
    {
        OPEN_URL(url, "relance_test_aging_summary");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        VERIFY_OK((*db)->transaction([&] { return storeLedger(store); }));
        auto s = agingSummary(store, kAsOf, {}, QStringLiteral("CHF"), 90);
        QVERIFY2(s.has_value(), qPrintable(s ? QString() : s.error().toString()));
        verifyLedgerSummary(*s);

        // EUR as the base currency: only RE-4 is a receivable, and there are no EUR sales within 24 months
        // before... except RE-4 itself (December 2024): 1'500 covers December 2024's 1'500 exactly:
        // 15 (March) + 28 (Feb) + 31 (Jan) + 31 (Dec) = 105 days. Simple: RE-4 was issued 1 Dec, outside 90 days.
        auto eur = agingSummary(store, kAsOf, {}, QStringLiteral("EUR"), 90);
        QVERIFY(eur.has_value());
        QCOMPARE(eur->dso.receivablesMinor, 150'000);
        QVERIFY(qAbs(*eur->dso.countback - 105.0) < 1e-9);
        QVERIFY(!eur->dso.simple.has_value());
    }

    void dsoTrendOnePointPerMonth_data() { test::addBackendRows(); }
    void dsoTrendOnePointPerMonth()
    {
        OPEN_URL(url, "relance_test_aging_trend");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        VERIFY_OK((*db)->transaction([&] { return storeLedger(store); }));
        auto trend = dsoTrend(store, kAsOf, 6, QStringLiteral("CHF"));
        QVERIFY2(trend.has_value(), qPrintable(trend ? QString() : trend.error().toString()));
        QCOMPARE(trend->size(), 6);
        const QList<QDate> ends{d(2024, 10, 31), d(2024, 11, 30), d(2024, 12, 31),
                                d(2025, 1, 31),  d(2025, 2, 28),  kAsOf};
        for (int i = 0; i < 6; ++i)
            QCOMPARE(trend->at(i).monthEnd, ends[i]);
        // October and November 2024: no CHF sales yet, no receivables: unknown.
        QVERIFY(!trend->at(0).countback.has_value());
        // 28 February 2025: receivables rebuilt from issue and paid dates are RE-2 (20'000) and RE-3 (30'000)
        // = 50'000; RE-5 was paid on 20 January. February's 20'000 cover its 28 days, January's 30'000 the rest
        // exactly: 28 + 31 = 59 days.
        QVERIFY2(qAbs(*trend->at(4).countback - 59.0) < 1e-9, qPrintable(QString::number(*trend->at(4).countback)));
        // 15 March 2025: RE-1 + RE-2 + RE-3 in full = 60'000 (a partly paid invoice counts in full until paid).
        // March 9'800 (15 days) -> 50'200 left; February 20'000 (28) -> 30'200; January 30'000 (31) -> 200;
        // December 31 * 200 / 8'000 = 0.775 -> 74.775 days.
        QVERIFY2(qAbs(*trend->at(5).countback - 74.775) < 1e-9, qPrintable(QString::number(*trend->at(5).countback)));
        // A year of points.
        auto year = dsoTrend(store, kAsOf, 12, QStringLiteral("CHF"));
        QVERIFY(year.has_value());
        QCOMPARE(year->size(), 12);
        QCOMPARE(year->first().monthEnd, d(2024, 4, 30));
        QCOMPARE(year->last().monthEnd, kAsOf);
    }
};

QTEST_GUILESS_MAIN(TestAging)
#include "test_aging.moc"
