// Secrets go to the real OS keychain (Secret Service on Linux) and the environment overrides them for headless runs.
#include "secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace relance;
using namespace Qt::StringLiterals;

class TestSecrets : public QObject
{
    Q_OBJECT

    // Runs one asynchronous keychain call to completion through the test's event loop.

private Q_SLOTS:
    void environmentWins()
    {
        qputenv("RELANCE_LLM_API_KEY", "from-env");
        SecretStore store(u"relance-test-env"_s);
        std::optional<Result<QString>> got;
        store.read(Secret::LlmApiKey, this, [&](Result<QString> r) { got = r; });
        QVERIFY(!got.has_value()); // always asynchronous
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->has_value());
        QCOMPARE(**got, u"from-env"_s);
        qunsetenv("RELANCE_LLM_API_KEY");
        QCOMPARE(secretEnvironmentVariable(Secret::GraphRefreshToken), u"RELANCE_GRAPH_REFRESH_TOKEN"_s);
    }

    void keychainRoundTrip()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session D-Bus with a Secret Service: run through tests/run.sh (dbus-run-session + gnome-keyring)");
        qunsetenv("RELANCE_CRM_ACCESS_TOKEN");
        SecretStore store(u"relance-test-%1"_s.arg(QCoreApplication::applicationPid()));
        const QString value = u"tok-äöü-123"_s;

        std::optional<Result<void>> wrote;
        store.write(Secret::CrmAccessToken, value, this, [&](Result<void> r) { wrote = r; });
        QTRY_VERIFY_WITH_TIMEOUT(wrote.has_value(), 10000);
        QVERIFY2(wrote->has_value(), qPrintable(wrote->has_value() ? QString() : wrote->error().detail));

        std::optional<Result<QString>> read;
        store.read(Secret::CrmAccessToken, this, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        QVERIFY2(read->has_value(), qPrintable(read->has_value() ? QString() : read->error().detail));
        QCOMPARE(**read, value);

        std::optional<Result<void>> removed;
        store.remove(Secret::CrmAccessToken, this, [&](Result<void> r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
        QVERIFY(removed->has_value());

        std::optional<Result<QString>> gone;
        store.read(Secret::CrmAccessToken, this, [&](Result<QString> r) { gone = r; });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 10000);
        QVERIFY(!gone->has_value());
        QCOMPARE(gone->error().code, ErrorCode::NotFound);
    }

    void callbackDiesWithItsContext()
    {
        qputenv("RELANCE_LLM_API_KEY", "x");
        SecretStore store(u"relance-test-ctx"_s);
        bool called = false;
        auto* context = new QObject;
        store.read(Secret::LlmApiKey, context, [&](Result<QString>) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
        qunsetenv("RELANCE_LLM_API_KEY");
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "test_secrets.moc"
