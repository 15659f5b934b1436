// Logs at info level never carry e-mail addresses, IBANs, amounts or secrets.
#include "log/Logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace Qt::StringLiterals;

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void masks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("email") << u"sent to compta@favre.example for RE-1"_s << u"compta@favre.example"_s;
        QTest::newRow("iban grouped") << u"pay to CH93 0076 2011 6238 5295 7 please"_s << u"0076 2011 6238"_s;
        QTest::newRow("iban compact") << u"iban=CH9300762011623852957"_s << u"CH9300762011623852957"_s;
        QTest::newRow("chf amount") << u"open CHF 1'234.50 on RE-1"_s << u"1'234.50"_s;
        QTest::newRow("amount fr") << u"solde 1 234,50 CHF"_s << u"234,50"_s;
        QTest::newRow("bare amount") << u"open amount 987.65 left"_s << u"987.65"_s;
        QTest::newRow("bearer") << u"Authorization: Bearer eyJhbGciOi.abc.def"_s << u"eyJhbGciOi"_s;
        QTest::newRow("api key header") << u"api-key: 0123456789abcdef"_s << u"0123456789abcdef"_s;
        QTest::newRow("json token") << uR"({"refresh_token":"M.R3_BAY.abc"})"_s << u"M.R3_BAY.abc"_s;
        QTest::newRow("form token") << u"grant_type=refresh_token&refresh_token=xyz123&client_id=a"_s << u"xyz123"_s;
        QTest::newRow("url password") << u"postgresql://relance:s3cret@db:5432/relance"_s << u"s3cret"_s;
    }
    void masks()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString out = redact(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
    }

    void keepsWhatIsUseful()
    {
        // Invoice numbers, counts, dates, durations and HTTP statuses stay readable.
        const QString text = u"synced 1000 invoices (RE-2025-00042) on 2026-11-23 in 2.5 s, HTTP 429, page 3"_s;
        const QString out = redact(text);
        QVERIFY2(out.contains(u"RE-2025-00042"_s), qPrintable(out));
        QVERIFY2(out.contains(u"2026-11-23"_s), qPrintable(out));
        QVERIFY2(out.contains(u"1000 invoices"_s), qPrintable(out));
        QVERIFY2(out.contains(u"HTTP 429"_s), qPrintable(out));
    }

    void logFileIsRedacted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"relance.log"_s);
        initLogging({.file = path, .toStderr = false});
        spdlog::info("reminder to {} for CHF 1'234.50, IBAN CH9300762011623852957",
                     std::string("client@firm.example"));
        spdlog::default_logger()->flush();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(f.readAll());
        QVERIFY2(log.contains(u"reminder to"_s), qPrintable(log));
        QVERIFY2(!log.contains(u"client@firm.example"_s), qPrintable(log));
        QVERIFY2(!log.contains(u"1'234.50"_s), qPrintable(log));
        QVERIFY2(!log.contains(u"CH9300762011623852957"_s), qPrintable(log));
        initLogging({.file = u"-"_s, .toStderr = false});
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "test_redaction.moc"
