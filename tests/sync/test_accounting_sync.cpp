// Sage through the OData facade: what a full, delta and incremental sync store, what they never lose, and how they
// recover from every fault the fake server can produce.
#include "SyncTestUtil.h"
#include "TestSupport.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace relance;
using namespace relance::sync;
using namespace relance::test;

class TestAccountingSync : public QObject
{
    Q_OBJECT

    const QDate asOf{2025, 3, 31};
    const QDate syncDay{2025, 4, 1};

    std::unique_ptr<Database> openDb(const QTemporaryDir& dir)
    {
        auto db = Database::openAndMigrate(sqliteUrl(dir));
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        return std::move(*db);
    }

    qint64 reminderFor(Database& db, const QString& invoiceNumber, ReminderState state)
    {
        Store store(db);
        auto inv = store.invoiceByNumber(invoiceNumber);
        if (!inv || !*inv)
            return 0;
        Reminder r;
        r.clientId = (*inv)->clientId;
        r.state = state;
        r.subject = QStringLiteral("Rappel");
        r.body = QStringLiteral("...");
        r.createdBy = QStringLiteral("test");
        for (QString* t : {&r.provider, &r.model, &r.reason, &r.approvedBy, &r.messageId, &r.internetMessageId, &r.updatedBy})
            *t = QStringLiteral("");
        r.lines = {ReminderLine{(*inv)->id, invoiceNumber, (*inv)->openMinor, (*inv)->currency, (*inv)->dueDate, 20}};
        if (!store.insertReminder(r))
            return 0;
        return r.id;
    }

    ReminderState stateOf(Database& db, qint64 id)
    {
        auto r = Store(db).reminder(id);
        return r && *r ? (*r)->state : ReminderState::Failed;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fullSyncBringsOpenItemsExactly()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.decimalsAsNumbers = true; // a server that ignores IEEE754Compatible
        server.generate(1234, asOf);
        auto report = runSync(*db, odataConfig(server, 100), {}, {}, syncDay);
        RL_VERIFY_OK(report);
        QCOMPARE(report->accountingMode, QStringLiteral("full"));
        QCOMPARE(report->fetched, 1234);
        QCOMPARE(report->created, 1234);
        QCOMPARE(report->pages, 13);
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));
        // What the aging view sums, to the cent: open amount and count per due date and currency.
        QMap<QPair<QDate, QString>, QPair<qint64, qint64>> expected, stored;
        for (const FakeInvoice& i : server.invoices()) {
            auto& e = expected[{i.dueDate, i.currency}];
            e.first += 1;
            e.second += i.openMinor;
        }
        auto rows = Store(*db).openAmountsByDueDate();
        RL_VERIFY_OK(rows);
        for (const OpenAmountRow& r : *rows)
            stored[{r.dueDate, r.currency}] = {r.count, r.openMinor};
        QCOMPARE(stored, expected);
        // Client fields from the facade.
        auto c = Store(*db).clientByNumber(FakeODataServer::makeInvoice(3, asOf).customerNo);
        QVERIFY(c && *c);
        QCOMPARE((*c)->name, FakeODataServer::makeInvoice(3, asOf).customerName);
        QCOMPARE((*c)->invoiceEmail, FakeODataServer::makeInvoice(3, asOf).email);
        QCOMPARE((*c)->reminderEmails, QStringList{FakeODataServer::makeInvoice(3, asOf).email});

        // Nothing changed: the next sync reads the delta link and writes nothing.
        auto again = runSync(*db, odataConfig(server, 100), {}, {}, syncDay);
        RL_VERIFY_OK(again);
        QCOMPARE(again->accountingMode, QStringLiteral("delta"));
        QCOMPARE(again->fetched, 0);
        QCOMPARE(again->created + again->changed + again->paid, 0);
        QCOMPARE(server.fullReads(), 1);
    }

    void deltaPaysInvoicesAndCancelsTheirPendingReminders_data()
    {
        QTest::addColumn<bool>("removedAs401");
        QTest::newRow("OData 4.0 $deletedEntity") << false;
        QTest::newRow("OData 4.01 @removed") << true;
    }
    void deltaPaysInvoicesAndCancelsTheirPendingReminders()
    {
        QFETCH(bool, removedAs401);
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.removedAs401 = removedAs401;
        server.generate(300, asOf);
        RL_VERIFY_OK(runSync(*db, odataConfig(server), {}, {}, syncDay));

        const QString left = FakeODataServer::makeInvoice(10, asOf).number;    // leaves the open-items set
        const QString zero = FakeODataServer::makeInvoice(11, asOf).number;    // open amount reaches 0
        const QString changed = FakeODataServer::makeInvoice(12, asOf).number; // partly paid
        const qint64 drafted = reminderFor(*db, left, ReminderState::Drafted);
        const qint64 approved = reminderFor(*db, zero, ReminderState::Approved);
        const qint64 snoozed = reminderFor(*db, zero, ReminderState::Snoozed);
        const qint64 sending = reminderFor(*db, left, ReminderState::Sending);
        const qint64 sent = reminderFor(*db, left, ReminderState::Sent);
        const qint64 other = reminderFor(*db, changed, ReminderState::Approved);
        QVERIFY(drafted && approved && snoozed && sending && sent && other);

        server.remove(left);
        FakeInvoice z = FakeODataServer::makeInvoice(11, asOf);
        z.openMinor = 0;
        server.upsert(z);
        FakeInvoice c = FakeODataServer::makeInvoice(12, asOf);
        c.openMinor = 1005; // CHF 10.05 left
        server.upsert(c);
        FakeInvoice n = FakeODataServer::makeInvoice(5000, asOf);
        server.upsert(n);

        auto report = runSync(*db, odataConfig(server), {}, {}, syncDay);
        RL_VERIFY_OK(report);
        QCOMPARE(report->accountingMode, QStringLiteral("delta"));
        QCOMPARE(report->fetched, 3);
        QCOMPARE(report->created, 1);
        QCOMPARE(report->changed, 2);
        QCOMPARE(report->paid, 2);
        QCOMPARE(report->remindersCancelled, 3);
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));

        auto leftInv = Store(*db).invoiceByNumber(left);
        QVERIFY(leftInv && *leftInv);
        QCOMPARE((*leftInv)->openMinor, 0);
        QCOMPARE((*leftInv)->paidOn, syncDay);
        auto zeroInv = Store(*db).invoiceByNumber(zero);
        QCOMPARE((*zeroInv)->paidOn, syncDay);
        QCOMPARE((*zeroInv)->status(), InvoiceStatus::Paid);

        QCOMPARE(stateOf(*db, drafted), ReminderState::Cancelled);
        QCOMPARE(stateOf(*db, approved), ReminderState::Cancelled);
        QCOMPARE(stateOf(*db, snoozed), ReminderState::Cancelled);
        QCOMPARE(stateOf(*db, sending), ReminderState::Sending); // the sender re-checks these itself
        QCOMPARE(stateOf(*db, sent), ReminderState::Sent);
        QCOMPARE(stateOf(*db, other), ReminderState::Approved);
        auto r = Store(*db).reminder(drafted);
        QCOMPARE((*r)->reason, QStringLiteral("paid"));
        QCOMPARE((*r)->updatedBy, QStringLiteral("system"));
        auto audit = Store(*db).auditEvents(QStringLiteral("reminder"), QString::number(approved));
        RL_VERIFY_OK(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().actor, QStringLiteral("system"));
        QCOMPARE(audit->first().action, QStringLiteral("state:approved->cancelled"));
        QVERIFY(audit->first().detail.contains(zero));
    }

    void fullSyncPaysWhatLeftTheSet()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.offerDelta = false;
        server.generate(200, asOf);
        RL_VERIFY_OK(runSync(*db, odataConfig(server), {}, {}, syncDay));
        const QString gone = FakeODataServer::makeInvoice(7, asOf).number;
        const qint64 rem = reminderFor(*db, gone, ReminderState::NeedsReview);
        server.remove(gone);
        auto report = runSync(*db, odataConfig(server), {}, {}, syncDay);
        RL_VERIFY_OK(report);
        QCOMPARE(report->accountingMode, QStringLiteral("full")); // no delta offered: auto reads everything
        QCOMPARE(report->paid, 1);
        QCOMPARE(report->unchanged, 199);
        QCOMPARE(stateOf(*db, rem), ReminderState::Cancelled);
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));
    }

    void aRowLeavingBetweenPagesDoesNotPayItsNeighbour()
    {
        // Offset paging (SAP CAP): invoice 3 is paid while the reader is between pages 1 and 2, so every later row
        // moves up one place and invoice 11 is never served. Absent is not proof of paid: it is asked for by number.
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.offerDelta = false;
        server.options.offsetPaging = true;
        server.generate(30, asOf);
        RL_VERIFY_OK(runSync(*db, odataConfig(server, 10), {}, {}, syncDay));
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));

        const QString paid = FakeODataServer::makeInvoice(3, asOf).number;
        const QString neighbour = FakeODataServer::makeInvoice(11, asOf).number;
        const qint64 rem = reminderFor(*db, neighbour, ReminderState::NeedsReview);
        server.options.leavesBeforePage2 = paid;
        auto report = runSync(*db, odataConfig(server, 10), {}, {}, syncDay);
        RL_VERIFY_OK(report);
        // Invoice 3 was served on page 1 before it left: this read cannot know yet. Invoice 11 was never served.
        QCOMPARE(report->paid, 0);
        QCOMPARE(stateOf(*db, rem), ReminderState::NeedsReview); // its reminder was not cancelled
        auto stored = storedOpenItems(*db);
        auto onServer = serverOpenItems(server);
        QVERIFY(stored.contains(neighbour));
        QCOMPARE(stored.value(neighbour), onServer.value(neighbour)); // still open, to the Rappen

        // The next read sees invoice 3 gone, and only it.
        auto next = runSync(*db, odataConfig(server, 10), {}, {}, syncDay);
        RL_VERIFY_OK(next);
        QCOMPARE(next->paid, 1);
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));
        QCOMPARE(stateOf(*db, rem), ReminderState::NeedsReview);
    }

    void aFullSyncThatCannotConfirmAbsencesChangesNothing()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.offerDelta = false;
        server.generate(20, asOf);
        RL_VERIFY_OK(runSync(*db, odataConfig(server, 10), {}, {}, syncDay));
        const auto before = storedOpenItems(*db);
        server.remove(FakeODataServer::makeInvoice(5, asOf).number);
        server.failNext(Fault::ServerError, 100, "%20eq%20"); // only the look-up by number has an "eq" filter
        auto report = runSync(*db, odataConfig(server, 10), {}, {}, syncDay);
        QVERIFY(!report.has_value());
        QVERIFY2(report.error().detail.contains(QStringLiteral("could not confirm")), qPrintable(report.error().detail));
        QCOMPARE(storedOpenItems(*db), before);
    }

    void expiredDeltaLinkResyncsInFull()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(150, asOf);
        RL_VERIFY_OK(runSync(*db, odataConfig(server), {}, {}, syncDay));
        server.remove(FakeODataServer::makeInvoice(3, asOf).number);
        server.expireDeltaTokens();
        auto report = runSync(*db, odataConfig(server), {}, {}, syncDay);
        RL_VERIFY_OK(report);
        QCOMPARE(report->accountingMode, QStringLiteral("full"));
        QVERIFY(report->accountingNote.contains(QStringLiteral("410")));
        QCOMPARE(report->paid, 1);
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));
        // And the new delta link works.
        auto next = runSync(*db, odataConfig(server), {}, {}, syncDay);
        RL_VERIFY_OK(next);
        QCOMPARE(next->accountingMode, QStringLiteral("delta"));
    }

    void deltaLinkOfAnotherServiceIsNotFollowed()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer first, second;
        QVERIFY(first.listen() && second.listen());
        first.generate(20, asOf);
        second.generate(25, asOf);
        RL_VERIFY_OK(runSync(*db, odataConfig(first), {}, {}, syncDay));
        auto r = runSync(*db, odataConfig(second), {}, {}, syncDay);
        RL_VERIFY_OK(r);
        QCOMPARE(r->accountingMode, QStringLiteral("full"));
        QCOMPARE(first.requestCount(), 1);
        QCOMPARE(storedOpenItems(*db), serverOpenItems(second));
    }

    void modifiedSinceFiltersOnTheWatermark()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.offerDelta = false;
        server.generate(300, asOf);
        Config config = odataConfig(server);
        config.accounting.deltaMode = DeltaMode::ModifiedSince;
        RL_VERIFY_OK(runSync(*db, config, {}, {}, syncDay));
        FakeInvoice c = FakeODataServer::makeInvoice(20, asOf);
        c.openMinor = 1;
        c.lastModified = QDateTime(asOf, QTime(12, 30), Qt::UTC);
        server.upsert(c);
        server.clearRequests();
        auto report = runSync(*db, config, {}, {}, syncDay);
        RL_VERIFY_OK(report);
        QCOMPARE(report->accountingMode, QStringLiteral("modified-since"));
        QCOMPARE(report->fetched, 1);
        QCOMPARE(report->changed, 1);
        const QString filter = QUrlQuery(server.requests().first().url).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
        QCOMPARE(filter, QStringLiteral("LastModified gt %1").arg(QDateTime(asOf, QTime(8, 0), Qt::UTC).toString(Qt::ISODate)));
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));
    }

    void fieldMappingAndApiKey()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.entitySet = QStringLiteral("Offene_Posten");
        server.options.rename = {{QStringLiteral("InvoiceNo"), QStringLiteral("BelegNr")},
                                 {QStringLiteral("DueDate"), QStringLiteral("Faellig")},
                                 {QStringLiteral("OpenAmount"), QStringLiteral("Offen")}};
        server.options.apiKeyHeader = "x-functions-key";
        server.options.apiKey = "s3cret-key";
        server.generate(120, asOf);
        Config config = odataConfig(server);
        config.accounting.entitySet = QStringLiteral("Offene_Posten");
        config.accounting.auth = HttpAuth::ApiKey;
        config.accounting.fieldMap = server.options.rename;

        auto rejected = runSync(*db, config, {.accountingSecret = QStringLiteral("wrong"), .crmToken = {}}, {}, syncDay);
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().code, ErrorCode::AuthRejected);
        QVERIFY(rejected.error().detail.contains(QStringLiteral("credentials rejected")));
        QVERIFY(!rejected.error().detail.contains(QStringLiteral("wrong"))); // the key is never echoed
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(*Store(*db).countRows(QStringLiteral("invoices")), 0);

        auto ok = runSync(*db, config, {.accountingSecret = QStringLiteral("s3cret-key"), .crmToken = {}}, {}, syncDay);
        RL_VERIFY_OK(ok);
        QCOMPARE(ok->created, 120);
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));
    }

    void fieldsTheFacadeLacksAreNotAskedFor()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(30, asOf);
        Config config = odataConfig(server);
        config.accounting.fieldMap = {{QStringLiteral("MandateType"), QString()}, {QStringLiteral("Email"), QString()}};
        auto r = runSync(*db, config, {}, {}, syncDay);
        RL_VERIFY_OK(r);
        const QString select = QUrlQuery(server.requests().first().url).queryItemValue(QStringLiteral("$select"));
        QVERIFY(!select.contains(QStringLiteral("MandateType")) && !select.contains(QStringLiteral("Email")));
        QVERIFY(select.contains(QStringLiteral("DueDate")));
        auto c = Store(*db).clientByNumber(FakeODataServer::makeInvoice(1, asOf).customerNo);
        QCOMPARE((*c)->invoiceEmail, QString());
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));

        // A property the facade does not know: the server's own words come back.
        config.accounting.fieldMap = {{QStringLiteral("DueDate"), QStringLiteral("Verfall")}};
        auto unknown = runSync(*db, config, {}, {.forceFull = true}, syncDay);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(unknown.error().detail.contains(QStringLiteral("Could not find a property named 'Verfall'")),
                 qPrintable(unknown.error().detail));

        config.accounting.fieldMap = {{QStringLiteral("DueDate"), QString()}};
        auto refused = runSync(*db, config, {}, {}, syncDay);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Config);
    }

    void onePropertyMappedToTwoFields()
    {
        // Found against SAP CAP (tests/interop/odata-cap/README.md): a facade with only the open amount, configured as
        // field.Amount=OpenAmount. The sync used to fail ("OpenAmount is missing") and asked $select=...,OpenAmount,
        // OpenAmount; now the property is asked once and feeds both fields.
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.decimalsAsNumbers = true; // as CAP sends Edm.Decimal
        server.generate(40, asOf);
        Config config = odataConfig(server, 15);
        config.accounting.fieldMap = {{QStringLiteral("Amount"), QStringLiteral("OpenAmount")}};
        auto r = runSync(*db, config, {}, {}, syncDay);
        RL_VERIFY_OK(r);
        QCOMPARE(r->created, 40);
        const QStringList select =
            QUrlQuery(server.requests().first().url).queryItemValue(QStringLiteral("$select")).split(u',');
        QCOMPARE(select.count(QStringLiteral("OpenAmount")), 1);
        QVERIFY(!select.contains(QStringLiteral("Amount")));
        auto stored = Store(*db).invoices({.openOnly = false, .clientId = 0});
        RL_VERIFY_OK(stored);
        QCOMPARE(stored->size(), 40);
        QMap<QString, qint64> open;
        for (const FakeInvoice& i : server.invoices())
            open.insert(i.number, i.openMinor);
        for (const Invoice& i : *stored) {
            QCOMPARE(i.openMinor, open.value(i.number, -1));
            QCOMPARE(i.amountMinor, i.openMinor);
        }
    }

    void badEntityRejectsTheSyncAndKeepsLastGoodData_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing due date") << QStringLiteral("due") << QStringLiteral("DueDate is missing");
        QTest::newRow("unparseable amount") << QStringLiteral("amount") << QStringLiteral("OpenAmount '12,3.4.5'");
        QTest::newRow("unknown currency") << QStringLiteral("currency") << QStringLiteral("unknown currency 'XYZ'");
        QTest::newRow("duplicate number") << QStringLiteral("duplicate") << QStringLiteral("duplicate invoice number");
    }
    void badEntityRejectsTheSyncAndKeepsLastGoodData()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.offerDelta = false;
        server.generate(250, asOf);
        RL_VERIFY_OK(runSync(*db, odataConfig(server), {}, {}, syncDay));
        const auto before = storedOpenItems(*db);

        // Good changes on the first page, the bad entity on page 3.
        FakeInvoice good = FakeODataServer::makeInvoice(1, asOf);
        good.openMinor = 77;
        server.upsert(good);
        FakeInvoice bad = FakeODataServer::makeInvoice(230, asOf);
        if (kind == u"due")
            bad.dueDate = QDate();
        else if (kind == u"amount")
            bad.rawOpenAmount = "\"12,3.4.5\"";
        else if (kind == u"currency")
            bad.currency = QStringLiteral("XYZ");
        else
            bad.sentNumber = FakeODataServer::makeInvoice(229, asOf).number;
        server.upsert(bad);

        auto report = runSync(*db, odataConfig(server), {}, {}, syncDay);
        QVERIFY(!report);
        QVERIFY2(report.error().detail.contains(expected), qPrintable(report.error().detail));
        QVERIFY2(report.error().detail.contains(QStringLiteral("page 3")), qPrintable(report.error().detail));
        QCOMPARE(storedOpenItems(*db), before); // not even the good change of page 1

        // The accounting system fixes the entry: the next sync recovers.
        server.upsert(FakeODataServer::makeInvoice(230, asOf));
        RL_VERIFY_OK(runSync(*db, odataConfig(server), {}, {}, syncDay));
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));
    }

    void clientFieldsTheFacadeDoesNotSendArePreserved()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(60, asOf);
        RL_VERIFY_OK(runSync(*db, odataConfig(server), {}, {}, syncDay));
        const FakeInvoice inv = FakeODataServer::makeInvoice(4, asOf);
        Store store(*db);
        auto c = store.clientByNumber(inv.customerNo);
        QVERIFY(c && *c);
        Client edited = **c;
        edited.doNotChase = true;
        edited.doNotChaseReason = QStringLiteral("payment plan agreed");
        edited.accountant = QStringLiteral("mlu");
        edited.crmAccountId = QStringLiteral("4624eff7-53d3-ed11-a7c7-000d3a993550");
        edited.reminderEmails = {QStringLiteral("dunning@example.ch")};
        QList<Client> list{edited};
        RL_VERIFY_OK(db->transaction([&] { return store.upsertClients(list); }));
        // Mark an invoice disputed by hand.
        RL_VERIFY_OK(db->exec(QStringLiteral("UPDATE invoices SET disputed = 1 WHERE number = '%1'").arg(inv.number), {}));

        FakeInvoice renamed = inv;
        renamed.customerName = QStringLiteral("Nouveau Nom SA");
        renamed.email = QStringLiteral("new@example.ch");
        renamed.openMinor -= 100;
        server.upsert(renamed);
        auto report = runSync(*db, odataConfig(server), {}, {}, syncDay);
        RL_VERIFY_OK(report);
        QCOMPARE(report->clientsUpdated, 1);
        auto after = store.clientByNumber(inv.customerNo);
        QCOMPARE((*after)->name, QStringLiteral("Nouveau Nom SA"));
        QCOMPARE((*after)->invoiceEmail, QStringLiteral("new@example.ch"));
        QCOMPARE((*after)->reminderEmails, QStringList{QStringLiteral("dunning@example.ch")});
        QVERIFY((*after)->doNotChase);
        QCOMPARE((*after)->doNotChaseReason, QStringLiteral("payment plan agreed"));
        QCOMPARE((*after)->accountant, QStringLiteral("mlu"));
        QCOMPARE((*after)->crmAccountId, QStringLiteral("4624eff7-53d3-ed11-a7c7-000d3a993550"));
        auto i = store.invoiceByNumber(inv.number);
        QVERIFY((*i)->disputed);
        QCOMPARE((*i)->openMinor, renamed.openMinor);
    }

    void failureHalfWayLeavesTheLastGoodDataAndRecovers()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(500, asOf);
        RL_VERIFY_OK(runSync(*db, odataConfig(server), {}, {}, syncDay));
        const auto before = storedOpenItems(*db);
        for (int i = 1; i <= 500; i += 3) {
            FakeInvoice c = FakeODataServer::makeInvoice(i, asOf);
            c.openMinor = c.openMinor / 3 + 1;
            server.upsert(c);
        }
        // Page 2 fails on every attempt of this sync (5 with the test policy): the sync gives up after page 1.
        server.failNext(Fault::ServerError, BackoffPolicy::fast().maxAttempts, "skiptoken");
        auto failed = runSync(*db, odataConfig(server), {}, {.forceFull = true}, syncDay);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Server);
        QVERIFY(failed.error().detail.contains(QStringLiteral("page 2")));
        QCOMPARE(storedOpenItems(*db), before);
        // The server is back: the next sync brings everything.
        auto recovered = runSync(*db, odataConfig(server), {}, {}, syncDay);
        RL_VERIFY_OK(recovered);
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));
    }

    // Property: after any sequence of faults and retries, the stored open items equal the server's, and a failed
    // sync leaves exactly what the previous good sync stored (never a mix).
    void randomFaultsNeverMixAndAlwaysConverge()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.setSlowMs(30);
        server.generate(400, asOf);
        QRandomGenerator rng(20250401);
        const Fault faults[] = {Fault::ServerError, Fault::Unavailable, Fault::TooManyRequests, Fault::Truncated,
                                Fault::Malformed, Fault::Drop, Fault::Slow, Fault::Hang, Fault::Gone};
        Config config = odataConfig(server, 50);
        config.accounting.timeoutSeconds = 1;
        auto good = storedOpenItems(*db);
        int failures = 0, successes = 0;
        int nextNumber = 10000;
        for (int round = 0; round < 14; ++round) {
            // The accounting system moves on.
            const int changes = int(rng.bounded(1, 30));
            for (int k = 0; k < changes; ++k) {
                const int i = int(rng.bounded(1, 401));
                switch (rng.bounded(4)) {
                case 0: server.remove(FakeODataServer::makeInvoice(i, asOf).number); break;
                case 1: { FakeInvoice c = FakeODataServer::makeInvoice(i, asOf); c.openMinor = 0; server.upsert(c); break; }
                case 2: { FakeInvoice c = FakeODataServer::makeInvoice(i, asOf); c.openMinor = rng.bounded(1, 100000); server.upsert(c); break; }
                default: server.upsert(FakeODataServer::makeInvoice(nextNumber++, asOf)); break;
                }
            }
            if (rng.bounded(5) == 0)
                server.expireDeltaTokens();
            // Faults on random requests of this sync.
            const int n = int(rng.bounded(0, 4));
            for (int k = 0; k < n; ++k)
                server.failNext(faults[rng.bounded(int(std::size(faults)))], int(rng.bounded(1, 3)),
                                rng.bounded(2) ? QByteArray("skiptoken") : QByteArray());
            BackoffPolicy p = BackoffPolicy::fast();
            p.maxAttempts = int(rng.bounded(2, 6));
            auto r = runSync(*db, config, {}, {.forceFull = rng.bounded(4) == 0}, syncDay, p);
            if (r) {
                ++successes;
                QCOMPARE(storedOpenItems(*db), serverOpenItems(server));
                good = storedOpenItems(*db);
            } else {
                ++failures;
                QCOMPARE(storedOpenItems(*db), good);
            }
        }
        // Faults end: the next syncs converge.
        server.failAlways(Fault::None);
        Result<SyncReport> last = fail(ErrorCode::Internal, {});
        for (int k = 0; k < 20 && !last; ++k)
            last = runSync(*db, config, {}, {}, syncDay);
        RL_VERIFY_OK(last);
        QCOMPARE(storedOpenItems(*db), serverOpenItems(server));
        qInfo("rounds: %d good, %d failed", successes, failures);
        QVERIFY(failures > 0 && successes > 0);
    }

    void postgresFullAndDelta()
    {
        RL_REQUIRE_POSTGRES(url, QStringLiteral("relance_test_accounting_sync"));
        auto db = Database::openAndMigrate(url);
        RL_VERIFY_OK(db);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(700, asOf);
        auto first = runSync(**db, odataConfig(server, 200), {}, {}, syncDay);
        RL_VERIFY_OK(first);
        QCOMPARE(first->created, 700);
        const QString gone = FakeODataServer::makeInvoice(9, asOf).number;
        const qint64 rem = reminderFor(**db, gone, ReminderState::Approved);
        server.remove(gone);
        FakeInvoice c = FakeODataServer::makeInvoice(10, asOf);
        c.openMinor = 999;
        server.upsert(c);
        auto second = runSync(**db, odataConfig(server, 200), {}, {}, syncDay);
        RL_VERIFY_OK(second);
        QCOMPARE(second->accountingMode, QStringLiteral("delta"));
        QCOMPARE(second->paid, 1);
        QCOMPARE(stateOf(**db, rem), ReminderState::Cancelled);
        QCOMPARE(storedOpenItems(**db), serverOpenItems(server));
    }

    void demoSourceSyncsNothing()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        Config config; // accounting demo, crm demo
        auto r = runSync(*db, config);
        RL_VERIFY_OK(r);
        QCOMPARE(r->accountingMode, QStringLiteral("skipped"));
        QVERIFY(r->nothingToSync());
    }
};

QTEST_MAIN(TestAccountingSync)
#include "test_accounting_sync.moc"
