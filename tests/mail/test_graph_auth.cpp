// Sign-in against the fake token endpoint: refresh with rotation into the keychain, the environment winning,
// invalid_grant, the device-code flow of `relance-cli login`, and authorization code with PKCE through a loopback
// redirect (the test plays the browser).
#include "FakeGraph.h"
#include "mail/GraphAuth.h"
#include "mail/GraphClient.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace relance;
using namespace relance::mail;
using namespace relance::test;
using namespace Qt::StringLiterals;

namespace {
bool haveKeychain() { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }

AuthOptions options(const FakeGraph& fake)
{
    return AuthOptions{fake.authority(), u"test-client"_s, fake.graphUrl(), 5};
}

Result<QString> token(GraphAuth& auth, QObject* context)
{
    std::optional<Result<QString>> got;
    auth.accessToken(context, [&](Result<QString> r) { got = r; });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
        return fail(ErrorCode::Timeout, u"no answer"_s);
    return *got;
}

Result<QString> readSecret(SecretStore& store, QObject* context)
{
    std::optional<Result<QString>> got;
    store.read(Secret::GraphRefreshToken, context, [&](Result<QString> r) { got = r; });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
        return fail(ErrorCode::Timeout, u"no answer"_s);
    return *got;
}

bool writeSecret(SecretStore& store, const QString& value, QObject* context)
{
    std::optional<Result<void>> done;
    store.write(Secret::GraphRefreshToken, value, context, [&](Result<void> r) { done = r; });
    return QTest::qWaitFor([&] { return done.has_value(); }, 10000) && done->has_value();
}
} // namespace

class TestGraphAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { qunsetenv("RELANCE_GRAPH_REFRESH_TOKEN"); }

    void pkceChallengeFollowsRfc7636()
    {
        // RFC 7636, appendix B.
        QCOMPARE(pkceChallenge(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s), u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
        const QString v = pkceVerifier();
        QVERIFY(v.size() >= 43 && v.size() <= 128);
        QVERIFY(pkceVerifier() != v);
        QVERIFY(graphScopes(u"https://graph.microsoft.us/v1.0"_s).contains(u"https://graph.microsoft.us/Mail.Send"_s));
        QVERIFY(graphScopes(u"https://graph.microsoft.com/v1.0"_s).startsWith(u"openid offline_access "_s));
        QCOMPARE(retryAfterMs("120", QDateTime::currentDateTimeUtc()), 120000);
        const QDateTime now(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
        QCOMPARE(retryAfterMs("Mon, 05 Jan 2026 10:00:30 GMT", now), 30000);
        QCOMPARE(retryAfterMs("", now), -1);
    }

    void rotatedRefreshTokenReplacesTheKeychainEntry()
    {
        if (!haveKeychain())
            QSKIP("no session D-Bus with a Secret Service: run through tests/run.sh");
        FakeGraph fake;
        QVERIFY(fake.listen());
        fake.addRefreshToken(u"rt-initial"_s);
        fake.setRotateRefreshTokens(true);
        SecretStore secrets(u"relance-mail-test-%1"_s.arg(QCoreApplication::applicationPid()));
        QVERIFY(writeSecret(secrets, u"rt-initial"_s, this));
        GraphAuth auth(options(fake), &secrets);
        QSignalSpy replaced(&auth, &GraphAuth::refreshTokenReplaced);
        auto t = token(auth, this);
        QVERIFY2(t.has_value(), qPrintable(t ? QString() : t.error().toString()));
        QCOMPARE(replaced.size(), 1);
        const QString rotated = fake.lastRefreshTokenIssued();
        QVERIFY(rotated.startsWith(u"rt-"_s) && rotated != u"rt-initial"_s);
        QCOMPARE(*readSecret(secrets, this), rotated);
        // A new run starts from the rotated token.
        GraphAuth next(options(fake), &secrets);
        QVERIFY(token(next, this).has_value());
        bool removed = false;
        secrets.remove(Secret::GraphRefreshToken, this, [&](Result<void>) { removed = true; });
        QTRY_VERIFY(removed);
    }

    void environmentWinsAndNoSignInMeansSignInRequired()
    {
        FakeGraph fake;
        QVERIFY(fake.listen());
        fake.addRefreshToken(u"rt-env"_s);
        qputenv("RELANCE_GRAPH_REFRESH_TOKEN", "rt-env");
        GraphAuth auth(options(fake), nullptr);
        QVERIFY(token(auth, this).has_value());
        QVERIFY(!auth.signInRequired());
        // The cached access token is used until invalidated.
        QVERIFY(token(auth, this).has_value());
        QCOMPARE(fake.tokenGrants().size(), 1);
        auth.invalidate();
        QVERIFY(token(auth, this).has_value());
        QCOMPARE(fake.tokenGrants().size(), 2);

        qunsetenv("RELANCE_GRAPH_REFRESH_TOKEN");
        GraphAuth none(options(fake), nullptr);
        auto r = token(none, this);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::AuthRejected);
        QVERIFY(r.error().detail.contains(u"relance-cli login"_s));
        QVERIFY(none.signInRequired());
    }

    void refusedRefreshTokenAsksToSignInAgain()
    {
        FakeGraph fake;
        QVERIFY(fake.listen());
        qputenv("RELANCE_GRAPH_REFRESH_TOKEN", "rt-revoked");
        GraphAuth auth(options(fake), nullptr);
        QSignalSpy needed(&auth, &GraphAuth::signInNeeded);
        auto r = token(auth, this);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::AuthRejected);
        QVERIFY(r.error().detail.startsWith(u"sign in again"_s));
        QVERIFY(r.error().detail.contains(u"invalid_grant"_s));
        QCOMPARE(needed.size(), 1);
        QVERIFY(auth.signInRequired());
    }

    void deviceCodeFlowPollsUntilTheUserSignedIn()
    {
        FakeGraph fake;
        QVERIFY(fake.listen());
        fake.setDevicePendingPolls(2);
        std::unique_ptr<SecretStore> secrets;
        if (haveKeychain())
            secrets = std::make_unique<SecretStore>(u"relance-mail-dc-%1"_s.arg(QCoreApplication::applicationPid()));
        GraphAuth auth(options(fake), secrets.get());
        auth.setPollIntervalMs(20);
        std::optional<DeviceCodePrompt> prompt;
        std::optional<Result<void>> done;
        auth.signInWithDeviceCode(this, [&](DeviceCodePrompt p) { prompt = p; }, [&](Result<void> r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY2(done->has_value(), qPrintable(done->has_value() ? QString() : done->error().toString()));
        QVERIFY(prompt.has_value());
        QCOMPARE(prompt->userCode, u"FAKE-CODE"_s);
        QVERIFY(prompt->message.contains(u"FAKE-CODE"_s));
        QCOMPARE(fake.tokenGrants().size(), 3); // pending, pending, granted
        QVERIFY(token(auth, this).has_value());  // signed in: no refresh needed
        QCOMPARE(fake.tokenGrants().size(), 3);
        if (secrets) {
            QCOMPARE(*readSecret(*secrets, this), fake.lastRefreshTokenIssued());
            bool removed = false;
            secrets->remove(Secret::GraphRefreshToken, this, [&](Result<void>) { removed = true; });
            QTRY_VERIFY(removed);
        }
    }

    void deviceCodeDeclinedEndsClearly()
    {
        FakeGraph fake;
        QVERIFY(fake.listen());
        fake.setDevicePendingPolls(1);
        fake.setDeviceOutcome(u"authorization_declined"_s);
        GraphAuth auth(options(fake), nullptr);
        auth.setPollIntervalMs(20);
        std::optional<Result<void>> done;
        auth.signInWithDeviceCode(this, [](DeviceCodePrompt) {}, [&](Result<void> r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(!done->has_value());
        QCOMPARE(done->error().code, ErrorCode::Cancelled);
        QVERIFY(done->error().detail.contains(u"authorization_declined"_s));
    }

    void browserSignInWithPkceAndLoopbackRedirect()
    {
        FakeGraph fake;
        QVERIFY(fake.listen());
        GraphAuth auth(options(fake), nullptr);
        std::optional<Result<void>> done;
        auto url = auth.signInWithBrowser(this, [&](Result<void> r) { done = r; });
        QVERIFY(url.has_value());
        QVERIFY(url->toString().startsWith(fake.authority() + u"/oauth2/v2.0/authorize"_s));
        const QUrlQuery q(*url);
        QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(q.queryItemValue(u"response_type"_s), u"code"_s);
        QVERIFY(q.queryItemValue(u"scope"_s, QUrl::FullyDecoded).contains(u"offline_access"_s));
        QVERIFY(q.queryItemValue(u"scope"_s, QUrl::FullyDecoded).contains(u"/Mail.Send"_s));
        const QUrl redirect(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);
        QVERIFY(redirect.port() > 0);

        // The browser: the user signs in, Entra redirects to the loopback address with a code and the state.
        const QString code = fake.issueAuthCode(q.queryItemValue(u"code_challenge"_s));
        QUrl back = redirect;
        QUrlQuery bq;
        bq.addQueryItem(u"code"_s, code);
        bq.addQueryItem(u"state"_s, q.queryItemValue(u"state"_s));
        back.setQuery(bq);
        QNetworkAccessManager browser;
        QNetworkReply* page = browser.get(QNetworkRequest(back));
        QTRY_VERIFY(page->isFinished());
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(page->readAll().contains("close this window"));
        page->deleteLater();
        QTRY_VERIFY(done.has_value());
        QVERIFY2(done->has_value(), qPrintable(done->has_value() ? QString() : done->error().toString()));
        QCOMPARE(fake.tokenGrants(), QStringList{u"authorization_code"_s});
        QVERIFY(token(auth, this).has_value());
    }

    void cliLoginOpensTheBrowserAndStoresTheSignIn()
    {
        // `relance-cli login --browser` hands the page to the system browser (here RELANCE_BROWSER: a script that plays
        // a user who signs in at once), still prints the address, and keeps the refresh token in the keychain.
        if (!haveKeychain())
            QSKIP("no session D-Bus with a Secret Service: run through tests/run.sh");
        FakeGraph fake;
        QVERIFY(fake.listen());
        QTemporaryDir dir;
        const QString browser = dir.filePath(u"browser.py"_s);
        {
            QFile f(browser);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/usr/bin/env python3\n"
                    "import sys, urllib.request\n"
                    "urllib.request.urlopen(sys.argv[1], timeout=20).read()  # follows the 302 to the loopback address\n");
            f.close();
            QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
        }
        const QString ini = dir.filePath(u"relance.ini"_s);
        {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(u"[mail]\ntransport=graph\nclientId=cli-test\nauthority=%1\ngraphUrl=%2\n"_s
                        .arg(fake.authority(), fake.graphUrl())
                        .toUtf8());
        }
        const QString service = u"relance-cli-login-%1"_s.arg(QCoreApplication::applicationPid());
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"RELANCE_BROWSER"_s, browser);
        env.insert(u"RELANCE_KEYCHAIN_SERVICE"_s, service);
        env.remove(u"RELANCE_GRAPH_REFRESH_TOKEN"_s);
        cli.setProcessEnvironment(env);
        QSignalSpy finished(&cli, &QProcess::finished);
        cli.start(QStringLiteral(RELANCE_CLI_PATH),
                  {u"--config"_s, ini, u"--database"_s, u"sqlite://"_s + dir.filePath(u"r.db"_s), u"login"_s, u"--browser"_s});
        QVERIFY(finished.wait(60000)); // the event loop runs: the fake answers the browser and the CLI
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out + err));
        QVERIFY(out.contains(u"Your browser was asked to open the sign-in page"_s));
        QVERIFY(out.contains(fake.authority() + u"/oauth2/v2.0/authorize?"_s)); // the address is printed all the same
        QVERIFY(out.contains(u"Signed in to Microsoft 365"_s));
        QCOMPARE(fake.authorizePages(), 1);
        QCOMPARE(fake.tokenGrants(), QStringList{u"authorization_code"_s});
        SecretStore secrets(service);
        auto stored = readSecret(secrets, this);
        QVERIFY(stored.has_value());
        QCOMPARE(*stored, fake.lastRefreshTokenIssued());
        bool removed = false;
        secrets.remove(Secret::GraphRefreshToken, this, [&](Result<void>) { removed = true; });
        QTRY_VERIFY(removed);
    }

    void browserAnswerWithAWrongStateIsRefused()
    {
        FakeGraph fake;
        QVERIFY(fake.listen());
        GraphAuth auth(options(fake), nullptr);
        std::optional<Result<void>> done;
        auto url = auth.signInWithBrowser(this, [&](Result<void> r) { done = r; });
        QVERIFY(url.has_value());
        const QUrlQuery q(*url);
        QUrl back(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        back.setQuery(u"code=%1&state=forged"_s.arg(fake.issueAuthCode(q.queryItemValue(u"code_challenge"_s))));
        QNetworkAccessManager browser;
        QNetworkReply* page = browser.get(QNetworkRequest(back));
        QTRY_VERIFY(done.has_value());
        QVERIFY(!done->has_value());
        QVERIFY(done->error().detail.contains(u"wrong state"_s));
        QVERIFY(fake.tokenGrants().isEmpty());
        page->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestGraphAuth)
#include "test_graph_auth.moc"
