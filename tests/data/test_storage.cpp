// Storage: migrations on empty and older databases (SQLite and PostgreSQL), the bad databases a user can point
// the program at (not a database, too new, unknown scheme, locked), round trips of every entity, and rollback.
#include "DataTests.h"
#include "demo/DemoData.h"
#include "storage/Migrations.h"
#include "storage/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace relance;

namespace {

const QStringList kTables{
    QStringLiteral("clients"),   QStringLiteral("invoices"),          QStringLiteral("interactions"),
    QStringLiteral("reminders"), QStringLiteral("reminder_invoices"), QStringLiteral("tone_examples"),
    QStringLiteral("tasks"),     QStringLiteral("audit_events"),      QStringLiteral("sync_state")};

bool hasIndex(Database& db, const QString& name)
{
    QSqlQuery q = db.query();
    q.prepare(db.dialect() == Dialect::SQLite
                  ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?")
                  : QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q = db.query();
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

Client fullClient(const QString& number)
{
    Client c;
    c.number = number;
    c.name = QStringLiteral("Keller Treuhand AG");
    c.language = Language::German;
    c.reminderEmails = {QStringLiteral("s.keller@keller-treuhand.example"),
                        QStringLiteral("direktion@keller-treuhand.example")};
    c.invoiceEmail = QStringLiteral("buchhaltung@keller-treuhand.example");
    c.contactPerson = QStringLiteral("Frau Sabine Keller");
    c.mandateType = MandateType::Audit;
    c.accountant = QStringLiteral("s.keller");
    c.crmAccountId = QStringLiteral("5f1c2a9e-0000-4000-8000-00000000abcd");
    c.doNotChase = true;
    c.doNotChaseReason = QStringLiteral("Zahlungsplan bis Ende Juni vereinbart");
    c.doNotChaseUntil = QDate(2026, 6, 30);
    return c;
}

Invoice invoice(const QString& number, const QString& client, qint64 amount, qint64 open, const QString& currency)
{
    Invoice i;
    i.number = number;
    i.clientNumber = client;
    i.issueDate = QDate(2026, 1, 15);
    i.dueDate = QDate(2026, 2, 14);
    i.amountMinor = amount;
    i.openMinor = open;
    i.currency = currency;
    i.source = QStringLiteral("odata");
    i.lastModified = QDateTime(QDate(2026, 2, 20), QTime(9, 15, 30, 250), Qt::UTC);
    return i;
}

Reminder fullReminder(qint64 clientId, const QList<Invoice>& invoices)
{
    Reminder r;
    r.clientId = clientId;
    for (const Invoice& i : invoices)
        r.lines.push_back({i.id, i.number, i.openMinor, i.currency, i.dueDate, 31});
    r.bucket = AgingBucket::Moderate;
    r.language = Language::German;
    r.subject = QStringLiteral("Zahlungserinnerung: Rechnung RE-2026-00001");
    r.body = QStringLiteral("Sehr geehrte Frau Keller\n\nTrotz unserer Erinnerung ...");
    r.state = ReminderState::NeedsReview;
    r.findings = {Finding{QStringLiteral("amount-mismatch"), FindingSeverity::Blocking,
                          QStringLiteral("CHF 1'200.00 is not open"), QStringLiteral("body"), 12, 12},
                  Finding{QStringLiteral("tone"), FindingSeverity::Warning, QStringLiteral("rather curt"),
                          QStringLiteral("subject"), -1, 0}};
    r.provider = QStringLiteral("azure");
    r.model = QStringLiteral("gpt-4o");
    r.promptTokens = 1234;
    r.completionTokens = 321;
    r.snoozedUntil = QDate(2026, 3, 10);
    r.reason = QStringLiteral("-");
    r.createdBy = QStringLiteral("system");
    r.updatedBy = QStringLiteral("system");
    r.approvedBy = QStringLiteral("-");
    r.messageId = QStringLiteral("AAMkAGI2-draft");
    r.internetMessageId = QStringLiteral("<draft-1@relance.example>");
    return r;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrateEmpty_data() { test::addBackendRows(); }
    void migrateEmpty()
    {
        OPEN_URL(url, "relance_test_storage_empty");
        auto db = Database::open(url);
        VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion().value_or(-1), 0);
        VERIFY_OK((*db)->migrate());
        QCOMPARE((*db)->schemaVersion().value_or(-1), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 2);
        Store store(**db);
        for (const QString& table : kTables)
            QVERIFY2(store.countRows(table).value_or(-1) == 0, qPrintable(table));
        QVERIFY(hasIndex(**db, QStringLiteral("invoices_due_open")));
        QVERIFY(hasIndex(**db, QStringLiteral("audit_entity")));
        // One row per migration, each recorded once; migrating again changes nothing.
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM schema_migrations")), qint64(migrations().size()));
        VERIFY_OK((*db)->migrate());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM schema_migrations")), qint64(migrations().size()));
    }

    void migrateFromVersion1WithData_data() { test::addBackendRows(); }
    void migrateFromVersion1WithData()
    {
        OPEN_URL(url, "relance_test_storage_v1");
        {
            auto db = Database::open(url);
            VERIFY_OK(db);
            VERIFY_OK((*db)->migrate(1));
            QCOMPARE((*db)->schemaVersion().value_or(-1), 1);
            QVERIFY(!hasIndex(**db, QStringLiteral("invoices_due_open")));
            Store store(**db);
            VERIFY_OK((*db)->transaction([&]() -> Result<void> {
                QList<Client> clients{fullClient(QStringLiteral("C1"))};
                if (auto ok = store.upsertClients(clients); !ok)
                    return ok;
                QList<Invoice> invoices{
                    invoice(QStringLiteral("RE-1"), QStringLiteral("C1"), 120'000, 120'000, QStringLiteral("CHF")),
                    invoice(QStringLiteral("RE-2"), QStringLiteral("C1"), 50'005, 5, QStringLiteral("EUR"))};
                if (auto ok = store.upsertInvoices(invoices); !ok)
                    return ok;
                return store.setSyncValue(QStringLiteral("odata.deltaLink"),
                                          QStringLiteral("https://sage.example/odata?$deltatoken=42"));
            }));
        }
        // A newer program opens the old database: it is upgraded, the data is untouched.
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion().value_or(-1), Database::latestSchemaVersion());
        QVERIFY(hasIndex(**db, QStringLiteral("invoices_due_open")));
        Store store(**db);
        auto client = store.clientByNumber(QStringLiteral("C1"));
        VERIFY_OK(client);
        QVERIFY(client->has_value());
        QCOMPARE((*client)->name, QStringLiteral("Keller Treuhand AG"));
        auto invoices = store.invoices();
        VERIFY_OK(invoices);
        QCOMPARE(invoices->size(), 2);
        QCOMPARE(invoices->at(0).amountMinor + invoices->at(1).amountMinor, 170'005);
        auto rows = store.openAmountsByDueDate();
        VERIFY_OK(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(store.syncValue(QStringLiteral("odata.deltaLink")).value_or(std::nullopt),
                 std::optional<QString>(QStringLiteral("https://sage.example/odata?$deltatoken=42")));
    }

    void notADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoices.csv"));
        QByteArray content;
        for (int i = 0; i < 200; ++i)
            content += "Number;Client;Amount\nRE-2025-00042;Boulangerie Favre SA;1'234.50\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        for (bool migrate : {false, true}) {
            auto db = migrate ? Database::openAndMigrate(QStringLiteral("sqlite://") + path)
                              : Database::open(QStringLiteral("sqlite://") + path);
            QVERIFY(!db.has_value());
            QCOMPARE(db.error().code, ErrorCode::NotADatabase);
            QVERIFY2(db.error().detail.contains(path), qPrintable(db.error().detail));
        }
        // The file is exactly as it was, and nothing was created beside it.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("invoices.csv")});
    }

    void schemaTooNew_data() { test::addBackendRows(); }
    void schemaTooNew()
    {
        OPEN_URL(url, "relance_test_storage_too_new");
        {
            auto db = Database::openAndMigrate(url);
            VERIFY_OK(db);
            Store store(**db);
            QList<Client> clients{fullClient(QStringLiteral("C1"))};
            VERIFY_OK(store.upsertClients(clients));
            VERIFY_OK((*db)->exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                                 "VALUES (99, 'from the future', '2031-01-01T00:00:00Z')"),
                                  QStringLiteral("test")));
        }
        auto refused = Database::openAndMigrate(url);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::SchemaTooNew);
        QVERIFY2(refused.error().detail.contains(QStringLiteral("99")), qPrintable(refused.error().detail));
        QVERIFY2(refused.error().detail.contains(QString::number(Database::latestSchemaVersion())),
                 qPrintable(refused.error().detail));
        // Nothing changed: same version, same migrations, same data.
        auto db = Database::open(url);
        VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion().value_or(-1), 99);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM schema_migrations")),
                 qint64(migrations().size()) + 1);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM clients")), 1);
        QCOMPARE((*db)->migrate().error().code, ErrorCode::SchemaTooNew);
    }

    void unknownScheme()
    {
        for (const QString& url : {QStringLiteral("mysql://relance:pw@db.example/relance"),
                                   QStringLiteral("ftp://files.example/relance.db"), QStringLiteral("relance.db")}) {
            auto db = Database::open(url);
            QVERIFY(!db.has_value());
            QCOMPARE(db.error().code, ErrorCode::UnknownScheme);
            QVERIFY2(db.error().detail.contains(url.section(u':', 0, 0)), qPrintable(db.error().detail));
            QVERIFY2(db.error().detail.contains(QStringLiteral("sqlite://")), qPrintable(db.error().detail));
            QVERIFY2(!db.error().detail.contains(QStringLiteral("pw")), qPrintable(db.error().detail));
        }
        auto noDb = DatabaseUrl::parse(QStringLiteral("postgresql://relance@localhost:5432"));
        QVERIFY(!noDb.has_value());
        QCOMPARE(noDb.error().code, ErrorCode::InvalidArgument);
    }

    void lockedSqlite()
    {
        QTemporaryDir dir;
        const QString url = test::sqliteUrl(dir);
        auto holder = Database::openAndMigrate(url);
        VERIFY_OK(holder);
        Store holderStore(**holder);
        VERIFY_OK(seedDemoData(holderStore, DemoOptions{60, 1, QDate(2026, 3, 31)}, false));
        const qint64 invoicesBefore = scalar(**holder, QStringLiteral("SELECT count(*) FROM invoices"));
        // Another program holds the database.
        VERIFY_OK((*holder)->exec(QStringLiteral("BEGIN EXCLUSIVE"), QStringLiteral("test lock")));

        auto parsed = DatabaseUrl::parse(url);
        VERIFY_OK(parsed);
        parsed->busyTimeoutMs = 300;
        auto db = Database::open(*parsed);
        VERIFY_OK(db);
        Store store(**db);
        QElapsedTimer waited;
        waited.start();
        auto seeded = seedDemoData(store, DemoOptions{60, 2, QDate(2026, 3, 31)}, true);
        const qint64 ms = waited.elapsed();
        QVERIFY(!seeded.has_value());
        QCOMPARE(seeded.error().code, ErrorCode::DatabaseLocked);
        QVERIFY2(seeded.error().detail.contains(QStringLiteral("locked")), qPrintable(seeded.error().detail));
        QVERIFY2(seeded.error().detail.contains(parsed->path), qPrintable(seeded.error().detail));
        // It waited for the busy timeout, then gave up: no hang.
        QVERIFY2(ms >= 250 && ms < 5000, qPrintable(QString::number(ms)));

        // Once the other program lets go, the data is whole and the database usable again.
        VERIFY_OK((*holder)->exec(QStringLiteral("ROLLBACK"), QStringLiteral("test unlock")));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM invoices")), invoicesBefore);
        VERIFY_OK(seedDemoData(store, DemoOptions{60, 2, QDate(2026, 3, 31)}, true));
    }

    void clientsRoundTrip_data() { test::addBackendRows(); }
    void clientsRoundTrip()
    {
        OPEN_URL(url, "relance_test_storage_clients");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        QList<Client> clients{fullClient(QStringLiteral("C1")), fullClient(QStringLiteral("C2"))};
        clients[1].name = QStringLiteral("Boulangerie Favre SA");
        clients[1].language = Language::French;
        clients[1].reminderEmails = {QStringLiteral("compta@boulangerie-favre.example")};
        clients[1].doNotChase = false;
        clients[1].doNotChaseUntil = QDate();
        clients[1].mandateType = MandateType::Bookkeeping;
        VERIFY_OK(store.upsertClients(clients));
        QVERIFY(clients[0].id > 0 && clients[1].id > 0 && clients[0].id != clients[1].id);

        auto byId = store.client(clients[0].id);
        VERIFY_OK(byId);
        QVERIFY(byId->has_value());
        const Client& c = **byId;
        QCOMPARE(c.number, QStringLiteral("C1"));
        QCOMPARE(c.name, clients[0].name);
        QCOMPARE(c.language, Language::German);
        QCOMPARE(c.reminderEmails, clients[0].reminderEmails);
        QCOMPARE(c.invoiceEmail, clients[0].invoiceEmail);
        QCOMPARE(c.contactPerson, clients[0].contactPerson);
        QCOMPARE(c.mandateType, MandateType::Audit);
        QCOMPARE(c.accountant, clients[0].accountant);
        QCOMPARE(c.crmAccountId, clients[0].crmAccountId);
        QVERIFY(c.doNotChase);
        QCOMPARE(c.doNotChaseReason, clients[0].doNotChaseReason);
        QCOMPARE(c.doNotChaseUntil, QDate(2026, 6, 30));
        auto second = store.clientByNumber(QStringLiteral("C2"));
        VERIFY_OK(second);
        QCOMPARE((*second)->language, Language::French);
        QVERIFY(!(*second)->doNotChase);
        QVERIFY(!(*second)->doNotChaseUntil.isValid());
        QCOMPARE(store.clientByNumber(QStringLiteral("nope")).value_or(std::optional<Client>(Client{})), std::nullopt);

        // Upserting by number updates in place: same id, no second row.
        QList<Client> again{fullClient(QStringLiteral("C1"))};
        again[0].name = QStringLiteral("Keller Treuhand & Revision AG");
        VERIFY_OK(store.upsertClients(again));
        QCOMPARE(again[0].id, clients[0].id);
        auto all = store.clients();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("Keller Treuhand & Revision AG"));
    }

    void emptyOptionalTextIsStored_data() { test::addBackendRows(); }
    void emptyOptionalTextIsStored()
    {
        // What the accounting system, the CRM and a fresh draft leave empty: stored as '' (the text columns are
        // NOT NULL), read back as empty, while nullable dates stay NULL.
        OPEN_URL(url, "relance_test_storage_empty_text");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        Client bare;
        bare.number = QStringLiteral("C9");
        bare.name = QStringLiteral("Garage du Léman Sàrl");
        QList<Client> clients{bare};
        VERIFY_OK(store.upsertClients(clients));
        auto back = store.clientByNumber(QStringLiteral("C9"));
        VERIFY_OK(back);
        QVERIFY(back->has_value());
        QVERIFY((*back)->contactPerson.isEmpty());
        QVERIFY((*back)->reminderEmails.isEmpty());
        QVERIFY(!(*back)->doNotChaseUntil.isValid());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM clients WHERE do_not_chase_until IS NULL "
                                             "AND contact_person = ''")),
                 1);

        QList<Invoice> invoices{invoice(QStringLiteral("RE-9"), QStringLiteral("C9"), 100, 100, QStringLiteral("CHF"))};
        invoices[0].source.clear();
        VERIFY_OK(store.upsertInvoices(invoices));

        Reminder draft; // a fresh draft: no findings, no message id, nobody approved it
        draft.clientId = clients[0].id;
        draft.lines = {{invoices[0].id, invoices[0].number, 100, QStringLiteral("CHF"), invoices[0].dueDate, 3}};
        VERIFY_OK(store.insertReminder(draft));
        auto reminder = store.reminder(draft.id);
        VERIFY_OK(reminder);
        QVERIFY((*reminder)->messageId.isEmpty());
        QVERIFY(!(*reminder)->approvedAt.isValid());

        Task task;
        task.title = QStringLiteral("Rappeler M. Favre");
        VERIFY_OK(store.insertTask(task));
        ToneExample tone;
        tone.text = QStringLiteral("Madame, Monsieur, ...");
        VERIFY_OK(store.insertToneExample(tone));
        VERIFY_OK(store.appendAudit(
            {0, {}, QStringLiteral("system"), QStringLiteral("settings"), {}, QStringLiteral("setting-changed"), {}}));
        auto audit = store.auditEvents(QStringLiteral("settings"));
        VERIFY_OK(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->at(0).detail, QStringLiteral("{}"));
    }

    void invoicesRoundTrip_data() { test::addBackendRows(); }
    void invoicesRoundTrip()
    {
        OPEN_URL(url, "relance_test_storage_invoices");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        QList<Client> clients{fullClient(QStringLiteral("C1")), fullClient(QStringLiteral("C2"))};
        VERIFY_OK(store.upsertClients(clients));
        Invoice paid =
            invoice(QStringLiteral("RE-2026-00001"), QStringLiteral("C1"), 129'725, 0, QStringLiteral("CHF"));
        paid.paidOn = QDate(2026, 2, 28);
        Invoice disputed =
            invoice(QStringLiteral("RE-2026-00002"), QStringLiteral("C2"), 540'000, 270'000, QStringLiteral("EUR"));
        disputed.disputed = true;
        disputed.dueDate = QDate(2024, 2, 29);
        QList<Invoice> invoices{paid, disputed};
        VERIFY_OK(store.upsertInvoices(invoices));
        QVERIFY(invoices[0].id > 0 && invoices[1].id > 0);
        QCOMPARE(invoices[0].clientId, clients[0].id);

        auto back = store.invoiceByNumber(QStringLiteral("RE-2026-00002"));
        VERIFY_OK(back);
        QVERIFY(back->has_value());
        const Invoice& i = **back;
        QCOMPARE(i.id, invoices[1].id);
        QCOMPARE(i.clientId, clients[1].id);
        QCOMPARE(i.clientNumber, QStringLiteral("C2"));
        QCOMPARE(i.issueDate, QDate(2026, 1, 15));
        QCOMPARE(i.dueDate, QDate(2024, 2, 29));
        QCOMPARE(i.amountMinor, 540'000);
        QCOMPARE(i.openMinor, 270'000);
        QCOMPARE(i.status(), InvoiceStatus::PartiallyPaid);
        QCOMPARE(i.currency, QStringLiteral("EUR"));
        QVERIFY(!i.paidOn.isValid());
        QVERIFY(i.disputed);
        QCOMPARE(i.source, QStringLiteral("odata"));
        QCOMPARE(i.lastModified, disputed.lastModified);
        auto paidBack = store.invoiceByNumber(QStringLiteral("RE-2026-00001"));
        VERIFY_OK(paidBack);
        QCOMPARE((*paidBack)->paidOn, QDate(2026, 2, 28));
        QCOMPARE((*paidBack)->status(), InvoiceStatus::Paid);

        auto open = store.invoices({.openOnly = true});
        VERIFY_OK(open);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->at(0).number, QStringLiteral("RE-2026-00002"));
        auto ofC1 = store.invoices({.clientId = clients[0].id});
        VERIFY_OK(ofC1);
        QCOMPARE(ofC1->size(), 1);

        // A payment arrives: the upsert keeps the id and changes the open amount.
        QList<Invoice> update{disputed};
        update[0].openMinor = 0;
        update[0].paidOn = QDate(2026, 3, 2);
        VERIFY_OK(store.upsertInvoices(update));
        QCOMPARE(update[0].id, invoices[1].id);
        QCOMPARE(store.countRows(QStringLiteral("invoices")).value_or(-1), 2);
        QCOMPARE((*store.invoiceByNumber(QStringLiteral("RE-2026-00002")))->openMinor, 0);

        // Aggregates for DSO and behaviour.
        auto sales = store.salesByIssueDate(QDate(2026, 1, 1), QDate(2026, 1, 31));
        VERIFY_OK(sales);
        QCOMPARE(sales->size(), 2); // one row per currency on 15 January
        auto paidRows = store.paidInvoices(QDate(2026, 1, 1), QDate(2026, 12, 31));
        VERIFY_OK(paidRows);
        QCOMPARE(paidRows->size(), 2);

        // Bad rows are refused with what and where.
        QList<Invoice> orphan{invoice(QStringLiteral("RE-X"), QStringLiteral("C404"), 100, 100, QStringLiteral("CHF"))};
        auto refused = store.upsertInvoices(orphan);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(refused.error().detail.contains(QStringLiteral("RE-X")) &&
                refused.error().detail.contains(QStringLiteral("C404")));
        QList<Invoice> badCurrency{
            invoice(QStringLiteral("RE-Y"), QStringLiteral("C1"), 100, 100, QStringLiteral("XYZ"))};
        auto refusedCurrency = store.upsertInvoices(badCurrency);
        QVERIFY(!refusedCurrency.has_value());
        QVERIFY(refusedCurrency.error().detail.contains(QStringLiteral("XYZ")));
    }

    void interactionsRoundTrip_data() { test::addBackendRows(); }
    void interactionsRoundTrip()
    {
        OPEN_URL(url, "relance_test_storage_interactions");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        QList<Client> clients{fullClient(QStringLiteral("C1"))};
        VERIFY_OK(store.upsertClients(clients));
        Interaction call;
        call.clientId = clients[0].id;
        call.externalId = QStringLiteral("crm-activity-1");
        call.kind = InteractionKind::Call;
        call.occurredAt = QDateTime(QDate(2026, 3, 2), QTime(14, 5), Qt::UTC);
        call.subject = QStringLiteral("Telefonat Zahlung");
        call.summary = QStringLiteral("Telefonat mit Frau Keller: Rechnung liegt bei der Buchhaltung.");
        call.direction = Direction::Inbound;
        call.author = QStringLiteral("s.keller");
        Interaction note = call;
        note.externalId.clear(); // a local note has no CRM id
        note.kind = InteractionKind::Note;
        note.direction = Direction::Internal;
        note.occurredAt = call.occurredAt.addDays(1);
        note.summary = QStringLiteral("Zahlung für Ende Monat zugesagt.");
        Interaction note2 = note;
        note2.occurredAt = note.occurredAt.addSecs(60);
        QList<Interaction> items{call, note, note2};
        VERIFY_OK(store.upsertInteractions(items));
        QVERIFY(items[0].id > 0 && items[1].id > 0 && items[2].id > 0);

        // The CRM sends the same activity again, edited: updated in place.
        QList<Interaction> edited{call};
        edited[0].summary = QStringLiteral("Telefonat mit Frau Keller: zahlt am Freitag.");
        VERIFY_OK(store.upsertInteractions(edited));
        QCOMPARE(edited[0].id, items[0].id);

        auto back = store.interactions(clients[0].id);
        VERIFY_OK(back);
        QCOMPARE(back->size(), 3);
        // Newest first.
        QCOMPARE(back->at(0).occurredAt, note2.occurredAt);
        const Interaction& b = back->at(2);
        QCOMPARE(b.externalId, QStringLiteral("crm-activity-1"));
        QCOMPARE(b.kind, InteractionKind::Call);
        QCOMPARE(b.direction, Direction::Inbound);
        QCOMPARE(b.occurredAt, call.occurredAt);
        QCOMPARE(b.subject, call.subject);
        QCOMPARE(b.summary, QStringLiteral("Telefonat mit Frau Keller: zahlt am Freitag."));
        QCOMPARE(b.author, QStringLiteral("s.keller"));
        QVERIFY(back->at(0).externalId.isEmpty());
    }

    void remindersRoundTripAndConflict_data() { test::addBackendRows(); }
    void remindersRoundTripAndConflict()
    {
        OPEN_URL(url, "relance_test_storage_reminders");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        QList<Client> clients{fullClient(QStringLiteral("C1"))};
        VERIFY_OK(store.upsertClients(clients));
        QList<Invoice> invoices{
            invoice(QStringLiteral("RE-2026-00001"), QStringLiteral("C1"), 120'000, 120'000, QStringLiteral("CHF")),
            invoice(QStringLiteral("RE-2026-00002"), QStringLiteral("C1"), 80'050, 40'025, QStringLiteral("CHF"))};
        invoices[1].dueDate = QDate(2026, 1, 31);
        VERIFY_OK(store.upsertInvoices(invoices));

        Reminder r = fullReminder(clients[0].id, invoices);
        VERIFY_OK(store.insertReminder(r));
        QVERIFY(r.id > 0);
        QCOMPARE(r.version, 1);
        auto back = store.reminder(r.id);
        VERIFY_OK(back);
        QVERIFY(back->has_value());
        const Reminder& b = **back;
        QCOMPARE(b.clientId, clients[0].id);
        QCOMPARE(b.bucket, AgingBucket::Moderate);
        QCOMPARE(b.language, Language::German);
        QCOMPARE(b.subject, r.subject);
        QCOMPARE(b.body, r.body);
        QCOMPARE(b.state, ReminderState::NeedsReview);
        QCOMPARE(b.findings, r.findings);
        QVERIFY(b.hasBlockingFinding());
        QCOMPARE(b.provider, r.provider);
        QCOMPARE(b.model, r.model);
        QCOMPARE(b.promptTokens, 1234);
        QCOMPARE(b.completionTokens, 321);
        QCOMPARE(b.snoozedUntil, QDate(2026, 3, 10));
        QCOMPARE(b.version, 1);
        QCOMPARE(b.createdBy, QStringLiteral("system"));
        QVERIFY(b.createdAt.isValid());
        QCOMPARE(b.messageId, r.messageId);
        QCOMPARE(b.internetMessageId, r.internetMessageId);
        QVERIFY(!b.approvedAt.isValid());
        QVERIFY(!b.sentAt.isValid());
        QCOMPARE(b.lines.size(), 2);
        // Lines come by due date: RE-2 (31 Jan) before RE-1 (14 Feb).
        QCOMPARE(b.lines[0].invoiceNumber, QStringLiteral("RE-2026-00002"));
        QCOMPARE(b.lines[0].invoiceId, invoices[1].id);
        QCOMPARE(b.lines[0].openMinor, 40'025);
        QCOMPARE(b.lines[0].currency, QStringLiteral("CHF"));
        QCOMPARE(b.lines[0].dueDate, QDate(2026, 1, 31));
        QCOMPARE(b.lines[0].daysLate, 31);
        QCOMPARE(b.lines[1].invoiceNumber, QStringLiteral("RE-2026-00001"));

        // Two reviewers opened the same draft. The first approval wins...
        Reminder first = b;
        Reminder second = b;
        first.state = ReminderState::Approved;
        first.approvedBy = QStringLiteral("m.rochat");
        first.approvedAt = QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC);
        first.lines.removeLast();
        VERIFY_OK(store.updateReminder(first));
        QCOMPARE(first.version, 2);
        // ...the second, based on version 1, is refused and changes nothing.
        second.state = ReminderState::Rejected;
        second.reason = QStringLiteral("tone");
        auto conflict = store.updateReminder(second);
        QVERIFY(!conflict.has_value());
        QCOMPARE(conflict.error().code, ErrorCode::Conflict);
        QCOMPARE(second.version, 1);
        auto now = store.reminder(r.id);
        VERIFY_OK(now);
        QCOMPARE((*now)->state, ReminderState::Approved);
        QCOMPARE((*now)->approvedBy, QStringLiteral("m.rochat"));
        QCOMPARE((*now)->approvedAt, first.approvedAt);
        QCOMPARE((*now)->version, 2);
        QCOMPARE((*now)->lines.size(), 1);

        auto approved = store.reminders(ReminderState::Approved);
        VERIFY_OK(approved);
        QCOMPARE(approved->size(), 1);
        QCOMPARE(approved->at(0).lines.size(), 1);
        auto rejected = store.reminders(ReminderState::Rejected);
        VERIFY_OK(rejected);
        QVERIFY(rejected->isEmpty());
    }

    void tasksToneAuditSyncRoundTrip_data() { test::addBackendRows(); }
    void tasksToneAuditSyncRoundTrip()
    {
        OPEN_URL(url, "relance_test_storage_misc");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        QList<Client> clients{fullClient(QStringLiteral("C1"))};
        VERIFY_OK(store.upsertClients(clients));

        // Tasks
        Task t;
        t.clientId = clients[0].id;
        t.title = QStringLiteral("Frau Keller hat geantwortet");
        t.body = QStringLiteral("Sie bittet um eine Ratenzahlung.");
        t.assignee = QStringLiteral("s.keller");
        t.dueDate = QDate(2026, 3, 5);
        t.externalId = QStringLiteral("<reply-1@keller-treuhand.example>");
        VERIFY_OK(store.insertTask(t));
        QVERIFY(t.id > 0);
        auto tasks = store.tasks();
        VERIFY_OK(tasks);
        QCOMPARE(tasks->size(), 1);
        QCOMPARE(tasks->at(0).clientId, clients[0].id);
        QCOMPARE(tasks->at(0).reminderId, 0);
        QCOMPARE(tasks->at(0).title, t.title);
        QCOMPARE(tasks->at(0).body, t.body);
        QCOMPARE(tasks->at(0).assignee, t.assignee);
        QCOMPARE(tasks->at(0).dueDate, t.dueDate);
        QCOMPARE(tasks->at(0).externalId, t.externalId);
        QVERIFY(!tasks->at(0).done);
        VERIFY_OK(store.setTaskDone(t.id, true));
        tasks = store.tasks();
        QVERIFY(tasks->at(0).done);
        QVERIFY(tasks->at(0).doneAt.isValid());
        QCOMPARE(store.setTaskDone(t.id + 1000, true).error().code, ErrorCode::NotFound);

        // Tone examples
        ToneExample e;
        e.bucket = AgingBucket::Serious;
        e.language = Language::French;
        e.text = QStringLiteral("Madame, Monsieur, ... {{amount}} ... poursuite ...");
        e.updatedBy = QStringLiteral("admin");
        e.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC);
        VERIFY_OK(store.insertToneExample(e));
        QVERIFY(e.id > 0);
        auto tones = store.toneExamples();
        VERIFY_OK(tones);
        QCOMPARE(tones->size(), 1);
        QCOMPARE(tones->at(0).bucket, AgingBucket::Serious);
        QCOMPARE(tones->at(0).language, Language::French);
        QCOMPARE(tones->at(0).text, e.text);
        QCOMPARE(tones->at(0).updatedBy, QStringLiteral("admin"));
        QCOMPARE(tones->at(0).updatedAt, e.updatedAt);

        // Audit trail: appended in order, filtered by entity.
        const QDateTime at(QDate(2026, 3, 3), QTime(10, 0, 0, 123), Qt::UTC);
        VERIFY_OK(
            store.appendAudit({0, at, QStringLiteral("m.rochat"), QStringLiteral("reminder"), QStringLiteral("7"),
                               QStringLiteral("state:needs-review->approved"), QStringLiteral(R"({"version":2})")}));
        VERIFY_OK(store.appendAudit({0, at.addSecs(5), QStringLiteral("admin"), QStringLiteral("settings"),
                                     QStringLiteral("llm.provider"), QStringLiteral("setting-changed"),
                                     QStringLiteral(R"({"from":"template","to":"azure"})")}));
        VERIFY_OK(
            store.appendAudit({0, at.addSecs(9), QStringLiteral("system"), QStringLiteral("reminder"),
                               QStringLiteral("7"), QStringLiteral("state:approved->sending"), QStringLiteral("{}")}));
        auto all = store.auditEvents();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).at, at);
        QCOMPARE(all->at(0).actor, QStringLiteral("m.rochat"));
        QCOMPARE(all->at(0).detail, QStringLiteral(R"({"version":2})"));
        QVERIFY(all->at(0).id < all->at(1).id && all->at(1).id < all->at(2).id);
        auto ofReminder = store.auditEvents(QStringLiteral("reminder"), QStringLiteral("7"));
        VERIFY_OK(ofReminder);
        QCOMPARE(ofReminder->size(), 2);
        QCOMPARE(ofReminder->at(1).action, QStringLiteral("state:approved->sending"));
        auto settings = store.auditEvents(QStringLiteral("settings"));
        VERIFY_OK(settings);
        QCOMPARE(settings->size(), 1);

        // Sync values
        QCOMPARE(store.syncValue(QStringLiteral("crm.lastSync")).value_or(QStringLiteral("error")), std::nullopt);
        VERIFY_OK(store.setSyncValue(QStringLiteral("crm.lastSync"), QStringLiteral("2026-03-03T10:00:00Z")));
        VERIFY_OK(store.setSyncValue(QStringLiteral("crm.lastSync"), QStringLiteral("2026-03-04T10:00:00Z")));
        QCOMPARE(store.syncValue(QStringLiteral("crm.lastSync")).value_or(std::nullopt),
                 std::optional<QString>(QStringLiteral("2026-03-04T10:00:00Z")));
        QCOMPARE(store.countRows(QStringLiteral("sync_state")).value_or(-1), 1);

        // clearAll empties the domain, but the audit trail stays.
        VERIFY_OK((*db)->transaction([&] { return store.clearAll(); }));
        QCOMPARE(store.countRows(QStringLiteral("clients")).value_or(-1), 0);
        QCOMPARE(store.countRows(QStringLiteral("tasks")).value_or(-1), 0);
        QCOMPARE(store.countRows(QStringLiteral("audit_events")).value_or(-1), 3);
    }

    void failingWriteRollsBackEverything_data() { test::addBackendRows(); }
    void failingWriteRollsBackEverything()
    {
        OPEN_URL(url, "relance_test_storage_rollback");
        auto db = Database::openAndMigrate(url);
        VERIFY_OK(db);
        Store store(**db);
        QList<Client> existing{fullClient(QStringLiteral("C1"))};
        VERIFY_OK(store.upsertClients(existing));

        // An import: a new client, an edit of the existing one, good invoices, then one naming an unknown client.
        auto result = (*db)->transaction([&]() -> Result<void> {
            QList<Client> clients{fullClient(QStringLiteral("C2")), fullClient(QStringLiteral("C1"))};
            clients[1].name = QStringLiteral("renamed by a failed import");
            if (auto ok = store.upsertClients(clients); !ok)
                return ok;
            QList<Invoice> invoices{
                invoice(QStringLiteral("RE-1"), QStringLiteral("C2"), 1'000, 1'000, QStringLiteral("CHF")),
                invoice(QStringLiteral("RE-2"), QStringLiteral("C1"), 2'000, 2'000, QStringLiteral("CHF")),
                invoice(QStringLiteral("RE-3"), QStringLiteral("C404"), 3'000, 3'000, QStringLiteral("CHF"))};
            if (auto ok = store.upsertInvoices(invoices); !ok)
                return ok;
            return store.setSyncValue(QStringLiteral("odata.deltaLink"), QStringLiteral("should not be kept"));
        });
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().detail.contains(QStringLiteral("RE-3")), qPrintable(result.error().detail));
        QCOMPARE(store.countRows(QStringLiteral("clients")).value_or(-1), 1);
        QCOMPARE(store.countRows(QStringLiteral("invoices")).value_or(-1), 0);
        QCOMPARE((*store.clientByNumber(QStringLiteral("C1")))->name, QStringLiteral("Keller Treuhand AG"));
        QCOMPARE(store.syncValue(QStringLiteral("odata.deltaLink")).value_or(QStringLiteral("error")), std::nullopt);

        // A database-level failure (a duplicate key) rolls back as well, and the connection stays usable.
        auto dup = (*db)->transaction([&]() -> Result<void> {
            if (auto ok = (*db)->exec(QStringLiteral("INSERT INTO sync_state (name, value, updated_at) VALUES "
                                                     "('a', 'x', '2026-01-01')"),
                                      QStringLiteral("test"));
                !ok)
                return ok;
            return (*db)->exec(QStringLiteral("INSERT INTO clients (number, name, language, updated_at) VALUES "
                                              "('C1', 'dup', 'fr', '2026-01-01')"),
                               QStringLiteral("inserting a duplicate client"));
        });
        QVERIFY(!dup.has_value());
        QCOMPARE(dup.error().code, ErrorCode::Database);
        QVERIFY(dup.error().detail.contains(QStringLiteral("inserting a duplicate client")));
        QCOMPARE(store.countRows(QStringLiteral("sync_state")).value_or(-1), 0);
        VERIFY_OK((*db)->transaction([&] { return store.setSyncValue(QStringLiteral("a"), QStringLiteral("y")); }));
        QCOMPARE(store.countRows(QStringLiteral("sync_state")).value_or(-1), 1);
        // Nested transactions are refused rather than silently half-committed.
        auto nested = (*db)->transaction([&] { return (*db)->transaction([] { return Result<void>{}; }); });
        QVERIFY(!nested.has_value());
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
