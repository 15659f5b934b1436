// Sage 50 Schweiz open-items files: encodings, separators, Swiss numbers and dates, column mapping, and a bad row
// that rejects the whole file with its row number while the stored data stays as it was.
#include "SyncTestUtil.h"
#include "TestSupport.h"
#include "sync/SageCsv.h"

#include <QFile>
#include <QtTest>

using namespace relance;
using namespace relance::sync;
using namespace relance::test;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
    return path;
}

// A German export as Sage 50 writes it on Windows: Windows-1252, semicolons, CRLF, a totals line.
const QByteArray kGerman1252 =
    "Beleg-Nr.;Kunden-Nr.;Kunde;E-Mail;Sprache;W\xE4hrung;Betrag;Offener Betrag;Belegdatum;F\xE4llig am\r\n"
    "R-1001;K-1;M\xFCller Treuhand AG;info@mueller.ch;D;CHF;1'234.50;1'234.50;15.01.2025;14.02.2025\r\n"
    "R-1002;K-1;M\xFCller Treuhand AG;info@mueller.ch;D;CHF;2\x92" "000.00;1\x92" "500.05;20.01.2025;19.02.2025\r\n"
    "R-1003;K-2;Caf\xE9 du L\xE9man S\xE0rl;compta@leman.ch;F;EUR;980,40;980,40;01.02.2025;03.03.2025\r\n"
    "\r\n"
    "Total;;;;;;;4'214.95;;\r\n";

} // namespace

class TestSageCsv : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> openDb(const QTemporaryDir& dir)
    {
        auto db = Database::openAndMigrate(sqliteUrl(dir));
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        return std::move(*db);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decoding()
    {
        QCOMPARE(decodeWindows1252("M\xFCller \x80 1\x92" "000"), QStringLiteral("Müller € 1’000"));
        QString used;
        QCOMPARE(decodeText("\xEF\xBB\xBF" "Fällig", QStringLiteral("auto"), &used), QStringLiteral("Fällig"));
        QCOMPARE(used, QStringLiteral("utf-8"));
        QCOMPARE(decodeText("F\xE4llig", QStringLiteral("auto"), &used), QStringLiteral("Fällig"));
        QCOMPARE(used, QStringLiteral("windows-1252"));
        QCOMPARE(decodeText("F\xC3\xA4llig", QStringLiteral("windows-1252"), &used), QStringLiteral("FÃ¤llig"));
    }

    void separatorsAndQuotes()
    {
        QCOMPARE(detectDelimiter(QStringLiteral("a;b;c")), QChar(u';'));
        QCOMPARE(detectDelimiter(QStringLiteral("a,b,c")), QChar(u','));
        QCOMPARE(detectDelimiter(QStringLiteral("\"a;x\",b,c")), QChar(u','));
        QCOMPARE(detectDelimiter(QStringLiteral("a\tb\tc")), QChar(u'\t'));
        QList<int> lines;
        const auto rows = parseCsv(QStringLiteral("h1,h2\r\n\"a, \"\"b\"\"\",\"two\nlines\"\r\nx,y"), u',', &lines);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1], (QStringList{QStringLiteral("a, \"b\""), QStringLiteral("two\nlines")}));
        QCOMPARE(lines, (QList<int>{1, 2, 4}));
    }

    void timestampsAndDates()
    {
        AccountingSnapshot s;
        s.source = QStringLiteral("odata");
        Record r;
        r[int(Field::InvoiceNo)] = QStringLiteral("A");
        r[int(Field::CustomerNo)] = QStringLiteral("K");
        r[int(Field::Amount)] = QStringLiteral("10.00");
        r[int(Field::OpenAmount)] = QStringLiteral("10");
        r[int(Field::InvoiceDate)] = QStringLiteral("2025-01-01");
        r[int(Field::DueDate)] = QStringLiteral("2025-01-31T00:00:00+01:00");
        r[int(Field::LastModified)] = QStringLiteral("2025-01-31T10:00:00.5+01:00");
        RL_VERIFY_OK(s.add(r, RecordFormat::OData, QStringLiteral("page 1, entity 1")));
        QCOMPARE(s.invoices[0].dueDate, QDate(2025, 1, 31));
        QCOMPARE(s.invoices[0].lastModified, QDateTime(QDate(2025, 1, 31), QTime(9, 0, 0, 500), Qt::UTC));
        QCOMPARE(s.invoices[0].openMinor, 1000);
        r[int(Field::InvoiceNo)] = QStringLiteral("B");
        r[int(Field::DueDate)] = QStringLiteral("2025-02-30");
        auto bad = s.add(r, RecordFormat::OData, QStringLiteral("page 1, entity 2"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().detail, QStringLiteral("page 1, entity 2 (invoice B): DueDate '2025-02-30' is not a date (expected YYYY-MM-DD)"));
    }

    void germanWindows1252Export()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        const QString path = writeFile(dir, QStringLiteral("OP.csv"), kGerman1252);
        auto r = importSageCsv(*db, path, AccountingConfig{}, QDate(2025, 3, 1));
        RL_VERIFY_OK(r);
        QCOMPARE(r->info.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(r->info.delimiter, QChar(u';'));
        QCOMPARE(r->info.rows, 3);
        QCOMPARE(r->info.skipped, 2);
        QCOMPARE(r->applied.created, 3);
        QCOMPARE(r->applied.clientsCreated, 2);
        Store store(*db);
        auto a = store.invoiceByNumber(QStringLiteral("R-1001"));
        QCOMPARE((*a)->amountMinor, 123450);
        QCOMPARE((*a)->dueDate, QDate(2025, 2, 14));
        QCOMPARE((*a)->source, QStringLiteral("sage50-csv"));
        auto b = store.invoiceByNumber(QStringLiteral("R-1002"));
        QCOMPARE((*b)->amountMinor, 200000);
        QCOMPARE((*b)->openMinor, 150005);
        QCOMPARE((*b)->status(), InvoiceStatus::PartiallyPaid);
        auto c = store.invoiceByNumber(QStringLiteral("R-1003"));
        QCOMPARE((*c)->currency, QStringLiteral("EUR"));
        QCOMPARE((*c)->openMinor, 98040);
        auto k1 = store.clientByNumber(QStringLiteral("K-1"));
        QCOMPARE((*k1)->name, QStringLiteral("Müller Treuhand AG"));
        QCOMPARE((*k1)->language, Language::German);
        auto k2 = store.clientByNumber(QStringLiteral("K-2"));
        QCOMPARE((*k2)->name, QStringLiteral("Café du Léman Sàrl"));
        QCOMPARE((*k2)->language, Language::French);

        // The next export no longer lists R-1001: it was paid.
        QByteArray next = kGerman1252;
        next.replace("R-1001;K-1;M\xFCller Treuhand AG;info@mueller.ch;D;CHF;1'234.50;1'234.50;15.01.2025;14.02.2025\r\n", "");
        auto again = importSageCsv(*db, writeFile(dir, QStringLiteral("OP2.csv"), next), AccountingConfig{}, QDate(2025, 3, 2));
        RL_VERIFY_OK(again);
        QCOMPARE(again->applied.paid, 1);
        QCOMPARE(again->applied.unchanged, 2);
        auto paid = store.invoiceByNumber(QStringLiteral("R-1001"));
        QCOMPARE((*paid)->openMinor, 0);
        QCOMPARE((*paid)->paidOn, QDate(2025, 3, 2));
    }

    void frenchUtf8CommaExport()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        const QByteArray csv = QStringLiteral(
            "N° pièce,N° client,Nom,Langue,Devise,Montant,Montant ouvert,Date pièce,Échéance\n"
            "F-1,C-9,\"Dupont, Fils & Cie\",F,CHF,\"1 234,50\",\"1’234.50\",03.01.2025,02.02.2025\n").toUtf8();
        auto r = importSageCsv(*db, writeFile(dir, QStringLiteral("po.csv"), csv), AccountingConfig{});
        RL_VERIFY_OK(r);
        QCOMPARE(r->info.encoding, QStringLiteral("utf-8"));
        QCOMPARE(r->info.delimiter, QChar(u','));
        auto f = Store(*db).invoiceByNumber(QStringLiteral("F-1"));
        QCOMPARE((*f)->amountMinor, 123450);
        QCOMPARE((*f)->openMinor, 123450);
        QCOMPARE(Store(*db).clientByNumber(QStringLiteral("C-9")).value()->name, QStringLiteral("Dupont, Fils & Cie"));
    }

    void columnMappingFromConfig()
    {
        QTemporaryDir dir;
        auto db = openDb(dir);
        AccountingConfig config;
        config.csvColumns = {{QStringLiteral("InvoiceNo"), QStringLiteral("Doc")},
                             {QStringLiteral("CustomerNo"), QStringLiteral("Adr")},
                             {QStringLiteral("Amount"), QStringLiteral("Brutto")},
                             {QStringLiteral("OpenAmount"), QStringLiteral("Rest")},
                             {QStringLiteral("InvoiceDate"), QStringLiteral("Dat")},
                             {QStringLiteral("DueDate"), QStringLiteral("Verfall")}};
        const QByteArray csv = "Doc;Adr;Brutto;Rest;Dat;Verfall\nX-1;A-1;100.00;40.00;01.03.2025;31.03.2025\n";
        auto r = importSageCsv(*db, writeFile(dir, QStringLiteral("m.csv"), csv), config);
        RL_VERIFY_OK(r);
        QCOMPARE(Store(*db).invoiceByNumber(QStringLiteral("X-1")).value()->openMinor, 4000);

        config.csvColumns[QStringLiteral("DueDate")] = QStringLiteral("Fällig bis");
        auto missing = importSageCsv(*db, writeFile(dir, QStringLiteral("m2.csv"), csv), config);
        QVERIFY(!missing);
        QVERIFY2(missing.error().detail.contains(QStringLiteral("row 1: no column 'Fällig bis' for DueDate")),
                 qPrintable(missing.error().detail));
    }

    void postgresImportIsAllOrNothing()
    {
        RL_REQUIRE_POSTGRES(url, QStringLiteral("relance_test_sage_csv"));
        auto db = Database::openAndMigrate(url);
        RL_VERIFY_OK(db);
        QTemporaryDir dir;
        RL_VERIFY_OK(importSageCsv(**db, writeFile(dir, QStringLiteral("OP.csv"), kGerman1252), AccountingConfig{}));
        const auto before = storedOpenItems(**db);
        QCOMPARE(before.size(), 3);
        QByteArray bad = kGerman1252;
        bad.replace("14.02.2025", "14.14.2025");
        QVERIFY(!importSageCsv(**db, writeFile(dir, QStringLiteral("OP2.csv"), bad), AccountingConfig{}));
        QCOMPARE(storedOpenItems(**db), before);
    }

    void badRowRejectsTheWholeFile_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("date") << QByteArray("R-9;K-1;X;;D;CHF;10.00;10.00;15.01.2025;31.02.2025")
                              << QStringLiteral("row 5 (invoice R-9): DueDate '31.02.2025' is not a date");
        QTest::newRow("amount") << QByteArray("R-9;K-1;X;;D;CHF;10.00;zehn;15.01.2025;14.02.2025")
                                << QStringLiteral("row 5 (invoice R-9): OpenAmount 'zehn' is not an amount");
        QTest::newRow("currency") << QByteArray("R-9;K-1;X;;D;XAU1;10.00;10.00;15.01.2025;14.02.2025")
                                  << QStringLiteral("row 5 (invoice R-9): unknown currency 'XAU1'");
        QTest::newRow("duplicate") << QByteArray("R-1001;K-1;X;;D;CHF;10.00;10.00;15.01.2025;14.02.2025")
                                   << QStringLiteral("row 5: duplicate invoice number R-1001 (already at OP.csv, row 2)");
        QTest::newRow("no number") << QByteArray(";K-1;X;;D;CHF;10.00;10.00;15.01.2025;14.02.2025")
                                   << QStringLiteral("row 5: InvoiceNo is missing");
        QTest::newRow("stray separator") << QByteArray("R-9;K-1;X;;D;CHF;10.00;10.00;15.01.2025;14.02.2025;;")
                                         << QStringLiteral("row 5: 12 cells where the header has 10");
    }
    void badRowRejectsTheWholeFile()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto db = openDb(dir);
        // A good import first.
        RL_VERIFY_OK(importSageCsv(*db, writeFile(dir, QStringLiteral("first.csv"), kGerman1252), AccountingConfig{}));
        const auto before = storedOpenItems(*db);
        // The new file changes R-1001 (row 2) and adds a bad row 5 (where the blank line was).
        QByteArray bytes = kGerman1252;
        bytes.replace("1'234.50;1'234.50", "1'234.50;34.50");
        bytes.replace("\r\n\r\nTotal", QByteArray("\r\n" + row + "\r\nTotal"));
        auto r = importSageCsv(*db, writeFile(dir, QStringLiteral("OP.csv"), bytes), AccountingConfig{});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Parse);
        QVERIFY2(r.error().detail.startsWith(QStringLiteral("OP.csv, ")), qPrintable(r.error().detail));
        QVERIFY2(r.error().detail.contains(expected), qPrintable(r.error().detail));
        QCOMPARE(storedOpenItems(*db), before); // nothing half-imported, not even the good change on row 2
    }
};

QTEST_MAIN(TestSageCsv)
#include "test_sage_csv.moc"
