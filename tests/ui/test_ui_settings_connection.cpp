// Settings > Accounting > Test connection: one real request to the facade with the stored key, or the export file read
// as an import would; the answer is shown in plain words. (Its own executable: the fake OData and fake LLM servers
// of the other tests cannot share one.)
#include "FakeODataServer.h"
#include "ReviewSession.h"
#include "TestSupport.h"
#include "views/SettingsView.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace relance::ui;

class TestSettingsConnection : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Page
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<ReviewSession> session;
        std::unique_ptr<SettingsView> view;
        QPushButton* button = nullptr;
        QLabel* result = nullptr;
    };
    Page open(const Config& config, const QString& name)
    {
        Page p;
        auto db = Database::openAndMigrate(test::sqliteUrl(m_dir, name));
        if (!db)
            return p;
        p.db = std::move(*db);
        p.session = ReviewSession::create(config, *p.db, QStringLiteral("tester"), QDate(2026, 11, 23));
        p.view = std::make_unique<SettingsView>(*p.session);
        p.button = p.view->findChild<QPushButton*>(QStringLiteral("test/accounting"));
        if (p.button)
            p.result = qobject_cast<QLabel*>(p.button->parentWidget()->findChildren<QLabel*>().value(0));
        return p;
    }

private Q_SLOTS:
    void facadeWithTheRightAndAWrongKey()
    {
        test::FakeODataServer server;
        QVERIFY(server.listen());
        server.options.apiKeyHeader = "x-functions-key";
        server.options.apiKey = "right-key";
        Config config;
        config.accounting.source = AccountingSource::OData;
        config.accounting.url = server.serviceRoot().toString();
        config.accounting.auth = HttpAuth::ApiKey;
        config.accounting.timeoutSeconds = 5;
        Page p = open(config, QStringLiteral("facade.db"));
        QVERIFY(p.button && p.result);
        qputenv("RELANCE_ACCOUNTING_API_KEY", "right-key");
        QTest::mouseClick(p.button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(p.result->text().contains(QStringLiteral("Connected")), 10000);
        qputenv("RELANCE_ACCOUNTING_API_KEY", "wrong-key");
        QTest::mouseClick(p.button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(p.result->text().contains(QStringLiteral("credentials rejected")), 10000);
        qunsetenv("RELANCE_ACCOUNTING_API_KEY");
    }

    void exportFileIsReadAsAnImportWould()
    {
        const QString path = m_dir.filePath(QStringLiteral("open-items.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Beleg-Nr.;Kunden-Nr.;Name;E-Mail;Sprache;W\xc3\xa4hrung;Betrag;Offen;Belegdatum;F\xc3\xa4llig\n"
                "RE-1;K1;Muster AG;buha@muster.example;D;CHF;1'234.50;1'234.50;01.10.2026;31.10.2026\n"
                "RE-2;K1;Muster AG;buha@muster.example;D;CHF;100.00;abc;01.10.2026;31.10.2026\n");
        f.close();
        Config config;
        config.accounting.source = AccountingSource::Sage50Csv;
        config.accounting.csvFile = path;
        Page p = open(config, QStringLiteral("csv.db"));
        QVERIFY(p.button && p.result);
        QTest::mouseClick(p.button, Qt::LeftButton);
        // A bad row is named, as the import would name it.
        QTRY_VERIFY_WITH_TIMEOUT(p.result->text().contains(QStringLiteral("Failed")), 5000);
        QVERIFY2(p.result->text().contains(QStringLiteral("row 3")), qPrintable(p.result->text()));
        QVERIFY2(p.result->text().contains(QStringLiteral("abc")), qPrintable(p.result->text()));

        // Fixed, the file reads: the count of open invoices shows.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("Beleg-Nr.;Kunden-Nr.;Name;E-Mail;Sprache;W\xc3\xa4hrung;Betrag;Offen;Belegdatum;F\xc3\xa4llig\n"
                "RE-1;K1;Muster AG;buha@muster.example;D;CHF;1'234.50;1'234.50;01.10.2026;31.10.2026\n"
                "RE-2;K1;Muster AG;buha@muster.example;D;CHF;100.00;100.00;01.10.2026;31.10.2026\n");
        f.close();
        QTest::mouseClick(p.button, Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(p.result->text().contains(QStringLiteral("Readable: 2 open invoice")), qPrintable(p.result->text()), 5000);
    }
};

QTEST_MAIN(TestSettingsConnection)
#include "test_ui_settings_connection.moc"
