// Client history from Dataverse: the right activities land on the right clients, paged by nextLink only, within the
// history window, with a clear failure when the token is refused.
#include "FakeDataverseServer.h"
#include "SyncTestUtil.h"
#include "TestSupport.h"

#include <QtTest>

using namespace relance;
using namespace relance::sync;
using namespace relance::test;

namespace {

QString guid(int i) { return QStringLiteral("4624eff7-53d3-ed11-a7c7-%1").arg(i, 12, 10, QLatin1Char('0')); }

} // namespace

class TestCrmSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> db;
    QTemporaryDir dir;
    QDateTime now = QDateTime::currentDateTimeUtc();

    Config crmConfig(const FakeDataverseServer& server)
    {
        Config c;
        c.crm.source = CrmSource::Dataverse;
        c.crm.url = server.apiRoot().toString();
        c.crm.pageSize = 3;
        c.crm.timeoutSeconds = 5;
        return c;
    }

    void fill(FakeDataverseServer& server)
    {
        server.activities.clear();
        int n = 0;
        for (int c = 1; c <= 25; ++c) {
            FakeActivity call;
            call.id = QStringLiteral("call-%1").arg(++n);
            call.regarding = guid(c);
            call.subject = QStringLiteral("Relance téléphonique");
            call.description = QStringLiteral("Promet de payer fin du mois");
            call.createdOn = now.addDays(-10 - c);
            call.actualEnd = now.addDays(-9 - c);
            call.outgoing = true;
            server.activities << call;
            FakeActivity mail;
            mail.entitySet = QStringLiteral("emails");
            mail.id = QStringLiteral("mail-%1").arg(++n);
            mail.regarding = guid(c).toUpper(); // GUID case must not matter
            mail.subject = QStringLiteral("RE: Facture");
            mail.description = QStringLiteral("<p>Bonjour,&nbsp;nous <b>contestons</b> la facture.</p>");
            mail.createdOn = now.addDays(-20);
            mail.actualEnd = now.addDays(-20);
            mail.outgoing = false;
            server.activities << mail;
        }
        FakeActivity meeting;
        meeting.entitySet = QStringLiteral("appointments");
        meeting.id = QStringLiteral("apt-1");
        meeting.regarding = guid(1);
        meeting.subject = QStringLiteral("Bouclement annuel");
        meeting.createdOn = now.addDays(-40);
        meeting.actualEnd = now.addDays(-30);
        server.activities << meeting;
        FakeActivity note;
        note.entitySet = QStringLiteral("annotations");
        note.id = QStringLiteral("note-1");
        note.regarding = guid(1);
        note.subject = QStringLiteral("Plan de paiement");
        note.description = QStringLiteral("3 mensualités accordées");
        note.createdOn = now.addDays(-5);
        note.owner = QStringLiteral("Marc Lüthi");
        server.activities << note;
        FakeActivity old = note;
        old.id = QStringLiteral("note-old");
        old.createdOn = now.addMonths(-13);
        server.activities << old;
        FakeActivity noAccount = note;
        noAccount.id = QStringLiteral("note-other");
        noAccount.regarding = guid(999); // an account that is no client: never asked for
        server.activities << noAccount;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto opened = Database::openAndMigrate(sqliteUrl(dir));
        QVERIFY(opened);
        db = std::move(*opened);
        QList<Client> clients;
        for (int c = 1; c <= 26; ++c) {
            Client k;
            k.number = QStringLiteral("K-%1").arg(c);
            k.name = QStringLiteral("Client %1").arg(c);
            k.crmAccountId = c <= 25 ? guid(c) : QStringLiteral(""); // K-26 has no CRM account
            for (QString* s : {&k.invoiceEmail, &k.contactPerson, &k.accountant, &k.doNotChaseReason})
                *s = QStringLiteral("");
            k.reminderEmails = {QStringLiteral("k%1@example.ch").arg(c)};
            clients << k;
        }
        Store store(*db);
        QVERIFY(db->transaction([&] { return store.upsertClients(clients); }));
    }

    void historyLandsOnTheRightClients()
    {
        FakeDataverseServer server;
        QVERIFY(server.listen());
        fill(server);
        auto r = runSync(*db, crmConfig(server), {.accountingSecret = {}, .crmToken = QStringLiteral("crm-token")},
                         {.forceFull = false, .accounting = false, .crm = true});
        RL_VERIFY_OK(r);
        QCOMPARE(r->interactionsSaved, 52);
        QCOMPARE(r->failed, 0);
        Store store(*db);
        const qint64 k1 = store.clientByNumber(QStringLiteral("K-1")).value()->id;
        auto history = store.interactions(k1);
        RL_VERIFY_OK(history);
        QCOMPARE(history->size(), 4);
        QCOMPARE(history->first().kind, InteractionKind::Note); // newest first
        QCOMPARE(history->first().author, QStringLiteral("Marc Lüthi"));
        QCOMPARE(history->first().summary, QStringLiteral("3 mensualités accordées"));
        bool sawCall = false, sawMail = false, sawMeeting = false;
        for (const Interaction& i : *history) {
            if (i.kind == InteractionKind::Call) {
                sawCall = true;
                QCOMPARE(i.direction, Direction::Outbound);
                QCOMPARE(i.occurredAt.secsTo(now.addDays(-10)), 0); // actualend, not createdon
            } else if (i.kind == InteractionKind::Email) {
                sawMail = true;
                QCOMPARE(i.direction, Direction::Inbound);
                QCOMPARE(i.summary, QStringLiteral("Bonjour, nous contestons la facture."));
            } else if (i.kind == InteractionKind::Meeting) {
                sawMeeting = true;
            }
        }
        QVERIFY(sawCall && sawMail && sawMeeting);
        // Paging by nextLink only, the window in the filter, the token sent.
        bool paged = false;
        for (const FakeRequest& q : server.requests()) {
            QVERIFY(!q.target.contains("%24skip=") && !q.target.contains("$skip="));
            QCOMPARE(q.header("Authorization"), QByteArray("Bearer crm-token"));
            QVERIFY(q.header("Prefer").contains("odata.maxpagesize=3"));
            paged = paged || q.target.contains("skiptoken");
            QVERIFY(QUrlQuery(q.url).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded).contains(QStringLiteral("createdon ge ")));
        }
        QVERIFY(paged);

        // Again: nothing doubles.
        auto again = runSync(*db, crmConfig(server), {.accountingSecret = {}, .crmToken = QStringLiteral("crm-token")},
                             {.forceFull = false, .accounting = false, .crm = true});
        RL_VERIFY_OK(again);
        QCOMPARE(*store.countRows(QStringLiteral("interactions")), 52);
    }

    void unreadableActivitiesAreSkippedAndCounted()
    {
        FakeDataverseServer server;
        QVERIFY(server.listen());
        fill(server);
        FakeActivity bad;
        bad.entitySet = QStringLiteral("annotations");
        bad.id = QStringLiteral("");
        bad.regarding = guid(2);
        bad.createdOn = now.addDays(-1);
        server.activities << bad;
        auto r = runSync(*db, crmConfig(server), {.accountingSecret = {}, .crmToken = QStringLiteral("crm-token")},
                         {.forceFull = false, .accounting = false, .crm = true});
        RL_VERIFY_OK(r);
        QCOMPARE(r->failed, 1);
        QVERIFY2(r->problems.value(0).contains(QStringLiteral("no annotationid")), qPrintable(r->problems.value(0)));
    }

    void refusedTokenStopsAtOnce()
    {
        FakeDataverseServer server;
        QVERIFY(server.listen());
        fill(server);
        Store store(*db);
        const qint64 before = *store.countRows(QStringLiteral("interactions"));
        auto r = runSync(*db, crmConfig(server), {.accountingSecret = {}, .crmToken = QStringLiteral("expired")},
                         {.forceFull = false, .accounting = false, .crm = true});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::AuthRejected);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(*store.countRows(QStringLiteral("interactions")), before);
    }

    void serverFaultsAreRetried()
    {
        FakeDataverseServer server;
        QVERIFY(server.listen());
        fill(server);
        server.failNext(Fault::TooManyRequests, 2);
        server.failNext(Fault::ServerError, 1, "skiptoken");
        auto r = runSync(*db, crmConfig(server), {.accountingSecret = {}, .crmToken = QStringLiteral("crm-token")},
                         {.forceFull = false, .accounting = false, .crm = true});
        RL_VERIFY_OK(r);
        QCOMPARE(r->retries, 3);
        QCOMPARE(r->interactionsSaved, 52);
    }
};

QTEST_MAIN(TestCrmSync)
#include "test_crm_sync.moc"
