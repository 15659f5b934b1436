// relance-cli sync and import-sage-csv as a script or a scheduled task runs them.
#include "SyncTestUtil.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace relance;
using namespace relance::test;

class TestSyncCli : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    const QDate asOf{2025, 3, 31};

    using Run = CliRun;

    // Runs the CLI while this thread's event loop keeps the fake server answering.
    Run cli(const QStringList& args, const QString& apiKey = {})
    {
        return runCli(args, dir.path(), {{QStringLiteral("RELANCE_ACCOUNTING_API_KEY"), apiKey}}, 60000);
    }

    QString writeConfig(const QString& name, const QByteArray& text)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }

private Q_SLOTS:
    void syncPrintsTheSummaryAndNeverTheKey()
    {
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.apiKeyHeader = "x-functions-key";
        server.options.apiKey = "k3y-that-must-not-leak";
        server.generate(321, asOf);
        const QString config = writeConfig(QStringLiteral("odata.ini"),
                                           "[accounting]\nsource = odata\nurl = " + server.serviceRoot().toEncoded() +
                                               "\nauth = api-key\npageSize = 50\n[crm]\nsource = none\n");
        const QString db = sqliteUrl(dir, QStringLiteral("cli.db"));
        const QStringList base{QStringLiteral("--config"), config, QStringLiteral("--database"), db, QStringLiteral("--verbose")};

        Run r = cli(base + QStringList{QStringLiteral("sync"), QStringLiteral("--json")}, QStringLiteral("k3y-that-must-not-leak"));
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("fetched")).toInt(), 321);
        QCOMPARE(o.value(QStringLiteral("new")).toInt(), 321);
        QCOMPARE(o.value(QStringLiteral("paid")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(o.contains(QStringLiteral("seconds")));
        QVERIFY(!r.out.contains("k3y-that") && !r.err.contains("k3y-that"));
        auto opened = Database::openAndMigrate(db);
        RL_VERIFY_OK(opened);
        QCOMPARE(storedOpenItems(**opened), serverOpenItems(server));

        server.remove(FakeODataServer::makeInvoice(5, asOf).number);
        r = cli(base + QStringList{QStringLiteral("sync")}, QStringLiteral("k3y-that-must-not-leak"));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("paid 1"), r.out.constData());
        QVERIFY(r.out.contains("(odata, delta)"));

        r = cli(base + QStringList{QStringLiteral("sync")}, QStringLiteral("wrong"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("credentials rejected"), r.err.constData());
        QVERIFY(!r.err.contains("wrong"));
        QCOMPARE(storedOpenItems(**opened), serverOpenItems(server));
    }

    void demoSourceSaysSoAndSucceeds()
    {
        const QString config = writeConfig(QStringLiteral("demo.ini"), "[accounting]\nsource = demo\n");
        Run r = cli({QStringLiteral("--config"), config, QStringLiteral("--database"), sqliteUrl(dir, QStringLiteral("demo.db")),
                     QStringLiteral("sync")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("nothing to sync: [accounting] source=demo"), r.out.constData());
    }

    void syncReadsTheConfiguredCsvFile()
    {
        const QString file = writeConfig(QStringLiteral("daily.csv"),
                                         "Beleg-Nr.;Kunden-Nr.;Betrag;Offener Betrag;Belegdatum;F\xE4llig am\r\n"
                                         "R-7;K-7;99.95;99.95;01.02.2025;03.03.2025\r\n");
        const QString config = writeConfig(QStringLiteral("daily.ini"),
                                           "[accounting]\nsource = sage50-csv\ncsvFile = " + file.toUtf8() + "\n[crm]\nsource = none\n");
        const QString db = sqliteUrl(dir, QStringLiteral("daily.db"));
        Run r = cli({QStringLiteral("--config"), config, QStringLiteral("--database"), db, QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("accounting")).toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("csv"));
        QCOMPARE(o.value(QStringLiteral("new")).toInt(), 1);
        auto opened = Database::openAndMigrate(db);
        QCOMPARE(storedOpenItems(**opened).value(QStringLiteral("R-7")).open, 9995);
    }

    void importSageCsv()
    {
        const QString config = writeConfig(QStringLiteral("csv.ini"), "[accounting]\nsource = sage50-csv\n");
        const QString db = sqliteUrl(dir, QStringLiteral("csv.db"));
        const QString good = writeConfig(QStringLiteral("op.csv"),
                                         "Beleg-Nr.;Kunden-Nr.;Betrag;Offener Betrag;Belegdatum;F\xE4llig am\r\n"
                                         "R-1;K-1;1'000.00;250.50;01.02.2025;03.03.2025\r\n");
        Run r = cli({QStringLiteral("--config"), config, QStringLiteral("--database"), db, QStringLiteral("import-sage-csv"), good,
                     QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("new")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));

        const QString bad = writeConfig(QStringLiteral("bad.csv"),
                                        "Beleg-Nr.;Kunden-Nr.;Betrag;Offener Betrag;Belegdatum;F\xE4llig am\r\n"
                                        "R-2;K-1;1'000.00;250.50;01.02.2025;03.03.2025\r\n"
                                        "R-3;K-1;1'000.00;250.50;01.02.2025;\r\n");
        r = cli({QStringLiteral("--config"), config, QStringLiteral("--database"), db, QStringLiteral("import-sage-csv"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nothing imported: bad.csv, row 3 (invoice R-3): DueDate is missing"), r.err.constData());
        auto opened = Database::openAndMigrate(db);
        QCOMPARE(storedOpenItems(**opened).keys(), QStringList{QStringLiteral("R-1")});
    }
};

QTEST_MAIN(TestSyncCli)
#include "test_sync_cli.moc"
