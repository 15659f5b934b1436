// Money parsing and formatting: exact minor units from every Swiss way of writing an amount, no floating point.
#include "domain/Money.h"

#include <QTest>

using namespace relance;
using namespace Qt::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("plain") << u"1234.50"_s << u"CHF"_s << qint64(123450);
        QTest::newRow("apostrophe") << u"1'234.50"_s << u"CHF"_s << qint64(123450);
        QTest::newRow("typographic apostrophe") << u"1’234.50"_s << u"CHF"_s << qint64(123450);
        QTest::newRow("decimal comma") << u"1234,50"_s << u"CHF"_s << qint64(123450);
        QTest::newRow("french grouping") << u"1 234,50"_s << u"CHF"_s << qint64(123450);
        QTest::newRow("narrow nbsp") << u"1\u202F234,50"_s << u"CHF"_s << qint64(123450);
        QTest::newRow("german grouping") << u"1.234,50"_s << u"EUR"_s << qint64(123450);
        QTest::newRow("english grouping") << u"1,234.50"_s << u"USD"_s << qint64(123450);
        QTest::newRow("one decimal") << u"12.3"_s << u"CHF"_s << qint64(1230);
        QTest::newRow("no decimals") << u"12"_s << u"CHF"_s << qint64(1200);
        QTest::newRow("trailing zeros beyond minor") << u"12.500"_s << u"CHF"_s << qint64(1250);
        QTest::newRow("negative") << u"-0.05"_s << u"CHF"_s << qint64(-5);
        QTest::newRow("leading dot") << u".05"_s << u"CHF"_s << qint64(5);
        QTest::newRow("spaces around") << u"  99.95 "_s << u"CHF"_s << qint64(9995);
        QTest::newRow("zero digit currency") << u"1234"_s << u"JPY"_s << qint64(1234);
        QTest::newRow("three digit currency") << u"1.234"_s << u"BHD"_s << qint64(1234);
        // 0.1 + 0.2 style values that a double would get wrong
        QTest::newRow("no float drift") << u"0.29"_s << u"CHF"_s << qint64(29);
        QTest::newRow("large") << u"92233720368547758.07"_s << u"CHF"_s << qint64(9223372036854775807LL);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        const auto r = parseMinorUnits(text, currency);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().detail));
        QCOMPARE(*r, minor);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::newRow("empty") << QString() << u"CHF"_s;
        QTest::newRow("letters") << u"12a.00"_s << u"CHF"_s;
        QTest::newRow("currency inside") << u"CHF 12.00"_s << u"CHF"_s;
        QTest::newRow("too many decimals") << u"12.345"_s << u"CHF"_s;
        QTest::newRow("ambiguous commas") << u"1,234,567"_s << u"CHF"_s;
        QTest::newRow("lone comma 3 digits means thousands? refuse") << u"1,234"_s << u"CHF"_s;
        QTest::newRow("two dots") << u"1.2.3"_s << u"CHF"_s;
        QTest::newRow("unknown currency") << u"12.00"_s << u"XYZ"_s;
        QTest::newRow("overflow") << u"99999999999999999999.00"_s << u"CHF"_s;
        QTest::newRow("sign only") << u"-"_s << u"CHF"_s;
        QTest::newRow("trailing group mark") << u"1'"_s << u"CHF"_s;
        QTest::newRow("decimals on zero digit") << u"12.5"_s << u"JPY"_s;
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        const auto r = parseMinorUnits(text, currency);
        QVERIFY2(!r.has_value(), qPrintable(QStringLiteral("parsed to %1").arg(r ? *r : 0)));
        QCOMPARE(r.error().code, ErrorCode::Parse);
        QVERIFY(!r.error().detail.isEmpty());
    }

    void explicitSeparator()
    {
        QCOMPARE(*parseMinorUnits(u"1,234", u"CHF", DecimalSeparator::Dot), 123400);
        QCOMPARE(*parseMinorUnits(u"1.234,5", u"CHF", DecimalSeparator::Comma), 123450);
    }

    void decimalString()
    {
        QCOMPARE(toDecimalString(123450, u"CHF"), u"1234.50"_s);
        QCOMPARE(toDecimalString(-5, u"CHF"), u"-0.05"_s);
        QCOMPARE(toDecimalString(0, u"CHF"), u"0.00"_s);
        QCOMPARE(toDecimalString(1234, u"JPY"), u"1234"_s);
        QCOMPARE(toDecimalString(1234, u"BHD"), u"1.234"_s);
        QCOMPARE(toDecimalString(std::numeric_limits<qint64>::min(), u"CHF"), u"-92233720368547758.08"_s);
        // round trip
        for (qint64 v : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456789), qint64(-42)})
            QCOMPARE(*parseMinorUnits(toDecimalString(v, u"CHF"), u"CHF"), v);
    }

    void swissFormats()
    {
        const QChar nbsp(0x00A0);
        // de_CH: CHF 1’234.50
        QCOMPARE(formatMoney(123450, u"CHF", QLocale(QLocale::German, QLocale::Switzerland)),
                 u"CHF"_s + nbsp + u"1’234.50"_s);
        // fr_CH: 1 234,50 CHF (the locale's group mark, a narrow no-break space in current CLDR)
        const QLocale fr(QLocale::French, QLocale::Switzerland);
        const QString fr1234 = formatMoney(123450, u"CHF", fr);
        QVERIFY2(fr1234.endsWith(nbsp + u"CHF"_s), qPrintable(fr1234));
        QCOMPARE(fr1234.left(1), u"1"_s);
        QCOMPARE(fr1234.mid(2, 6), u"234,50"_s);
        QVERIFY(fr1234.at(1).isSpace() || fr1234.at(1) == QChar(0x202F));
        // en: CHF 1,234.50
        QCOMPARE(formatMoney(123450, u"CHF", QLocale(QLocale::English, QLocale::Switzerland)).remove(nbsp).remove(u' '),
                 u"CHF1’234.50"_s.replace(u"’"_s, QLocale(QLocale::English, QLocale::Switzerland).groupSeparator()));
        QCOMPARE(formatMoney(123450, u"CHF", QLocale(QLocale::English, QLocale::UnitedStates)),
                 u"CHF"_s + nbsp + u"1,234.50"_s);
        QCOMPARE(formatMoney(-5, u"CHF", QLocale(QLocale::German, QLocale::Switzerland)), u"CHF"_s + nbsp + u"-0.05"_s);
        QCOMPARE(formatAmount(100000000, u"CHF", QLocale(QLocale::German, QLocale::Switzerland)), u"1’000’000.00"_s);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
