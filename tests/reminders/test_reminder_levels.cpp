// Reminder levels from the real history: a cycle over simulated weeks (level 1, 2, 3, then ready for debt
// collection, with interest growing), the true wording of the history, imported dunning rows, and the reader over
// the database's sent reminders.
#include "TestSupport.h"
#include "reminders/HistoryClaims.h"
#include "reminders/HistoryReader.h"
#include "reminders/Interest.h"

#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace relance::test;
using namespace Qt::StringLiterals;

namespace {

SentReminder sent(qint64 invoiceId, QDate on, qint64 reminderId, const QString& messageId = {})
{
    SentReminder s;
    s.invoiceId = invoiceId;
    s.sentOn = on;
    s.reminderId = reminderId;
    s.messageId = messageId;
    return s;
}

} // namespace

class TestReminderLevels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cycleOverWeeks()
    {
        // Invoice CHF 10,000.00 due 30.09.2026; the firm checks every Monday from 05.10.2026.
        // intervalDays 10, maxLevel 3, deadline 10 days.
        const LevelPolicy policy{10, 3, 10};
        const InterestConfig interest{true, 500, DayCount::Act365, InterestStart::DueDate, 100};
        QList<SentReminder> records;
        QStringList log;
        qint64 lastInterest = -1;
        for (int week = 0; week < 8; ++week) {
            const QDate monday = QDate(2026, 10, 5).addDays(7 * week);
            const InvoiceHistory h = assembleHistories(records).value(1);
            const LevelStatus s = levelStatus(h, monday, policy);
            const auto i = computeInterest(interest, {u"2026-0001"_s, QDate(2026, 8, 31), QDate(2026, 9, 30), 1000000,
                                                      u"CHF"_s, h.firstSentOn(), monday});
            QVERIFY(i);
            QVERIFY2(i->interestMinor > lastInterest, "interest grows as the days pass");
            lastInterest = i->interestMinor;
            if (s.maySend) {
                records.append(sent(1, monday, week + 1));
                log << u"%1 send %2"_s.arg(swissDate(monday)).arg(s.nextLevel);
            } else if (s.readyForDebtCollection) {
                log << u"%1 ready"_s.arg(swissDate(monday));
            } else {
                log << u"%1 wait"_s.arg(swissDate(monday));
            }
        }
        // Week 0 first reminder; +7 days is within the interval; +14 the next level; after level 3 its deadline
        // (02.11 + 10 = 12.11) must pass before the hand-over.
        const QStringList expected{u"05.10.2026 send 1"_s, u"12.10.2026 wait"_s,   u"19.10.2026 send 2"_s,
                                   u"26.10.2026 wait"_s,   u"02.11.2026 send 3"_s, u"09.11.2026 wait"_s,
                                   u"16.11.2026 ready"_s,  u"23.11.2026 ready"_s};
        QCOMPARE(log, expected);
        // 30.09 -> 23.11.2026 = 54 days: 1,000,000 × 500 × 54 / 3,650,000 = 7397.26 -> 7395 = CHF 73.95.
        QCOMPARE(lastInterest, 7395);
        const LevelStatus end = levelStatus(assembleHistories(records).value(1), QDate(2026, 11, 23), policy);
        QCOMPARE(end.level, 3);
        QVERIFY(end.maxLevelReached);
        QCOMPARE(end.finalDeadline, QDate(2026, 11, 12));
        QVERIFY(!end.maySend);
    }

    void intervalBoundary()
    {
        const LevelPolicy policy{10, 0, 10};
        const auto h = assembleHistories({sent(7, QDate(2026, 11, 2), 1)}).value(7);
        QVERIFY(!levelStatus(h, QDate(2026, 11, 11), policy).maySend);     // 9 days
        const LevelStatus s = levelStatus(h, QDate(2026, 11, 12), policy); // 10 days
        QVERIFY(s.maySend);
        QCOMPARE(s.nextLevel, 2);
        QCOMPARE(s.nextAllowedOn, QDate(2026, 11, 12));
        // maxLevel 0: no maximum, never ready for debt collection.
        QList<SentReminder> many;
        for (int i = 0; i < 6; ++i)
            many << sent(7, QDate(2026, 1, 1).addDays(20 * i), i + 1);
        const LevelStatus six = levelStatus(assembleHistories(many).value(7), QDate(2027, 1, 1), policy);
        QCOMPARE(six.level, 6);
        QVERIFY(!six.maxLevelReached);
        QVERIFY(!six.readyForDebtCollection);
    }

    void noHistoryIsLevelZero()
    {
        const LevelStatus s = levelStatus(InvoiceHistory{}, QDate(2026, 12, 1), {});
        QCOMPARE(s.level, 0);
        QCOMPARE(s.nextLevel, 1);
        QVERIFY(s.maySend);
        QVERIFY(!s.readyForDebtCollection);
        const HistoryWording w = historyWording(InvoiceHistory{}, Language::English);
        QVERIFY(w.first);
        QCOMPARE(w.level, 1);
        QCOMPARE(w.levelLabel, u"first reminder"_s);
        QVERIFY(w.previous.isEmpty());
    }

    void wording_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("previous");
        QTest::newRow("en 1") << int(Language::English) << 1 << u"second reminder"_s << u"our reminder of 12.11.2026"_s;
        QTest::newRow("en 2") << int(Language::English) << 2 << u"third reminder"_s
                              << u"our reminders of 12.11.2026 and 26.11.2026"_s;
        QTest::newRow("fr 1") << int(Language::French) << 1 << u"deuxième rappel"_s << u"notre rappel du 12.11.2026"_s;
        QTest::newRow("fr 2") << int(Language::French) << 2 << u"troisième rappel"_s
                              << u"nos rappels du 12.11.2026 et du 26.11.2026"_s;
        QTest::newRow("de 1") << int(Language::German) << 1 << u"2. Mahnung"_s << u"unsere Mahnung vom 12.11.2026"_s;
        QTest::newRow("de 2") << int(Language::German) << 2 << u"3. Mahnung"_s
                              << u"unsere Mahnungen vom 12.11.2026 und 26.11.2026"_s;
        QTest::newRow("it 1") << int(Language::Italian) << 1 << u"secondo sollecito"_s
                              << u"il nostro sollecito del 12.11.2026"_s;
        QTest::newRow("de 3") << int(Language::German) << 3 << u"4. Mahnung"_s
                              << u"unsere Mahnungen vom 12.11.2026, 26.11.2026 und 10.12.2026"_s;
    }
    void wording()
    {
        QFETCH(int, language);
        QFETCH(int, count);
        QFETCH(QString, label);
        QFETCH(QString, previous);
        QList<SentReminder> r;
        for (int i = 0; i < count; ++i)
            r << sent(3, QDate(2026, 11, 12).addDays(14 * i), i + 1);
        const InvoiceHistory h = assembleHistories(r).value(3);
        const HistoryWording w = historyWording(h, Language(language));
        QVERIFY(!w.first);
        QCOMPARE(w.level, count + 1);
        QCOMPARE(w.levelLabel, label);
        QCOMPARE(w.previous, previous);
        // The claim check reads the program's own wording as a claim with exactly the history's dates, so the
        // validator can match it against the history.
        const QList<HistoryClaim> claims = findHistoryClaims(w.previous);
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims[0].kind, HistoryClaimKind::PreviousReminder);
        QCOMPARE(claims[0].dates.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(claims[0].dates[i], h.sent[i].sentOn);
    }

    void importedLevelSeedsTheHistory()
    {
        const auto d = validateImportedDunning(u"2026-0042"_s, u"2"_s, u"2026-10-01"_s, QDate(2026, 12, 1));
        QVERIFY(d);
        const QHash<qint64, InvoiceHistory> all =
            assembleHistories({sent(9, QDate(2026, 11, 12), 5, u"<a@x>"_s), importedReminder(*d, 9)});
        const InvoiceHistory h = all.value(9);
        QCOMPARE(h.sent.size(), 2);
        QVERIFY(h.sent[0].imported);
        QCOMPARE(h.sent[0].level, 2);
        QCOMPARE(h.sent[1].level, 3); // the first one Relance sent follows the accounting's level
        QCOMPARE(h.level(), 3);
        QCOMPARE(h.firstSentOn(), QDate(2026, 10, 1));
        // Three levels, two dates: the wording says so instead of inventing dates.
        QCOMPARE(historyWording(h, Language::English).previous, u"our previous reminders, the last of 12.11.2026"_s);
        QCOMPARE(historyWording(h, Language::German).previous, u"unsere früheren Mahnungen, zuletzt vom 12.11.2026"_s);
        QCOMPARE(historyWording(h, Language::English).level, 4);
    }

    void importRows_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("expectedLevel"); // -1: rejected
        QTest::addColumn<QString>("mentions");
        QTest::newRow("none") << u""_s << u""_s << 0 << QString();
        QTest::newRow("level 2 ISO date") << u"2"_s << u"2026-10-01"_s << 2 << QString();
        QTest::newRow("level 1 Swiss date") << u"1"_s << u"01.10.2026"_s << 1 << QString();
        QTest::newRow("level 9") << u"9"_s << u""_s << 9 << QString();
        QTest::newRow("level 10") << u"10"_s << u"2026-10-01"_s << -1 << u"DunningLevel '10'"_s;
        QTest::newRow("level 12") << u"12"_s << u""_s << -1 << u"0 to 9"_s;
        QTest::newRow("negative level") << u"-1"_s << u""_s << -1 << u"DunningLevel"_s;
        QTest::newRow("text level") << u"high"_s << u""_s << -1 << u"DunningLevel"_s;
        QTest::newRow("future date") << u"1"_s << u"2026-12-02"_s << -1 << u"in the future"_s;
        QTest::newRow("not a date") << u"1"_s << u"yesterday"_s << -1 << u"LastDunningDate"_s;
        QTest::newRow("date without level") << u"0"_s << u"2026-10-01"_s << -1 << u"without a DunningLevel"_s;
    }
    void importRows()
    {
        QFETCH(QString, level);
        QFETCH(QString, date);
        QFETCH(int, expectedLevel);
        QFETCH(QString, mentions);
        const auto d = validateImportedDunning(u"2026-0099"_s, level, date, QDate(2026, 12, 1));
        if (expectedLevel < 0) {
            QVERIFY(!d);
            QCOMPARE(d.error().subject, u"2026-0099"_s); // the row is named
            QVERIFY(d.error().detail.contains(u"invoice 2026-0099"_s));
            QVERIFY2(d.error().detail.contains(mentions), qPrintable(d.error().detail));
        } else {
            QVERIFY2(d, qPrintable(d ? QString() : d.error().detail));
            QCOMPARE(d->level, expectedLevel);
        }
    }

    void readsTheDatabase()
    {
        QTemporaryDir dir;
        auto db = Database::openAndMigrate(sqliteUrl(dir));
        QVERIFY(db);
        Store store(**db);
        QList<Client> clients{Client{}};
        clients[0].number = u"K1"_s;
        clients[0].name = u"Muster AG"_s;
        QVERIFY(store.upsertClients(clients));
        QList<Invoice> invoices(2);
        for (int i = 0; i < 2; ++i) {
            invoices[i].number = u"2026-00%1"_s.arg(i + 1);
            invoices[i].clientId = clients[0].id;
            invoices[i].issueDate = QDate(2026, 8, 1);
            invoices[i].dueDate = QDate(2026, 8, 31);
            invoices[i].amountMinor = invoices[i].openMinor = 100000;
        }
        QVERIFY(store.upsertInvoices(invoices));
        auto addReminder = [&](ReminderState state, QDateTime sentAt, const QString& mid, QList<qint64> ids) {
            Reminder r;
            r.clientId = clients[0].id;
            r.state = state;
            r.sentAt = sentAt;
            r.internetMessageId = mid;
            for (qint64 id : ids)
                r.lines.append(ReminderLine{id, {}, 100000, u"CHF"_s, QDate(2026, 8, 31), 30});
            QVERIFY(store.insertReminder(r));
        };
        // Noon UTC: the same local date in Zurich.
        addReminder(ReminderState::Sent, QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC), u"<one@firm.ch>"_s,
                    {invoices[0].id, invoices[1].id});
        addReminder(ReminderState::Sent, QDateTime(QDate(2026, 10, 15), QTime(12, 0), Qt::UTC), u"<two@firm.ch>"_s,
                    {invoices[0].id});
        addReminder(ReminderState::Approved, {}, {}, {invoices[1].id}); // not sent: no level
        addReminder(ReminderState::Failed, {}, {}, {invoices[1].id});

        SentReminder imported;
        imported.invoiceId = invoices[1].id;
        imported.level = 1;
        imported.sentOn = QDate(2026, 9, 15);
        imported.imported = true;
        const auto h = readReminderHistory(store, {imported});
        QVERIFY2(h, qPrintable(h ? QString() : h.error().detail));
        const InvoiceHistory first = h->value(invoices[0].id);
        QCOMPARE(first.level(), 2);
        QCOMPARE(first.sent[0].sentOn, QDate(2026, 10, 1));
        QCOMPARE(first.sent[0].messageId, u"<one@firm.ch>"_s);
        QCOMPARE(first.sent[1].sentOn, QDate(2026, 10, 15));
        QCOMPARE(first.sent[1].messageId, u"<two@firm.ch>"_s);
        const InvoiceHistory second = h->value(invoices[1].id);
        QCOMPARE(second.level(), 2); // imported level 1, then the one of 01.10
        QVERIFY(second.sent[0].imported);
        QCOMPARE(second.sent[1].level, 2);

        const auto only = readReminderHistory(store, {imported}, {invoices[0].id});
        QVERIFY(only);
        QCOMPARE(only->size(), 1);
        QVERIFY(only->contains(invoices[0].id));
    }
};

QTEST_GUILESS_MAIN(TestReminderLevels)
#include "test_reminder_levels.moc"
