// One clock for the whole core: with a VirtualClock set on the Database, what a person later reads as "when" (a
// reminder's approval and last change, its audit entry, the last sync, a role's creation) is the virtual time, never
// the wall clock.
#include "DraftTestData.h"
#include "FakeODataServer.h"
#include "TestSupport.h"
#include "drafting/DraftingService.h"
#include "net/Clock.h"
#include "storage/Store.h"
#include "sync/SageCsv.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStore.h"
#include "workflow/ReviewActions.h"
#include "workflow/Roles.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace relance;
using namespace relance::test;
using namespace Qt::StringLiterals;

#define CHECK_OK(expr)                                                                                                 \
    do {                                                                                                               \
        const auto& r_ = (expr);                                                                                       \
        QVERIFY2(r_.has_value(), r_ ? "" : qPrintable(r_.error().toString()));                                         \
    } while (false)

namespace {
// Far from any wall clock a test could run at, so a stamp from the real clock cannot pass for it.
const QDateTime kStart(QDate(2031, 5, 14), QTime(9, 30), Qt::UTC);

QDateTime storedTime(const std::optional<QString>& text)
{
    return text ? timeFrom(*text) : QDateTime();
}
} // namespace

class TestCoreClock : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> openDb(const QTemporaryDir& dir, const net::Clock& clock)
    {
        auto db = Database::openAndMigrate(sqliteUrl(dir));
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        (*db)->setClock(clock);
        return std::move(*db);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultIsTheSystemClock()
    {
        QTemporaryDir dir;
        auto db = Database::openAndMigrate(sqliteUrl(dir));
        QVERIFY(db);
        QCOMPARE(&(*db)->clock(), &net::systemClock());
        Store store(**db);
        QCOMPARE(&store.clock(), &net::systemClock());
    }

    void approvalIsStampedWithTheVirtualTime()
    {
        QTemporaryDir dir;
        net::VirtualClock clock(kStart);
        auto db = openDb(dir, clock);
        Store store(*db);
        auto ledger = seedDraftLedger(store, clock.today());
        CHECK_OK(ledger);
        {
            DraftingService drafting(store, draftTestConfig(), QString()); // no key: the templates draft
            QSignalSpy spy(&drafting, &DraftingService::finished);
            drafting.run({.actor = u"system"_s}); // as of the clock's today
            QVERIFY(spy.wait(10000));
        }
        Roles roles(store);
        QVERIFY(roles.resolve(u"anna"_s).has_value()); // the first user: administrator, created at the virtual time
        const auto all = store.reminders();
        CHECK_OK(all);
        Reminder r;
        for (const Reminder& x : *all)
            if (x.clientId == ledger->en.id)
                r = x;
        QVERIFY(r.id > 0);
        QCOMPARE(r.state, ReminderState::NeedsReview);
        QCOMPARE(r.createdAt, kStart);

        clock.advance(90 * 60 * 1000); // the reviewer reads it an hour and a half later
        const QDateTime approvedAt = kStart.addSecs(90 * 60);
        ReviewActions review(store, draftTestConfig(), u"anna"_s);
        auto approved = review.approve(r.id, r.version);
        CHECK_OK(approved);
        const auto stored = store.reminder(r.id);
        CHECK_OK(stored);
        QCOMPARE((*stored)->state, ReminderState::Approved);
        QCOMPARE((*stored)->approvedAt, approvedAt);
        QCOMPARE((*stored)->updatedAt, approvedAt);

        const auto events = store.auditEvents(u"reminder"_s, QString::number(r.id));
        CHECK_OK(events);
        bool seen = false;
        for (const AuditEvent& e : *events) {
            if (e.action == u"state:needs-review->approved"_s) {
                QCOMPARE(e.at, approvedAt);
                seen = true;
            } else {
                QVERIFY2(e.at <= approvedAt && e.at >= kStart,
                         qPrintable(e.action + u' ' + e.at.toString(Qt::ISODate)));
            }
        }
        QVERIFY(seen);

        // A snooze is "after today" by the clock's calendar, not the wall clock's.
        QVERIFY(!review.snooze(r.id, clock.today()));

        QSqlQuery q = store.database().query();
        QVERIFY(q.exec(u"SELECT created_at FROM users WHERE os_account = 'anna'"_s) && q.next());
        QCOMPARE(timeFrom(q.value(0)), kStart);
    }

    void lastSyncIsTheVirtualTime()
    {
        QTemporaryDir dir;
        net::VirtualClock clock(kStart);
        auto db = openDb(dir, clock);
        Store store(*db);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(30, clock.today());
        Config config;
        config.accounting.source = AccountingSource::OData;
        config.accounting.url = server.serviceRoot().toString();
        config.accounting.timeoutSeconds = 5;
        config.crm.source = CrmSource::None;

        QNetworkAccessManager nam;
        std::optional<Result<sync::SyncReport>> out;
        {
            sync::SyncEngine engine(*db, &nam, config, {});
            engine.setBackoff(sync::BackoffPolicy::fast());
            engine.run({}, {}, [&](Result<sync::SyncReport> r) { out = std::move(r); });
            QVERIFY(QTest::qWaitFor([&] { return out.has_value(); }, 60000));
            QTest::qWait(0);
        }
        CHECK_OK(*out);
        QCOMPARE((*out)->fetched, 30);
        QCOMPARE(storedTime(*store.syncValue(sync::kLastSyncKey)), kStart);
        QCOMPARE(storedTime(*store.syncValue(sync::kLastFullSyncKey)), kStart);

        // A Sage CSV import a day later: the last sync moves to the virtual time again.
        clock.advance(24LL * 3600 * 1000);
        const QString path = dir.filePath(u"OP.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Beleg-Nr.;Kunden-Nr.;Kunde;E-Mail;Sprache;W\xE4hrung;Betrag;Offener Betrag;Belegdatum;F\xE4llig am\r\n"
                "R-9001;K-9;Neu AG;info@neu.ch;D;CHF;100.00;100.00;01.04.2031;01.05.2031\r\n");
        f.close();
        CHECK_OK(sync::importSageCsv(*db, path, AccountingConfig{}));
        QCOMPARE(storedTime(*store.syncValue(sync::kLastSyncKey)), kStart.addDays(1));
    }
};

QTEST_GUILESS_MAIN(TestCoreClock)
#include "test_core_clock.moc"
