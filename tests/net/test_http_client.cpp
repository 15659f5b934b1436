// The HTTP client against local servers: redirects only to the same origin, TLS failures refused, retries only for
// what may be repeated (GET after 503/timeout; any request answered 429), Retry-After waited out on the injected
// clock, and errors that name the host and the status.
#include "FakeODataHttp.h"
#include "mail/GraphAuth.h"
#include "mail/GraphClient.h"
#include "net/HttpClient.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace relance;
using namespace relance::net;
using namespace relance::test;
using namespace Qt::StringLiterals;

namespace {
Result<HttpResponse> run(HttpClient& client, HttpRequest request)
{
    std::optional<Result<HttpResponse>> out;
    client.send(std::move(request), [&](Result<HttpResponse> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        qFatal("no answer");
    return *out;
}

FakeResponse ok(const QByteArray& body = R"({"ok":true})")
{
    return {200, body, {}};
}
} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameOriginRedirectIsFollowed()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest& r) {
            if (r.url.path() == u"/old"_s)
                return FakeResponse{302, {}, {{"Location", "/new"}}};
            return ok();
        });
        QNetworkAccessManager nam;
        HttpClient client(&nam, RetryPolicy::fast());
        const auto r = run(client, {server.baseUrl().resolved(QUrl(u"/old"_s)), {{"Authorization", "Bearer k"}}});
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().detail));
        QCOMPARE(r->status, 200);
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.requests().at(1).url.path(), u"/new"_s);
    }

    void crossOriginRedirectIsRefused()
    {
        FakeHttpServer server, elsewhere;
        QVERIFY(server.listen() && elsewhere.listen());
        elsewhere.setHandler([](const FakeRequest&) { return ok(); });
        const QByteArray target = elsewhere.baseUrl().resolved(QUrl(u"/steal"_s)).toEncoded();
        server.setHandler([target](const FakeRequest&) { return FakeResponse{302, {}, {{"Location", target}}}; });
        QNetworkAccessManager nam;
        HttpClient client(&nam, RetryPolicy::fast());
        const auto r = run(client, {server.baseUrl(), {{"Authorization", "Bearer secret"}}, 30000, u"page"_s});
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Network);
        QCOMPARE(r.error().subject, u"127.0.0.1"_s);
        QCOMPARE(elsewhere.requestCount(), 0); // the token never reached the other origin
        QCOMPARE(server.requestCount(), 1);    // and a refusal is not retried
    }

    void tlsFailureIsRefusedAndNotRetried()
    {
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                       u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-days"_s, u"1"_s, u"-keyout"_s,
                       dir.filePath(u"k.pem"_s), u"-out"_s, dir.filePath(u"c.pem"_s)});
        if (!openssl.waitForStarted(5000) || !openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("the openssl command is needed to make a self-signed certificate");
        QFile kf(dir.filePath(u"k.pem"_s)), cf(dir.filePath(u"c.pem"_s));
        QVERIFY(kf.open(QIODevice::ReadOnly) && cf.open(QIODevice::ReadOnly));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(cf.readAll()));
        conf.setPrivateKey(QSslKey(kf.readAll(), QSsl::Rsa));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        QSslServer tls;
        tls.setSslConfiguration(conf);
        int handshakes = 0, trusted = 0;
        connect(&tls, &QSslServer::startedEncryptionHandshake, this, [&](QSslSocket*) { ++handshakes; });
        connect(&tls, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (tls.hasPendingConnections()) {
                ++trusted;
                tls.nextPendingConnection()->abort();
            }
        });
        QVERIFY(tls.listen(QHostAddress::LocalHost, 0));
        QNetworkAccessManager nam;
        HttpClient client(&nam, RetryPolicy::fast());
        const auto r = run(client, {QUrl(u"https://127.0.0.1:%1/odata"_s.arg(tls.serverPort())), {}, 10000, u"page"_s});
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Network);
        QVERIFY2(r.error().detail.contains(u"TLS"_s), qPrintable(r.error().detail));
        QCOMPARE(r.error().subject, u"127.0.0.1"_s);
        QCOMPARE(trusted, 0);
        QCOMPARE(handshakes, 1); // not retried
    }

    void retriesHonourRetryAfterOnTheInjectedClock()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest&) { return ok(); });
        server.failNext(Fault::Unavailable, 1);     // 503, Retry-After: 1
        server.failNext(Fault::TooManyRequests, 1); // 429, Retry-After: 1
        VirtualClock clock;
        QNetworkAccessManager nam;
        RetryPolicy policy; // real seconds: only the virtual clock makes this quick
        HttpClient client(&nam, policy, clock);
        const auto r = run(client, {server.baseUrl(), {}, 30000, u"page"_s});
        QVERIFY(r.has_value());
        QCOMPARE(r->attempts, 3);
        QCOMPARE(client.retries(), 2);
        QVERIFY2(clock.msecs() >= 2000, qPrintable(QString::number(clock.msecs())));
    }

    void aRetryAfterBeyondTheBudgetGivesUpAtOnce()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest&) {
            return FakeResponse{429, R"({"error":{}})", {{"Retry-After", "99999999999999"}}};
        });
        VirtualClock clock;
        QNetworkAccessManager nam;
        HttpClient client(&nam, RetryPolicy(), clock);
        const auto r = run(client, {server.baseUrl(), {}, 30000, u"page"_s});
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::RateLimited);
        QCOMPARE(r.error().httpStatus, 429);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(clock.msecs(), 0);
    }

    void getIsRetriedAfterATimeout()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest&) { return ok(); });
        server.failNext(Fault::Hang, 1);
        QNetworkAccessManager nam;
        HttpClient client(&nam, RetryPolicy::fast());
        const auto r = run(client, {server.baseUrl(), {}, 300, u"page"_s});
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().detail));
        QCOMPARE(server.requestCount(), 2);
    }

    void postIsNotRepeatedAfter5xxOrTimeout()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeRequest&) { return ok(); });
        QNetworkAccessManager nam;
        HttpClient client(&nam, RetryPolicy::fast());
        server.failNext(Fault::ServerError, 1);
        HttpRequest post{server.baseUrl(), {}, 300, u"create"_s, "POST", R"({"a":1})"};
        auto r = run(client, post);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Server);
        QCOMPARE(r.error().httpStatus, 500);
        QCOMPARE(r.error().subject, u"127.0.0.1"_s);
        QCOMPARE(server.requestCount(), 1);

        server.clearRequests();
        server.failNext(Fault::Hang, 1);
        r = run(client, post);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Timeout);
        QCOMPARE(server.requestCount(), 1);

        // A 429 was not carried out: repeating it is safe.
        server.clearRequests();
        server.failNext(Fault::TooManyRequests, 1);
        r = run(client, post);
        QVERIFY(r.has_value());
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.requests().at(1).method, QByteArray("POST"));
    }

    void everyAnswerHandsEachAnswerBackOnce()
    {
        // The mode Graph and the LLM client use: their own rules decide what is repeated, so 429, 503, 401 come back
        // as answers after one attempt, with their headers; the redirect rule still holds.
        FakeHttpServer server, elsewhere;
        QVERIFY(server.listen() && elsewhere.listen());
        elsewhere.setHandler([](const FakeRequest&) { return ok(); });
        const QByteArray target = elsewhere.baseUrl().resolved(QUrl(u"/steal"_s)).toEncoded();
        server.setHandler([target](const FakeRequest& r) {
            if (r.url.path() == u"/429"_s)
                return FakeResponse{429, R"({"error":{}})", {{"Retry-After", "7"}}};
            if (r.url.path() == u"/503"_s)
                return FakeResponse{503, {}, {}};
            if (r.url.path() == u"/401"_s)
                return FakeResponse{401, {}, {}};
            return FakeResponse{307, {}, {{"Location", target}}};
        });
        VirtualClock clock;
        QNetworkAccessManager nam;
        HttpClient client(&nam, RetryPolicy(), clock);
        for (const auto& [path, status] : {std::pair{u"/429"_s, 429}, {u"/503"_s, 503}, {u"/401"_s, 401}}) {
            HttpRequest request{server.baseUrl().resolved(QUrl(path)), {}, 30000, u"page"_s, "POST", "{}"};
            request.everyAnswer = true;
            const auto r = run(client, request);
            QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().detail));
            QCOMPARE(r->status, status);
            QCOMPARE(r->attempts, 1);
        }
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(client.retries(), 0);
        QCOMPARE(clock.msecs(), 0);

        HttpRequest post{server.baseUrl().resolved(QUrl(u"/moved"_s)), {{"Authorization", "Bearer secret"}}, 30000,
                         u"send"_s, "POST", "{}"};
        post.everyAnswer = true;
        const auto r = run(client, post);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Network);
        QCOMPARE(elsewhere.requestCount(), 0); // the token never reached the other origin
    }

    void graphTokensNeverFollowARedirectToAnotherOrigin()
    {
        // Graph and its sign-in on this transport: a mailbox answering "307 elsewhere" gets no bearer token sent
        // elsewhere, and a token endpoint doing the same gets no refresh token sent elsewhere.
        FakeHttpServer server, elsewhere;
        QVERIFY(server.listen() && elsewhere.listen());
        elsewhere.setHandler([](const FakeRequest&) { return ok(); });
        const QByteArray target = elsewhere.baseUrl().resolved(QUrl(u"/steal"_s)).toEncoded();
        bool tokenMoves = false;
        server.setHandler([&](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/token"_s) && !tokenMoves)
                return ok(R"({"access_token":"at-secret","expires_in":3600})");
            return FakeResponse{307, {}, {{"Location", target}}};
        });
        qputenv("RELANCE_GRAPH_REFRESH_TOKEN", "rt-secret");
        MailConfig mail;
        mail.authority = server.baseUrl().resolved(QUrl(u"/tenant"_s)).toString();
        mail.clientId = u"test-client"_s;
        mail.graphUrl = server.baseUrl().resolved(QUrl(u"/v1.0"_s)).toString();
        mail.timeoutSeconds = 10;
        VirtualClock clock;
        mail::GraphAuth auth(mail::AuthOptions::fromConfig(mail), nullptr);
        mail::GraphClient graph(mail, &auth, clock);
        std::optional<Result<mail::GraphResponse>> out;
        graph.send({"GET", u"/messages"_s, {}, {}, true}, this, [&](Result<mail::GraphResponse> r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        QVERIFY(!out->has_value());
        QCOMPARE(out->error().code, ErrorCode::Network);

        tokenMoves = true;
        auth.invalidate();
        std::optional<Result<QString>> token;
        auth.accessToken(this, [&](Result<QString> r) { token = r; });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 20000);
        qunsetenv("RELANCE_GRAPH_REFRESH_TOKEN");
        QVERIFY(!token->has_value());
        QCOMPARE(elsewhere.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_http_client.moc"
