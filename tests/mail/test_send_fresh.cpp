// The re-check right before sending asks the accounting source itself ([accounting] source=odata): the fake OData
// facade and the fake Graph server together. Paid at the source but not yet synced: not sent, cancelled "paid";
// amount changed at the source: back to review; source down: the last sync's age decides (fresh: sent, stale: waits),
// and the report says so; 401: the run stops, nothing sent, no retry storm; many reminders: few lookups.
#include "FakeGraph.h"
#include "FakeSource.h"
#include "MailFixture.h"
#include "TestSupport.h"
#include "mail/GraphAuth.h"
#include "mail/GraphClient.h"
#include "mail/Sender.h"
#include "sync/InvoiceLookup.h"
#include "sync/SyncStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace relance;
using namespace relance::mail;
using namespace relance::test;
using namespace Qt::StringLiterals;

namespace {
struct Harness
{
    FakeGraph graphServer;
    FakeSource source;
    MailFixture f;
    Config config;
    VirtualClock clock;
    std::unique_ptr<GraphAuth> auth;
    std::unique_ptr<GraphClient> graph;
    QString key = u"k-123"_s;

    bool start(const QString& databaseUrl = {})
    {
        if (!graphServer.listen() || !source.listen() || !f.open(databaseUrl))
            return false;
        graphServer.addRefreshToken(u"rt-start"_s);
        qputenv("RELANCE_GRAPH_REFRESH_TOKEN", "rt-start");
        source.requireApiKey("x-functions-key", "k-123");
        config = f.graphConfig(graphServer);
        config.accounting.source = AccountingSource::OData;
        config.accounting.url = source.serviceRoot().toString();
        config.accounting.auth = HttpAuth::ApiKey;
        config.accounting.apiKeyHeader = u"x-functions-key"_s;
        config.accounting.timeoutSeconds = 2;
        config.accounting.maxSyncAgeMinutes = 60;
        auth = std::make_unique<GraphAuth>(AuthOptions::fromConfig(config.mail), nullptr);
        graph = std::make_unique<GraphClient>(config.mail, auth.get(), clock);
        return true;
    }
    // The last full sync ran `minutesAgo` minutes ago.
    void syncedMinutesAgo(int minutes)
    {
        const QString t = clock.nowUtc().addSecs(-60 * minutes).toString(Qt::ISODateWithMs);
        QVERIFY(f.db->transaction([&] { return f.store->setSyncValue(sync::kLastSyncKey, t); }).has_value());
    }
    // The source holds every stored invoice as it is stored.
    void mirror()
    {
        const auto all = f.store->invoices();
        QVERIFY(all.has_value());
        for (const Invoice& i : *all)
            source.upsert(fakeOf(i));
    }
    SourceInvoice fakeOf(const Invoice& i)
    {
        const auto client = f.store->client(i.clientId);
        SourceInvoice v;
        v.number = i.number;
        v.customerNo = (*client)->number;
        v.customerName = (*client)->name;
        v.email = (*client)->reminderEmails.value(0);
        v.currency = i.currency;
        v.amountMinor = i.amountMinor;
        v.openMinor = i.openMinor;
        v.invoiceDate = i.issueDate;
        v.dueDate = i.dueDate;
        return v;
    }
    SendReport run()
    {
        Sender sender(*f.db, config, clock, graph.get());
        sender.setAccountingSecret(key);
        sync::BackoffPolicy policy = sync::BackoffPolicy::fast();
        policy.maxAttempts = 2; // as the sender's default: one retry
        sender.setAccountingBackoff(policy);
        QSignalSpy spy(&sender, &Sender::finished);
        sender.run();
        if (!spy.wait(20000))
            qFatal("the sender did not finish");
        return spy.at(0).at(0).value<SendReport>();
    }
    QString tag(qint64 id) { return *databaseInstance(*f.store) + u'-' + QString::number(id); }
    // The lookups by number the source received ($filter on InvoiceNo).
    QStringList lookups()
    {
        QStringList out;
        for (const QString& filter : source.filters())
            if (filter.startsWith(u"InvoiceNo eq "_s))
                out << filter;
        return out;
    }
    const SendItem* item(const SendReport& r, qint64 id)
    {
        for (const SendItem& i : r.items)
            if (i.reminderId == id)
                return &i;
        return nullptr;
    }
};
} // namespace

class TestSendFresh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterQuotesNumbers()
    {
        QCOMPARE(sync::invoiceNumberFilter(u"Beleg"_s, {u"A-1"_s, u"O'B-2"_s}), u"Beleg eq 'A-1' or Beleg eq 'O''B-2'"_s);
    }

    void paidAtTheSourceIsNotSentButCancelled() { paidAtTheSource({}); }

    void paidAtTheSourceOnPostgres()
    {
        if (!postgresAdminUrl())
            QSKIP("PostgreSQL not available: set RELANCE_TEST_PG_URL (tests/run.sh starts a server)");
        const auto fresh = freshPostgresDatabase(u"relance_mail_fresh"_s);
        QVERIFY2(fresh.has_value(), qPrintable(fresh ? QString() : fresh.error().toString()));
        paidAtTheSource(*fresh);
    }

    void amountChangedAtTheSourceGoesBackToReview()
    {
        Harness h;
        QVERIFY(h.start());
        auto client = h.f.addClient(u"M1"_s, {u"compta@muster.example"_s});
        auto inv = h.f.addInvoice(*client, u"RE-1042"_s, 123450);
        auto rem = h.f.addReminder(*client, {*inv});
        h.mirror();
        SourceInvoice changed = h.fakeOf(*inv);
        changed.openMinor = 90000; // a part payment booked, not yet synced
        h.source.upsert(changed);
        h.syncedMinutesAgo(10);
        const SendReport report = h.run();
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.review, 1);
        QVERIFY2(h.item(report, rem->id)->reason.contains(u"amount-changed: RE-1042 was CHF 1234.50, now CHF 900.00"_s),
                 qPrintable(h.item(report, rem->id)->reason));
        QCOMPARE(h.f.reminder(rem->id)->state, ReminderState::NeedsReview);
        QCOMPARE((*h.f.store->invoiceByNumber(u"RE-1042"_s))->openMinor, 90000);
        QCOMPARE(h.graphServer.deliveries().size(), 0);
    }

    void sourceDownFallsBackToAFreshSync()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(2);
        h.mirror();
        h.source.setDown(FakeSource::Down::ServerError);
        h.syncedMinutesAgo(20);
        const SendReport report = h.run();
        QVERIFY2(report.clean(), qPrintable(report.toJson()));
        QCOMPARE(report.sent, 2);
        QVERIFY(report.accountingUnreachable.contains(u"HTTP 500"_s));
        for (qint64 id : *ids) {
            QCOMPARE(h.graphServer.deliveredCount(h.tag(id)), 1);
            QVERIFY2(h.item(report, id)->reason.contains(u"accounting source unreachable"_s),
                     qPrintable(h.item(report, id)->reason));
        }
        // One lookup (and its one retry) for the run, not one per reminder.
        QCOMPARE(h.source.requestCount(), 2);
    }

    void sourceDownAndAStaleSyncWaits()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(2);
        h.source.setDown(FakeSource::Down::Hang);
        h.config.accounting.timeoutSeconds = 1;
        h.syncedMinutesAgo(180);
        const SendReport report = h.run();
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.waiting, 1);
        QVERIFY2(report.stopReason.contains(u"stale-data"_s) && report.stopReason.contains(u"accounting source unreachable"_s),
                 qPrintable(report.stopReason));
        for (qint64 id : *ids)
            QCOMPARE(h.f.reminder(id)->state, ReminderState::Approved);
        QCOMPARE(h.graphServer.deliveries().size(), 0);
    }

    void rejectedKeyStopsWithNothingSent()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(3);
        h.mirror();
        h.syncedMinutesAgo(5); // even a fresh sync does not make a refused key acceptable
        h.key = u"wrong"_s;
        const SendReport report = h.run();
        QCOMPARE(report.sent, 0);
        QVERIFY2(report.stopReason.startsWith(u"accounting credentials rejected"_s), qPrintable(report.stopReason));
        for (qint64 id : *ids)
            QCOMPARE(h.f.reminder(id)->state, ReminderState::Approved);
        QCOMPARE(h.graphServer.deliveries().size(), 0);
        QCOMPARE(h.source.requestCount(), 1); // no retry storm
    }

    void manyRemindersMakeFewLookups()
    {
        Harness h;
        QVERIFY(h.start());
        auto ids = h.f.addApprovedBatch(120);
        QVERIFY(ids.has_value());
        h.mirror();
        h.source.remove(u"RE-C00077"_s); // paid meanwhile
        h.syncedMinutesAgo(600);          // stale: only the source's answers let these go out
        const SendReport report = h.run();
        QVERIFY2(report.clean(), qPrintable(report.toJson()));
        QCOMPARE(report.sent, 119);
        QCOMPARE(report.cancelled, 1);
        QCOMPARE(report.accountingRequests, 3); // 100 numbers in 2 requests of 50, then the last 20
        QCOMPARE(h.lookups().size(), 3);
        QCOMPARE(h.graphServer.deliveries().size(), 119);
    }

    void outboxFolderAsksTheSourceToo()
    {
        Harness h;
        QVERIFY(h.start());
        h.config.mail = h.f.outboxDirConfig().mail;
        auto ids = h.f.addApprovedBatch(3);
        h.mirror();
        h.source.remove(u"RE-C00001"_s);
        h.syncedMinutesAgo(180);
        const SendReport report = h.run();
        QVERIFY2(report.clean(), qPrintable(report.toJson()));
        QCOMPARE(report.sent, 2);
        QCOMPARE(report.cancelled, 1);
        QCOMPARE(h.f.reminder(ids->at(1))->state, ReminderState::Cancelled);
        QVERIFY(QFile::exists(h.f.dir.filePath(u"outbox/reminder-%1.eml"_s.arg(ids->at(0)))));
        QVERIFY(!QFile::exists(h.f.dir.filePath(u"outbox/reminder-%1.eml"_s.arg(ids->at(1)))));
        QCOMPARE(report.accountingRequests, 1);
    }

private:
    void paidAtTheSource(const QString& databaseUrl)
    {
        Harness h;
        QVERIFY(h.start(databaseUrl));
        auto client = h.f.addClient(u"M1"_s, {u"compta@muster.example"_s});
        auto open = h.f.addInvoice(*client, u"RE-O'1"_s, 50000);
        auto paid = h.f.addInvoice(*client, u"RE-2"_s, 70000);
        auto zero = h.f.addInvoice(*client, u"RE-3"_s, 30000);
        auto keep = h.f.addReminder(*client, {*open});
        auto gone = h.f.addReminder(*client, {*paid});
        auto atZero = h.f.addReminder(*client, {*zero});
        h.mirror();
        h.source.remove(u"RE-2"_s);           // left the open-items set
        SourceInvoice z = h.fakeOf(*zero);
        z.openMinor = 0;                      // still listed, at 0
        h.source.upsert(z);
        h.syncedMinutesAgo(180);              // stale: the source's answer is what lets RE-O'1 go out
        const SendReport report = h.run();
        QVERIFY2(report.clean(), qPrintable(report.toJson()));
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.cancelled, 2);
        QCOMPARE(h.graphServer.deliveredCount(h.tag(keep->id)), 1);
        QCOMPARE(h.graphServer.deliveredCount(h.tag(gone->id)), 0);
        QCOMPARE(h.graphServer.deliveredCount(h.tag(atZero->id)), 0);
        for (qint64 id : {gone->id, atZero->id}) {
            const auto r = h.f.reminder(id);
            QCOMPARE(r->state, ReminderState::Cancelled);
            QCOMPARE(r->reason, u"paid"_s);
            QVERIFY(h.item(report, id)->reason.contains(u"no longer open at the accounting source"_s));
        }
        QCOMPARE((*h.f.store->invoiceByNumber(u"RE-2"_s))->openMinor, 0);
        QVERIFY((*h.f.store->invoiceByNumber(u"RE-2"_s))->paidOn.isValid());
        // One request for the three numbers, quoted with '' escaping; the sync state is not touched.
        QCOMPARE(h.lookups(), QStringList{u"InvoiceNo eq 'RE-O''1' or InvoiceNo eq 'RE-2' or InvoiceNo eq 'RE-3'"_s});
        QCOMPARE(report.accountingRequests, 1);
        const auto last = h.f.store->syncValue(sync::kLastSyncKey);
        QCOMPARE(QDateTime::fromString(**last, Qt::ISODateWithMs).secsTo(h.clock.nowUtc()) / 60, 180);
    }
};

QTEST_GUILESS_MAIN(TestSendFresh)
#include "test_send_fresh.moc"
