// The hand-over to debt collection: GebV SchKG Art. 16 fee brackets at their edges, exact EUR conversion at an
// entered rate, and the summary's CSV and text exports.
#include "reminders/DebtCollection.h"

#include <QTest>

using namespace relance;
using namespace Qt::StringLiterals;

class TestDebtCollection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void officialFee_data()
    {
        QTest::addColumn<qint64>("claim"); // Rappen
        QTest::addColumn<qint64>("fee");
        QTest::newRow("0.01") << qint64(1) << qint64(700);
        QTest::newRow("100.00") << qint64(10000) << qint64(700);
        QTest::newRow("100.01") << qint64(10001) << qint64(2000);
        QTest::newRow("500.00") << qint64(50000) << qint64(2000);
        QTest::newRow("500.01") << qint64(50001) << qint64(4000);
        QTest::newRow("1000.00") << qint64(100000) << qint64(4000);
        QTest::newRow("1000.01") << qint64(100001) << qint64(6000);
        QTest::newRow("10000.00") << qint64(1000000) << qint64(6000);
        QTest::newRow("10000.01") << qint64(1000001) << qint64(9000);
        QTest::newRow("100000.00") << qint64(10000000) << qint64(9000);
        QTest::newRow("100000.01") << qint64(10000001) << qint64(19000);
        QTest::newRow("1000000.00") << qint64(100000000) << qint64(19000);
        QTest::newRow("1000000.01") << qint64(100000001) << qint64(40000);
        QTest::newRow("50 million") << qint64(5000000000LL) << qint64(40000);
    }
    void officialFee()
    {
        QFETCH(qint64, claim);
        QFETCH(qint64, fee);
        QCOMPARE(officialFeeMinor(claim), fee);
    }

    void rates()
    {
        auto r = parseChfRate(u"EUR"_s, u"0.9412"_s);
        QVERIFY(r);
        QCOMPARE(r->scaled, 941200);
        QCOMPARE(r->text, u"0.9412"_s);
        QCOMPARE(parseChfRate(u"EUR"_s, u"0,95"_s)->text, u"0.95"_s);
        QCOMPARE(parseChfRate(u"EUR"_s, u"1"_s)->text, u"1.00"_s);
        QVERIFY(!parseChfRate(u"EUR"_s, u"0"_s));
        QVERIFY(!parseChfRate(u"EUR"_s, u"-0.94"_s));
        QVERIFY(!parseChfRate(u"EUR"_s, u"0.9412345"_s)); // more than 6 decimals: refused, not rounded
        const auto bad = parseChfRate(u"EUR"_s, u"about one"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().subject, u"EUR"_s);
        // EUR 2000.00 × 0.9412 = CHF 1882.40 exactly; EUR 1234.57 × 0.9412 = 1161.977284 -> CHF 1161.98.
        QCOMPARE(convertToChf(200000, *r), 188240);
        QCOMPARE(convertToChf(123457, *r), 116198);
        // Half-up at the Rappen: EUR 0.50 × 0.95 = 0.475 -> 0.48.
        QCOMPARE(convertToChf(50, *parseChfRate(u"EUR"_s, u"0.95"_s)), 48);
    }

    void summaryAndExports()
    {
        const Party creditor{u"Relance Demo SA"_s, {u"Rue du Lac 1"_s, u"1003 Lausanne"_s}, u"CHE-123.456.789"_s};
        const Party debtor{u"Muster AG"_s, {u"Bahnhofstrasse 10"_s, u"8001 Zürich"_s}, u"K-100"_s};
        DebtInvoice chf;
        chf.invoiceId = 1;
        chf.invoiceNumber = u"2026-0001"_s;
        chf.issueDate = QDate(2026, 1, 1);
        chf.dueDate = QDate(2026, 1, 31);
        chf.openMinor = 150000;
        chf.interest.rateHundredths = 500;
        chf.interest.from = QDate(2026, 2, 1);
        SentReminder s1;
        s1.invoiceId = 1;
        s1.sentOn = QDate(2026, 2, 10);
        s1.messageId = u"<r1@firm.ch>"_s;
        SentReminder s2 = s1;
        s2.sentOn = QDate(2026, 2, 24);
        s2.messageId = u"<r2@firm.ch>"_s;
        chf.history = assembleHistories({s1, s2}).value(1);
        DebtInvoice eur;
        eur.invoiceId = 2;
        eur.invoiceNumber = u"2026-0002"_s;
        eur.issueDate = QDate(2026, 1, 5);
        eur.dueDate = QDate(2026, 2, 4);
        eur.openMinor = 200000;
        eur.currency = u"EUR"_s;
        DebtInvoice paid = chf;
        paid.invoiceNumber = u"2026-0003"_s;
        paid.openMinor = 0;

        const auto missing =
            buildDebtCollectionSummary(creditor, debtor, {chf, eur}, {}, QDate(2026, 4, 1), DayCount::Act365);
        QVERIFY(!missing);
        QCOMPARE(missing.error().subject, u"2026-0002"_s);
        QVERIFY(missing.error().detail.contains(u"EUR"_s));

        const auto s =
            buildDebtCollectionSummary(creditor, debtor, {chf, eur, paid}, {*parseChfRate(u"EUR"_s, u"0.9412"_s)},
                                       QDate(2026, 4, 1), DayCount::Act365);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().detail));
        QCOMPARE(s->claims.size(), 2); // nothing open on 2026-0003
        QCOMPARE(s->claims[1].claimChfMinor, 188240);
        // CHF 1500.00 + 1882.40 = 3382.40: the 1,000.01-10,000 bracket, CHF 60.
        QCOMPARE(s->totalChfMinor, 338240);
        QCOMPARE(s->officialFeeChfMinor, 6000);
        QCOMPARE(s->history.size(), 2);
        QCOMPARE(s->history[1].level, 2);

        const QString csv = debtCollectionCsv(*s);
        const QStringList rows = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[0].startsWith(u"creditor,debtor,"_s));
        QVERIFY2(rows[1].contains(u"2026-0001,2026-01-01,2026-01-31,CHF,1500.00,,1500.00,5.00,2026-02-01,act/365,"_s),
                 qPrintable(rows[1]));
        QVERIFY(rows[1].contains(u"\"level 1 10.02.2026 <r1@firm.ch>; level 2 24.02.2026 <r2@firm.ch>\""_s));
        QVERIFY2(rows[2].contains(u"2026-0002,2026-01-05,2026-02-04,EUR,2000.00,0.9412,1882.40,,,,"_s),
                 qPrintable(rows[2]));
        QVERIFY(rows[1].contains(u"\"Bahnhofstrasse 10, 8001 Zürich\""_s));

        const QString text = debtCollectionText(*s);
        QVERIFY(text.contains(u"Muster AG\n  Bahnhofstrasse 10\n  8001 Zürich"_s));
        QVERIFY(text.contains(u"Invoice 2026-0001 of 01.01.2026: CHF 1500.00"_s));
        QVERIFY(text.contains(u"with interest at 5.00 % a year (act/365) from 01.02.2026"_s));
        QVERIFY(text.contains(u"(EUR 2000.00 at 0.9412)"_s));
        QVERIFY(text.contains(u"level 2 24.02.2026 <r2@firm.ch>"_s));
        QVERIFY(text.contains(u"Total claim: CHF 3382.40"_s));
        QVERIFY(text.contains(u"(GebV SchKG Art. 16), for information: CHF 60.00"_s));
    }

    void csvDoesNotRunFormulas()
    {
        const Party creditor{u"Firm"_s, {}, {}};
        const Party debtor{u"=HYPERLINK(\"http://x\")"_s, {}, {}};
        DebtInvoice inv;
        inv.invoiceNumber = u"1"_s;
        inv.openMinor = 100;
        const auto s = buildDebtCollectionSummary(creditor, debtor, {inv}, {}, QDate(2026, 4, 1), DayCount::Act365);
        QVERIFY(s);
        const QString csv = debtCollectionCsv(*s);
        QVERIFY2(csv.contains(u"\"'=HYPERLINK(\"\"http://x\"\")\""_s), qPrintable(csv));
    }
};

QTEST_GUILESS_MAIN(TestDebtCollection)
#include "test_debt_collection.moc"
