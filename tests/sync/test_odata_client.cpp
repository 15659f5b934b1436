// The generic OData client: literals, exact decimals, paging by nextLink, retries and the faults that must stop it.
#include "FakeODataServer.h"
#include "domain/Money.h"
#include "sync/OData.h"
#include "SyncTestUtil.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace relance;
using namespace relance::sync;
using namespace relance::test;

namespace {

struct ReadOutcome
{
    bool done = false;
    Result<ODataReadEnd> end = fail(ErrorCode::Internal, QStringLiteral("not finished"));
    QStringList numbers;
    QStringList amounts;
};

} // namespace

class TestODataClient : public QObject
{
    Q_OBJECT

    QDate asOf{2025, 3, 31};

    ReadOutcome read(FakeODataServer& server, ODataSource source, const QUrl& url, BackoffPolicy policy = BackoffPolicy::fast(),
                     int timeoutMs = 20000)
    {
        QNetworkAccessManager nam;
        source.serviceRoot = server.serviceRoot();
        ODataReader reader(&nam, source, policy);
        ReadOutcome out;
        reader.read(
            url, {QStringLiteral("InvoiceNo"), QStringLiteral("OpenAmount")}, true, QStringLiteral("OpenInvoices"),
            [&](const ODataPage& page, int, const QUrl&) -> Result<void> {
                for (const ODataRow& r : page.rows) {
                    out.numbers << r.values[0].text;
                    out.amounts << r.values[1].text;
                }
                return {};
            },
            [&](Result<ODataReadEnd> end) {
                out.end = end;
                out.done = true;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.done, timeoutMs); }();
        return out;
    }

    QUrl firstUrl(FakeODataServer& s)
    {
        return odataCollectionUrl(s.serviceRoot(), QStringLiteral("OpenInvoices"), {QStringLiteral("InvoiceNo"), QStringLiteral("OpenAmount")});
    }

private Q_SLOTS:
    void literals()
    {
        QCOMPARE(odataString(QStringLiteral("O'Brien")), QStringLiteral("'O''Brien'"));
        QCOMPARE(odataDate(QDate(2025, 1, 31)), QStringLiteral("2025-01-31"));
        QCOMPARE(odataDateTime(QDateTime(QDate(2025, 1, 31), QTime(9, 0), Qt::OffsetFromUTC, 3600)),
                 QStringLiteral("2025-01-31T08:00:00Z"));
        QCOMPARE(keyFromEntityId(QStringLiteral("OpenInvoices('R-1')")), QStringLiteral("R-1"));
        QCOMPARE(keyFromEntityId(QStringLiteral("http://h/odata/OpenInvoices(InvoiceNo='O''B')")), QStringLiteral("O'B"));
        const QUrl u = odataCollectionUrl(QUrl(QStringLiteral("https://h/odata")), QStringLiteral("OpenInvoices"),
                                          {QStringLiteral("A"), QStringLiteral("B")},
                                          QStringLiteral("Name eq 'O''Brien' and DueDate lt 2025-01-31"));
        QCOMPARE(u.path(), QStringLiteral("/odata/OpenInvoices"));
        QCOMPARE(QUrlQuery(u).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded),
                 QStringLiteral("Name eq 'O''Brien' and DueDate lt 2025-01-31"));
    }

    void decimalsStayExact()
    {
        // 0.1 + 0.2 style values and a large amount that a double would round.
        const QByteArray page = R"J({"@odata.context":"x","value":[
            {"InvoiceNo":"A","Amount":1234.10,"Open":"0.30","Nested":{"x":[1,2,{"y":3}]}},
            {"InvoiceNo":"B","Amount":90071992547409.93,"Open":null},
            {"@odata.context":"$metadata#OpenInvoices/$deletedEntity","id":"OpenInvoices('C')","reason":"deleted"},
            {"@removed":{"reason":"changed"},"@id":"OpenInvoices('D')"}
          ],"@odata.nextLink":"OpenInvoices?$skiptoken='B'"})J";
        auto p = parseODataPage(page, {QStringLiteral("InvoiceNo"), QStringLiteral("Amount"), QStringLiteral("Open")});
        RL_VERIFY_OK(p);
        QCOMPARE(p->rows.size(), std::size_t(4));
        QCOMPARE(p->rows[0].values[1].text, QStringLiteral("1234.10"));
        QCOMPARE(p->rows[0].values[2].text, QStringLiteral("0.30"));
        QCOMPARE(p->rows[1].values[1].text, QStringLiteral("90071992547409.93"));
        QCOMPARE(*parseMinorUnits(p->rows[1].values[1].text, u"CHF", DecimalSeparator::Dot), Q_INT64_C(9007199254740993));
        QVERIFY(p->rows[1].values[2].type == ODataValue::Type::Null);
        QVERIFY(!p->rows[0].removed && !p->rows[1].removed);
        QVERIFY(p->rows[2].removed);
        QCOMPARE(keyFromEntityId(p->rows[2].removedId), QStringLiteral("C"));
        QVERIFY(p->rows[3].removed);
        QCOMPARE(keyFromEntityId(p->rows[3].removedId), QStringLiteral("D"));
        QCOMPARE(p->nextLink, QStringLiteral("OpenInvoices?$skiptoken='B'"));
    }

    void onePropertyFeedsSeveralFields()
    {
        // Found against SAP CAP (tests/interop/odata-cap): [accounting] field.Amount=OpenAmount, a facade whose only
        // amount is the open one. Both fields must get the value; before, the second slot stayed absent and the sync
        // failed with "OpenAmount is missing". The page is shaped as CAP sends it: decimals as JSON numbers without
        // trailing zeros, a relative nextLink with %24skiptoken.
        const QByteArray page = R"J({"@odata.context":"$metadata#OpenInvoices",
            "@odata.nextLink":"OpenInvoices?%24select=InvoiceNo%2COpenAmount&%24skiptoken=40",
            "value":[{"InvoiceNo":"FA/0001'B","OpenAmount":9656.5},{"InvoiceNo":"R-2","OpenAmount":null}]})J";
        auto p = parseODataPage(page, {QStringLiteral("InvoiceNo"), QStringLiteral("OpenAmount"), QString(),
                                       QStringLiteral("OpenAmount")});
        RL_VERIFY_OK(p);
        QCOMPARE(p->rows.size(), std::size_t(2));
        QCOMPARE(p->rows[0].values[1].text, QStringLiteral("9656.5"));
        QCOMPARE(p->rows[0].values[3].text, QStringLiteral("9656.5"));
        QVERIFY(p->rows[0].values[3].type == ODataValue::Type::Number);
        QVERIFY(p->rows[0].values[2].type == ODataValue::Type::Absent);
        QVERIFY(p->rows[1].values[3].type == ODataValue::Type::Null);
        QCOMPARE(*parseMinorUnits(p->rows[0].values[3].text, u"CHF", DecimalSeparator::Dot), Q_INT64_C(965650));
        QCOMPARE(p->nextLink, QStringLiteral("OpenInvoices?%24select=InvoiceNo%2COpenAmount&%24skiptoken=40"));
    }

    void malformedPagesAreRefused()
    {
        for (const QByteArray& bad : {QByteArray(R"({"value":[{"InvoiceNo":"A"},)"), QByteArray(R"([1,2])"),
                                      QByteArray(R"({"error":"x"})"), QByteArray(R"({"value":[1]})"), QByteArray("<html>")}) {
            auto p = parseODataPage(bad, {QStringLiteral("InvoiceNo")});
            QVERIFY2(!p, bad.constData());
            QCOMPARE(p.error().code, ErrorCode::Parse);
        }
    }

    void pagesFollowNextLinkRelativeAndAbsolute_data()
    {
        QTest::addColumn<bool>("absolute");
        QTest::newRow("relative") << false;
        QTest::newRow("absolute") << true;
    }
    void pagesFollowNextLinkRelativeAndAbsolute()
    {
        QFETCH(bool, absolute);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.absoluteNextLinks = absolute;
        server.options.decimalsAsNumbers = true;
        server.generate(2501, asOf);
        ODataSource src;
        src.pageSize = 1000;
        const auto out = read(server, src, firstUrl(server));
        RL_VERIFY_OK(out.end);
        QCOMPARE(out.end->pages, 3);
        QCOMPARE(out.numbers.size(), 2501);
        QCOMPARE(QSet<QString>(out.numbers.begin(), out.numbers.end()).size(), 2501);
        QVERIFY(!out.end->deltaLink.isEmpty()); // we asked for change tracking
        QCOMPARE(out.amounts.first(), toDecimalString(FakeODataServer::makeInvoice(1, asOf).openMinor, u"CHF"));
        // Every request carried the OData headers and the page size preference.
        for (const FakeRequest& r : server.requests()) {
            QCOMPARE(r.header("OData-Version"), QByteArray("4.0"));
            QCOMPARE(r.header("OData-MaxVersion"), QByteArray("4.0"));
            QVERIFY(r.header("Accept").contains("IEEE754Compatible=true"));
            QVERIFY(r.header("Prefer").contains("odata.maxpagesize=1000"));
        }
        QVERIFY(server.requests().at(1).target.contains("%24skiptoken=") || server.requests().at(1).target.contains("$skiptoken="));
    }

    void loopingNextLinkStops()
    {
        FakeODataServer server;
        QVERIFY(server.listen());
        server.options.loopNextLink = true;
        server.generate(50, asOf);
        ODataSource src;
        src.pageSize = 10;
        const auto out = read(server, src, firstUrl(server));
        QVERIFY(!out.end);
        QVERIFY2(out.end.error().detail.contains(QStringLiteral("loops")), qPrintable(out.end.error().detail));
        QVERIFY(server.requestCount() <= 3);
    }

    void transientFaultsAreRetried_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("500") << int(Fault::ServerError);
        QTest::newRow("503 Retry-After") << int(Fault::Unavailable);
        QTest::newRow("429 Retry-After") << int(Fault::TooManyRequests);
        QTest::newRow("truncated") << int(Fault::Truncated);
        QTest::newRow("malformed") << int(Fault::Malformed);
        QTest::newRow("dropped") << int(Fault::Drop);
        QTest::newRow("slow") << int(Fault::Slow);
    }
    void transientFaultsAreRetried()
    {
        QFETCH(int, fault);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(30, asOf);
        server.failNext(Fault(fault), 2, "skiptoken");
        ODataSource src;
        src.pageSize = 10;
        QElapsedTimer clock;
        clock.start();
        const auto out = read(server, src, firstUrl(server));
        RL_VERIFY_OK(out.end);
        QCOMPARE(out.numbers.size(), 30);
        QCOMPARE(server.requestCount(), Fault(fault) == Fault::Slow ? 3 : 5);
        if (Fault(fault) == Fault::TooManyRequests || Fault(fault) == Fault::Unavailable)
            QVERIFY2(clock.elapsed() >= 2 * 10, "Retry-After: 1 (scaled to 10 ms) must be honoured");
    }

    void retryAfterIsHonouredInSeconds()
    {
        QCOMPARE(parseRetryAfter("120", QDateTime::currentDateTimeUtc()), 120);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), 60);
        QCOMPARE(parseRetryAfter("soon", now), -1);
        BackoffPolicy p;
        for (int i = 1; i < 10; ++i) {
            const auto d = p.delayFor(i);
            QVERIFY(d <= p.maxDelay + p.maxDelay / 4 + std::chrono::milliseconds(1));
        }
        QVERIFY(p.delayFor(3) > p.delayFor(1));
    }

    void persistentFaultGivesUpWithWhere()
    {
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(30, asOf);
        server.failAlways(Fault::ServerError);
        ODataSource src;
        const auto out = read(server, src, firstUrl(server));
        QVERIFY(!out.end);
        QCOMPARE(out.end.error().code, ErrorCode::Server);
        QVERIFY2(out.end.error().detail.contains(QStringLiteral("OpenInvoices page 1")), qPrintable(out.end.error().detail));
        QVERIFY(out.end.error().detail.contains(QStringLiteral("5 attempts")));
        QCOMPARE(server.requestCount(), BackoffPolicy::fast().maxAttempts);
    }

    void credentialsRejectedStopAtOnce_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("401") << int(Fault::Unauthorized);
        QTest::newRow("403") << int(Fault::Forbidden);
    }
    void credentialsRejectedStopAtOnce()
    {
        QFETCH(int, fault);
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(5, asOf);
        server.failAlways(Fault(fault));
        const auto out = read(server, ODataSource{}, firstUrl(server));
        QVERIFY(!out.end);
        QCOMPARE(out.end.error().code, ErrorCode::AuthRejected);
        QCOMPARE(server.requestCount(), 1); // no retry storm
    }

    void hangingServerTimesOut()
    {
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(5, asOf);
        server.failAlways(Fault::Hang);
        ODataSource src;
        src.timeoutMs = 150;
        BackoffPolicy p = BackoffPolicy::fast();
        p.maxAttempts = 2;
        const auto out = read(server, src, firstUrl(server), p);
        QVERIFY(!out.end);
        QCOMPARE(out.end.error().code, ErrorCode::Timeout);
        QCOMPARE(server.requestCount(), 2);
    }

    void tlsFailureIsRefusedNotRetried()
    {
        // A real TLS server with a self-signed certificate: the handshake is refused, never ignored, never retried.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k.pem")),
                       QStringLiteral("-out"), dir.filePath(QStringLiteral("c.pem"))});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("openssl could not make a test certificate");
        QFile kf(dir.filePath(QStringLiteral("k.pem"))), cf(dir.filePath(QStringLiteral("c.pem")));
        QVERIFY(kf.open(QIODevice::ReadOnly) && cf.open(QIODevice::ReadOnly));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(cf.readAll()));
        conf.setPrivateKey(QSslKey(kf.readAll(), QSsl::Rsa));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        QSslServer server;
        server.setSslConfiguration(conf);
        int handshakes = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, this, [&](QSslSocket*) { ++handshakes; });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("https://127.0.0.1:%1/odata/OpenInvoices").arg(server.serverPort()));
        QNetworkAccessManager nam;
        ODataSource src;
        src.serviceRoot = url;
        src.timeoutMs = 5000;
        ODataReader reader(&nam, src, BackoffPolicy::fast());
        bool done = false;
        Result<ODataReadEnd> end = fail(ErrorCode::Internal, {});
        reader.read(url, {QStringLiteral("InvoiceNo")}, false, QStringLiteral("OpenInvoices"),
                    [](const ODataPage&, int, const QUrl&) -> Result<void> { return {}; },
                    [&](Result<ODataReadEnd> r) {
                        end = r;
                        done = true;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(!end);
        QCOMPARE(end.error().code, ErrorCode::Network);
        QVERIFY2(end.error().detail.contains(QStringLiteral("TLS")), qPrintable(end.error().detail));
        QCOMPARE(handshakes, 1); // refused once, not retried
    }

    void goneIsReportedForResync()
    {
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(5, asOf);
        server.failNext(Fault::Gone);
        const auto out = read(server, ODataSource{}, firstUrl(server));
        QVERIFY(out.end);
        QVERIFY(out.end->gone);
    }

    void cancelStopsTheRead()
    {
        FakeODataServer server;
        QVERIFY(server.listen());
        server.generate(5, asOf);
        server.failAlways(Fault::Hang);
        QNetworkAccessManager nam;
        ODataSource src;
        src.serviceRoot = server.serviceRoot();
        ODataReader reader(&nam, src, BackoffPolicy::fast());
        bool done = false;
        Result<ODataReadEnd> end = fail(ErrorCode::Internal, {});
        reader.read(firstUrl(server), {QStringLiteral("InvoiceNo")}, false, QStringLiteral("OpenInvoices"),
                    [](const ODataPage&, int, const QUrl&) -> Result<void> { return {}; },
                    [&](Result<ODataReadEnd> r) {
                        end = r;
                        done = true;
                    });
        QTRY_VERIFY(server.requestCount() == 1);
        reader.cancel();
        QTRY_VERIFY(done);
        QCOMPARE(end.error().code, ErrorCode::Cancelled);
    }
};

QTEST_MAIN(TestODataClient)
#include "test_odata_client.moc"
