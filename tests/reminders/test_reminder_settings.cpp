// [interest], [fees] and [reminders] maxLevel: defaults, accepted values and refusals that name section, key and
// what is allowed.
#include "reminders/ReminderSettings.h"

#include <QTest>

using namespace relance;
using namespace Qt::StringLiterals;
using SettingsMap = QMap<QString, QString>;

class TestReminderSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        const auto s = parseReminderSettings({});
        QVERIFY(s);
        QCOMPARE(s->interest.enabled, false);
        QCOMPARE(s->interest.rateHundredths, 500);
        QCOMPARE(s->interest.dayCount, DayCount::Act365);
        QCOMPARE(s->interest.from, InterestStart::DueDate);
        QCOMPARE(s->interest.minimumMinor, 100);
        QVERIFY(s->fees.basis.isEmpty());
        QVERIFY(!s->fees.any());
        QCOMPARE(s->maxLevel, 3);
    }

    void acceptsAndRoundTrips()
    {
        const QMap<QString, QString> in{
            {u"interest/enabled"_s, u"true"_s},
            {u"interest/rate"_s, u"5.25 %"_s},
            {u"interest/dayCount"_s, u"30/360"_s},
            {u"interest/from"_s, u"first-reminder"_s},
            {u"interest/minimum"_s, u"2.00"_s},
            {u"fees/level1"_s, u""_s},
            {u"fees/level2"_s, u"20.00"_s},
            {u"fees/level3"_s, u"30"_s},
            {u"fees/basis"_s, u"according to our general terms, clause 7"_s},
            {u"reminders/maxLevel"_s, u"4"_s},
            {u"llm/provider"_s, u"template"_s}, // other sections: ignored
        };
        const auto s = parseReminderSettings(in);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().detail));
        QVERIFY(s->interest.enabled);
        QCOMPARE(s->interest.rateHundredths, 525);
        QCOMPARE(s->interest.dayCount, DayCount::Thirty360);
        QCOMPARE(s->interest.from, InterestStart::FirstReminder);
        QCOMPARE(s->interest.minimumMinor, 200);
        QCOMPARE(s->fees.levelMinor[0], 0);
        QCOMPARE(s->fees.levelMinor[1], 2000);
        QCOMPARE(s->fees.levelMinor[2], 3000);
        QCOMPARE(s->maxLevel, 4);
        const QMap<QString, QString> out = reminderSettingsValues(*s);
        QCOMPARE(out.value(u"interest/rate"_s), u"5.25"_s);
        QCOMPARE(out.value(u"fees/level2"_s), u"20.00"_s);
        const auto again = parseReminderSettings(out);
        QVERIFY(again);
        QCOMPARE(again->interest.rateHundredths, 525);
        QCOMPARE(again->fees.levelMinor, s->fees.levelMinor);
        QCOMPARE(again->fees.basis, s->fees.basis);
        QCOMPARE(again->maxLevel, 4);
    }

    void rateLimits_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected"); // -1: refused
        QTest::newRow("zero") << u"0"_s << 0;
        QTest::newRow("statutory") << u"5"_s << 500;
        QTest::newRow("comma") << u"5,5"_s << 550;
        QTest::newRow("twenty") << u"20.00"_s << 2000;
        QTest::newRow("over twenty") << u"20.01"_s << -1;
        QTest::newRow("negative") << u"-1"_s << -1;
        QTest::newRow("three decimals") << u"5.005"_s << -1;
        QTest::newRow("trailing zero decimals") << u"5.000"_s << 500;
        QTest::newRow("text") << u"five"_s << -1;
        QTest::newRow("empty") << u""_s << -1;
    }
    void rateLimits()
    {
        QFETCH(QString, value);
        QFETCH(int, expected);
        const auto s = parseReminderSettings({{u"interest/rate"_s, value}});
        if (expected < 0) {
            QVERIFY(!s);
            QCOMPARE(s.error().code, ErrorCode::Config);
            QCOMPARE(s.error().subject, u"interest/rate"_s);
            QVERIFY(s.error().detail.contains(u"[interest] rate"_s));
            QVERIFY(s.error().detail.contains(u"0.00 to 20.00"_s));
        } else {
            QVERIFY(s);
            QCOMPARE(s->interest.rateHundredths, expected);
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QMap<QString, QString>>("values");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("allowed");
        QTest::newRow("unknown day count") << QMap<QString, QString>{{u"interest/dayCount"_s, u"act/360"_s}}
                                           << u"interest/dayCount"_s << u"act/365 or 30/360"_s;
        QTest::newRow("unknown start") << QMap<QString, QString>{{u"interest/from"_s, u"invoice-date"_s}}
                                       << u"interest/from"_s << u"due-date or first-reminder"_s;
        QTest::newRow("not a boolean") << QMap<QString, QString>{{u"interest/enabled"_s, u"maybe"_s}}
                                       << u"interest/enabled"_s << u"true or false"_s;
        QTest::newRow("negative minimum")
            << QMap<QString, QString>{{u"interest/minimum"_s, u"-1.00"_s}} << u"interest/minimum"_s << u"0 or more"_s;
        QTest::newRow("fee without basis")
            << QMap<QString, QString>{{u"fees/level1"_s, u"20.00"_s}} << u"fees/level1"_s << u"[fees] basis"_s;
        QTest::newRow("fee with a blank basis")
            << QMap<QString, QString>{{u"fees/level3"_s, u"30.00"_s}, {u"fees/basis"_s, u"   "_s}} << u"fees/level3"_s
            << u"[fees] basis"_s;
        QTest::newRow("negative fee") << QMap<QString, QString>{{u"fees/level2"_s, u"-5"_s},
                                                                {u"fees/basis"_s, u"clause 7"_s}}
                                      << u"fees/level2"_s << u"0 or more"_s;
        QTest::newRow("fee with too many decimals")
            << QMap<QString, QString>{{u"fees/level2"_s, u"5.001"_s}, {u"fees/basis"_s, u"clause 7"_s}}
            << u"fees/level2"_s << u"0 or more"_s;
        QTest::newRow("unknown interest key") << QMap<QString, QString>{{u"interest/compound"_s, u"true"_s}}
                                              << u"interest/compound"_s << u"known key of [interest]"_s;
        QTest::newRow("unknown fees key")
            << QMap<QString, QString>{{u"fees/level4"_s, u"40"_s}} << u"fees/level4"_s << u"known key of [fees]"_s;
        QTest::newRow("max level 10") << QMap<QString, QString>{{u"reminders/maxLevel"_s, u"10"_s}}
                                      << u"reminders/maxLevel"_s << u"0 (no maximum) to 9"_s;
        QTest::newRow("max level negative") << QMap<QString, QString>{{u"reminders/maxLevel"_s, u"-1"_s}}
                                            << u"reminders/maxLevel"_s << u"0 (no maximum) to 9"_s;
    }
    void refusals()
    {
        QFETCH(SettingsMap, values);
        QFETCH(QString, subject);
        QFETCH(QString, allowed);
        const auto s = parseReminderSettings(values);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Config);
        QCOMPARE(s.error().subject, subject);
        const QString section = subject.section(u'/', 0, 0);
        const QString key = subject.section(u'/', 1);
        QVERIFY2(s.error().detail.contains(u"[%1] %2"_s.arg(section, key)), qPrintable(s.error().detail));
        QVERIFY2(s.error().detail.contains(allowed), qPrintable(s.error().detail));
    }

    void zeroFeeNeedsNoBasis()
    {
        const auto s = parseReminderSettings({{u"fees/level1"_s, u"0.00"_s}});
        QVERIFY(s);
        QVERIFY(!s->fees.any());
    }

    void keysAreDocumented()
    {
        QStringList keys;
        for (const auto& k : reminderSettingKeys())
            keys << k.key;
        for (const QString& k : {u"interest/enabled"_s, u"interest/rate"_s, u"interest/dayCount"_s, u"interest/from"_s,
                                 u"interest/minimum"_s, u"fees/level1"_s, u"fees/level2"_s, u"fees/level3"_s,
                                 u"fees/basis"_s, u"reminders/maxLevel"_s})
            QVERIFY2(keys.contains(k), qPrintable(k));
    }
};

QTEST_GUILESS_MAIN(TestReminderSettings)
#include "test_reminder_settings.moc"
